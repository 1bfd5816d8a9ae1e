x = 1234.56789
for spec in ["", "f", ".0f", ".2f", "10.2f", "<10.1f", "^12.3f", "*>12.1f", "+.2f", " .2f", "010.2f",
             ",.2f", "_.3f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "#.0f", "#g", "=+12.2f", ".2"]:
    print(repr(spec).ljust(9), repr(format(x, spec)))
for v in [0.0, -0.0, 0.5, 1e-5, 1e16, 123456789.0, float("inf"), float("-inf"), float("nan")]:
    print(repr(v).ljust(14), format(v, ""), format(v, ".3"), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, "z.1f"))
print(format(-0.00001, "z.2f"), format(-0.0, "+"), format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))
print(format(1e300 * 10, "08.2f"), format(float("nan"), "+010"), format(1.0, ".0e"), format(100.0, ".2g"))
print(f"{x:.{3}f}", f"{x:{'>'}{15}}", f"{x:,.1f}", f"{-x:,}", f"{1/3:.20f}", f"{2**0.5:.17g}")
