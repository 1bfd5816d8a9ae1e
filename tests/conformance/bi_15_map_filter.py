def noisy(x):
    print("  calling noisy", x)
    return x * 10

m = map(noisy, [1, 2, 3])
print(type(m).__name__, "created, nothing called yet")
print(next(m))
print(list(m), list(m))
print(list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(str.upper, ["x", "y"])), list(map(len, ["", "ab", [1]])), list(map(int, "123")))
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, list(f), list(f))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])))
print(list(filter(str.isdigit, "a1b22c3")), list(filter(lambda s: s, ["x", ""])))
evens = filter(lambda n: n % 2 == 0, map(noisy, range(4)))
print("pipeline built")
print(next(evens))
print(list(evens))
for call in [lambda: map(5, [1]), lambda: list(map(abs, 5)), lambda: filter(None, 3), lambda: map()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(map(lambda x: x, [1], None))
except TypeError as e:
    print(type(e).__name__, e)
