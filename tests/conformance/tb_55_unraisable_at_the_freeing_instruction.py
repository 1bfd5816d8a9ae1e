# An exception native code raises while an object is freed (a generator that
# ignores GeneratorExit, closed because its last reference went) is reported, not
# raised, at the instruction the running frame is at: the store, delete, call or
# operation that dropped the reference, with its carets.
def stubborn(tag):
    try:
        yield 1
    finally:
        yield tag
def started(tag):
    g = stubborn(tag)
    next(g)
    return g
class Box:
    pass
x = started("store")
x = None
y = started("del")
del y
b = Box()
b.item = started("attr")
b.item = None
lst = [started("item")]
lst[0] = None
lst = [started("delitem")]
del lst[0]
started("expr")
def f():
    z = started("local")
    z = 1
    w = started("return")
    return 5
f()
lst = [started("clear")]
lst.clear()
d = {"k": started("dict")}
d["k"] = None
def g():
    global q
    q = None
q = started("global")
g()
t = (started("binop"), 1)
u = t[1] + 1; t = None
n = [started("a"), started("b")]
n = len(n) + 1
print("done")
