"""Regenerates tests/python/hash/fixtures/hashes.json with the local python3 (3.11).

Run: python3 tests/python/hash/gen_fixtures.py
The tests read the committed JSON and never need python3.
"""
import json, math, os, random, struct, sys

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(1234)
P = 2**61 - 1

ints = [0, 1, -1, -2, 2, 255, 256, -5, 2**30, 2**31, 2**32, 2**52, 2**53 - 1, 2**53, 2**53 + 1,
        -(2**53), -(2**53) + 1, P - 1, P, P + 1, -P, -P - 1, -P + 1, 2 * P - 1, 2 * P, 2**61, 2**62,
        2**63 - 1, 2**63, 2**64, -(2**64), 10**30, -(10**30), 3**200, -(7**150)]
for _ in range(300):
    bits = rng.choice([8, 20, 31, 33, 52, 53, 54, 60, 61, 62, 64, 65, 100, 300])
    v = rng.getrandbits(bits)
    ints.append(-v if rng.random() < 0.5 else v)

floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, -0.1, 2.5, 1e-300, 5e-324, -5e-324, 1e300, 1e16,
          2.0**53, 2.0**60, 2.0**61, 2.0**64, 1.7976931348623157e308, math.pi, -math.e, 1/3, 2**-61, 2**-62,
          float('inf'), float('-inf'), 123456.789, -1e-10]
for _ in range(300):
    k = rng.random()
    if k < 0.3:
        f = rng.uniform(-1000, 1000)
    elif k < 0.5:
        f = rng.randint(-10**6, 10**6) / rng.choice([2, 4, 8, 10, 3, 1024])
    elif k < 0.8:
        f = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if f != f:
            continue
    else:
        f = rng.uniform(-1, 1) * 10 ** rng.randint(-320, 308)
    floats.append(f)


def enc(v):
    """Items of tuples/frozensets: ints as strings, floats as hex, nested as lists."""
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': v.hex()}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, frozenset):
        return {'fs': [enc(x) for x in v]}
    raise TypeError(v)


def rand_item(depth=0):
    k = rng.random()
    if depth < 2 and k < 0.15:
        return tuple(rand_item(depth + 1) for _ in range(rng.randint(0, 4)))
    if depth < 2 and k < 0.2:
        return frozenset(rand_item(depth + 1) for _ in range(rng.randint(0, 4)))
    if k < 0.6:
        return rng.randint(-300, 300)
    if k < 0.75:
        return rng.choice(ints)
    if k < 0.9:
        return rng.choice(floats[:60])
    return rng.random() < 0.5


tuples = [(), (0,), (1,), (-1,), (1, 2), (1, 2, 3), ((),), ((), ()), (True, False), (1.5, -2),
          (2**64, -(2**64)), tuple(range(100))]
for _ in range(300):
    tuples.append(tuple(rand_item() for _ in range(rng.randint(0, 6))))

fsets = [frozenset(), frozenset([0]), frozenset([1]), frozenset([-1]), frozenset([1, 2]), frozenset(range(100)),
         frozenset([frozenset(), frozenset([1])]), frozenset([(1, 2), (2, 1)])]
for _ in range(300):
    fsets.append(frozenset(rand_item() for _ in range(rng.randint(0, 8))))

o = object()
nan = float('nan')
out = {
    'ints': [[str(v), str(hash(v))] for v in ints],
    'floats': [[f.hex(), str(hash(f))] for f in floats],
    'tuples': [[enc(t), str(hash(t))] for t in tuples],
    'frozensets': [[enc(s), str(hash(s))] for s in fsets],
    'pointers': [[str(id(x)), str(hash(x))] for x in (o, None, nan, object(), type, int)],
    'nan': [str(id(nan)), str(hash(nan))],
    'none': [str(id(None)), str(hash(None))],
    'empty_str': hash(''),
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'hashes.json')
with open(path, 'w') as fh:
    json.dump(out, fh, separators=(',', ':'))
    fh.write('\n')
print('wrote', path)
