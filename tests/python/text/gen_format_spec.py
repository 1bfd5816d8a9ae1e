"""Regenerates fixtures/format-spec.json: format(value, spec) results or
errors from CPython 3.11 over random specs for int, float and str.

Each case is [kind, value, spec, result] with kind 'i' (value: Python hex() text),
'f' (value: 16 hex digits of the double's bits) or 's'; result is the output
string or [exception name, message].
Run: python3 tests/python/text/gen_format_spec.py
"""
import json, math, os, random, struct

random.seed(31337)

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def rand_spec(types):
    s = ''
    if random.random() < 0.35:
        if random.random() < 0.5:
            s += random.choice(['*', '0', 'x', ' ', '\u00e9', '\U0001F600', '<', '='])
        s += random.choice('<>^=')
    if random.random() < 0.3:
        s += random.choice('+- ')
    if random.random() < 0.08:
        s += 'z'
    if random.random() < 0.15:
        s += '#'
    if random.random() < 0.2:
        s += '0'
    if random.random() < 0.6:
        s += str(random.choice([0, 1, 3, 5, 8, 10, 12, 15, 20, 25]))
    if random.random() < 0.15:
        s += random.choice(',_')
    if random.random() < 0.5:
        s += '.' + str(random.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, 30, 120]))
    if random.random() < 0.85:
        s += random.choice(types)
    return s

def run(v, spec):
    try:
        return format(v, spec)
    except Exception as e:
        return [type(e).__name__, str(e)]

cases = []
float_types = list('eEfFgGn%') + ['', '', 'd', 's', 'x']
int_types = list('bcdoxXneEfFgG%') + ['', '', 's']
str_types = ['s', '', '', 'd']

floats = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.0, 10.0, 1e16, 1e22, 1e-5, 123456.789,
          -1234.5, 0.1, 1 / 3, 1e300, 5e-324, math.inf, -math.inf, math.nan, 9.995, 99.5, 0.05,
          1e21, 1.7976931348623157e308, 2.0 ** 70, 12345678.9, -0.0004]
for _ in range(1200):
    r = random.random()
    if r < 0.3:
        x = random.choice(floats)
    elif r < 0.6:
        x = random.choice([1, -1]) * 10 ** random.uniform(-8, 25)
    elif r < 0.8:
        x = random.randint(-100000, 100000) / random.choice([1, 2, 4, 8, 16, 1000, 10])
    else:
        x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    spec = rand_spec(float_types)
    cases.append(['f', bits(x), spec, run(x, spec)])

ints = [0, 1, -1, 7, 255, -255, 1234, 1234567, 10 ** 20, -(10 ** 20), 2 ** 64, 65, 0x1F600,
        0x110000, -5, 2 ** 63, 10 ** 400]
for _ in range(1000):
    r = random.random()
    if r < 0.4:
        v = random.choice(ints)
    elif r < 0.8:
        v = random.randint(-10 ** 6, 10 ** 6)
    else:
        v = random.randint(-10 ** 30, 10 ** 30)
    spec = rand_spec(int_types)
    cases.append(['i', hex(v), spec, run(v, spec)])

strs = ['', 'a', 'abc', 'hello world', '\u00e9t\u00e9', 'x\U0001F600y', '\U0001F600\U0001F601']
for _ in range(500):
    v = random.choice(strs)
    spec = rand_spec(str_types)
    cases.append(['s', v, spec, run(v, spec)])

# Hand-picked edge cases.
for v, spec in [(1234, '08,'), (1234.5, '012,.2f'), (math.inf, '010'), (1.0, '.0'), (1e20, '#'),
                (1, '\u0661\u0660'), (1.0, '.\u0662f'), (1, 'é'), (1, '\x05'), (1, '5 '),
                (1.0, '1' * 25), (1.0, '.1000f'), (1e-300, '.320e'), (-1e-300, 'z.5f'),
                (12345678, '_o'), (12345678, '#_b'), (-255, '#010x'), (255, '#X'), (12345.6789, ',.2%'),
                (5, '.1%'), (1.0, '5.0%'), (10 ** 4300, 'd'), (-(10 ** 4300 - 1), 'd'), (10 ** 4300, ''),
                (2 ** 1024, 'e'), (2 ** 70, 'c'), (0, '_'), (-0.0, 'z'), (1.0, '+'), (math.nan, '+'),
                (-math.nan, ''), (1e16, '.17'), (0.1, '.1'), (1.5, '.3'), (123.0, '.2'), ('abc', '<0s'),
                (1, '=^10'), ('x', '\x00<5'), ('abc', '.1'), ('é', '^5'), (1, ',_'), (1, '_,'), (1.0, '.'),
                (1.0, ',.'), (1.0, '10.2ff'), (1, 'c'), (1.0, '#.0f'), (1.0, '#.3g'), (0.0, 'g'), (1.0, '%')]:
    if isinstance(v, float):
        cases.append(['f', bits(v), spec, run(v, spec)])
    elif isinstance(v, int):
        cases.append(['i', hex(v), spec, run(v, spec)])
    else:
        cases.append(['s', v, spec, run(v, spec)])

path = os.path.join(os.path.dirname(__file__), 'fixtures', 'format-spec.json')
with open(path, 'w', encoding='utf-8') as f:
    json.dump(cases, f, separators=(',', ':'), ensure_ascii=False)
    f.write('\n')
print(len(cases), 'cases', os.path.getsize(path), 'bytes')
