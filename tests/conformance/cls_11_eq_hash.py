class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v

class EqHash(OnlyEq):
    def __hash__(self):
        return hash(self.v)

print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) == 1, OnlyEq.__hash__ is None)
try:
    {OnlyEq(1)}                      # defining __eq__ alone sets __hash__ to None
except TypeError as e:
    print(type(e).__name__, e)
print(len({EqHash(1), EqHash(1), EqHash(2)}), {EqHash(3): "found"}[EqHash(3)], EqHash(1) in [EqHash(1)])

class Plain:
    pass

p = Plain()
print(p == p, p == Plain(), p != Plain(), len({p, p}), hash(p) == hash(p), p in [Plain()])

class NotImpl:
    def __eq__(self, other):
        print("  NotImpl.__eq__ called")
        return NotImplemented
    __hash__ = None

print(NotImpl() == NotImpl(), NotImpl() != 5)
