values = [0, 1.5, "s", None, True, [1], (1,), {1: 2}, {1}, frozenset(), range(1)]
for v in values:
    print(type(v).__name__, type(v))
print(type(type), type(int), type(len), type(print).__name__)

class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) is A, type(b).__name__, type(B).__name__)
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, ()), isinstance(A, type))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(None, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (int, A)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(IndexError, KeyError))
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, [A])
except TypeError as e:
    print(type(e).__name__, e)
