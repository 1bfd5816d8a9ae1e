# A parenthesized assert with a message is a tuple, always true: CPython warns,
# and the assert never fails.
x = 0
assert (x == 1, "x must be 1")
assert ()  or True
print("passed both asserts")
