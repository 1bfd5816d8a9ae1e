# id() is the object's address, which CPython 3.11 puts past a pre-header in its
# memory block: 16 bytes of GC header for containers, instances, functions... and
# 16 more (the __dict__ pointers) for an instance of a plain class. A 64-byte block
# freed by an instance and taken next by a dict or a list holds the new object 16
# bytes nearer the block's start: same block, different id. (Found by the
# differential fuzzer: seed 60001, cases 1489, 1492 and 4895.)
import gc
import copy
gc.collect()


class C:
    def __init__(self, v):
        self.v = v


o = C(0)
print(id(C(1)) == id(C(2)))
print(id(C(1)) == id(dict()))
print(id(C(1)) == id(dict()) + 16)
print(id(C(1)) == id(list()) + 16)
print(id(dict()) == id(list()))
print(id(C('')) == id({q: q for q in range(0)}))
print(id(C((0.0,))) == id({}))
print(id(copy.copy(o)) == id(list(filter(None, []))))
print(id(copy.copy(o)) == id(list(filter(None, []))) + 16)
# Not a GC type: a float's block starts with the float.
print(id(C(1)) == id(1.5 + len('ab')))
