# A class holds references CPython makes for it (its __mro__, its base, the __dict__/__weakref__ descriptors): it sits in a cycle, and only the collector frees it.
import gc, sys
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
def make():
    class Local:
        attr = T("class attribute")
    return Local()
obj = make()
print("made", type(obj).__name__)
del obj
print("instance gone; class waits for gc")
print("collected something:", gc.collect() > 0)
class A: pass
class B(A): pass
print(sys.getrefcount(A), sys.getrefcount(B))
del B
print(sys.getrefcount(A))
gc.collect()
print(sys.getrefcount(A))
class E(Exception): pass
class L(list): pass
print(sys.getrefcount(E), sys.getrefcount(L))
print("end")
