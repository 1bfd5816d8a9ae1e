# Programs for the builtin functions; ../modules/gen_cases.py records python3's
# output for each into cases.json.
CASES = [
    ("print.input", """
import sys
print(1, 'a', None, sep='-', end='!\\n')
print()
print('x', 'y', sep=None, end=None)
print(1, 2, file=sys.stdout)
for kw in [{'sep': 3}, {'end': 3}, {'foo': 1}]:
    try:
        print(1, **kw)
    except TypeError as e:
        print(e)
class W:
    def write(self, s):
        sys.stdout.write('<' + s + '>')
print('a', 'b', file=W())
name = input('name? ')
print('hello', name)
print(repr(input()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
""", "ann\nsecond line\n"),
    ("len.id.type", """
print(len([1, 2]), len('héllo'), len({}), len(()), len(range(10)))
for bad in [lambda: len(1), lambda: len(), lambda: len(1, 2), lambda: id()]:
    try:
        bad()
    except TypeError as e:
        print(e)
a = []
print(id(a) == id(a), id(a) != id([]), type(a) is list, type(1).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance('a', (int, float)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(ValueError, Exception))
for bad in [lambda: isinstance(1), lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
"""),
    ("numbers", """
print(abs(-3), abs(2.5), abs(-0.0), abs(True), abs(-2 ** 70))
class V:
    def __abs__(self):
        return 'abs!'
print(abs(V()))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(2, -1, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(base=2, exp=5), pow(2, 5, mod=3))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7), round(7.0, None), round(0.5 + 1e-9))
print(hex(255), hex(-255), bin(5), bin(-5), oct(8), oct(0), hex(2 ** 70))
print(chr(65), chr(233), chr(0x20ac), ord('A'), ord('é'), ord('€'), chr(97) is chr(97))
calls = [lambda: abs('a'), lambda: divmod('a', 1), lambda: divmod(1, 0), lambda: divmod(1.0, 0),
         lambda: pow(2, -1, 4), lambda: pow(2.0, 1, 3), lambda: pow(2, 1, 0), lambda: pow(),
         lambda: round('a'), lambda: round(1, 'a'), lambda: hex(1.5), lambda: chr(0x110000), lambda: chr(-1),
         lambda: chr('a'), lambda: chr(2 ** 70), lambda: ord('ab'), lambda: ord(1), lambda: ord('')]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
"""),
    ("sum.min.max.sorted", """
print(sum([1, 2, 3]), sum([1, 2], 10), sum([1, 2], start=10), sum([0.1] * 10), sum([1, 2.5, 3]), sum([]))
print(sum([[1], [2]], []), sum(x * x for x in range(5)), sum([True, True]), sum([2 ** 62, 2 ** 62, 2 ** 62]))
print(sum([1.5, 2 ** 70]), sum([10 ** 30, 0.5]))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([1], 'a'), lambda: sum(), lambda: sum(1), lambda: sum(['a'])]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min([], default=0), max([3, 1], key=lambda x: -x))
print(max([1, 3, 3.0]), min([3.0, 3]), max((1, 'b'), (1, 'a')), min({'b': 1, 'a': 2}), max(1, 2, key=None))
for bad in [lambda: max(), lambda: max([]), lambda: max(1), lambda: max(1, 2, default=5), lambda: max([1], foo=5),
            lambda: max(1, 'a'), lambda: min(key=len)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted('cab'), sorted([3, 1], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
for bad in [lambda: sorted(), lambda: sorted([3, 1], [2]), lambda: sorted([3, 1], foo=True), lambda: sorted([1, 'a'])]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(any([]), all([]), any([0, '', 3]), all([1, 0]), any(x > 2 for x in range(5)))
try:
    any(1)
except TypeError as e:
    print(e)
"""),
    ("repr.hash.format", """
print(repr('a'), repr([1, 'b']), ascii('café'), repr(None))
print(hash(1), hash(-1), hash(10 ** 20), hash(2 ** 61), hash(1.5), hash((1, 2)), hash(True))
try:
    hash([])
except TypeError as e:
    print(e)
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '>3'), format(12), repr(format(1.5)))
for bad in [lambda: format(1.5, 'x'), lambda: format(1, 2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
"""),
    ("attributes", """
class C:
    cls_attr = 1
    def __init__(self):
        self.x = 10
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), getattr(c, 'cls_attr'), hasattr(c, 'x'), hasattr(c, 'nope'))
setattr(c, 'y', 5)
print(c.y, vars(c))
delattr(c, 'y')
print(hasattr(c, 'y'), callable(c), callable(C), callable(len), callable(c.__init__), callable(1))
class P:
    @property
    def boom(self):
        raise KeyError('k')
try:
    hasattr(P(), 'boom')
except KeyError as e:
    print('KeyError propagates', e)
for bad in [lambda: getattr(c, 1), lambda: getattr(c, 'nope'), lambda: getattr(c), lambda: setattr(c, 'x'),
            lambda: delattr(c, 'nope'), lambda: hasattr(c), lambda: vars(1), lambda: callable(),
            lambda: getattr(1, 'real', 0), lambda: setattr(1, 'x', 2)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def f():
    a = 1
    b = [2]
    return sorted(locals().items())
print(f(), 'f' in globals(), globals() is globals(), vars() is globals())
"""),
    ("iter.next", """
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e.args))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
calls = iter([1, 2, 3, 0, 5].pop, 0)
print(list(calls))
class Countdown:
    def __init__(self):
        self.n = 2
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration('done')
        self.n -= 1
        return self.n
cd = Countdown()
print(next(cd), next(cd), next(cd, 'x'))
try:
    next(Countdown().__iter__().__class__())
    next(cd)
except StopIteration as e:
    print('stop', e.args)
for bad in [lambda: iter(), lambda: iter(1, 2), lambda: next()]:
    try:
        bad()
    except TypeError as e:
        print(e)
"""),
    ("exit", """
import sys
try:
    exit(3)
except SystemExit as e:
    print('exit', e.args)
try:
    quit()
except SystemExit as e:
    print('quit', e.args)
try:
    sys.exit('bye')
except SystemExit as e:
    print('sys.exit', e.args)
print(None, True, NotImplemented, Ellipsis, __debug__)
"""),
]
