# math.exp2 is glibc's (exp's table of 2^(i/128) and a polynomial for the rest), not
# 2.0 ** x: their last digits differ for about one input in ten.
import math

print([math.exp2(x) for x in (-34.5481, -34.4789, -33.6831, 0.5, 0.1, 10.3, 1023.9)])
print([math.exp2(n) for n in (-1074, -1022, -1, 0, 3, 52, 1023)], math.exp2(-1075), math.exp2(-1080.5))
print(math.exp2(float("-inf")), math.exp2(1e-20))
try:
    math.exp2(1024)
except OverflowError as e:
    print("OverflowError", e)
