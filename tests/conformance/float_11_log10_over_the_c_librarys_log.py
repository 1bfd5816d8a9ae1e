# math.log10 is the C library's: log10(2) times the exponent plus log(m) / ln(10), over
# glibc's log. So its last digit follows glibc's log, and log10 of a power of ten is exact.
import math

print([math.log10(x) for x in (342.62, 399.97, 731.12, 775.89, 843.23, 865.43, 896.14)])
print([math.log10(10.0 ** n) for n in range(-5, 23, 3)])
print(math.log10(5e-324), math.log10(2.2250738585072014e-308), math.log10(1.7976931348623157e308))
print(math.log10(10 ** 400), math.log10(3), math.log10(True), math.log10(0.5))
for bad in (0, -1.0, 0.0):
    try:
        math.log10(bad)
    except ValueError as e:
        print("ValueError", e)
