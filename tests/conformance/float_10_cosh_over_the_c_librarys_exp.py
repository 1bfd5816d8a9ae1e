# math.cosh is the C library's, made from its exp: (exp(x) + 1/exp(x)) / 2 and its
# neighbours, so its last digit follows glibc's exp.
import math

print([math.cosh(x) for x in (1.7, 2.1, 4.7, 5.1, 5.8, -1.7, -5.8)])
print([math.cosh(x / 10) for x in range(0, 60, 7)])
print(math.cosh(0.0), math.cosh(1e-300), math.cosh(30.5), math.cosh(700.0), math.cosh(710.2))
print(math.cosh(float("inf")), math.cosh(float("-inf")))
try:
    math.cosh(711.0)
except OverflowError as e:
    print("OverflowError", e)
