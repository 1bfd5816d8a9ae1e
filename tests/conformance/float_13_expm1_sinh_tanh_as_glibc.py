# math.expm1 is glibc's (fdlibm's method, its polynomial split for pipelined
# processors), and math.sinh, math.cosh and math.tanh are built from it and from
# glibc's exp: their last digits are glibc's.
import math

print([math.expm1(x) for x in (3.939, 7.306, 7.384, 11.544, 1e-10, -0.3, 0.5, -40.0, 709.0)])
print([math.sinh(x) for x in (-26.0, -25.532, -25.506, -25.48, 0.7, 1e-9, 3.0, 710.0)])
print([math.tanh(x) for x in (-0.83223, 0.15005, -0.11332, 1.91325, -0.1288, 0.5, 22.5, -1e-20)])
print([math.cosh(x) for x in (0.1, 0.2, 0.3, -0.34)])
for f, x in ((math.sinh, 711.0), (math.expm1, 710.0)):
    try:
        f(x)
    except OverflowError as e:
        print("OverflowError", e)
print(math.tanh(float("inf")), math.tanh(float("-inf")), math.expm1(float("-inf")), math.sinh(-0.0))
