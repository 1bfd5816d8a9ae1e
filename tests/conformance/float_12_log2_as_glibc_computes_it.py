# math.log2 is the C library's, computed over its own table of log2(c) with fused
# multiply-adds: its last digit is glibc's, and log2 of a power of two is exact.
import math

print([math.log2(x) for x in (1.6098, 1.3678, 1.6634, 1.3937, 1.4484, 1.2176, 0.7019, 0.7418, 1.6102, 0.6769)])
print([math.log2(2.0 ** n) for n in (-1074, -1030, -1022, -3, 0, 1, 52, 1023)])
print(math.log2(3), math.log2(10), math.log2(1.0001), math.log2(0.9999), math.log2(2 ** 2000), math.log2(True))
print(sum(math.log2(k) for k in range(1, 200)))
for bad in (0, -2.0):
    try:
        math.log2(bad)
    except ValueError as e:
        print("ValueError", e)
