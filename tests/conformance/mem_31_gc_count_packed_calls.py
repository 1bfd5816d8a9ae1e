# How a call passes its arguments decides which objects CPython 3.11 makes
# behind the program's back, and so generation 0's count and when automatic
# collections run. A builtin type without vectorcall (str, int, zip, slice)
# and a METH_VARARGS method or function (str.find, str.format, set.union,
# min, max) pack their arguments in a tuple and their keywords in a dict;
# dict(a=1) does not; f(*a, **k) turns a starred list into a tuple and
# unpacks the dict for a Python function; an Argument Clinic function's first
# keyword call (list.sort, str.split) makes its keyword tuple for good; a
# {**d} display with pairs after the ** builds a second dict; zip makes a
# tuple even on the call that finds it exhausted. Temporaries go to the free
# lists, which the next allocation of their kind takes uncounted.
# (Found by the differential fuzzer, seed 60001 case 1159.)
import gc
import sys
d = {'a': 1}


def fn(*a, **k):
    return a


class K:
    def __init__(self, *a, **k):
        pass


gc.collect()
c = [0] * 24
c[0] = gc.get_count()[0]
c[0] = gc.get_count()[0]
x = list(zip([1, 2], (3, 4)))
c[1] = gc.get_count()[0]
x = ''.find('')
c[2] = gc.get_count()[0]
x = 'ab'.startswith('a', 1)
c[3] = gc.get_count()[0]
x = '{} {}'.format(1, 2)
c[4] = gc.get_count()[0]
x = '{a}'.format(a=1)
c[5] = gc.get_count()[0]
x = int('7', base=10)
c[6] = gc.get_count()[0]
x = max([1, 2], key=str)
c[7] = gc.get_count()[0]
x = dict(a=1, b=2)
c[8] = gc.get_count()[0]
x = {**d, 'b': 2}
c[9] = gc.get_count()[0]
x = sorted([3, 1, 2], reverse=True)
c[10] = gc.get_count()[0]
x = sorted([3, 1, 2], reverse=True)
c[11] = gc.get_count()[0]
x = 'a b'.split(sep=' ')
c[12] = gc.get_count()[0]
x = fn(*[1, 2])
c[13] = gc.get_count()[0]
x = fn(1, **d)
c[14] = gc.get_count()[0]
x = K(**d)
c[15] = gc.get_count()[0]
x = {1}.union([2], (3,))
c[16] = gc.get_count()[0]
x = sys.getsizeof([])
c[17] = gc.get_count()[0]
x = list(map(str, [1, 2]))
c[18] = gc.get_count()[0]
print([c[i + 1] - c[i] for i in range(18)])
print(sys.getrefcount(d))
