# math.sin, math.cos and math.tan are glibc's (IBM's tables of sin and cos at i/128
# and of tan at points near i/256, glibc's reductions by pi/2), with multiplies
# fused into adds where its x86-64 FMA build fuses them. V8's Math.sin, cos and tan
# print another last digit for 3 to 4 inputs in 100, as for each input of the
# first three lines of each function; for those of the fourth, the same steps
# without fused multiply-adds would print another last digit.
import math

print([math.sin(x) for x in (0.0958, 0.176, 0.2209, 0.4075, 0.8603, 0.9465, 10.222, 58.779)])
print([math.sin(x) for x in (-975.976, 3011689.8, 8853703.1, -97788078.9)])
print([math.sin(x) for x in (330000000000.0, 2500000000000000.0, 1.5e20, 3.6e31)])
print([math.sin(x) for x in (0.3097, -0.3097, 1.622, 569.045, 29101643.4, 9e300)])
print([math.cos(x) for x in (0.05403, 0.1784, 0.2864, 0.3328, 0.8792, 0.9637, 35.188, 155.086)])
print([math.cos(x) for x in (-972.977, 2537553.6, 14158308.1, 7.5e50)])
print([math.cos(x) for x in (48000000000.0, 4000000000000.0, 2.1e18, 5e28)])
print([math.cos(x) for x in (2.0695, -1.31, 473.315, 592.374, 12982093.4, 6e95)])
print([math.tan(x) for x in (0.02917, 0.06042, 0.1438, 0.2904, 0.8607, 0.8963, 19.202, 183.407)])
print([math.tan(x) for x in (2384343.9, 8959305.0, -96333828.8)])
print([math.tan(x) for x in (48000000000.0, 640000000000.0, 5e17)])
print([math.tan(x) for x in (-1.6313, 4.695, -111.475, -50032795.7, 9100000000000.0, 4.9e20)])
edges = (0.0, -0.0, 5e-324, 1e-300, 1e-10, 2.0 ** -26, math.pi / 4, math.pi / 2, math.pi, 105414350.0, 1e8, 1e22, 1.7976931348623157e308)
for f in (math.sin, math.cos, math.tan):
    print(f.__name__, [f(x) for x in edges], f(float("nan")))
    for x in (float("inf"), float("-inf")):
        try:
            f(x)
        except ValueError as e:
            print("ValueError", e)
