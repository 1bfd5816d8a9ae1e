# A failed assert is underlined at the comparison that decided it.
x = 3
assert x == 4, "x should be 4"
