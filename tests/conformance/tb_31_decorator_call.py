# A failing decorator: its own line and name.
def d1(f): return f
def d2(f): return f.nope
@d1
@d2
def g(): pass
