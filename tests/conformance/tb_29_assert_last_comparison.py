# An assert with and: the last comparison.
x = 1
assert x is None and x > 0
