# math.hypot and math.dist are CPython's own vector_norm, not the C library's hypot:
# scaled, squared exactly, summed with compensation, and the square root corrected.
# Its last digit is not always what other hypot implementations print.
import math

points = [(7.92, 3.1), (15.3, 4.44), (3.45, 2.12), (16.58, 16.13), (9.47, 1.79), (10.17, 8.28), (3.23, 6.1), (6.41, 11.17)]
for x, y in points:
    print(x, y, math.hypot(x, y), math.sqrt(x * x + y * y))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(0.1, 0.2, 0.3, 0.4), math.hypot(-5.5))
print(math.dist((1.5, 2.25, -3.0), (4.1, -0.7, 2.2)), math.dist([0, 0], [1e308, 1e308]), math.dist((2,), (7,)))
print(math.hypot(1e-320, 3e-320), math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308, 1e308))
print(math.hypot(), math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 2.0))
total = 0.0
for i in range(1, 200):
    total += math.hypot(i * 0.37, i * 1.1)
print(total)
