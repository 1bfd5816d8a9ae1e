"""Regenerates fixtures/percent-format.json: `fmt % args` from CPython 3.11.

Each case is [fmt, args, result]; args is ['t', [values]] (tuple),
['1', value] (single) or ['m', {key: value}] (dict), each value tagged:
['i', hex] int, ['f', bits] float, ['s', text] str, ['n'] None, ['b', 0|1] bool.
result is the output or [exception name, message].
Run: python3 tests/python/text/gen_percent_format.py
"""
import json, math, os, random, struct

random.seed(4242)

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def enc(v):
    if v is None:
        return ['n']
    if isinstance(v, bool):
        return ['b', int(v)]
    if isinstance(v, int):
        return ['i', hex(v)]
    if isinstance(v, float):
        return ['f', bits(v)]
    return ['s', v]

pool = [0, 1, -1, 42, -255, 255, 10 ** 20, 65, 0x1F600, -7, True, None,
        0.0, -0.0, 1.5, 2.5, -3.75, 0.125, 1e-5, 1e16, 123456.789, math.inf, -math.inf, math.nan, 3.9,
        'abc', 'x', '', 'hello world', '\u00e9', '\U0001F600', 'ab\U0001F600cd']

def rand_conv():
    s = '%'
    while random.random() < 0.3:
        s += random.choice('-+ #0')
    r = random.random()
    if r < 0.1:
        s += '*'
    elif r < 0.5:
        s += str(random.choice([0, 1, 2, 5, 8, 12]))
    r = random.random()
    if r < 0.08:
        s += '.*'
    elif r < 0.4:
        s += '.' + str(random.choice([0, 1, 2, 3, 6, 10, 30]))
    if random.random() < 0.03:
        s += random.choice('hlL')
    s += random.choice('sradiuoxXeEfFgGc%' + 'sdfx' * 2 + ('y' if random.random() < 0.05 else ''))
    return s

def run(fmt, args):
    try:
        return fmt % args
    except Exception as e:
        return [type(e).__name__, str(e)]

cases = []
for _ in range(1500):
    parts = []
    for _ in range(random.randint(1, 3)):
        parts.append(random.choice(['', 'a', ' | ', 'x\U0001F600']))
        parts.append(rand_conv())
    if random.random() < 0.3:
        parts.append(random.choice(['', 'end', '%', '%%']))
    fmt = ''.join(parts)
    nconv = fmt.count('%') - 2 * fmt.count('%%') + fmt.count('*')
    r = random.random()
    if r < 0.7:
        n = max(0, nconv + random.choice([0, 0, 0, 0, -1, 1]))
        items = [random.choice(pool) for _ in range(n)]
        # Keep '*' arguments mostly ints so more cases get past the star.
        args = tuple(items)
        res = run(fmt, args)
        if isinstance(res, str) and len(res) > 2000:
            continue  # a huge '*' width: keep the fixture small
        cases.append([fmt, ['t', [enc(v) for v in args]], run(fmt, args)])
    else:
        v = random.choice(pool)
        cases.append([fmt, ['1', enc(v)], run(fmt, v)])

# Mapping cases.
d = {'a': 1, 'b': 'text', 'c': 2.5, 'a(b)': 'paren', 'n': None}
for fmt in ['%(a)s', '%(a)05d', '%(b)-8s|', '%(c).3f %(a)x', '%(a(b))s', '%(zz)s', '%(a)', '%(a',
            '%s', '%(a)s %s', '%(a)*d', 'plain', '%%', '%(n)r', '%(b)c', '%(a)c', '%(c)e %(c)g']:
    cases.append([fmt, ['m', {k: enc(v) for k, v in d.items()}], run(fmt, d)])

# Hand-picked cases.
for fmt, args in [('%5%', ()), ('%5%', (1,)), ('%c', 'ab'), ('%c', 1.5), ('%c', -1), ('%c', 2 ** 70),
                  ('%(a)s', 5), ('%', ()), ('abc%', ()), ('%y', 1), ('ab%\U0001F600', 1), ('\U0001F600%y', 1),
                  ('%*d', ('x', 1)), ('%.*f', (2, 1.2345)), ('%*d', (-5, 1)), ('%-05d|', -3), ('%#08x', -255),
                  ('%-#8x|', 255), ('%.5d', -42), ('%#.0f', 2.5), ('%010.2f', -math.inf), ('%+.2e', 0.0),
                  ('%d', 3.9), ('%x', 3.9), ('%d', 'x'), ('%f', 'x'), ('%ld %hi %Lf', (1, 2, 3.0)),
                  ('%.1000f', 1.0), ('%99999999999999999999d', 1), ('%.99999999999d', 1), ('% #x', 255),
                  ('%+s', 'a'), ('%03s', 'a'), ('%d', 10 ** 4300), ('%s %s', 1), ('%s', (1, 2)), ('abc', 5),
                  ('%#o', 0), ('%#X', -0xabc), ('%+#010o', 8), ('% 010.3e', 12345.678)]:
    if isinstance(args, tuple):
        cases.append([fmt, ['t', [enc(v) for v in args]], run(fmt, args)])
    else:
        cases.append([fmt, ['1', enc(args)], run(fmt, args)])

path = os.path.join(os.path.dirname(__file__), 'fixtures', 'percent-format.json')
with open(path, 'w', encoding='utf-8') as f:
    json.dump(cases, f, separators=(',', ':'), ensure_ascii=False)
    f.write('\n')
print(len(cases), 'cases', os.path.getsize(path), 'bytes')
