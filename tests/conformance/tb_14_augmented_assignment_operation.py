# Augmented assignment fails at the statement: no carets.
x = 1
x += "a"
