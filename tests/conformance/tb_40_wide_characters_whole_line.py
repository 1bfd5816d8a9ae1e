# A line of wide characters that the call runs whole: no carets.
def f(x):
    return x.nope
f("日本")
