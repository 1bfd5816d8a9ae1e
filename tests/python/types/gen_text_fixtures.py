"""Regenerates tests/python/types/fixtures/text-cases.json with the local python3 (3.11).

Run: python3 tests/python/types/gen_text_fixtures.py
Each case is an operation on encoded Python values (str methods, format(),
%-formatting, str.format, constructors, repr/hash, indexing) with the repr
of CPython's result or its exception line. The tests replay every case
through the engine's natives and never need python3.
"""
import json, math, os, random, struct, sys

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(2024)


def enc(v):
    if v is None:
        return {'n': 0}
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        if abs(v) > 10**4000:
            return {'ix': format(v, 'x')}
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': v.hex() if math.isfinite(v) else repr(v)}
    if isinstance(v, str):
        return {'s': v}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, list):
        return {'l': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'d': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {'sl': [enc(v.start), enc(v.stop), enc(v.step)]}
    raise TypeError(type(v))


def outcome(fn):
    try:
        return {'ok': repr(fn())}
    except Exception as e:  # noqa: BLE001
        return {'err': f'{type(e).__name__}: {e}'}


cases = {}


def add(group, case, fn):
    if case.get('kw') == {}:
        del case['kw']
    case.update(outcome(fn))
    cases.setdefault(group, []).append(case)


def direct(recv, name, args, kw):
    # Spelled-out keyword calls: CPython words some argument errors differently for f(**kw).
    env = {'recv': recv, 'kw': kw}
    parts = []
    for i, a in enumerate(args):
        env[f'a{i}'] = a
        parts.append(f'a{i}')
    parts += [f'{k}=kw[{k!r}]' for k in kw]
    return eval(f"recv.{name}({', '.join(parts)})", env)


def call(recv, name, *args, **kw):
    add('str-method' if isinstance(recv, str) else 'num-method',
        {'op': 'call', 'recv': enc(recv), 'name': name, 'args': [enc(a) for a in args],
         'kw': {k: enc(v) for k, v in kw.items()}},
        lambda: direct(recv, name, args, kw))


# ---------------------------------------------------------------- str methods
texts = ['', 'a', 'abc', 'Hello, World', '  spaced  out  ', 'a,b,,c', 'one two three', 'x\ty\nz',
         'line1\nline2\r\nline3\rline4', 'MiXeD cAsE', 'ǆemal straße', 'Σίσυφος ΟΔΟΣ', 'ﬁne', 'İstanbul',
         '123', '٣٤٥', '²³', 'Ⅻ', '一二三', '  42  ', '-17', '+3', 'hello_world', '_private', '2fast',
         'with\x00nul', 'tab\tsep\tvalues', 'emoji 🎉 party 🎉', 'ÀÉÎÕÜ', '\u2028sep\u2029', 'aaa', 'abab',
         'Mississippi', 'title Case string', "it's", 'say "hi"', 'both \' and "', '\x1c\x1d\x1e\x1f', '\xa0x\xa0']
for t in texts:
    for m in ['upper', 'lower', 'capitalize', 'title', 'swapcase', 'casefold', 'isdigit', 'isalpha', 'isalnum',
              'isspace', 'isupper', 'islower', 'isidentifier', 'isnumeric', 'isdecimal', 'istitle', 'isprintable',
              'isascii', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']:
        call(t, m)
    add('str-slot', {'op': 'repr', 'v': enc(t)}, lambda: t)
    add('str-slot', {'op': 'len', 'v': enc(t)}, lambda: len(t))
    add('str-slot', {'op': 'list', 'v': enc(t)}, lambda: list(t))

for t in ['a,b,,c', ',a,', 'a b  c ', '  lead', 'x', '', 'a::b::c', 'abcabc', '🎉a🎉b🎉']:
    for sep in [None, ',', '::', ' ', 'b', '🎉', 'zz']:
        for maxsplit in [-1, 0, 1, 2]:
            call(t, 'split', sep, maxsplit)
            call(t, 'rsplit', sep, maxsplit)
        if sep is not None:
            call(t, 'partition', sep)
            call(t, 'rpartition', sep)
            call(t, 'count', sep)
            call(t, 'find', sep)
            call(t, 'rfind', sep)
            call(t, 'index', sep)
            call(t, 'rindex', sep)
            call(t, 'startswith', sep)
            call(t, 'endswith', sep)
            call(t, 'strip', sep)
            call(t, 'lstrip', sep)
            call(t, 'rstrip', sep)
            call(t, 'removeprefix', sep)
            call(t, 'removesuffix', sep)
            call(t, 'replace', sep, '-')
            call(t, 'replace', sep, '', 1)
call('a,b', 'split', sep=',', maxsplit=1)
call('a,b', 'split', ',', sep=',')
call('a,b', 'split', x=1)
call('a,b', 'split', 1)
call('a,b', 'split', '')
call('a,b', 'split', ',', None)
call('a,b', 'split', ',', 1, 2)
call('a b', 'rsplit', maxsplit=1)
call('a\nb\r\nc', 'splitlines', True)
call('a\nb\r\nc', 'splitlines', keepends=True)
call('a\nb', 'splitlines', x=1)
for t in ['hello world', 'banana', '🎉ab🎉', 'aaaa', '']:
    for sub in ['', 'a', 'an', 'o', 'z', 'aa', '🎉']:
        for rng_args in [(), (1, 3), (-3, -1), (None, 2), (5, 2), (10,)]:
            for m in ['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith']:
                call(t, m, sub, *rng_args)
call('abc', 'startswith', ('x', 'b'), 1)
call('abc', 'endswith', ('x', 'c'))
call('abc', 'startswith', ('x', 1))
call('abc', 'startswith', 1)
call('abc', 'find', 1)
call('abc', 'find', 'a', 'x')
call('abc', 'find', 'a', 1.5)
call('abc', 'count')
call('abc', 'count', 'a', 1, 2, 3)
call('abc', 'find', 'a', x=1)
call('abc', 'index', 'z')
call('abc', 'partition', '')
call('abc', 'partition', 1)
call('abc', 'removeprefix', 1)
for t in ['abc', 'a', '', 'éé', '🎉']:
    for w in [-1, 0, 2, 3, 4, 5, 6, 7, 10]:
        call(t, 'center', w)
        call(t, 'center', w, '*')
        call(t, 'ljust', w, '.')
        call(t, 'rjust', w)
        call(t, 'zfill', w)
for t in ['-42', '+7', '42', '-', '', 'x-1']:
    call(t, 'zfill', 5)
call('a', 'center')
call('a', 'center', 5, 'ab')
call('a', 'center', 5, 1)
call('a', 'center', 1.0)
call('a', 'center', 2**70)
call('a', 'zfill', 'x')
call('a', 'center', 5, fillchar='x')
for t in ['a\tb', '\tx\ty\n\tz', 'ab\r\tc', 'no tabs', '12345\t6', '🎉\tx']:
    for size in [None, 0, 1, 3, 4, 8, -1]:
        if size is None:
            call(t, 'expandtabs')
        else:
            call(t, 'expandtabs', size)
call('a\tb', 'expandtabs', tabsize=2)
call('a\tb', 'expandtabs', 2.0)
for sep, items in [(',', ['a', 'b', 'c']), ('', ['x']), ('-', []), (', ', ('p', 'q')), ('', ['a', 1]),
                   (' ', ['a', 'b', None]), ('x', 5), ('🎉', ['a', 'b'])]:
    call(sep, 'join', items)
call(',', 'join')
call(',', 'join', ['a'], ['b'])
for t in ['hello', 'aaa', 'abcabc', '', 'banana']:
    for old, new, count in [('a', 'o', -1), ('a', 'o', 1), ('', '-', -1), ('', '-', 2), ('an', 'AN', 5), ('z', 'y', -1),
                            ('l', '', -1), ('a', 'a', -1), ('abc', 'x', 0)]:
        call(t, 'replace', old, new, count)
call('abc', 'replace', 1, 'x')
call('abc', 'replace', 'a', 1)
call('abc', 'replace', 'a')
call('abc', 'replace', 'a', 'b', 'c')
call('abc', 'replace', 'a', 'b', 1.5)
for t in ['xxhixx', '  hi  ', 'hi', '', '\t\n hi \x0c', '🎉hi🎉']:
    for chars in [None, 'x', 'xh', '', ' ', '🎉']:
        call(t, 'strip', chars)
        call(t, 'lstrip', chars)
        call(t, 'rstrip', chars)
call('a', 'strip', 1)
call('a', 'strip', 'a', 'b')
call('a', 'upper', 1)
call('a', 'upper', x=1)
call('a', 'encode', 1)
call('a', 'maketrans')
call('abc', 'translate', {97: 'x', 98: None, 99: 100})
call('abc', 'translate', {97: 1.5})
call('abc', 'translate', {97: 0x110000})
call('abc', 'translate', 5)
call('abc', 'translate', 'xyz')
call('abc', 'translate', [])
call('hello', 'translate', str.maketrans('el', 'ip'))
call('hello', 'translate', str.maketrans('el', 'ip', 'o'))
call('hello', 'translate', str.maketrans({'h': 'J', 'o': None}))
for args in [('ab', 'cd'), ('ab', 'c'), ('ab', 1), ({'ab': 1},), ({1: 1},), ({'a': 'b', 98: None},), (1,),
             ('ab', 'cd', 'e'), ('ab', 'cd', 1)]:
    add('str-method', {'op': 'static', 'name': 'maketrans', 'args': [enc(a) for a in args], 'kw': {}},
        lambda: str.maketrans(*args))

# ---------------------------------------------------------------- str.format
fmt_cases = [
    ('{} {}', (1, 'a'), {}), ('{1} {0}', (1, 'a'), {}), ('{x}-{y}', (), {'x': 1, 'y': 2.5}), ('{0}{}', (1, 2), {}),
    ('{}{0}', (1, 2), {}), ('{1}', (0,), {}), ('{}{}', (0,), {}), ('{x}', (0,), {}), ('{0[1]}', ([5, 6],), {}),
    ('{0[x]}', ({'x': 7},), {}), ('{0[-1]}', ([5, 6],), {}), ('{0[1]x}', ([5, 6],), {}), ('{0[1}', ([5, 6],), {}),
    ('{0.}', (5,), {}), ('{!x}', (5,), {}), ('{!r', (5,), {}), ('{!}', (5,), {}), ('{!rr}', (5,), {}),
    ('{:{}}', ('a', 5), {}), ('{:{}{}}', ('a', '>', 5), {}), ('{0:{1:{2}}}', ('abc', 's', ''), {}), ('{', (), {}),
    ('}', (), {}), ('a{b', (), {}), ('{0', (), {}), ('{a{b}', (), {}), ('{0:', (1,), {}), ('{0!r:>5}', ('x',), {}),
    ('{0!a}', ('é',), {}), ('{:d}', ('x',), {}), ('{{literal}} {}', (1,), {}), ('{:>{w}}', (1,), {'w': 4}),
    ('{:%}', (0.5,), {}), ('{0:}', (3,), {}), ('{0:{1}}', (3, 4.5), {}), ('{0[0]}', ({0: 'a'},), {}),
    ('{0[0]}', ('xyz',), {}), ('{0[9]}', ('xyz',), {}), ('{ 0 }', (1,), {}), ('{0 }', (1,), {}), ('{!s:^7}', ('ab',), {}),
    ('{0.real} {0.imag}', (5,), {}), ('{0.foo}', (5,), {}), ('{:,} {:_x} {:#b}', (1234567, 255, 5), {}),
    ('{name!r:>10}|', (), {'name': 'Ada'}), ('{:.3}', ('abcdef',), {}), ('{:c}', (9731,), {}), ('}}{{', (), {}),
    ('{:*^10.2f}', (3.14159,), {}), ('{0}{1}{0}', ('ab', 'cd'), {}), ('{:=+8.2f}', (-1.5,), {}), ('{:s}', (None,), {}),
    ('{}', (None,), {}), ('{}', ([1, 'a'],), {}), ('{}', (True,), {}), ('{:d}', (True,), {}), ('{:>5}', (True,), {}),
    ('no fields', (), {}), ('{0!s}', ('x',), {}), ('{:}', ('',), {}), ('{}{}', ('', 'x'), {}),
]
for tmpl, args, kw in fmt_cases:
    add('str-format', {'op': 'call', 'recv': enc(tmpl), 'name': 'format', 'args': [enc(a) for a in args],
                       'kw': {k: enc(v) for k, v in kw.items()}}, lambda: direct(tmpl, 'format', args, kw))
for tmpl, mapping in [('{x}', {'x': 1}), ('{x}', {}), ('{}', {}), ('{x[0]}', {'x': [9]}), ('plain', {})]:
    add('str-format', {'op': 'call', 'recv': enc(tmpl), 'name': 'format_map', 'args': [enc(mapping)], 'kw': {}},
        lambda: tmpl.format_map(mapping))

# ---------------------------------------------------------------- format()
ints = [0, 1, -1, 5, 42, -42, 255, -255, 1234, 1234567, -1234567, 10**20, -(10**30), 2**64 + 1, True, False]
int_specs = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', 'c', 'n', ',', '_', ',d', '_d', '_x', '_b', '_o',
             ',x', '5', '<5', '>5', '^5', '=5', '*^9', '+', '-', ' ', '+d', ' d', '05', '010', '08,d', '09,d', '012_x',
             '#010x', '#010b', '-#010x', '+#x', '=+8', 'e', 'E', 'f', '.2f', 'g', '%', '.1%', 's', '.2', 'z', 'zd',
             '+c', '#c', ',c', 'abc', '_,', ',_', ',,', '10000000000000000000000', '0', '00', 'x<5', '\x00^5',
             '08.2f', '.0e', 'G', 'F']
for v in ints:
    for spec in int_specs:
        add('format', {'op': 'format', 'v': enc(v), 'spec': spec}, lambda: format(v, spec))
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1/3, 2/3, math.pi, -math.e, 1e-7, 1e-5, 1e-4,
          0.0001234, 123.456, 1234.5, 12345.678, 1234567.0, 123456789.0, 1e15, 1e16, 1e17, 1e20, 1e22, 1e100, 1.5e300,
          5e-324, 1e-320, 1.7976931348623157e308, 9.9999, 0.99999, 99.5, float('inf'), float('-inf'), float('nan'),
          2**53 + 0.0, 0.1, 0.2, 0.30000000000000004]
