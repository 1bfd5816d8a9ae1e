"""Regenerates tests/python/collections/fixtures/sets.json with the local python3 (3.11).

Each program is a random sequence of set operations on a few set variables; after
every operation the iteration order of the touched set is recorded (as indices
into the program's value table), plus popped values, sizes via sys.getsizeof and
frozenset hashes. The vitest suite replays the same operations on SetTable.

Run: python3 tests/python/collections/gen_set_fixtures.py
"""
import json, os, random, sys

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(20240611)


def enc(v):
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': v.hex()}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    raise TypeError(v)


def make_values(style):
    vals = []
    if style == 'small':
        pool = list(range(-10, 80))
        vals = rng.sample(pool, 40)
    elif style == 'collide':
        m = rng.choice([8, 16, 32, 64, 128, 256])
        vals = sorted({rng.randint(-3, 40) * m + rng.choice([0, 0, 0, 1, 5]) for _ in range(50)})
    elif style == 'wide':
        vals = list({rng.randint(-10**6, 10**6) for _ in range(60)})
    elif style == 'big':
        P = 2**61 - 1
        vals = list({rng.choice([1, -1]) * (rng.choice([2**61, 2**62, 2**63, 2**64, P, 10**20]) + rng.randint(-20, 20)) for _ in range(40)})
        vals += [-1, -2, 0, 1, 2]
    elif style == 'mixed':
        vals = [rng.randint(-20, 60) for _ in range(30)]
        vals += [rng.randint(-40, 120) / 2 for _ in range(15)]
        vals += [(rng.randint(0, 5), rng.randint(0, 5)) for _ in range(20)]
        vals += [True, False, -1, -2, 1.0, 0.0, ((1, 2), 3), (), (-1,)]
        vals += [float('inf'), float('-inf'), 2**70, -2**70]
    elif style == 'tuples':
        vals = list({(rng.randint(-3, 12), rng.randint(-3, 12)) for _ in range(60)})
    # Distinct objects by (type, repr); equal-but-different-type values stay (1, 1.0, True).
    seen, out = set(), []
    for v in vals:
        k = (type(v).__name__, repr(v))
        if k not in seen:
            seen.add(k)
            out.append(v)
    rng.shuffle(out)
    return out


