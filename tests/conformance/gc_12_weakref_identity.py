import gc
import weakref

class Item:
    def __init__(self, name):
        self.name = name

it = Item("x")
r1 = weakref.ref(it)
r2 = weakref.ref(it)
print(r1 is r2, r1 == r2, r1() is it, type(r1).__name__)   # CPython reuses the plain ref
for obj in [[1], {"a": 1}, 5, "text", (1,), None]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(weakref.ref({1})() is None, weakref.ref(Item)() is Item, weakref.ref(len)() is len)
del it
print(r1(), r2(), r1 == r2)

a, b = Item("a"), Item("b")
a.peer, b.peer = b, a
ra, rb = weakref.ref(a), weakref.ref(b)
del a
print(ra() is not None, ra().name, ra().peer.name)
del b
print(ra() is not None, rb() is not None)      # still alive: the cycle holds them
print(gc.collect(), ra(), rb())
