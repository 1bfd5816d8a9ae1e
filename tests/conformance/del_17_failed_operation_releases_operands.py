# A failed operation releases its operands before its traceback entry is made (ceval.c,
# before `goto error`): left before right; value, container, key for a store; a builtin
# call's callable, then its arguments; a set display's items as it goes; a dict display's
# top first; an unpacking's items last first. Generation 0's count in __del__ shows it:
# frame object and traceback come after, then what stays on the stack. (Found by fuzzing.)
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

attempt('compare', lambda: C('left') < C('right'))
attempt('store', store)
attempt('stack below', lambda: [C('below'), -C('operand')])
attempt('call', lambda: len(C('first'), C('second')))
attempt('set', lambda: {C('first'), [], C('third')})
attempt('dict', lambda: {C('k1'): C('v1'), []: C('v2')})
attempt('unpack', lambda: [a for a, b in [(C(i) for i in (1, 2, 3))]])
try:
    [C('below'), C('left') - C('right')]
except TypeError:
    print('handler in the same frame', gc.get_count()[0] - base)
print(C({}) > C(None))
