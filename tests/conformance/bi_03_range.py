r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1])
print(range(5), range(0, 5), range(5, 0, -1), range(3)[::2])
print(11 in r, 12 in r, r.index(11), r.count(11), r.count(12))
print(list(range(0)), list(range(-3)), list(range(3, -3, -2)), list(range(1, 2, 5)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2))
print(range(10)[-3:], range(10)[100:], range(10)[::-3], list(range(10)[::-3]))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big.index(7), big[::2][-1])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
for args in [(1.5,), ("3",), (1, 10, 0)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
