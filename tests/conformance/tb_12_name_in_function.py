# An undefined name inside a function; a call that is the whole line gets no carets.
def f():
    return y + 1
f()
