s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "^9", "-^10", ".3", "10.3", ">10.2s", "\u00e9<7", "0>7", "07"]:
    print(repr(spec).ljust(8), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("", ".0")), repr(format("abc", ".0")), repr(format("caf\u00e9", "^8")))
for spec in ["+", " ", "=10", "#", ",", "d", "x", ".2f", "_"]:
    try:
        print(format(s, spec))
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{s!r:>12}|{s!s:^9}|{s:{'*'}^{9}}|{'x'!r}")
