"""Regenerates fixtures/float-repr.json: [bits, repr] pairs from CPython 3.11.

Run: python3 tests/python/text/gen_float_repr.py  (deterministic seed).
"""
import json, math, os, random, struct

random.seed(20240611)

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

vals = []
# Raw bit patterns cover every exponent, subnormals and huge values.
for _ in range(500):
    x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    if math.isfinite(x):
        vals.append(x)
# Log-uniform magnitudes around the positional/exponent switch points.
for _ in range(700):
    vals.append(random.choice([1, -1]) * 10 ** random.uniform(-8, 20))
# Short decimals, the values people actually type.
for _ in range(400):
    vals.append(round(random.uniform(-1000, 1000), random.randint(0, 6)))
# Integers and near-powers of ten.
for _ in range(200):
    vals.append(float(random.randint(-10**17, 10**17)))
for k in range(-8, 20):
    p = 10.0 ** k
    vals += [p, math.nextafter(p, 0), math.nextafter(p, math.inf), -p]
vals += [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
         0.1, 0.2 + 0.1, 1 / 3, 2.0 ** 53, 2.0 ** 53 + 2, 2e16 + 8, 1e23, 9007199254740993.0]
out = [[bits(x), repr(x)] for x in vals]
path = os.path.join(os.path.dirname(__file__), 'fixtures', 'float-repr.json')
with open(path, 'w') as f:
    json.dump(out, f, separators=(',', ':'))
    f.write('\n')
print(len(out), 'cases')
