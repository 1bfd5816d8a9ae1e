# Importing sys again (it is always loaded) reads sys.__spec__._initializing, which
# sys's spec does not have: CPython raises and clears an AttributeError there, and its
# one-item args tuple goes to the tuple free list. A full collection empties the free
# lists, so the first such tuple afterwards is a new allocation: generation 0 counts
# one more. Other modules' specs have the attribute, and importing them makes nothing.
import gc

gc.collect()
a = gc.get_count()
import sys
b = gc.get_count()
import sys
c = gc.get_count()
import math
d = gc.get_count()
print(a, b, c, d)


def f():
    gc.collect()
    import sys
    return gc.get_count()


print(f())
gc.collect()
from sys import getrefcount
print(gc.get_count())
x = 7
keep = []
gc.collect()
import sys
keep.append((x,))
print(gc.get_count())