float_specs = ['', 'f', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', 'e', '.0e', '.2e', '.3E', 'g', '.1g', '.2g', '.3g',
               '.10g', '.17g', 'G', '#g', '#.3g', '#.0f', '#.0e', '#', '.1', '.2', '.3', '.6', '.12', '%', '.0%',
               '.2%', 'n', ',', ',.2f', '_.3f', '_', '+', ' ', '+.1f', ' .1f', '10', '<10', '^10', '=10', '010',
               '010.2f', '+010.2f', '*>12.3e', 'z', 'zf', 'z.1f', 'z.0f', 'z.2e', 'd', 'x', 'c', 's', '012,.1f',
               '=+10', 'F', 'E', '.3F', ',g', '15,.4f', '-^15.3g']
for v in floats:
    for spec in float_specs:
        add('format', {'op': 'format', 'v': enc(v), 'spec': spec}, lambda: format(v, spec))
for _ in range(400):
    k = rng.random()
    if k < 0.4:
        v = rng.uniform(-1e6, 1e6)
    elif k < 0.7:
        v = rng.randint(-10**6, 10**6) / rng.choice([2, 4, 8, 10, 100, 1000, 3])
    else:
        v = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if not math.isfinite(v):
            continue
    spec = rng.choice(['', 'f', '.2f', '.5f', 'e', '.3e', '.12e', 'g', '.4g', '.15g', '.1', '.8', '%', ',.2f', '.0f'])
    add('format', {'op': 'format', 'v': enc(v), 'spec': spec}, lambda: format(v, spec))
    add('float-slot', {'op': 'repr', 'v': enc(v)}, lambda: v)
