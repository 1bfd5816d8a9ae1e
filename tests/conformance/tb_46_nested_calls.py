# The innermost call of several on a line.
def f(x): return x / 0
print(len(str(f(1))))
