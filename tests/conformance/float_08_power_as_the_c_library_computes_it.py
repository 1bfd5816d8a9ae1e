# x ** y and math.pow(x, y) are the C library's pow, which is not correctly rounded
# in about one case in a thousand: the last digit is glibc's, not the nearest one.
# So x ** 0.5 is not always math.sqrt(x), and x ** 2 is not always x * x.
import math

x = abs(-3.145492510426877e-64) ** 0.5
print(x, math.sqrt(3.145492510426877e-64), x == math.sqrt(3.145492510426877e-64))
y = 1.8640876198142686
print(y ** 2, y * y, y ** 2 == y * y, math.pow(y, 2.0))

# A run of powers whose printed digits depend on every bit.
print([1.1 ** k for k in (7, 13, 29, 0.5, -3.7)])
print([round(2.5 ** (i / 7), 17) for i in range(-3, 4)])
print([math.pow(10.0, e) for e in (-0.5, 0.3, 1.7, 22.5)])
print(sum(1.0001 ** k for k in range(1000)))

# Compound interest the way a student writes it.
balance = 1000.0
for year in range(1, 6):
    print(year, balance * 1.035 ** year)

# Signs, zeros, infinities and the errors.
print((-2.0) ** 3, (-2.0) ** 2, (-8.0) ** 3.0, 0.0 ** 0.5, (-0.0) ** 3, 2.0 ** -1074, 2.0 ** -1075)
print(math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(-1.0, math.inf), math.pow(math.nan, 0))
for f in (lambda: math.pow(-0.0, -3), lambda: 10.0 ** 400, lambda: math.pow(10.0, 400), lambda: math.pow(-2.0, 0.5), lambda: math.pow(0.0, -1), lambda: 0.0 ** -1):
    try:
        print(f())
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
