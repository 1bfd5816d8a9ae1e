class Squares:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError("done")
        return i * i

sq = Squares()
print(list(sq))                        # no __iter__: iteration calls __getitem__ 0, 1, 2, ... until IndexError
print(4 in sq)                         # `in` falls back to iteration too
print(type(iter(sq)).__name__)
a, b, c = sq
print(a, b, c)

class KeyMap:
    def __getitem__(self, key):
        return key * 2

km = KeyMap()
print(km[3], km["ab"], km[(1, 2)])
for x in km:                           # 0, 1, 2, ... doubled, until we stop
    if x > 4:
        break
print("stopped at", x)
try:
    len(km)
except TypeError as e:
    print(type(e).__name__, e)
