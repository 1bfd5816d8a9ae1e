# A frame object that took over its frame (the traceback kept it) is freed as
# frame_dealloc frees it: its function first, then its locals and stack in order.
# So when the traceback dies, a lambda's argument or a comprehension's iterator dies
# after the function is gone (generation 0's count inside __del__ shows it).
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
    except Exception as e:
        print(what, type(e).__name__, gc.get_count()[0] - base)
    print('after the handler', gc.get_count()[0] - base)


attempt('warm up', lambda: 1 / 0)
attempt('lambda', lambda: (lambda x, y: x + y)(C('x'), C('y')))
attempt('comprehension', lambda: [x + 1 for x in [C('a'), C('b')]])
