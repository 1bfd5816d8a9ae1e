# A freed block comes back only to an object of the same size class (16-byte
# steps), so ids tell block sizes apart. CPython 3.11 gives an instance of a
# list subclass 80 bytes (list, __weakref__, the __dict__ pointers, GC header),
# of a dict subclass 88 (a 96-byte block), of a str subclass 120 (128, the text
# apart); AttributeError's struct is bigger than KeyError's (112 and 96 bytes);
# staticmethod and classmethod objects take 48, as a list iterator does.
import gc
import sys
gc.collect()


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class E(Exception):
    pass


def f():
    pass


print(sys.getsizeof(L()), sys.getsizeof(D()), sys.getsizeof(S('ab')))
print(id(L()) == id(L()), id(L()) == id(D()), id(D()) == id(D()))
print(id(S('a')) == id(S('a' * 40)), id(S('ab')) == id(L()))
print(id(KeyError(1)) == id(ValueError(1)), id(KeyError(1)) == id(AttributeError(1)))
print(id(E(1)) == id(ValueError(1)), id(E(1)) == id(AttributeError(1)))
print(id(staticmethod(f)) == id(iter([])), id(classmethod(f)) == id(iter(())))
