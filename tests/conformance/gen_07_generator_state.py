def stepper():
    print("  started")
    x = yield "first"
    print("  got", x)
    yield "second"

g = stepper()
print(type(g).__name__)
print(next(g))
print(next(g))                   # a plain next() sends None
print(next(g, "finished"))

def running_total(items):
    total = 0
    for item in items:
        total += item
        yield total

print(list(running_total([1, 2, 3, 4])))
r = running_total(range(1, 4))
print(next(r), next(r), next(r), next(r, None))

def gen_fib(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b

print(list(gen_fib(100)), len(list(gen_fib(10 ** 20))))
g1, g2 = gen_fib(10), gen_fib(10)
print(next(g1), next(g1), next(g1), next(g2), g1 is g2)

def reenter():
    yield from g_self

g_self = reenter()
try:
    next(g_self)
except ValueError as e:
    print(type(e).__name__, e)