strs = ['', 'a', 'abc', 'héllo', '🎉x']
str_specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '.0', '10.3', '>10.3s', '=5', '+', ' ', '#', 'z', ',',
             '05', 'd', 'x<4', '🎉^5', 'abc', '.']
for v in strs:
    for spec in str_specs:
        add('format', {'op': 'format', 'v': enc(v), 'spec': spec}, lambda: format(v, spec))
for v in [None, [1], (1, 2), {'a': 1}]:
    for spec in ['', 's', '>5']:
        add('format', {'op': 'format', 'v': enc(v), 'spec': spec}, lambda: format(v, spec))

# ---------------------------------------------------------------- % formatting
pct = [
    ('%s', 'abc'), ('%s %s', (1, 2)), ('%d items', 3), ('%s-%s', ('a', 'b')), ('%(x)s', {'x': 1}), ('%05s', 'ab'),
    ('%-05d', 3), ('%-5d|', 3), ('%5%', ()), ('%5%', (1,)), ('%%', ()), ('%', ()), ('%(a', {'a': 1}), ('%(a)s', 5),
    ('%(a)s', {'b': 1}), ('%(a)s %(a)r', {'a': 'x'}), ('%(a)s %s', {'a': 'x'}), ('%s', [1, 2]), ('abc', [1]),
    ('abc', {}), ('abc', 5), ('abc', ()), ('%s %s', (1, 2, 3)), ('%d', 3.7), ('%x', 3.7), ('%x', 'a'), ('%f', 'x'),
    ('%c', 'ab'), ('%c', 65), ('%c', 3.5), ('%c', -1), ('%5c|%-3c|', ('a', 66)), ('%y', 1), ('%\u00e9', 1),
    ('%#x %#X %#o %#5x %#05x %-#6x| %+#x', (255, 255, 8, 255, 255, 255, 255)),
    ('%.5d %.3x %+.3d %08.3d % d %+d', (42, 255, 7, 7, 5, -5)), ('%*d|%-*d|%.*f', (5, 1, 5, 2, 2, 3.14159)),
    ('%*d', ('a', 1)), ('%.*f', (-2, 1.5)), ('%*d', (-4, 1)),
    ('%e %E %g %G %.0e %#.0e %#g %.3g', (12345.678, 0.00012, 1e-5, 1e20, 15.5, 15.5, 1.0, 1234.5)),
    ('%f %F %.2f %10.3f %-10.1f| %+.1f %08.2f % .2f', (1.5, float('inf'), 2.675, 3.14159, 2.5, 2.0, -3.14159, 1.0)),
    ('%s %r %a %5s %-5s| %.2s %5.1s|', ('é', 'é', 'é', 'ab', 'ab', 'abc', 'xyz')), ('%d %i %u', (True, False, 2**70)),
    ('%s', None), ('%s', (None,)), ('%r', ((1, 2),)), ('%s %s', [1, 2]), ('%ld %hd %Lf', (1, 2, 3.0)),
    ('%08d %-08d| %+08d %08x %08.3f %08s', (-42, -42, 42, -255, -1.5, 'ab')), ('%#08x %#8o', (255, 8)),
    ('%.0f %.0f %.0f', (0.5, 1.5, 2.5)), ('%d', '5'), ('%d', None), ('%s', ()), ('%(x)d', {'x': 'a'}),
    ('%d %s', (1,)), ('%.3d', -5), ('%x', -255), ('%#.3x', 1), ('%5.3s|', 'abcdef'), ('%10.4f|', float('nan')),
    ('%010.4f|', float('-inf')), ('%i', 1e300), ('%d', float('inf')), ('%d', float('nan')), ('%s and %r', ('x', 'y')),
    ('%.2f%%', 12.345), ('%3d|%-3d|%03d', (7, 7, 7)), ('%g', 100000.0), ('%g', 1000000.0), ('%.2g', 0.000123),
    ('%x', 2**80), ('%o', -8), ('%+s', 'abc'), ('%(a)s%(b)s', {'a': 1, 'b': 2}), ('%c', 0x1F389),
]
for fmt, args in pct:
    add('percent', {'op': 'mod', 'a': enc(fmt), 'b': enc(args)}, lambda: fmt % args)

