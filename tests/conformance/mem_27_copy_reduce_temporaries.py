# copy.copy(x) of a plain instance goes through object.__reduce_ex__(4), which
# CPython 3.11 runs with temporaries of its own: a bound method, the (cls,) and
# 5-item tuples, the list and tuple of `_reconstruct(x, None, *rv)`, and, the
# first time, the class's __slotnames__ list, kept in the class's __dict__. So
# after a copy the list free list holds a list, and `[]` takes it rather than
# the block the dead copy left, which a list() made next takes.
import gc
import copy
gc.collect()


class C:
    def __init__(self, v):
        self.v = v


o = C([1, 2])
print('__slotnames__' in C.__dict__)
c0 = gc.get_count()[0]
y = copy.copy(o)
print(gc.get_count()[0] - c0, y.v is o.v, C.__slotnames__)
del y
c0 = gc.get_count()[0]
y = copy.copy(o)
print(gc.get_count()[0] - c0)
del y
print(id(copy.copy(o)) == id(list(filter(None, []))) + 16)
print(id(copy.copy(o)) == id(list(filter(None, []))) + 16)
