# CPython's optimizer allocates no list for a list display that is only iterated
# (a for loop's, a comprehension's, the right of `in`): it becomes a tuple, a
# constant one when its items are constants (a set display of constants becomes
# a frozenset constant), and constant defaults are one constant tuple. So these
# statements add nothing to generation 0's count. (Found by the differential fuzzer.)
import gc
import sys
gc.collect()
c = [0] * 12
c[0] = gc.get_count()[0]
c[0] = gc.get_count()[0]
for q in [1, 2, 3]:
    pass
c[1] = gc.get_count()[0]
x = 2 in [1, 2]
c[2] = gc.get_count()[0]
x = 2 not in {1, 2, 3}
c[3] = gc.get_count()[0]


def f(a, b=2, c=(1, 'x'), d=-1):
    return a


c[4] = gc.get_count()[0]
y = [q for q in [5, 6]]
c[5] = gc.get_count()[0]
for q in [x, y]:
    pass
c[6] = gc.get_count()[0]
print([c[i + 1] - c[i] for i in range(6)])
print(f.__defaults__, y, 1 < 2 in [2, 3])
