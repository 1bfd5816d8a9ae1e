print(float(), float(3), float(-0), float("1.5"), float("  -2.25e3 "), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("+INF"), float(".5"), float("5."))
print(float("1e400"), float("-1e400"), float("1e-400"), float(True), float(10 ** 20))
print(float("16"), float(2 ** 53), float(2 ** 53 + 1), float(123456789 ** 2))
for text in ["", "abc", "1.5.2", "1e", "0x10", "1,5", "in f", "--1"]:
    try:
        float(text)
    except ValueError as e:
        print(type(e).__name__, e)
for value in [None, [1.5], {}]:
    try:
        float(value)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print(int(float("12.9")), float(int("12")), float(-0.0), float("-0"))
