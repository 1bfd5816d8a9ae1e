# A default value that fails when the def runs.
def f(a=1/0):
    pass
