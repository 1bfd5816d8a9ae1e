data = [3, 1, 2]
result = sorted(data)
print(result, data, result is data, sorted(data, reverse=True))
print(sorted("banana"), sorted((2, 1)), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}))
print(sorted([-3, 2, -1], key=abs), sorted(["b", "A", "c"], key=str.lower), sorted([]))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs))
print(sorted([1.5, 1, True, 0.5]), sorted([[2], [1, 2], [1]]), sorted("Aa_1"))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
print(list(reversed("abc")), list(reversed(range(3))), tuple(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())))
print(list(reversed({"a": 1, "b": 2}.items())), "".join(reversed("stressed")))
for bad in [[1, "a"], [None, None], [{1}, 1]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [{1, 2}, 5, (x for x in "ab")]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
