print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict([("k", 1), ("k", 2)]))
print(dict({"a": 1}, b=2), dict(zip("abc", [1, 2, 3])), dict([[1, 2], "xy"]))
print(dict({"a": 1}, a=5), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
src = {"n": [1]}
cp = dict(src)
print(cp == src, cp is src, cp["n"] is src["n"])
print({**src, "m": 2}, {"m": 2, **src, "n": 0}, dict(**{"x": 1}, y=2))
for bad in [[1, 2], [("a", 1, 2)], [("a",)], 5, ["abc"]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({"a": 1}, {"b": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([([1], 2)])
except TypeError as e:
    print(type(e).__name__, e)
