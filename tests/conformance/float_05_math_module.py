import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), type(math.floor(2.5)).__name__)
print(math.floor(1e20), math.ceil(-1e20), math.trunc(2.9), math.trunc(-2.9), math.floor(5), math.ceil(True))
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(1e100), math.isqrt(10 ** 20 + 1), math.isqrt(99))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.factorial(20), math.factorial(0), math.gcd(0, 0), math.gcd(12, -18), math.gcd(12, 18, 27), math.lcm(4, 6, 10))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(52, 5), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.hypot(3, 4, 12))
print(math.log(100, 10), math.log(8, 2), math.log10(0.001), math.log2(2 ** 60), math.log(1), math.log1p(0))
print(math.exp(1), math.expm1(0), math.pow(2, 10), math.pow(2, 0.5), math.fabs(-3), math.copysign(2, -1))
print(math.sin(math.pi), math.cos(math.pi), math.tan(0), math.atan(1) * 4, math.atan2(1, -1), math.asin(1))
print(math.degrees(math.pi), math.radians(180), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(10, 3), math.remainder(10, 3))
print(math.dist((0, 0), (3, 4)), math.isqrt(0), math.floor(-0.0), math.ceil(-0.5), math.log(10 ** 400) > 920)
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
             lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.acos(2), lambda: math.exp(1000),
             lambda: math.floor(float("inf")), lambda: math.comb(3, -1), lambda: math.sqrt("4"), lambda: math.gcd(1.5, 2)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
