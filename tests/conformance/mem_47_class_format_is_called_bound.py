# PyObject_Format looks a class's own __format__ up with _PyObject_LookupSpecial,
# which binds it: a bound method object (GC-tracked) is made before the call and
# freed after it. With generation 0's threshold at 1 that allocation starts a
# collection, which generation 1's count shows. The method is given the spec
# object the caller holds, not a copy of it.
import gc


class Echo:
    def __format__(self, spec):
        return spec


class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return f"${self.v:{spec}}"


e = Echo()
spec = ">6"
print(format(e, spec) is spec, f"{e:{spec}}" is spec, f"{e:>6}" == spec)
print(format(Money(5), spec), f"{Money(12):<5}|", f"{Money(7)}")

gc.collect()
gc.set_threshold(1)
counts = []
for make in (lambda: f"{e:abc}", lambda: format(e, "x"), lambda: "{:q}".format(e)):
    gc.collect()
    before = gc.get_count()
    t = make()
    counts.append((before, gc.get_count(), t))
gc.set_threshold(700)
print(counts)
