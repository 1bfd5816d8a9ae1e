# CPython 3.11 keeps one freed slice in a cache and the next slice (a slice()
# call or the one BUILD_SLICE makes for x[a:b]) takes it: no new block, and no
# count in generation 0. Start-up has already filled it, and gc.collect() does
# not empty it, so the first slice does not reuse the block just freed.
import gc
gc.collect()


class A:
    pass


a = A()
block = id(a) - 32
del a
s = slice(1, 2)
print(id(s) - 16 == block)
c0 = gc.get_count()[0]
t = slice(3, 4)
u = slice(3, 5)
print(gc.get_count()[0] - c0)
del s
print(gc.get_count()[0] - c0)
del t
del u
print(gc.get_count()[0] - c0)
x = [1, 2, 3]
print(x[0:2], gc.get_count()[0] - c0)
