# copy.deepcopy runs Python code (Lib/copy.py) that makes and drops objects of its
# own: an iterator per loop, the bound append, a comprehension's cells and function,
# the KeyError a memo miss raises and catches (with a frame object and a traceback),
# zip's tuples, and _reconstruct's generator of arguments; the reductions hold
# their bound methods and tuples until the copy returns. They move the collector's generation-0 count, and with it the
# allocation at which an automatic collection happens.
import copy
import gc
import sys


def counted(label, value):
    gc.collect()
    before = gc.get_count()[0]
    first = copy.deepcopy(value)
    middle = gc.get_count()[0]
    second = copy.deepcopy(value)
    after = gc.get_count()[0]
    shallow = copy.copy(value)
    last = gc.get_count()[0]
    sys.stdout.write("%s %d %d %d\n" % (label, middle - before, after - middle, last - after))
    return first, second


class Plain:
    pass


class Valued:
    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


class WithNewargs:
    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)


class OwnNew:
    def __new__(cls, v=0):
        return object.__new__(cls)

    def __init__(self, v=0):
        self.v = v


class Reduced:
    def __init__(self, v):
        self.v = [v]

    def __reduce__(self):
        return (Reduced, (self.v[0],), None)


for label, value in [
    ("instance", Plain()),
    ("instance with a value", Valued([1])),
    ("list of instances", [Valued(1), Plain()]),
    ("__getnewargs__", WithNewargs(3)),
    ("own __new__", OwnNew(3)),
    ("exception", ValueError(1)),
    ("exception without arguments", KeyError()),
    ("own __reduce__", Reduced(5)),
    ("slice", slice(1, 2)),
    ("bound method", Valued(2).method),
    ("set", {1, 2}),
    ("int", 1),
    ("list", []),
    ("dict", {}),
    ("tuple", (1, 2)),
    ("dict with a tuple key", {(1, 2): 3}),
    ("list of a tuple", [(1, 2)]),
    ("tuple of a list", ([],)),
    ("two lists", [[], []]),
    ("a dict and a list", ({}, [])),
    ("nested", {"a": [1, (2, [3])], "b": {"c": ()}}),
]:
    counted(label, value)


class Noisy:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del", self.v)


# Where the next automatic collection falls decides which generation each instance
# is in when the list goes, and the collector frees a generation in its own order.
gc.set_threshold(100)
d1 = {10**25: 255, None: -7.5e-177, (1, 2): -1.0e-79}
gc.collect()
d0 = copy.deepcopy(d1).copy()
items = [Noisy(q) for q in range(96)]
print([sum(1 for o in gc.get_objects(g) if type(o) is Noisy) for g in range(3)])
items.append(items)
del items
print("collected", gc.collect())
