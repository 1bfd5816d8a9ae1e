# A return of an operation over two lines.
def f(a):
    return (a +
            1)
f("s")
