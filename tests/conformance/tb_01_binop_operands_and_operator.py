# A failed binary operation: ~ under the operands, ^ under the operator.
x = 1
y = "a"
z = x + y
