# A comprehension unpacking its items.
def f(xs):
    return [a + b for a, b in xs]
f([(1, 2), 3])