def program(style, nops):
    values = make_values(style)
    index = {id(v): i for i, v in enumerate(values)}
    sets = [set() for _ in range(4)]
    ops = []

    def pick(n=None):
        k = n if n is not None else rng.randint(0, 12)
        return [rng.randrange(len(values)) for _ in range(k)]

    def order(s):
        return [index[id(x)] for x in s]

    import sys as _s
    for _ in range(nops):
        kind = rng.choices(
            ['add', 'discard', 'pop', 'clear', 'update_list', 'update_set', 'from_list', 'from_set',
             'from_dict', 'copy', 'union', 'inter', 'inter_list', 'diff', 'diff_list', 'diff_dict', 'symdiff',
             'symdiff_list', 'symdiff_dict', 'iand', 'isub', 'ixor', 'ior', 'adds', 'discards', 'update_dict', 'pops',
             'isdisjoint', 'issubset', 'eq'],
            weights=[14, 8, 3, 1, 3, 2, 3, 2, 2, 2, 2, 2, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 6, 4, 1, 2, 1, 1, 1])[0]
        a = rng.randrange(4)
        b = rng.randrange(4)
        S, T = sets[a], sets[b]
        op = {'op': kind, 'a': a, 'b': b}
        if kind == 'add':
            (v,) = pick(1)
            op['v'] = v
            S.add(values[v])
        elif kind == 'adds':
            op['vs'] = vs = pick(rng.randint(3, 30))
            for v in vs:
                S.add(values[v])
        elif kind == 'discard':
            (v,) = pick(1)
            op['v'] = v
            S.discard(values[v])
        elif kind == 'discards':
            op['vs'] = vs = pick(rng.randint(2, 15))
            for v in vs:
                S.discard(values[v])
        elif kind == 'pop':
            op['r'] = index[id(S.pop())] if S else None
        elif kind == 'pops':
            n = rng.randint(1, 6)
            op['n'] = n
            op['r'] = [index[id(S.pop())] for _ in range(min(n, len(S)))]
        elif kind == 'clear':
            S.clear()
        elif kind == 'update_list':
            op['vs'] = vs = pick()
            S.update([values[v] for v in vs])
        elif kind == 'update_set':
            S.update(T)
        elif kind == 'update_dict':
            op['vs'] = vs = pick()
            S.update(dict.fromkeys([values[v] for v in vs]))
        elif kind == 'ior':
            S |= T
        elif kind == 'from_list':
            op['vs'] = vs = pick(rng.randint(0, 30))
            sets[a] = S = set([values[v] for v in vs])
        elif kind == 'from_set':
            sets[a] = S = set(T)
        elif kind == 'from_dict':
            op['vs'] = vs = pick(rng.randint(0, 30))
            sets[a] = S = set(dict.fromkeys([values[v] for v in vs]))
        elif kind == 'copy':
            sets[a] = S = T.copy()
        elif kind == 'union':
            sets[a] = S = S | T
        elif kind == 'inter':
            sets[a] = S = S & T
        elif kind == 'inter_list':
            op['vs'] = vs = pick(rng.randint(0, 30))
            sets[a] = S = S.intersection([values[v] for v in vs])
        elif kind == 'diff':
            sets[a] = S = S - T
        elif kind == 'diff_list':
            op['vs'] = vs = pick(rng.randint(0, 30))
            sets[a] = S = S.difference([values[v] for v in vs])
        elif kind == 'diff_dict':
            op['vs'] = vs = pick(rng.randint(0, 30))
            sets[a] = S = S.difference(dict.fromkeys([values[v] for v in vs]))
        elif kind == 'symdiff':
            sets[a] = S = S ^ T
        elif kind == 'symdiff_list':
            op['vs'] = vs = pick(rng.randint(0, 30))
            S.symmetric_difference_update([values[v] for v in vs])
        elif kind == 'symdiff_dict':
            op['vs'] = vs = pick(rng.randint(0, 30))
            S.symmetric_difference_update(dict.fromkeys([values[v] for v in vs]))
        elif kind == 'iand':
            S &= T
        elif kind == 'isub':
            S -= T
        elif kind == 'ixor':
            S ^= T
        elif kind == 'isdisjoint':
            op['r'] = S.isdisjoint(T)
        elif kind == 'issubset':
            op['r'] = S <= T
        elif kind == 'eq':
            op['r'] = S == T
        op['order'] = order(S)
        op['size'] = _s.getsizeof(S)
        op['fhash'] = str(hash(frozenset(S)))
        ops.append(op)
    return {'style': style, 'values': [enc(v) for v in values], 'reprs': [repr(v) for v in values], 'ops': ops}


def literal_cases():
    """Set displays of constants compile to a frozenset constant merged into a new set."""
    cases = []
    for _ in range(150):
        m = rng.choice([1, 8, 16, 32, 64])
        n = rng.randint(3, 25)
        vals = [rng.randint(-5, 40) * m + rng.choice([0, 0, 1]) for _ in range(n)]
        src = '{' + ', '.join(map(str, vals)) + '}'
        s = eval(compile(src, '<lit>', 'eval'))
        cases.append({'src': vals, 'order': [str(x) for x in s], 'list_order': [str(x) for x in set(vals)]})
    return cases


progs = []
for style in ['small', 'collide', 'wide', 'big', 'mixed', 'tuples']:
    for _ in range(40):
        progs.append(program(style, rng.randint(20, 60)))
out = {'programs': progs, 'literals': literal_cases()}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'sets.json')
with open(path, 'w') as fh:
    json.dump(out, fh, separators=(',', ':'))
    fh.write('\n')
print('wrote', path, os.path.getsize(path))
