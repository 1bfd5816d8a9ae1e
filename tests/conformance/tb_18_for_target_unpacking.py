# A for loop unpacking each item: the target is underlined.
for a, b in [(1, 2), (3,)]:
    pass
