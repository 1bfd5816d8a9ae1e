# Unpacking fails at its target.
a, b = [1, 2, 3]
