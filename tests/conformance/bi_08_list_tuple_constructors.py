print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list({"a": 1}.items()), list(x * 2 for x in range(3)), list(map(abs, [-1, -2])))
print(tuple(), tuple("hi"), tuple([1, [2]]), tuple({5: "five"}), tuple(range(2, 5)))
src = [1, 2]
copy1 = list(src)
print(copy1 == src, copy1 is src)
t = (1, 2)
print(tuple(t) is t, tuple(list(t)) is t, tuple(list(t)) == t)
print(list(reversed("abc")), list(enumerate("ab")), tuple(zip("ab", "xy")))
print(list([]), list([[]]), tuple(()), (1,) * 3, [0] * 0, [1, 2] * 2)
for bad in [5, None, 2.5]:
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        tuple(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(list("") == [], tuple("") == (), [] == (), list(()) == [], type(tuple([])).__name__)
