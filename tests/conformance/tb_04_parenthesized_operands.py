# Parenthesized operands: the closing parenthesis is not the operator.
a = 1
b = (a + 2) / (a - 1)
