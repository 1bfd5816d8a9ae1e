a = [1, [2, 3]]
b = a.copy()
print(b == a, b is a, b[1] is a[1], a + [4], a * 2, 2 * [0], [] * 5, [[]] * 2)
b.clear()
print(a, b, len(b))
a += (5, 6)
a += "xy"
a *= 2
print(a, len(a))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2.0], [[1]] < [[2]])
print([1, "a"] == [1, "a"], [1, 2] != [2, 1], min([[3], [1, 2], [1]]), [0] * -1, [3, 4] in [[3, 4]])
c = [0, 1]
c *= 0
print(c, [1, 2, 3][::-1] == list(reversed([1, 2, 3])), [7].copy())
for call in [lambda: [1] + (2,), lambda: [1] + "a", lambda: [1] * 1.5, lambda: [1] - [1], lambda: [1] < ["a"],
             lambda: [1, 2][2], lambda: [1][-2], lambda: [1][str(0)], lambda: [1] < 1]:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
d = [1, 2]
try:
    d[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d[5]
except IndexError as e:
    print(type(e).__name__, e)
