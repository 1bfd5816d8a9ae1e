# An instance's __dict__, once asked for, is the live namespace: writes through either side show in the other, and it counts in gc.
import sys, gc
class P:
    def __init__(self): self.a = 1; self.b = [2]
    def __del__(self): print("  del P", sorted(self.__dict__))
p = P()
d = p.__dict__
print(d, d is vars(p), sys.getrefcount(d))
d["c"] = 3
p.e = 5
print(p.c, p.e, d)
del p.a
print(d, hasattr(p, "a"))
try:
    del p.zz
except AttributeError as e:
    print("AttributeError", e)
p.b.append(9)
q = P(); q.other = p; p.other = q
print(gc.is_tracked(d), len(gc.get_referents(p)))
del p, q, d
print("collect", gc.collect())
r = P()
rd = vars(r)
del r
print("rd still", rd)
