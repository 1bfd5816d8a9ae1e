# Exceptions raised by builtin code with a message (PyErr_SetString, PyErr_Format)
# are made lazily: only the type and the message exist until the exception is
# normalized, when a handler gets it (or C code asks for the instance). By then the
# call's packed argument tuple and the stack the unwinding popped are freed, so the
# new args tuple takes the block of the tuple freed last (from the free list, not
# counted in generation 0). Eager cases: an AttributeError from an attribute get
# (made at once to record name and obj; not for a method call's look-up on an object
# with the generic getattr), a raise while another exception is being handled (made
# at once to chain it), and exceptions made by Python code.
import gc

n = 7


class O:
    pass


class P:
    p = property()


o = O()
pr = P()

try:
    1 / 0
except Exception as e:
    pass


def mk():
    # A fresh 1-tuple whose id is remembered; returned onto the caller's stack.
    global gid
    t = (n,)
    gid = id(t)
    return t


def set_p():
    pr.p = 1


CASES = [
    ("int('')", lambda: int('')),
    ("int('x')", lambda: int('x')),
    ("int('x', 2)", lambda: int('x', 2)),
    ("float('x')", lambda: float('x')),
    ("[].pop()", lambda: [].pop()),
    ("{}['k']", lambda: {}['k']),
    ("'abc'.index('z')", lambda: 'abc'.index('z')),
    ("len(5)", lambda: len(5)),
    ("o.missing", lambda: o.missing),
    ("pr.p (no getter)", lambda: pr.p),
    ("pr.p() (no getter, LOAD_METHOD: lazy)", lambda: pr.p()),
    ("pr.p = 1 (no setter)", set_p),
    ("1/0", lambda: 1 / 0),
    ("next(iter([]))", lambda: next(iter([]))),
    ("[1][5]", lambda: [1][5]),
]

print("-- generation 0 after a collection, the first raise caught at module level")
gc.collect()
try:
    int('')
except Exception:
    pass
print("int('')", gc.get_count())
gc.collect()
try:
    'abc'.index('z')
except Exception:
    pass
print("'abc'.index('z')", gc.get_count())
gc.collect()
try:
    float('x')
except Exception:
    pass
print("float('x')", gc.get_count())
gc.collect()
try:
    raise ValueError('x')
except Exception:
    pass
print("raise ValueError('x')", gc.get_count())

print("-- which freed 1-tuple args takes (1: freed first, 3: freed last, 0: none)")
for name, fn in CASES:
    gc.collect()
    t1 = (n,); t2 = (n,); t3 = (n,)
    ids = [id(t1), id(t2), id(t3)]
    del t1; del t2; del t3
    try:
        fn()
    except Exception as e:
        r = ids.index(id(e.args)) + 1 if id(e.args) in ids else 0
    print(name, r, gc.get_count())

print("-- a tuple left on the stack is freed before a lazy exception is made")
for name, fn in CASES:
    gc.collect()
    try:
        (mk(), fn())
    except Exception as e:
        r = id(e.args) == gid
    print(name, r, gc.get_count())


def escaping(fn):
    return (mk(), fn())


def inner(fn):
    return fn()


def two_levels(fn):
    # The tuple is on the outer frame's stack, freed as the exception leaves it.
    return [mk(), inner(fn)]


print("-- raised in a function, caught by its caller")
for name, fn in CASES:
    gc.collect()
    try:
        escaping(fn)
    except Exception as e:
        r = id(e.args) == gid
    print(name, r, gc.get_count())
    gc.collect()
    try:
        two_levels(fn)
    except Exception as e:
        r = id(e.args) == gid
    print(name, "two levels", r, gc.get_count())

print("-- through a finally block")
for name, fn in CASES:
    gc.collect()
    try:
        try:
            (mk(), fn())
        finally:
            pass
    except Exception as e:
        r = id(e.args) == gid
    print(name, r, gc.get_count())

print("-- raised while another exception is handled: made at once")
for name, fn in CASES:
    gc.collect()
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            (mk(), fn())
        except Exception as e:
            r = (id(e.args) == gid, type(e.__context__).__name__)
    print(name, r, gc.get_count())


class Seq:
    def __init__(self):
        self.data = [1, 2]

    def __getitem__(self, i):
        return self.data[i]


class GA:
    def __getattr__(self, name):
        raise AttributeError(name)


s = {frozenset()}
ga = GA()


def in_set():
    return {1} in s


def drain():
    it = iter(Seq())
    next(it)
    next(it)
    return next(it, None)


CLEARED = [
    ("{1} in {frozenset()}", in_set),
    ("list(Seq())", lambda: list(Seq())),
    ("next(it, None) past a __getitem__ sequence", drain),
    ("getattr(ga, 'zz', None)", lambda: getattr(ga, 'zz', None)),
    ("hasattr(ga, 'zz')", lambda: hasattr(ga, 'zz')),
    ("list(iter(f, 0)) ended by StopIteration", lambda: list(iter(lambda: next(iter([])), 0))),
]

print("-- errors builtin code clears are never made")
for name, fn in CLEARED:
    gc.collect()
    t1 = (n,); t2 = (n,)
    ids = [id(t1), id(t2)]
    del t1; del t2
    fn()
    t3 = (n,); t4 = (n,)
    print(name, [ids.index(id(t)) + 1 if id(t) in ids else 0 for t in (t3, t4)], gc.get_count())

print("-- name and obj of AttributeError, set only where the error was made at once")
for name, fn in CASES:
    try:
        fn()
    except AttributeError as e:
        print(name, e.name, type(e.obj).__name__)
    except Exception:
        pass
