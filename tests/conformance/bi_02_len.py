# len() works on every sized container and on objects with __len__.
print(len(""), len("abc"), len("caf\u00e9"), len("\n\t"))
print(len([]), len([[1, 2], [3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(set()), len({1, 2, 2, 3}))
print(len(frozenset("hello")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len(range(-10, 10, 7)), len(range(10, -10, -3)), len(range(2 ** 62)))
try:
    len(range(2 ** 70))
except OverflowError as e:
    print(type(e).__name__, e)
d = {"x": 1}
print(len(d.keys()), len(d.values()), len(d.items()))

class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Box(7)), bool(Box(0)), bool(Box(2)))
for bad in [5, 3.5, None, len]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for n in [-1, 2.5]:
    try:
        len(Box(n))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
