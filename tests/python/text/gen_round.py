"""Regenerates fixtures/round.json from CPython 3.11: round(float, n) as
[bits, n, bits | [exception, message]], round(float) as [bits, hex | error]
and round(int, n) as [hex, n, hex].

Run: python3 tests/python/text/gen_round.py
"""
import json, math, os, random, struct

random.seed(77)

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def err(e):
    return [type(e).__name__, str(e)]

floats = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, -0.0, 0.0, 1e300, 1.7976931348623157e308, 5e-324,
          math.inf, -math.inf, math.nan, 1234.5, 1250.0, 1350.0, 0.285, 1.005, 4.35, 2 ** 52 + 0.5, 2.0 ** 60]
fcases = []
for _ in range(1500):
    r = random.random()
    if r < 0.3:
        x = random.choice(floats)
    elif r < 0.6:
        x = round(random.uniform(-1000, 1000), random.randint(0, 5)) + random.choice([0, 5e-6, -5e-6])
    elif r < 0.8:
        x = random.randint(-10 ** 6, 10 ** 6) / random.choice([2, 4, 8, 16, 32, 200, 2000])
    else:
        x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    n = random.choice([0, 1, 2, 3, -1, -2, 5, 10, 17, -5, 300, 330, -300, -308, -309, 400, -400])
    try:
        fcases.append([bits(x), n, bits(round(x, n))])
    except Exception as e:
        fcases.append([bits(x), n, err(e)])
    try:
        fcases.append([bits(x), None, hex(round(x))])
    except Exception as e:
        fcases.append([bits(x), None, err(e)])
icases = []
for _ in range(500):
    v = random.choice([random.randint(-10 ** 6, 10 ** 6), random.randint(-10 ** 30, 10 ** 30),
                       random.choice([1250, 1350, 5, 15, -5, -15, 25, 0, 150, -250])])
    n = random.choice([-1, -2, -3, 0, 2, -10, -40, -100])
    icases.append([hex(v), n, hex(round(v, n))])
path = os.path.join(os.path.dirname(__file__), 'fixtures', 'round.json')
with open(path, 'w') as f:
    json.dump({'floats': fcases, 'ints': icases}, f, separators=(',', ':'))
    f.write('\n')
print(len(fcases), len(icases), os.path.getsize(path), 'bytes')