# ---------------------------------------------------------------- constructors
ctor = [
    ('int', ()), ('int', ('42',)), ('int', ('  42  ',)), ('int', ('-0x1F', 0)), ('int', (' -0x1F', 16)),
    ('int', ('0x1F', 16)), ('int', ('0x', 16)), ('int', ('1_000',)), ('int', ('1__000',)), ('int', ('_1',)),
    ('int', ('1_',)), ('int', ('0x_1f', 0)), ('int', ('0_0', 0)), ('int', ('010', 0)), ('int', ('00', 0)),
    ('int', ('0b101', 0)), ('int', ('0o17', 0)), ('int', ('0o17', 8)), ('int', ('z', 36)), ('int', ('Z', 36)),
    ('int', ('10', 1)), ('int', ('10', 37)), ('int', ('10', -1)), ('int', ('',)), ('int', ('  ',)), ('int', ('+5',)),
    ('int', ('- 5',)), ('int', ('\u0663',)), ('int', ('\u0663\u0664', 10)), ('int', ('12\u00a0',)),
    ('int', ('1.5',)), ('int', ('abc',)), ('int', ('x' * 300,)), ('int', (3.9,)), ('int', (-3.9,)), ('int', (True,)),
    ('int', (1e20,)), ('int', (float('inf'),)), ('int', (float('nan'),)), ('int', ('ff', 16.0)), ('int', (5, 10)),
    ('int', (None,)), ('int', ([],)), ('int', ('12', '10')), ('int', ('1e3',)), ('int', ('0xg', 16)), ('int', ('-',)),
    ('int', ('0x-1', 16)), ('int', ('--1',)), ('int', ('1 2',)), ('int', ('abc', 0)), ('int', ('0x', 0)),
    ('int', ('09', 0)), ('int', (' 0x1 ', 0)), ('int', ('0X1F', 0)), ('int', ('1' * 5000,)), ('int', ('1' * 5000, 16)),
    ('int', (1, 2, 3)), ('int', (2**70,)), ('int', (-0.0,)), ('int', (1e300,)), ('int', ('99999999999999999999',)),
    ('float', ()), ('float', ('1e3',)), ('float', (' 1_000.5 ',)), ('float', ('1__0',)), ('float', ('_1',)),
    ('float', ('1_.5',)), ('float', ('1._5',)), ('float', ('inf',)), ('float', ('-Infinity',)), ('float', ('+nan',)),
    ('float', ('iNF',)), ('float', ('infinit',)), ('float', ('nan(1)',)), ('float', ('0x10',)), ('float', ('',)),
    ('float', (' ',)), ('float', ('x',)), ('float', ('1e',)), ('float', ('.',)), ('float', ('.5',)), ('float', ('5.',)),
    ('float', ('1e500',)), ('float', ('-1e500',)), ('float', ('1e-500',)), ('float', ('\u0663.\u0665',)),
    ('float', ('1\u00a0',)), ('float', ('١e٣',)), ('float', (2**1024,)), ('float', (2**1023,)), ('float', (True,)),
    ('float', (None,)), ('float', ([],)), ('float', (1, 2)), ('float', ('1_000',)), ('float', ('1e1_0',)),
    ('float', ('12345678901234567890.5e-3',)), ('float', ('  -0.0  ',)), ('float', ('x' * 300,)), ('float', (7,)),
    ('float', ('0.1',)), ('float', ('1.7976931348623159e308',)), ('float', ('4.9e-324',)), ('float', ('2.5e-324',)),
    ('str', ()), ('str', (1, 2, 3, 4)), ('str', (12,)), ('str', (3.5,)), ('str', (None,)), ('str', (True,)),
    ('str', ('a', 'utf-8')), ('str', (5, 'utf-8')), ('str', ([1, 'a'],)), ('str', (-0.0,)), ('str', (1e16,)),
    ('bool', ()), ('bool', (0,)), ('bool', ('',)), ('bool', ('x',)), ('bool', ([],)), ('bool', (1, 2)),
    ('bool', (0.0,)), ('bool', (None,)),
]
for name, args in ctor:
    add('ctor', {'op': 'new', 'type': name, 'args': [enc(a) for a in args], 'kw': {}},
        lambda: {'int': int, 'float': float, 'str': str, 'bool': bool}[name](*args))
