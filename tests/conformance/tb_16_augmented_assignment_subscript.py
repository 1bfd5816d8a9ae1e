# Augmented assignment of an item that does not exist.
xs = [1]
xs[3] += 1
