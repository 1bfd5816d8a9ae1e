# An uncaught exception whose message cannot be made (its argument's __repr__ raises
# AttributeError) prints "<exception str() failed>". CPython clears that AttributeError
# at once: it held the instance as its .obj, so the instance dies at shutdown with the
# ValueError, and its __del__ runs.
class C0:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'C0(' + repr(self.v) + ')'
    def __del__(self):
        print('del C0', getattr(self, 'v', '?'))

def f_raise(x):
    raise ValueError(x)

o0 = C0(0)
del o0.v
print(f_raise(o0))
