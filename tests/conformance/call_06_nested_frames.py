# Python-to-Python calls run inside one dispatch loop: results, finally blocks, exceptions and tracebacks cross them as before.
import sys
def a(x):
    return b(x) + 1
def b(x):
    try:
        return c(x)
    finally:
        print("  b finally", x)
def c(x):
    if x < 0:
        raise ValueError("neg " + str(x))
    return x * 2
print(a(3))
try:
    a(-1)
except ValueError as e:
    print("caught", e)
def gen(n):
    for i in range(n):
        yield c(i)
print(list(gen(4)))
def refs(o):
    return sys.getrefcount(o)
obj = object()
print(refs(obj), sys.getrefcount(obj))
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
def make(name):
    d = D(name)
    return helper(d)
def helper(d):
    return d.name.upper()
print(make("x"))
def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1)
try:
    deep(50)
except KeyError as e:
    print("deep", e)
def method_user():
    class K:
        def m(self, v, w=10):
            return v + w
    k = K()
    return k.m(1) + k.m(1, 2)
print(method_user())
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def outer():
    x = 5
    def inner(y):
        return x + y
    return inner(1) + inner(2)
print(outer())
def reraiser():
    try:
        c(-5)
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e)
a(-2)
