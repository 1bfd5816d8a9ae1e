print(int(), int(7), int(-3.99), int(3.99), int(True), int(" 42\n"), int("-0"), int("+17"))
print(int("1_000_000"), int("ff", 16), int("FF", 16), int("z", 36), int("0x1f", 16), int("0b101", 0))
print(int("0o17", 0), int("0x_ff", 0), int("10", 0), int("0", 0), int("00", 0), int("-0b11", 0))
print(int("777", 8), int("1010", 2), int("  -12  ", 7), int(2.5e10), int(-0.9), int(1e20))
print(int("123456789012345678901234567890"), int(float("1e30")))
bad = ["", "x", "1.5", "1 2", "_1", "1__0", "0x", "12a", "\u00bd"]
for text in bad:
    try:
        int(text)
    except ValueError as e:
        print(type(e).__name__, e)
for text, base in [("12", 2), ("017", 0), ("9", 8), ("z", 35), ("1", 1), ("1", 37)]:
    try:
        int(text, base)
    except ValueError as e:
        print(type(e).__name__, e)
for value in [None, [1], float("inf"), float("nan")]:
    try:
        int(value)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
