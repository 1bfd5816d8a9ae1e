# CPython 3.11 keeps freed lists, dicts, tuples (per length) and floats in
# per-type free lists: a new object reuses the memory of one of its own type
# only, and list() / dict() allocate past the free list. gc.collect() empties
# the free lists first, so the results below do not depend on start-up. (Found by the differential fuzzer.)
import gc
gc.collect()
x = [1, 2]
print(id(list(x)) == id(list(x)))
print(id([1]) == id((1,)))
print(id(1.5) == id(2.5))
a = id([1, 2])
b = id([3])
print(a == b)
print(id((1, 2)) == id((3, 4, 5)))
print(id((1, 2)) == id((3, 4)))
print(id({}) == id(dict()))
print(id(dict()) == id(dict()))
print(id({1: 2}) == id({}))
print(id(tuple(x)) == id(tuple(x)))
print(id(x[:]) == id(x.copy()))
f = 0.5
print(id(f * 3) == id(f * 5))
print(id(f * 3) == id([f]))


def pair(v):
    return len(v), sorted(v)


print(id(pair(x)) == id(''.partition(',')))
print(id(pair(x)) == id(pair([3])))
