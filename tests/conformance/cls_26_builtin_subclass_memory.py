# Subclasses of list, dict and str: their instances are lists, dicts and strs; __init__, __del__, cycles and layout conflicts as in CPython.
import sys, gc
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        print("  init L", len(self))
    def __del__(self):
        print("  del L", list(self))
x = L([1, 2])
y = L()
print(x, y, type(x) is L, sys.getrefcount(x), len(gc.get_referents(x)))
del x
class D(dict):
    def total(self):
        return sum(self.values())
d = D({"a": 1}, b=2)
d["c"] = 3
print(d, d.total(), type(d).__name__, isinstance(d, dict), D.__mro__ == (D, dict, object))
print(dict(d), type(dict(d)).__name__, d.copy(), type(d.copy()).__name__)
class S(str):
    pass
s = S("hi")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s * 2, s in ["hi"], hash(s) == hash("hi"))
print(str(s), type(str(s)).__name__, S(), repr(S()), S(42))
cyc = L([0]); cyc.append(cyc)
del cyc
print("collected", gc.collect())
try:
    class Bad(list, dict): pass
except TypeError as e:
    print("TypeError", e)
print(sorted(L([3, 1, 2])), L([3, 1]) + L([2]), L("ab") == ["a", "b"])
del y
print("end")
