# copy.copy and copy.deepcopy of an instance go through object.__reduce_ex__,
# which reads the instance's __dict__ (so CPython 3.11 makes a real dict from
# its inline attributes), and the copy gets y.__dict__.update(state), which
# makes one for the copy too. The collector then counts each dict as one more
# object of a cycle. (Found by the differential fuzzer.)
import copy, gc, sys

class C:
    def __init__(self, v):
        self.v = v

class Empty:
    pass

gc.collect()
x = C(1); x.me = x
del x
print('plain cycle:', gc.collect())
x = C(1); x.me = x
y = copy.copy(x)
del x, y
print('after copy:', gc.collect())
x = C(1); x.me = x
y = copy.deepcopy(x)
print(y.me is y, y.v)
del x, y
print('after deepcopy:', gc.collect())
e = Empty(); e.me = e
f = copy.copy(Empty())
del e, f
print('no attributes, nothing made:', gc.collect())
a = C([1, 2])
b = copy.copy(a)
print(sys.getrefcount(a.v), b.v is a.v)
d = copy.deepcopy(a)
print(sys.getrefcount(d.v), d.v is a.v, vars(d))
d.extra = 'x'
print(vars(d), sorted(vars(a)))
