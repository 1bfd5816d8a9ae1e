# An automatic collection runs when generation 0's count passes 700 (then
# generation 1 every 10 of those, and generation 2 only when the objects
# waiting in it are a quarter of the ~11,000 long-lived ones CPython starts
# with). Which cycle a collection finds, and so where each __del__ message
# falls among the program's output, depends on counting exactly what CPython
# allocates, including its hidden temporaries. (Found by the differential fuzzer.)
import gc
import sys
gc.collect()


class C0:
    def __init__(self, v):
        self.v = v
        self.w = [v]

    def __del__(self):
        print('del C0', getattr(self, 'v', '?'))


class C1:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'C1(' + repr(self.v) + ')'

    def __del__(self):
        print('del C1', self.v)


a = C1(1)
a.link = a
del a
print(gc.get_count())
l0 = [C0(q) for q in range(330)]
print(gc.get_count())
b = C1(2)
b.link = b
del b
l0 = [C0(q) for q in range(3)]
print(gc.get_count())
l1 = [[q] for q in range(650)]
print(gc.get_count())
for k in range(30):
    d = {'k': k}
    d['self'] = d
    l2 = [(q, [q]) for q in range(100)]
print(gc.get_count())
print(C1([1, 2]), max(3, 4))
l3 = [C1(q) for q in range(800)]
print(gc.get_count())
del l3
print(gc.get_count())
l4 = [{q: q} for q in range(12000)]
print(gc.get_count())
