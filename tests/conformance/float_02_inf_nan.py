import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(inf > 10 ** 400, -inf < -10 ** 400, inf == inf, nan == nan, nan != nan, nan < 1, nan >= nan)
print(max(1, nan), max(nan, 1), min(nan, 1), nan in [nan], math.isnan(nan))
print(math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan), math.copysign(1, -0.0), math.copysign(3, nan))
print(-0.0 == 0.0, -0.0 < 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
print(math.fmod(-7, 3), -7 % 3.0, math.fmod(7, -3), 7 % -3.0, 5 % inf, -5 % inf)
print(int(1e308) == 10 ** 308, 1e308 + 1e308, -1e308 - 1e308, float("-nan"))
for call in [lambda: 1 / 0.0, lambda: 1 % 0.0, lambda: int(nan), lambda: int(-inf), lambda: 10.0 ** 400,
             lambda: math.exp(1000), lambda: inf % 2, lambda: divmod(inf, 1), lambda: 2 ** 10000 * 1.0]:
    try:
        print(call())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
