# At exit CPython collects once with __main__ alive, then frees the module: its globals dict,
# in a cycle through the functions, is collected, and every __del__ runs in the collector's order.
import gc
class D:
    def __init__(s, n):
        s.n = n
    def __del__(s):
        print('del', s.n, x)
x = 'X'
a = D('a')
gc.collect(0)
b = D('b')
gc.collect(1)
c = D('c')
gc.collect(0)
d = D('d')
items = [D(1), D(2)]
e = D('e')
e.other = D('f')
def g():
    try:
        yield 1
    finally:
        print('gen finally', x)
it = g()
next(it)
t = (D('t1'), D('t2'))
dd = {'k': D('v')}
