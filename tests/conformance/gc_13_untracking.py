import gc

t = tuple([1, 2])
print(gc.is_tracked(t))            # a new tuple starts tracked...
gc.collect()
print(gc.is_tracked(t))            # ...and a collection untracks it when it holds only atomic values
const = (1, "two", 3.0)
print(gc.is_tracked(const))        # constants are never tracked
holder = tuple([1, [2]])
gc.collect()
print(gc.is_tracked(holder))       # holding a list keeps it tracked

d = {"a": [1]}
print(gc.is_tracked(d))
d["a"] = 1
print(gc.is_tracked(d))            # dicts are untracked only by a collection
gc.collect()
print(gc.is_tracked(d))
d["b"] = []
print(gc.is_tracked(d))            # and tracked again when they get a container

class C:
    pass

print(gc.is_tracked(C), gc.is_tracked(C()), gc.is_tracked(gc), gc.is_tracked(len))
print(gc.is_tracked(range(3)), gc.is_tracked(iter([])), gc.is_tracked(lambda: 0), gc.is_tracked(set()))
print(gc.is_tracked(()), gc.is_tracked(frozenset()), gc.is_tracked(frozenset([1])), gc.is_tracked(1.5))
