# Attribute assignment fails at its target.
x = 5
x.y = 1
