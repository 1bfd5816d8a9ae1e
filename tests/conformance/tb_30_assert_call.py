# An assert on a call: no carets.
def f(): return False
assert f()
