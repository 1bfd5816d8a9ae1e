# A class that defines any comparison method compares through slot_tp_richcompare,
# even for an operator it does not define: CPython then calls object's slot wrapper
# (object.__ne__, object.__eq__), which packs (self, other) into a tuple and slices
# self off into another. Right after gc.collect() the free lists are empty, so those
# tuples are new memory, counted in generation 0: `!=` on a class with only __eq__
# counts 2 (`==` through the program's __eq__ costs nothing), with only __lt__ 4.
import gc

class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v

class Plain:
    pass

def cost(compare):
    gc.collect()
    before = gc.get_count()[0]
    result = compare()
    after = gc.get_count()[0]
    return result, after - before

a, b = OnlyEq(1), OnlyEq(2)
print(cost(lambda: a == b), cost(lambda: a != b), cost(lambda: a != b))
c, d = OnlyLt(1), OnlyLt(2)
print(cost(lambda: c < d), cost(lambda: c == d), cost(lambda: c != d), cost(lambda: "" != c))
p, q = Plain(), Plain()
print(cost(lambda: p == q), cost(lambda: p != q), cost(lambda: p == p))
print(cost(lambda: [a, c] == [a, c]), cost(lambda: (a, 1) != (b, 1)))
