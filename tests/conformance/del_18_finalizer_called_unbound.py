# CPython 3.11 calls __del__ as slot_tp_finalize does: the function found on the type,
# called with self (call_unbound_noarg), no bound method made. Inside __del__ self is
# counted by its resurrection, the frame's local and getrefcount's argument, and
# generation 0 holds no method object, whether the object dies by its count or in a
# collection (finalize_garbage).
import gc
import sys


class C:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print('del', self.v, sys.getrefcount(self), gc.get_count()[0] - base)


gc.collect()
base = gc.get_count()[0]
x = C('by count')
x = None
gc.collect()
base = gc.get_count()[0]
x = [C('in a list')]
del x
gc.collect()
base = gc.get_count()[0]
x = C('in a cycle')
x.me = x
del x
print('collected', gc.collect())
