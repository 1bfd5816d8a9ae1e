# A missing key raises as _PyErr_SetKeyError does: the tuple (key,) is made at once,
# the KeyError instance (whose args is that tuple) only when a handler gets it. So
# what the failed operation frees (a dict display's values) sees one object less in
# generation 0 than a made exception would leave, and the handler the same count.
import gc


class C:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print('del', self.v, gc.get_count()[0] - base)


def attempt(what, fn):
    global base
    gc.collect()
    base = gc.get_count()[0]
    try:
        fn()
    except KeyError as e:
        print(what, repr(e), gc.get_count()[0] - base)


attempt('warm up', lambda: {}[0])
attempt('d[k]', lambda: {1: C('value')}[2])
attempt('d.pop(k)', lambda: {1: C('value')}.pop(2))
attempt('s.remove(k)', lambda: {C('item')}.remove(3))


def delete():
    del {1: C('value')}[4]


attempt('del d[k]', delete)
