"""A module's docstring is its __doc__."""
# The parser makes an object per literal and the AST optimizer folds constant
# expressions into new objects; the parser's arena keeps all of them for the whole
# run. Only what is compiled is merged into the file's constants. A folded operand
# (the tuple in `(2.25, 0.1)[0]`, the item it gives to `3.0 * ...`) and a statement
# that folds to a constant (compiled to nothing) are the arena's alone, so a later
# literal of the same value is a new object. Constant defaults are folded into a
# tuple only when the code object is assembled, so a folded tuple display later in
# the same code is the one kept. Each node is folded once, however often the
# compiler looks at it.
import sys
import math

print(__doc__)
a = 2.25; math.sqrt((2.25, 0.1)[0]); print(sys.getrefcount(a))
(3.25, 0.1)[0]; b = 3.25; print(sys.getrefcount(b))
x = 5; y = (1000.5, 2000)[0] + x; z = 1000.5; print(sys.getrefcount(z))
x = 5; y = -(1001.5, 2000)[0] + x; z = 1001.5; print(sys.getrefcount(z))
x = 5; y = [(1002.5, 2000)[0], x]; z = 1002.5; print(sys.getrefcount(z))
u = 3.0 * (2.0, 11.5)[1]; print(sys.getrefcount(11.5))
c = not 4.75; print(c, sys.getrefcount(4.75))
(5.5, 6.5); d = (5.5, 6.5); print(sys.getrefcount(d), sys.getrefcount(d[0]))
-7.5; e = -7.5; print(sys.getrefcount(e))
8.5 * 2; f = 17.0; print(sys.getrefcount(f))


def g(p=(9.5, 1)[0], q=9.5):
    return q


print(sys.getrefcount(g.__defaults__), sys.getrefcount(g.__defaults__[1]))


def h(a=1.5, b=2.5):
    pass


w = 1
t = (1.5, 2.5) if w else 0
print(sys.getrefcount(t), sys.getrefcount(t[0]), t is h.__defaults__)
for v in [12.5, 13.5]:
    pass
print(sys.getrefcount(v))
print(sys.getrefcount((16.5, 17.5)))
m = max(*[1], 18.5, 19.5); print(sys.getrefcount(19.5))
try:
    pass
finally:
    k = (20.5, 21.5)[1]
print(sys.getrefcount(k))
