# Binding a Python function's arguments follows CPython 3.11's initialize_locals:
# the frame takes the keyword values off the caller's stack (a keyword argument is
# counted once, by the callee's local); keyword errors are found before a count of
# positional arguments is checked; when a keyword cannot be bound, its value and the
# ones after it are released first, then the frame's locals.
import sys


class C:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print('del', self.v)


def f(a, k=None):
    print(sys.getrefcount(a), sys.getrefcount(k))


def g(a, /, b=0):
    pass


f(object(), k=object())
f(k=object(), a=object())
for call in (lambda: f(1, 2, b=3), lambda: f(1, 2, a=3), lambda: f(),
             lambda: g(a=1, z=2), lambda: g(z=2, a=1), lambda: g(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print(e)
for call in (lambda: f(C('a'), z=C('z'), k=C('k')), lambda: f(C('a'), k=C('k'), a=C('a2'), b=C('b')),
             lambda: f(C('a'), C('k'), C('extra'))):
    try:
        call()
    except TypeError as e:
        print(e)
