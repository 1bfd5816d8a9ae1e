# Programs for the sys, gc, copy, math and weakref modules; gen_cases.py records
# python3's output for each into cases.json. Names starting with "gc:" need the
# collector to see every new object (memory.ts passing it to maybeCollect).
CASES = [
    ("sys.getrefcount", """
import sys
a = []
print(sys.getrefcount(a))
b = [a, a, a]
print(sys.getrefcount(a))
d = {'k': a}
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
for bad in [lambda: sys.getrefcount(), lambda: sys.getrefcount(1, 2), lambda: sys.getrefcount(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
"""),
    ("sys.getsizeof", """
import sys
class C:
    pass
class S:
    def __sizeof__(self):
        return 10
class N:
    def __sizeof__(self):
        return -1
class E(Exception):
    pass
def f():
    pass
def g():
    yield 1
print(sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(1.5), sys.getsizeof(2 ** 100))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("\\u00e9"), sys.getsizeof("\\u20ac"))
print(sys.getsizeof(()), sys.getsizeof((1, 2, 3)), sys.getsizeof([]), sys.getsizeof([1, 2]))
print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof(set()), sys.getsizeof(set([1, 2, 3, 4, 5])))
print(sys.getsizeof(C()), sys.getsizeof(C), sys.getsizeof(S()), sys.getsizeof(f), sys.getsizeof(len))
print(sys.getsizeof(ValueError()), sys.getsizeof(E()), sys.getsizeof(len), sys.getsizeof(int))
print(sys.getsizeof(range(3)), sys.getsizeof(iter([])), sys.getsizeof(S().__sizeof__), sys.getsizeof(iter('ab')))
try:
    sys.getsizeof(N())
except ValueError as e:
    print(e)
print(sys.getsizeof(1, default=3))
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
"""),
    ("sys.recursionlimit.intern", """
import sys
print(sys.getrecursionlimit())
for bad in [0, -5, 'x', 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
def deep():
    try:
        sys.setrecursionlimit(2)
    except RecursionError as e:
        print(e)
deep()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
a = "".join(["memo", "ry"])
b = sys.intern(a)
print(b is a, sys.intern("".join(["memo", "ry"])) is a)
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.maxsize, sys.byteorder)
n = sys.stdout.write("written\\n")
print(n)
"""),
    ("math.values", """
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3))
print(math.factorial(10), math.gcd(12, 18), math.gcd(), math.lcm(4, 6), math.lcm(), math.isqrt(17))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.prod([2, 3, 4], start=2), math.prod([]))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.hypot(3, 4), math.dist((1, 1), (4, 5)))
print(math.log(8, 2), math.log(1), math.log2(1024), math.log10(1000), math.log(2 ** 2000) > 1386)
print(math.pow(2, 10), math.pow(1, float('nan')), math.pow(float('nan'), 0), math.exp(0), math.fabs(-0.5))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(10, 3), math.remainder(5, 2))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.degrees(math.pi), math.radians(180), math.cbrt(27), math.cbrt(-8), math.exp2(10))
print(math.nextafter(1, 2), math.ulp(1.0), math.atan2(1, 1), math.atan(1), math.asin(1), math.acos(1))
print(math.floor(1e20), math.ceil(True), math.trunc(7), type(math.floor(2.0)).__name__)
"""),
    ("math.errors", """
import math
calls = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-2 ** 2000), lambda: math.log(10, 1),
         lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.isqrt(-1), lambda: math.acos(2),
         lambda: math.exp(1000), lambda: math.floor(float('inf')), lambda: math.floor(float('nan')),
         lambda: math.comb(3, -1), lambda: math.comb(-3, 1), lambda: math.sqrt('4'), lambda: math.gcd(1.5, 2),
         lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.pow(10, 400), lambda: math.fmod(1, 0),
         lambda: math.trunc('a'), lambda: math.sqrt(), lambda: math.pow(1), lambda: math.log(),
         lambda: math.isclose(1, 1, rel_tol=-1), lambda: math.dist([1], [1, 2]), lambda: math.fsum([1e308, 1e308]),
         lambda: math.fsum([math.inf, -math.inf]), lambda: math.remainder(1, 0), lambda: math.cosh(1000),
         lambda: math.sin(math.inf), lambda: math.ldexp(1.0, 5000), lambda: math.perm(5, 7)]
for call in calls:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
"""),
    ("copy.basic", """
import copy
a = [[1, 2], [3]]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[0] is a[0], c[0] is a[0], c == a)
t = (1, 'x', 2.5)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = ([1], 2)
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is t2, d2[0] is t2[0])
d = {'k': [1], 'n': 1}
dc = copy.deepcopy(d)
print(dc, dc['k'] is d['k'], copy.copy(d)['k'] is d['k'])
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])) == frozenset([1]))
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc, lc[1] is lc, lc is loop)
memo = {}
x = [[]]
y = copy.deepcopy(x, memo)
print(len(memo), memo[id(x)] is y, memo[id(memo)][0] is x[0] or memo[id(memo)][0] is x)
print(copy.copy(len) is len, copy.deepcopy(print) is print, copy.copy(int) is int)
"""),
    ("copy.instances", """
import copy
class P:
    def __init__(self, name, tags):
        print('init', name)
        self.name = name
        self.tags = tags
p = P('p', ['a'])
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q.name, q.tags is p.tags, r.tags is p.tags, r.tags == p.tags)
class Custom:
    def __init__(self):
        self.v = [1]
    def __copy__(self):
        print('__copy__ called')
        return 'shallow'
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return 'deep'
print(copy.copy(Custom()), copy.deepcopy(Custom()))
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1
m = copy.deepcopy(n1)
print(m.v, m.next.v, m.next.next is m, m is n1)
class St:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        print('getstate')
        return {'a': 5}
    def __setstate__(self, s):
        print('setstate', s)
        self.a = s['a'] * 2
print(copy.copy(St()).a)
def gen():
    yield 1
for bad in [lambda: copy.deepcopy(gen()), lambda: copy.copy(copy), lambda: copy.deepcopy([1], [])]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
e = ValueError('bad', 2)
e.note = 'x'
e2 = copy.copy(e)
print(repr(e2), e2.note, e2 is e)
print(copy.Error)
"""),
    ("weakref.basic", """
import weakref, sys
class Photo:
    def __init__(self, t):
        self.t = t
p = Photo('a')
before = sys.getrefcount(p)
r = weakref.ref(p)
print(sys.getrefcount(p) == before, r() is p, weakref.ref(p) is r, weakref.getweakrefcount(p))
r2 = weakref.ref(p, lambda w: print('callback', w is r2, w() is None))
print(r2 is r, weakref.getweakrefcount(p), r == r2, hash(r) == hash(p))
print(repr(r).startswith('<weakref at 0x'), "; to 'Photo' at 0x" in repr(r))
del p
print(r(), r2(), repr(r).endswith('; dead>'), r == r2)
try:
    hash(r2)
except TypeError as e:
    print(e)
print(hash(r) != 0)
def f():
    pass
print(repr(weakref.ref(f)).endswith('(f)>'), type(r).__name__, weakref.ref is weakref.ReferenceType)
for bad in [1, 'x', [], {}, (), None, object()]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
for bad in [lambda: weakref.ref(), lambda: weakref.ref(f, None, 1), lambda: weakref.ref(f)(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(weakref.ref(f, None).__callback__, weakref.getweakrefcount(1))
"""),
    ("gc:weakref.cycle", """
import gc, weakref
gc.collect()
class A:
    pass
a = A()
a.me = a
seen = []
r = weakref.ref(a, lambda w: seen.append(w() is None))
del a
print(r() is not None, seen)
print(gc.collect(), r(), seen)
"""),
    ("gc:collect.counts", """
import gc
gc.collect()
print(gc.get_count())
a = []
a.append(a)
del a
print(gc.collect())
class N:
    def __del__(self):
        print('del', self.name)
x = N(); x.name = 'x'
y = N(); y.name = 'y'
x.other = y; y.other = x
z = N(); z.name = 'z'
z.me = z
z.data = {'k': [1, 2]}
del x, y, z
print('collected', gc.collect())
print(gc.collect(0), gc.get_count())
gc.collect(1)
print(gc.get_count())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
"""),
    ("gc:tracking", """
import gc
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}))
t = tuple([1, 2])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
d = {'a': [1]}
d['a'] = 1
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
d[(1, 2)] = 3
print(gc.is_tracked(d))
class C:
    pass
print(gc.is_tracked(C), gc.is_tracked(C()), gc.is_tracked(len), gc.is_tracked(()), gc.is_tracked(gc))
"""),
    ("gc:referrers", """
import gc
leaf = [1]
holder = [leaf]
other = {'x': leaf}
print(holder in gc.get_referrers(leaf), any(r is other for r in gc.get_referrers(leaf)))
print(gc.get_referents([1, 'a', None]), gc.get_referents({'a': 1, 'b': 2}), gc.get_referents({1: 'a'}))
print(gc.get_referents((1, 2)), gc.get_referents(5), len(gc.get_referents()))
class K:
    def __init__(self):
        self.a = 1
        self.b = 'q'
print(gc.get_referents(K())[:2], gc.get_referents(K())[2] is K)
"""),
    ("gc.errors", """
import gc
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect('a'), lambda: gc.collect(1, 2),
            lambda: gc.get_count(1), lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.is_tracked(), lambda: gc.enable(1), lambda: gc.get_objects(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(gc.isenabled(), gc.garbage, gc.collect(generation=0) >= 0)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
"""),
    ("import.errors", """
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e).startswith("No module named 'no_such_module_here'"))
from math import sqrt, pi
print(sqrt(4), pi)
import math as m
import math
print(m is math)
"""),
]
