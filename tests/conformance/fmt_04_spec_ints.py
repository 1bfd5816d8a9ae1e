n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "*^11", "0>10", "=+10", "+", "-", " ", ",", "_", "010,",
             "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_b", "#_x", "e", ".2e", "f", ".1%", "g", "c"]:
    print(repr(spec).ljust(8), repr(format(n if spec != "c" else 9731, spec)))
for v in [0, -5, 255, -255]:
    print(format(v, "+05d"), format(v, " d"), format(v, "#06x"), format(v, "=8"), format(v, "08b"), format(v, "<+4") + "|")
print(format(True, "d"), format(False, "x"), format(True, "5") + "|", format(10 ** 30, ","), format(-10 ** 30, "_"))
print(f"{n:,d}", f"{n:>+15,}", f"{-n:x}", f"{65:c}{66:c}", f"{n:.3e}", f"{n:_o}")
