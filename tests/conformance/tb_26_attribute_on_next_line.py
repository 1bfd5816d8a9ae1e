# An attribute named on the line after its object.
x = None
n = (x
     .y)
