"""Regenerates fixtures/float-parse.json from CPython 3.11: float(text) for
random texts ([text, bits | [exception, message]]) and float(int) for ints
near rounding boundaries ([hex, bits | [exception, message]]).

Run: python3 tests/python/text/gen_float_parse.py
"""
import json, os, random, struct

random.seed(11)

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def run(f, v):
    try:
        return bits(f(v))
    except Exception as e:
        return [type(e).__name__, str(e)]

pieces = ['0', '1', '5', '9', '.', '_', '__', 'e', 'E', '+', '-', ' ', '\t', 'inf', 'INF', 'Infinity', 'nan',
          'NaN', 'x', '0x', '\u0661', '\u00a0', '\u00e9', 'e308', 'e-320', '123456789', 'i', 'n']
texts = []
for _ in range(1200):
    texts.append(''.join(random.choice(pieces) for _ in range(random.randint(0, 6))))
# Long decimals near halfway points between doubles: the rounding must be exact.
for _ in range(100):
    x = random.random() * 10 ** random.randint(-6, 20)
    y = struct.unpack('<d', struct.pack('<Q', struct.unpack('<Q', struct.pack('<d', x))[0] + 1))[0]
    from decimal import Decimal, getcontext
    getcontext().prec = 800
    mid = (Decimal(x) + Decimal(y)) / 2
    texts.append(format(mid, 'e'))
    texts.append(format(mid.next_plus(), 'e') if random.random() < 0.5 else format(mid.next_minus(), 'e'))
texts += ['', ' ', '1_0', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5', '1_e5', '.', '.5', '5.', '1e', '1e+',
          '-inf', '+nan', 'infinity', 'infinit', '1e500', '-1e500', '1e-500', '0x1p3', '1,5', 'nan ', '\u3000 2.5 ',
          '\U0001D7CF.5', '1.5\x00', '2.2250738585072011e-308', '4.9406564584124654e-324', '2.4703282292062328e-324',
          '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308']
cases = [[t, run(float, t)] for t in texts]
ints = [0, 1, -1, 2 ** 53 + 1, 2 ** 53 + 3, -(2 ** 53 + 1), 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1,
        -(2 ** 1024 - 2 ** 971), 10 ** 30, 3 ** 300]
for _ in range(300):
    n = random.randint(50, 1030)
    v = random.getrandbits(n)
    k = n - 54
    v = (v >> k << k) | (1 << (k - 1)) if random.random() < 0.5 and k > 1 else v  # exact halfway points
    ints.append(v * random.choice([1, -1]))
int_cases = [[hex(v), run(float, v)] for v in ints]
path = os.path.join(os.path.dirname(__file__), 'fixtures', 'float-parse.json')
with open(path, 'w') as f:
    json.dump({'texts': cases, 'ints': int_cases}, f, separators=(',', ':'))
    f.write('\n')
print(len(cases), len(int_cases), os.path.getsize(path), 'bytes')
