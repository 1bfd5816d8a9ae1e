"""Regenerates tests/python/collections/fixtures/lists.json with the local python3 (3.11).

Random programs of list operations, recording len() and sys.getsizeof() after
each one, plus the construction paths (displays, list(), comprehensions, split).
Run: python3 tests/python/collections/gen_list_fixtures.py
"""
import json, os, random, sys

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(77)
g = sys.getsizeof


def gen(n):
    return (i for i in range(n))


def program():
    ops = []
    start = rng.choice(['empty', 'list0', 'repeat', 'range', 'gen', 'fromlist', 'comp', 'slice', 'concat', 'copy'])
    n = rng.randint(0, 40)
    if start == 'empty':
        L = []
    elif start == 'list0':
        L = list()
    elif start == 'repeat':
        L = [0] * n
    elif start == 'range':
        L = list(range(n))
    elif start == 'gen':
        L = list(gen(n))
    elif start == 'fromlist':
        L = list([0] * n)
    elif start == 'comp':
        L = [i for i in range(n)]
    elif start == 'slice':
        L = list(range(n + 5))[2:2 + n]
    elif start == 'concat':
        k = rng.randint(0, n)
        L = [0] * k + [1] * (n - k)
    else:
        L = ([0] * n).copy()
    ops.append({'op': start, 'n': n, 'len': len(L), 'size': g(L)})
    for _ in range(rng.randint(10, 60)):
        kind = rng.choices(['append', 'appends', 'insert', 'pop', 'popi', 'delitem', 'remove', 'clear', 'extend_list',
                            'extend_tuple', 'extend_range', 'extend_gen', 'extend_iter', 'iadd', 'imul', 'setslice',
                            'delslice', 'delext', 'setext', 'sort', 'extend_self', 'pops', 'extend_map'],
                           weights=[10, 6, 3, 5, 2, 2, 1, 1, 3, 2, 2, 2, 1, 2, 1, 3, 2, 1, 1, 1, 1, 4, 1])[0]
        op = {'op': kind}
        size = len(L)
        if kind == 'append':
            L.append(1)
        elif kind == 'appends':
            k = op['k'] = rng.randint(1, 40)
            for _ in range(k):
                L.append(1)
        elif kind == 'insert':
            L.insert(rng.randint(0, size), 1)
        elif kind == 'pop':
            if not L:
                continue
            L.pop()
        elif kind == 'pops':
            k = op['k'] = rng.randint(1, max(1, size))
            for _ in range(min(k, len(L))):
                L.pop()
            op['k'] = min(k, size)
        elif kind == 'popi':
            if not L:
                continue
            i = op['i'] = rng.randrange(size)
            L.pop(i)
        elif kind == 'delitem':
            if not L:
                continue
            i = op['i'] = rng.randrange(size)
            del L[i]
        elif kind == 'remove':
            if not L:
                continue
            L.remove(L[0])
        elif kind == 'clear':
            L.clear()
        elif kind == 'extend_list':
            k = op['k'] = rng.randint(0, 30)
            L.extend([2] * k)
        elif kind == 'extend_tuple':
            k = op['k'] = rng.randint(0, 30)
            L.extend((2,) * k)
        elif kind == 'extend_range':
            k = op['k'] = rng.randint(0, 30)
            L.extend(range(k))
        elif kind == 'extend_gen':
            k = op['k'] = rng.randint(0, 30)
            L.extend(gen(k))
        elif kind == 'extend_map':
            k = op['k'] = rng.randint(0, 30)
            L.extend(map(abs, [1] * k))
        elif kind == 'extend_iter':
            k = op['k'] = rng.randint(0, 30)
            it = iter([3] * k)
            skip = op['skip'] = rng.randint(0, k)
            for _ in range(skip):
                next(it)
            L.extend(it)
        elif kind == 'extend_self':
            L.extend(L)
        elif kind == 'iadd':
            k = op['k'] = rng.randint(0, 30)
            L += [4] * k
        elif kind == 'imul':
            k = op['k'] = rng.randint(0, 3)
            if size * k > 400:
                continue
            L *= k
        elif kind == 'setslice':
            lo = rng.randint(0, size)
            hi = rng.randint(lo, size)
            k = rng.randint(0, 12)
            op.update(lo=lo, hi=hi, k=k)
            L[lo:hi] = [5] * k
        elif kind == 'delslice':
            lo = rng.randint(0, size)
            hi = rng.randint(lo, size)
            op.update(lo=lo, hi=hi)
            del L[lo:hi]
        elif kind == 'delext':
            step = op['step'] = rng.choice([2, 3, -2])
            before = len(L)
            del L[::step]
            op['count'] = before - len(L)
        elif kind == 'setext':
            L[::2] = [6] * len(L[::2])
        elif kind == 'sort':
            L.sort()
        op['len'] = len(L)
        op['size'] = g(L)
        ops.append(op)
    return ops


def displays():
    out = []
    x = 7
    for n in range(0, 45):
        const_src = '[' + ', '.join(str(i) for i in range(n)) + ']'
        var_src = '[' + ', '.join('x' for _ in range(n)) + ']'
        out.append({'n': n, 'const': True, 'size': g(eval(const_src))})
        out.append({'n': n, 'const': False, 'size': g(eval(var_src, {'x': x}))})
    return out


def constructions():
    out = {'range': [], 'gen': [], 'fromlist': [], 'fromtuple': [], 'comp': [], 'repeat': [], 'split': [],
           'rsplit': [], 'sorted_set': [], 'fromdict': [], 'fromstr': []}
    for n in range(0, 60):
        out['range'].append(g(list(range(n))))
        out['gen'].append(g(list(gen(n))))
        out['fromlist'].append(g(list([0] * n)))
        out['fromtuple'].append(g(list((0,) * n)))
        out['comp'].append(g([i for i in range(n)]))
        out['repeat'].append(g([0] * n))
        out['split'].append(g(' '.join(['a'] * n).split()))
        out['rsplit'].append(g(' '.join(['a'] * n).rsplit()))
        out['sorted_set'].append(g(sorted(set(range(n)))))
        out['fromdict'].append(g(list(dict.fromkeys(range(n)))))
        out['fromstr'].append(g(list('a' * n)))
    return out


out = {'programs': [program() for _ in range(400)], 'displays': displays(), 'constructions': constructions()}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'lists.json')
with open(path, 'w') as fh:
    json.dump(out, fh, separators=(',', ':'))
    fh.write('\n')
print('wrote', path, os.path.getsize(path))
