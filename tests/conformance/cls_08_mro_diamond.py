def names(cls):
    return [c.__name__ for c in cls.__mro__]

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()

print(names(D), D().who())
class E(C, B): pass
print(names(E), E().who())

class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass
print(names(R), R.__bases__ == (P, Q), [b.__name__ for b in R.__bases__])
print(names(bool), names(KeyError), D.__name__, type(D()).__mro__ == D.__mro__)
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
