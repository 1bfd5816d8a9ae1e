# A failed operation releases its operands before its traceback entry is made, as
# CPython 3.11's ceval.c does before `goto error`: left before right; value, container,
# key for a store; a builtin call's callable, then its arguments; a set display's items
# as it goes; a dict display's top first; an unpacking's items last first. Generation
# 0's count inside __del__ shows it (the frame object and traceback come after, and
# what stays on the stack goes after them). Found by the differential fuzzer.
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

def store():
    C('value')[C('container')] = C('key')

def unpack():
    a, b = (C(i) for i in (1, 2, 3))

attempt('compare', lambda: C('left') < C('right'))
attempt('store', store)
attempt('stack below', lambda: [C('below'), -C('operand')])
attempt('call', lambda: len(C('first'), C('second')))
attempt('set', lambda: {C('first'), [], C('third')})
attempt('dict', lambda: {C('k1'): C('v1'), []: C('v2')})
attempt('unpack', unpack)
print(C({}) > C(None))
