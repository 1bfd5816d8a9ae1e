# hash() of numbers is defined by CPython's numeric hash: it is the same on every run.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(-(10 ** 20)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.1), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None), hash(2.0) == hash(2), hash(-0.0))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(((),)), hash((-1,)))
print(hash(frozenset()), hash(frozenset([1])) == hash(frozenset([1])), hash(range(3)) == hash(range(0, 3)))
for bad in [[], {}, set(), ([1],), {1: 2}.keys()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __repr__(self):
        return "Key(%d)" % self.v

print(hash(Key(42)), hash(Key(-1)), hash(Key(2 ** 70)), repr(Key(3)), [Key(1)])
