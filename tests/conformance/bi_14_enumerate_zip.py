e = enumerate("abc")
print(type(e).__name__, next(e), list(e), list(e))
print(list(enumerate([])), list(enumerate("xy", 10)), list(enumerate("xy", start=-1)))
for i, (a, b) in enumerate(zip("pq", "rs"), 1):
    print(i, a, b)
z = zip([1, 2, 3], "ab")
print(type(z).__name__, list(z), list(z))
print(list(zip()), list(zip([1, 2])), list(zip("abc", range(10), [True] * 2)))
print(dict(zip(["k1", "k2"], [[1], [2]])), list(zip(*[(1, "a"), (2, "b")])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
