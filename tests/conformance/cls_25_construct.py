# Calling a class: object.__new__ then __init__ with the arguments as they were given, its errors, a custom __new__, exceptions and subclasses.
import sys
class A:
    def __init__(self, x, y=2):
        self.x = x; self.y = y
class B:
    def __init__(self, x):
        return 5
class C:
    def __new__(cls, *a):
        print("new", a); return super().__new__(cls)
    def __init__(self, v): print("init", v)
class E(Exception):
    def __init__(self, m): super().__init__(m); self.m = m
a = A(1); print(a.x, a.y, sys.getrefcount(a))
try:
    B(1)
except TypeError as e: print(e)
C(3)
print(repr(E("x")), E("y").m)
try:
    A()
except TypeError as e: print(e)
try:
    A(1, 2, 3)
except TypeError as e: print(e)
class D(A):
    pass
print(D(7).x, type(D(7)).__name__)
def f():
    return A(len("abc"))
print(f().x)
