for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (0, 3), (-0.0, 1.0)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(10 ** 20, 7), divmod(-(10 ** 20), 7), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(-8, 2), pow(2.0, 3), pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(3, 200, 7), pow(-3, 3, 7), pow(3, -1, 7), pow(2, -3, 11), pow(7, 0, 1))
print(pow(10, 100, 10 ** 9 + 7), pow(base=2, exp=5), pow(2, 5, mod=3), (-2) ** 3, (-8) ** 2)
print(2 ** 0.5, 4 ** 0.5, 10 ** -3, (-1) ** 2, 0 ** 0, 1 ** 10 ** 5)
for call in [lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: 5 // 0, lambda: 5 % 0,
             lambda: 5.0 // 0, lambda: 5.0 % 0.0, lambda: 1 / 0, lambda: 1.0 / 0,
             lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(2, -1, 4), lambda: pow(2, 3, 0),
             lambda: pow(2.0, 3, 5), lambda: pow(2, 0.5, 3), lambda: divmod("a", 1)]:
    try:
        print(call())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
