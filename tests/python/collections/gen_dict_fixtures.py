"""Regenerates tests/python/collections/fixtures/dicts.json with the local python3 (3.11).

Random programs on two dict variables, recording the keys (in order) and
sys.getsizeof after each operation, plus dict displays of many shapes.
Run: python3 tests/python/collections/gen_dict_fixtures.py
"""
import json, os, random, sys

# Sets of str keys iterate in hash order, which CPython randomizes per process:
# pin the seed so that regenerating gives the same file.
if os.environ.get('PYTHONHASHSEED') != '0':
    os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, 'PYTHONHASHSEED': '0'})

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(4242)
g = sys.getsizeof


def rkey(style):
    if style == 'str' or (style == 'mixed' and rng.random() < 0.7):
        return 'k%d' % rng.randint(0, 60)
    return rng.randint(-5, 60)


def tok(k):
    return repr(k)


def build(kind, style, n):
    keys = [rkey(style) for _ in range(n)]
    if kind == 'literal':
        src = '{' + ', '.join('%r: 0' % k for k in keys) + '}'
        return eval(src), keys, src
    if kind == 'literal_var':
        src = '{' + ', '.join('%r: v' % k for k in keys) + '}'
        return eval(src, {'v': 1}), keys, src
    if kind == 'comp':
        return {k: 0 for k in keys}, keys, None
    if kind == 'pairs':
        return dict([(k, 0) for k in keys]), keys, None
    if kind == 'kwargs':
        ks = ['k%d' % rng.randint(0, 60) for _ in range(n)]
        ks = list(dict.fromkeys(ks))
        return eval('dict(' + ', '.join('%s=0' % k for k in ks) + ')'), ks, None
    if kind == 'fromkeys_list':
        return dict.fromkeys(keys), keys, None
    if kind == 'fromkeys_set':
        s = set(keys)
        return dict.fromkeys(s), list(s), None
    raise ValueError(kind)


def run_program(style):
    recipe = []
    D = []
    for i in range(2):
        kind = rng.choice(['literal', 'literal_var', 'comp', 'pairs', 'kwargs', 'fromkeys_list', 'fromkeys_set', 'empty'])
        n = rng.randint(0, 40)
        if kind == 'empty':
            d, keys = {}, []
        else:
            d, keys, _ = build(kind, style, n)
        D.append(d)
        recipe.append({'kind': kind, 'keys': [tok(k) for k in keys], 'size': g(d), 'order': [tok(k) for k in d]})
    ops = []
    for _ in range(rng.randint(10, 50)):
        kind = rng.choices(['set_new', 'set_old', 'del', 'pop', 'popitem', 'clear', 'update', 'update_pairs',
                            'setdefault', 'copy', 'ior', 'or', 'dict_of', 'unpack', 'sets', 'dels', 'fromkeys_dict'],
                           weights=[12, 4, 4, 2, 2, 1, 3, 2, 2, 3, 1, 1, 2, 1, 5, 3, 1])[0]
        a, b = rng.randrange(2), rng.randrange(2)
        d, e = D[a], D[b]
        op = {'op': kind, 'a': a, 'b': b}
        if kind == 'set_new':
            k = rkey(style)
            op['k'] = tok(k)
            d[k] = 1
        elif kind == 'sets':
            ks = [rkey(style) for _ in range(rng.randint(2, 30))]
            op['ks'] = [tok(k) for k in ks]
            for k in ks:
                d[k] = 1
        elif kind == 'set_old':
            if not d:
                continue
            k = rng.choice(list(d))
            op['k'] = tok(k)
            d[k] = 2
        elif kind == 'del':
            if not d:
                continue
            k = rng.choice(list(d))
            op['k'] = tok(k)
            del d[k]
        elif kind == 'dels':
            ks = [k for k in list(d) if rng.random() < 0.4]
            op['ks'] = [tok(k) for k in ks]
            for k in ks:
                del d[k]
        elif kind == 'pop':
            if not d:
                continue
            k = rng.choice(list(d))
            op['k'] = tok(k)
            d.pop(k)
        elif kind == 'popitem':
            if not d:
                continue
            op['k'] = tok(d.popitem()[0])
        elif kind == 'clear':
            d.clear()
        elif kind == 'update':
            d.update(e)
        elif kind == 'ior':
            d |= e
        elif kind == 'update_pairs':
            ks = [rkey(style) for _ in range(rng.randint(0, 20))]
            op['ks'] = [tok(k) for k in ks]
            d.update([(k, 3) for k in ks])
        elif kind == 'setdefault':
            k = rkey(style)
            op['k'] = tok(k)
            d.setdefault(k, 4)
        elif kind == 'copy':
            D[a] = e.copy()
        elif kind == 'or':
            D[a] = d | e
        elif kind == 'dict_of':
            D[a] = dict(e)
        elif kind == 'unpack':
            D[a] = {**e}
        elif kind == 'fromkeys_dict':
            D[a] = dict.fromkeys(e)
        op['order'] = [tok(k) for k in D[a]]
        op['size'] = g(D[a])
        ops.append(op)
    return {'style': style, 'recipe': recipe, 'ops': ops}


def displays():
    out = []
    for _ in range(300):
        n = rng.choice([0, 1, 2, 3, 5, 6, 7, 10, 11, 15, 16, 17, 18, 21, 22, 30, 33, 34, 35, 40, 50, 60, 80, 100])
        style = rng.choice(['str', 'int', 'mixed', 'mixed'])
        keys = [rkey(style) if rng.random() < 0.9 else 'k%d' % rng.randint(0, 200) for _ in range(n)]
        if style == 'int':
            keys = [rng.randint(-50, 500) for _ in range(n)]
        var = rng.random() < 0.3
        src = '{' + ', '.join(('%r: v' if var else '%r: 0') % k for k in keys) + '}'
        d = eval(src, {'v': 1})
        out.append({'keys': [tok(k) for k in keys], 'size': g(d)})
    return out


def shared_keys():
    """Instance __dict__ sizes as instances and attributes are added (split tables)."""
    out = []
    for _ in range(30):
        ns = {}
        exec('class C:\n    pass\n', ns)
        C = ns['C']
        objs, steps = [], []
        for _ in range(rng.randint(1, 12)):
            act = rng.choice(['new', 'new', 'attr', 'size'])
            if act == 'new' or not objs:
                objs.append(C())
                steps.append(['new'])
            elif act == 'attr':
                o = rng.choice(objs)
                name = 'a%d' % rng.randint(0, 8)
                setattr(o, name, 1)
                steps.append(['attr', name])
            else:
                o = objs[-1]
                steps.append(['size', g(o.__dict__)])
        out.append(steps)
    return out


out = {
    'programs': [run_program(s) for s in ['str', 'int', 'mixed'] for _ in range(70)],
    'displays': displays(),
    'shared_keys': shared_keys(),
    'empty_fromkeys_set': g(dict.fromkeys(set())),
    'empty_fromkeys_dict': g(dict.fromkeys({})),
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'dicts.json')
with open(path, 'w') as fh:
    json.dump(out, fh, separators=(',', ':'))
    fh.write('\n')
print('wrote', path, os.path.getsize(path))
