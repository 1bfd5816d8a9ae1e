# CPython's compiler warns about `is` with a literal (a value, not an identity,
# was meant); None, True, False and ... are fine, and so is a name or a list display.
# Folded constants count as literals: -1, (1, 2), (), 2 * 3.
x = 1000
y = x
print(x is 1000, x is not "a")
print(x is None, x is True, x is ..., x is [1000], x is y)
print(x is -1, x is (1, 2), x is (), x is 2 * 3, (1, 2) is x)
def later():
    return x is 2.5  # warned when compiled, though never called
print(x is (y is 1))
print((x is
       1))
