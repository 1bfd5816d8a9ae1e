"""Regenerates fixtures/arith.json from CPython 3.11: float divmod, float pow
(as glibc computes it, which the playground follows to the last bit: the cases
include some where glibc's pow is not correctly rounded), int true division, 3-argument pow,
isqrt and gcd.

Run: python3 tests/python/num/gen_arith.py
"""
import json, math, os, random, struct
from decimal import Decimal, getcontext

random.seed(2024)
getcontext().prec = 80

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def err(e):
    return [type(e).__name__, str(e)]

specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, math.inf, -math.inf, math.nan, 1e-300, 1e300,
            5e-324, 7.5, -7.5, 0.1, 1e16, 2.0 ** 60 + 1]

def rfloat():
    r = random.random()
    if r < 0.3:
        return random.choice(specials)
    if r < 0.7:
        return random.uniform(-100, 100)
    return random.choice([1, -1]) * 10 ** random.uniform(-20, 20)

divmods = []
for _ in range(800):
    a, b = rfloat(), rfloat()
    if b == 0:
        continue
    q, m = divmod(a, b)
    divmods.append([bits(a), bits(b), bits(q), bits(m)])

pows = []
skipped = 0
for _ in range(1500):
    r = random.random()
    if r < 0.25:
        a, b = rfloat(), rfloat()
    elif r < 0.5:
        a, b = random.uniform(0, 10), random.uniform(-30, 30)
    elif r < 0.75:
        a, b = random.uniform(-3, 3), float(random.randint(-70, 70))
    else:
        a, b = 10 ** random.uniform(-300, 300), random.uniform(-2, 2)
    if a < 0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b):
        # CPython hands these to complex pow (which may itself overflow).
        pows.append([bits(a), bits(b), ['complex']])
        continue
    try:
        v = a ** b
    except ZeroDivisionError as e:
        pows.append([bits(a), bits(b), ['zeroDivision', str(e)]])
        continue
    except OverflowError as e:
        pows.append([bits(a), bits(b), ['overflow', str(e)]])
        continue
    if isinstance(v, complex):
        pows.append([bits(a), bits(b), ['complex']])
        continue
    if math.isfinite(v) and v != 0 and math.isfinite(a) and math.isfinite(b) and a > 0:
        if float(Decimal(a) ** Decimal(b)) != v:
            skipped += 1
    pows.append([bits(a), bits(b), bits(v)])

# Cases where glibc's pow is not correctly rounded (about one in a thousand), found
# with a generator of their own (the main stream above stays as it was).
rng = random.Random(7)
hard = 0
while hard < 16:
    a, b = rng.uniform(0.1, 10), rng.uniform(-40, 40)
    v = a ** b
    if float(Decimal(a) ** Decimal(b)) != v:
        pows.append([bits(a), bits(b), bits(v)])
        hard += 1

truedivs = []
for _ in range(400):
    a = random.choice([random.randint(-10 ** 6, 10 ** 6), random.getrandbits(random.choice([random.randint(1, 120), random.randint(1, 1200)])) * random.choice([1, -1])])
    b = random.choice([random.randint(-10 ** 6, 10 ** 6), random.getrandbits(random.choice([random.randint(1, 120), random.randint(1, 1200)])) * random.choice([1, -1])])
    try:
        truedivs.append([hex(a), hex(b), bits(a / b)])
    except (ZeroDivisionError, OverflowError) as e:
        truedivs.append([hex(a), hex(b), err(e)])
for a, b in [(10 ** 30, 3), (2 ** 1000 + 1, 2 ** 999), (0, -5), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076),
             (2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 970 - 1, 1), (1, 3 * 2 ** 1073)]:
    try:
        truedivs.append([hex(a), hex(b), bits(a / b)])
    except (ZeroDivisionError, OverflowError) as e:
        truedivs.append([hex(a), hex(b), err(e)])

powmods = []
for _ in range(800):
    a = random.randint(-10 ** 20, 10 ** 20)
    e = random.randint(-50, 10 ** 6)
    m = random.choice([random.randint(-10 ** 12, 10 ** 12), random.randint(-20, 20)])
    try:
        powmods.append([hex(a), hex(e), hex(m), hex(pow(a, e, m))])
    except ValueError as ex:
        powmods.append([hex(a), hex(e), hex(m), err(ex)])

ints = [random.getrandbits(random.randint(0, 400)) for _ in range(200)]
isqrts = [[hex(v), hex(math.isqrt(v))] for v in ints]
gcds = []
for _ in range(300):
    a = random.randint(-10 ** 30, 10 ** 30) * random.choice([1, 6, 1024])
    b = random.choice([0, random.randint(-10 ** 20, 10 ** 20) * random.choice([1, 6, 1024])])
    gcds.append([hex(a), hex(b), hex(math.gcd(a, b))])

path = os.path.join(os.path.dirname(__file__), 'fixtures', 'arith.json')
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, 'w') as f:
    json.dump({'divmod': divmods, 'pow': pows, 'truediv': truedivs, 'powmod': powmods, 'isqrt': isqrts,
               'gcd': gcds}, f, separators=(',', ':'))
    f.write('\n')
print(len(pows), 'pow cases,', skipped + hard, 'where glibc is not correctly rounded;', os.path.getsize(path), 'bytes')
