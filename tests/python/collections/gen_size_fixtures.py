"""Regenerates tests/python/collections/fixtures/sizes.json (sys.getsizeof facts) with python3.11.

Run: python3 tests/python/collections/gen_size_fixtures.py
"""
import builtins, json, math, os, random, sys, types, weakref

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(99)
g = sys.getsizeof

ints = [0, 1, -1, 5, -5, 255, 2**30 - 1, 2**30, -(2**30), 2**53, 2**60 - 1, 2**60, 2**90, -(2**120), 10**100]
ints += [rng.getrandbits(rng.randint(1, 400)) * rng.choice([1, -1]) for _ in range(100)]
strs = ['', 'a', 'ab', 'hello world', 'é', 'éé', 'aé', 'ÿ', 'ā', 'āā', 'aā', '€', '😀', '😀😀', 'a😀', 'é😀', '\x00', '\x7f', '\x80',
        '\uffff', '\U00010000', 'x' * 1000]
alph = ['a', 'z', 'é', 'ÿ', 'ā', '€', '中', '😀', '\U0010ffff']
for _ in range(100):
    strs.append(''.join(rng.choice(alph[:rng.randint(1, len(alph))]) for _ in range(rng.randint(0, 40))))


class P:
    pass


def f():
    pass


def outer():
    x = 1

    def inner():
        return x
    return inner


fixed = {
    'None': g(None), 'NotImplemented': g(NotImplemented), 'Ellipsis': g(...), 'object': g(object()),
    'bool': g(True), 'float': g(1.5), 'complex': g(1j), 'range': g(range(10)), 'slice': g(slice(1, 2)),
    'function': g(f), 'boundMethod': g(P().__init__ if False else types.MethodType(f, P())),
    'builtinFunction': g(len), 'cell': g(outer().__closure__[0]), 'module': g(types.ModuleType('m')),
    'weakref': g(weakref.ref(f)), 'property': g(property()), 'staticmethod': g(staticmethod(f)),
    'classmethod': g(classmethod(f)), 'super': g(super(P, P())), 'instance': g(P()), 'class': g(P),
    'slotsClass': g(type('Q', (), {'__slots__': ()})), 'listIterator': g(iter([])),
    'listReverseIterator': g(reversed([])), 'tupleIterator': g(iter(())), 'strIterator': g(iter('')),
    'rangeIterator': g(iter(range(3))), 'reversed': g(reversed((1, 2))), 'dictIterator': g(iter({})),
    'setIterator': g(iter(set())), 'dictView': g({}.keys()), 'enumerate': g(enumerate([])), 'zip': g(zip()),
    'map': g(map(len, [])), 'filter': g(filter(None, [])), 'emptyTuple': g(()), 'emptyList': g([]),
    'emptyDict': g({}), 'emptySet': g(set()),
}

gens = []
for src in ['def g():\n    yield 1\n', 'def g(a):\n    yield a\n', 'def g(a, b, c):\n    x = a + b * c\n    yield x\n',
            'def g(*a, **k):\n    for i in a:\n        yield i, k\n', 'def g(n):\n    t = 0\n    for i in range(n):\n        for j in range(i):\n            t += [i, j, (i, j)][0]\n            yield t\n',
            'def g():\n    x = 1\n    def h():\n        return x\n    yield h\n']:
    ns = {}
    exec(src, ns)
    c = ns['g'].__code__
    nlp = len(c.co_varnames) + len(c.co_cellvars) + len(c.co_freevars)
    gens.append([nlp, c.co_stacksize, g(ns['g'](*([1] * c.co_argcount)))])
ge = (x for x in [])
gens.append([len(ge.gi_code.co_varnames), ge.gi_code.co_stacksize, g(ge)])

slots = []
for names in [(), ('a',), ('a', 'b'), ('a', 'b', 'c', 'd', 'e'), ('a', '__weakref__'), ('a', '__dict__'),
              ('__dict__', '__weakref__'), ('a', 'b', '__dict__', '__weakref__')]:
    C = type('C', (), {'__slots__': names})
    n = len([x for x in names if x not in ('__dict__', '__weakref__')])
    slots.append([n, '__weakref__' in names, '__dict__' in names, g(C())])

exc = {}
for n in dir(builtins):
    c = getattr(builtins, n)
    if isinstance(c, type) and issubclass(c, BaseException):
        if c in (UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, BaseExceptionGroup, ExceptionGroup):
            continue
        exc[n] = [g(c()), g(type('S', (c,), {})())]

subs = {}
for base, arg in [(list, None), (dict, None), (set, None), (frozenset, None), (int, 7), (float, 1.0), (tuple, None),
                  (object, None)]:
    C = type('C', (base,), {})
    subs[base.__name__] = [g(C(arg) if arg is not None else C()), g(base(arg) if arg is not None else base())]
strsubs = []
C = type('C', (str,), {})
for s in ['', 'ab', 'é', 'āā', '😀']:
    strsubs.append([s, g(C(s))])

out = {
    'ints': [[str(v), g(v)] for v in ints],
    'strs': [[s, g(s)] for s in strs],
    'tuples': [g(tuple(range(n))) for n in range(30)],
    'bytes': [g(b'x' * n) for n in range(20)],
    'fixed': fixed,
    'generators': gens,
    'slots': slots,
    'exceptions': exc,
    'subclasses': subs,
    'strsubs': strsubs,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'sizes.json')
with open(path, 'w', encoding='utf-8') as fh:
    json.dump(out, fh, ensure_ascii=True, separators=(',', ':'))
    fh.write('\n')
print('wrote', path, os.path.getsize(path))
