# round() uses round-half-to-even on the exact binary value.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.4999999999999999, 2.5000001]])
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-2.675, 2))
print(round(3.14159), type(round(3.14159)).__name__, round(3.14159, 0), round(3.7, None))
print(round(1234.5678, -2), round(-1234.5678, -1), round(5e-324, 400), round(1e300, -300))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(149, -2), round(150, -2))
print(round(12345, 2), round(12345, -10), round(10 ** 20 + 5, -1), round(-0.0), round(-0.4, 0))
print(round(0.5, 0), round(-0.5, 0), round(1e16 + 1.0, 2), round(123.456, 1), round(float("inf"), 2))
print(round(True), round(7), type(round(7, 2)).__name__, type(round(7.0, 2)).__name__)
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for args in [("1.5",), (1.5, 1.0), (None,)]:
    try:
        round(*args)
    except TypeError as e:
        print(type(e).__name__, e)
