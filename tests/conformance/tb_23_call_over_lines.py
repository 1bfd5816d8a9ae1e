# A call written over several lines: the first line is underlined to its end.
def f(a, b):
    return a + b
v = f(
    1,
    "x",
)
