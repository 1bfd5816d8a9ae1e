# The compiler folds constant expressions; the tuples it folds away are made of the
# parser's own objects, so they hold no reference to a name's object.
import sys

x = 2.5e-05
print((2.5e-05,) * 0, (2.5e-05, 1.5) * 0)
# x, the code's constant, the parser's literal and getrefcount's argument.
print(sys.getrefcount(x))

big = 10 ** 20
print(sys.getrefcount(big) > 1)

# A folded tuple that is kept as a constant shares the file's constants.
y = 1.5
t = (1.5,) + (2.5,)
z = 2.5
print(t[0] is y, t[1] is z, t == (1.5, 2.5), (1.5, 2.5) is t)
print(sys.getrefcount(y), sys.getrefcount(z))
nested = ((7.25,),) * 2
w = 7.25
print(nested[0][0] is w, nested[0] is nested[1], sys.getrefcount(w))
