# A constant indexed by a constant is folded at compile time (the AST optimizer's
# fold_subscr): the item is the parser's own object, and the compiler keeps a
# reference to it besides the constant it becomes; a slice is not folded.
import sys

a = (1000, 2000)[1]
# a, the code's constant, the parser's literal, the folded tuple's item, the fold's result, print's
# first argument and getrefcount's.
print(a, sys.getrefcount(a))

y = 3000
b = (4000, 3000)[1]
# An equal constant written earlier is the one the code keeps.
print(b is y, sys.getrefcount(y))

c = ((1.5,) + (1,))[0]
d = (10, (2000.5, 3000.5))[1]
print(c, sys.getrefcount(c), d, sys.getrefcount(d))

e = (5000, 6000)[0:1]
print(e, sys.getrefcount(e))

f = "word"[1], (1, 2)[-1], (7000, 8000)[True]
print(f, sys.getrefcount(f[2]))

# Not foldable: the error waits for the line to run.
try:
    g = (1, 2)[5]
except IndexError as err:
    print("IndexError:", err)
try:
    h = (1, 2)["x"]
except TypeError as err:
    print("TypeError:", err)
