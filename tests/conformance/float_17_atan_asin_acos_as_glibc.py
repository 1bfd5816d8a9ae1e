# math.atan, atan2, asin and acos are glibc's (IBM's tables and polynomials, fused as
# x86-64's FMA build fuses them), whose last digits differ from other libms' for
# 6-18% of inputs; atan2 answers infinities, NaNs and zeros as CPython's m_atan2 does.
import math

# Inputs for which another libm prints another last digit, in each of atan's ranges.
print([math.atan(x) for x in (0.60682, -0.05218, 0.2494, -0.94066, 2.7497, -7.8342, 16.2495, -14.8861)])
print([math.atan(x) for x in (0.04462233884067901, 0.5182323654328804, -3.1826985505888805, 7.455648575799611)])
print([math.atan(x) for x in (1e-9, 3e-8, 1e10, -6e15, 1e300, 5e-324, -0.0)])
print([math.atan2(y, x) for y, x in ((0.238, 2.598), (-7.993, 9.786), (7.048, 2.286), (-6.475, -2.624), (1.257, -0.179), (-6.618, -0.09))])
print([math.atan2(y, x) for y, x in ((0.4358292005439981, 0.8231912509277279), (6.062345360473429, 4.556406345605641), (-0.7152638336170527, -0.6441086759808663))])
print([math.asin(x) for x in (-0.507224, 0.611977, -0.230579, 0.890547, 0.9717968, 0.9907407, 0.965623, 0.928492)])
print([math.asin(x) for x in (0.13795145468436454, 0.10751111487197718, -0.9806199415466585, 1e-9, -5e-324)])
print([math.acos(x) for x in (-0.620399, 0.420173, 0.128232, -0.986742, -0.9768887, 0.977038, 0.9868061, -0.113599)])
print([math.acos(x) for x in (0.9911801211003991, 0.9742650904180605, 0.7306327093921996, -0.6768782179059725, 1e-17, -0.0)])

# Ends of the ranges and special values.
inf, nan = float("inf"), float("nan")
print([math.asin(x) for x in (1.0, -1.0, 0.0, -0.0, 0.125, 0.5, 0.96875, 0.9999999999999999)])
print([math.acos(x) for x in (1.0, -1.0, 0.0, 0.125, -0.5, -0.96875, -0.9999999999999999)])
print([math.atan(x) for x in (inf, -inf, 1.0, -1.0, 0.0625, 16.0)], math.atan(nan), math.asin(nan), math.acos(nan))
print([math.atan2(y, x) for y in (0.0, -0.0) for x in (0.0, -0.0, 2.0, -2.0, inf, -inf)])
print([math.atan2(y, x) for y in (inf, -inf) for x in (inf, -inf, 0.0, -3.0)])
print([math.atan2(y, x) for y, x in ((1.0, inf), (-1.0, inf), (1.0, -inf), (-1.0, -inf), (5.0, 0.0), (-5.0, -0.0))])
print([math.atan2(y, x) for y, x in ((1e-300, 1e300), (-1e-300, 1e300), (1e-300, -1e300), (1e300, 1e-300), (5e-324, 1.0), (3e-320, 7e-321))])
print(math.atan2(nan, 1.0), math.atan2(1.0, nan), math.atan2(nan, inf))
for f, x in ((math.asin, 1.0000000000000002), (math.asin, -2.0), (math.acos, 1.5), (math.acos, -1e300), (math.asin, inf), (math.acos, -inf)):
    try:
        f(x)
    except ValueError as e:
        print("ValueError", e)