for name, args, kw in [('int', ('101',), {'base': 2}), ('int', (), {'base': 2}), ('int', ('1',), {'x': 1}),
                       ('int', ('1', 2), {'base': 2}), ('float', (), {'x': 1}), ('str', (), {'object': 5}),
                       ('str', (), {'x': 5}), ('bool', (), {'x': 1})]:
    add('ctor', {'op': 'new', 'type': name, 'args': [enc(a) for a in args], 'kw': {k: enc(v) for k, v in kw.items()}},
        lambda: direct({'int': int, 'float': float, 'str': str, 'bool': bool}[name], '__call__', args, kw))

# ---------------------------------------------------------------- numbers: repr, hash, methods
for v in [0, 1, -1, 2**53, -(2**61), 2**61 - 1, 2**62, 10**30, True, False, 12345678901234567890]:
    add('int-slot', {'op': 'repr', 'v': enc(v)}, lambda: v)
    add('int-slot', {'op': 'hash', 'v': enc(v)}, lambda: hash(v))
    for m in ['bit_length', 'bit_count', 'conjugate', 'as_integer_ratio', '__index__', '__trunc__', '__float__', '__abs__',
              '__neg__', '__invert__', '__round__']:
        call(v, m)
    for nd in [-1, -2, 0, 2, None]:
        call(v, '__round__', nd)
