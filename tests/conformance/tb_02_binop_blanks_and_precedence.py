# Blanks around the operator, and a right operand that is itself an operation.
def f(a, b):
    return a  +  b * 2
print(f(1, "s"))
