# Generation 0's count after gc.collect() moves with the GC objects CPython 3.11
# makes behind the program's back: a class statement keeps its __dict__ copy,
# __mro__ and __bases__ tuples, descriptors and a weak reference in each base;
# calling a class packs its arguments in a tuple (and keywords in a dict);
# print(*args) and max/min pack theirs; the first print() and the first
# container repr make objects once. Temporaries land in the free lists, which
# the next allocation of their kind takes uncounted. (Found by the differential fuzzer.)
import gc
import sys
gc.collect()
c = [0] * 16
c[0] = gc.get_count()[0]
c[0] = gc.get_count()[0]


class A:
    pass


c[1] = gc.get_count()[0]


class B:
    def __init__(self, v):
        self.v = v

    def m(self):
        return self.v


c[2] = gc.get_count()[0]


class D(B):
    def m(self):
        return 2


c[3] = gc.get_count()[0]


class E(Exception):
    pass


c[4] = gc.get_count()[0]
x = B(1)
c[5] = gc.get_count()[0]
x = B(v=2)
c[6] = gc.get_count()[0]
print('a')
c[7] = gc.get_count()[0]
print('a', 'b')
c[8] = gc.get_count()[0]
print()
c[9] = gc.get_count()[0]
y = repr([1, 2])
c[10] = gc.get_count()[0]
y = repr((1, 2))
c[11] = gc.get_count()[0]
y = max(1, 2)
c[12] = gc.get_count()[0]
y = min([3, 4])
c[13] = gc.get_count()[0]
T = type('T', (A,), {})
c[14] = gc.get_count()[0]
print([c[i + 1] - c[i] for i in range(14)])
