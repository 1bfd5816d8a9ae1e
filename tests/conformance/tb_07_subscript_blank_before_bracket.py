# A blank between the object and its bracket.
xs = [1]
y = xs [ 5 ]
