# math.log1p is glibc's (fdlibm's method, its polynomial split for pipelined processors
# and fused), and asinh, acosh and atanh are built from it and from glibc's log as
# glibc 2.36 builds them: their last digits are glibc's.
import math

print([math.log1p(x) for x in (-0.288527, 4.746271, 0.144428, 0.539313, -0.816673, 1e-12, 3.0, 1e300)])
print([math.asinh(x) for x in (-40.9904, -40.5657, -40.3054, -39.7985, 0.5, 1e-30, 3e8, -1e300)])
print([math.acosh(x) for x in (2.5893, 2.6304, 2.7811, 2.8496, 1.0, 1.5, 2.0, 3e8)])
print([math.atanh(x) for x in (0.440412, 0.451008, -0.647182, -0.175946, -0.177789, 1e-30, 0.9999999)])
for f, x in ((math.log1p, -1.0), (math.log1p, -2.0), (math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -1.5)):
    try:
        f(x)
    except ValueError as e:
        print("ValueError", e)
print(math.asinh(float("-inf")), math.acosh(float("inf")), math.log1p(float("inf")))
