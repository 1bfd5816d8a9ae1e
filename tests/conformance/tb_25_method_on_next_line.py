# A method named on the line after its object: the line of the name.
xs = [1]
n = (xs
     .index(5))
