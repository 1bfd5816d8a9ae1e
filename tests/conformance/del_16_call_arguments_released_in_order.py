# After a call, CPython 3.11 releases the callable and then the arguments first to
# last (a **kwargs dict releases its values in insertion order), so temporaries die in
# that order. (Found by the differential fuzzer.)
class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'C'
    def __del__(self):
        print('del', self.v)

print(C(1), C(2))
getattr(C(3), 'v', C(4))
def f(**kw):
    pass
f(a=C(5), b=C(6))
dict(a=C(7), b=C(8))
def g(*args):
    return len(args)
print(g(C(9), C(10), C(11)))
print(max([C(12).v, C(13).v]), isinstance(C(14), C))
