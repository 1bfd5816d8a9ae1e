# A CPython 3.11 generator holds its frame inside the object, so its size (and
# the block it takes) grows with the code's local variables and its deepest
# value stack: 168 bytes plus 8 per local and per stack slot.
import sys


def one():
    yield 1


def counter(a, b):
    c = a + b
    yield c
    for i in range(a):
        yield i * b + c


def pairs(d):
    for k, v in d.items():
        yield {k: v, 'a': [1, 2]}


print(sys.getsizeof(one()), sys.getsizeof(counter(1, 2)), sys.getsizeof(pairs({})))
print(sys.getsizeof(x for x in []), sys.getsizeof(x * y for x in [] for y in []))
g = one()
print(sys.getsizeof(g) == sys.getsizeof(one()))