add('int-slot', {'op': 'repr', 'v': enc(10**5000)}, lambda: 10**5000)
for v in [15, 25, -15, 5, 149, 150, 250, -250, 12345]:
    call(v, '__round__', -1)
    call(v, '__round__', -2)
call(5, 'bit_length', 1)
call(5, '__round__', 1, 2)
call(5, '__round__', 1.5)
for v in [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, -2.5, 3.5, 2.675, 1e300, 1e16, 0.1, -1e-10, 123.456, 1e22, 12345.678,
          5e-324, float('inf'), float('-inf'), float('nan'), 2.0**60, -(2.0**70), 1/3]:
    if v == v:
        add('float-slot', {'op': 'repr', 'v': enc(v)}, lambda: v)
        if math.isfinite(v):
            add('float-slot', {'op': 'hash', 'v': enc(v)}, lambda: hash(v))
    for m in ['is_integer', 'as_integer_ratio', 'conjugate', '__trunc__', '__floor__', '__ceil__', '__round__', 'hex',
              '__int__']:
        call(v, m)
    for nd in [0, 1, 2, -1, -2, 5, None, 400, -400]:
        call(v, '__round__', nd)
for v in [0.125, 0.375, 2.5, 0.5, -0.5, 1.005, 2.675, 1e-5, 123456.5, 5.55, 0.045]:
    for nd in [0, 1, 2, 3]:
        call(v, '__round__', nd)

