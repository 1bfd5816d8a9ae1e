# The tuples CPython makes once for print() (its keyword names) and for every class
# (__bases__ and __mro__) come from the tuple free list when it has one of their size:
# they then leave generation 0's count as it was.
import gc
a = 1000
gc.collect()

# A 4-tuple freed just before the first print() is the one print keeps for its keywords.
x = (a, a, a, a)
del x
n0 = gc.get_count()[0]
print()
n1 = gc.get_count()[0]
print(n1 - n0)

# A class statement: (object,) and (C, object).
n0 = gc.get_count()[0]
class Plain:
    pass
n1 = gc.get_count()[0]
one = (a,)
two = (a, a)
del one, two
n2 = gc.get_count()[0]
class Again:
    pass
n3 = gc.get_count()[0]
print(n1 - n0, n3 - n2)

# A subclass: (Plain,) and (Sub, Plain, object).
three = (a, a, a)
del three
n0 = gc.get_count()[0]
class Sub(Plain):
    pass
n1 = gc.get_count()[0]
print(n1 - n0, Sub.__mro__ == (Sub, Plain, object), Sub.__bases__ == (Plain,))

# Automatic collections fall where CPython's do afterwards.
class Node:
    def __del__(self):
        print('del', self.v)
    def __init__(self, v):
        self.v = v
t1 = (None, 0.5)
t0 = (t1 + t1)[:0]
nodes = [Node(i) for i in range(3)]
print(gc.get_count()[0] > 0, len(t0))
