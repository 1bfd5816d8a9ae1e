# A comprehension is a frame of its own.
xs = [1, 0]
ys = [10 / x for x in xs]