# ---------------------------------------------------------------- str slots
for s in ['hello', 'h', '', '🎉ab🎉c', 'abcdef']:
    for k in [0, 1, -1, -2, 4, 5, -6, 100, True, 1.0, 'x', None, 2**70]:
        add('str-slot', {'op': 'getitem', 'v': enc(s), 'k': enc(k)}, lambda: s[k])
    for sl in [slice(None), slice(1, 3), slice(None, None, -1), slice(None, None, 2), slice(-2, None), slice(3, 1),
               slice(3, 1, -1), slice(-100, 100), slice(None, None, 0), slice(1.0, 2), slice(0, None, 3),
               slice(4, None, -2), slice(None, -1, -1), slice(2**70, None), slice(-2**70, 2**70, 2)]:
        add('str-slot', {'op': 'getitem', 'v': enc(s), 'k': enc(sl)}, lambda: s[sl])
for a, op, b in [('ab', '*', 3), (3, '*', 'ab'), ('ab', '*', 0), ('ab', '*', -1), ('ab', '*', True), ('ab', '*', 2.0),
                 ('ab', '*', 'x'), (2.0, '*', 'ab'), ('ab', '+', 'cd'), ('ab', '+', 1), (1, '+', 'ab'), ('', '+', 'x'),
                 ('a', '<', 'b'), ('a', '<', 1), ('Z', '<', 'a'), ('abc', '<', 'abd'), ('🎉', '>', '\uffff'),
                 ('a', '==', 'a'), ('a', '!=', 1), ('ab', '>=', 'ab'), ('ab', 'in', 'cabd'), (1, 'in', 'abc'),
                 ('', 'in', 'abc'), ('ab', '*', 2**70), (True, '&', True), (True, '|', False), (True, '^', True),
                 (True, '&', 3), (True, '+', True), (False, '-', True), (1 % 7, '%', 3)]:
    if op == 'in':
        fn = lambda: a in b
    else:
        fn = eval('lambda: a ' + op + ' b')
    add('str-slot', {'op': 'bin', 'a': enc(a), 'o': op, 'b': enc(b)}, fn)

out = os.path.join(os.path.dirname(__file__), 'fixtures', 'text-cases.json')
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w') as f:
    json.dump(cases, f, ensure_ascii=True, separators=(',', ':'))
print(sum(map(len, cases.values())), 'cases ->', out)
