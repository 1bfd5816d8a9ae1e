import { describe, expect, it } from 'vitest';
import { contains, delItem, getItem, getIter, iterNext, setItem } from '../../../src/python/abstract';
import { decref } from '../../../src/python/memory';
import { BinOp, binaryOp, CmpOp, repr, richCompare } from '../../../src/python/ops';
import { dictType, newDict, PyDict } from '../../../src/python/types/dict';
import { newFloat } from '../../../src/python/types/float';
import { True } from '../../../src/python/types/int';
import { newList } from '../../../src/python/types/list';
import { newTuple } from '../../../src/python/types/tuple';
import { call, callKw, construct, int, outcome, probe, s, takeFreed, tupleOf } from './container-helpers';

function dictOf(...pairs: [string, number][]): PyDict {
  const d = newDict();
  for (const [k, v] of pairs) setItem(d, s(k), int(v));
  return d;
}

describe('dict repr and equality', () => {
  it('prints insertion order and {...} for itself', () => {
    const d = dictOf(['a', 1], ['b', 2]);
    expect(repr(d)).toBe("{'a': 1, 'b': 2}");
    setItem(d, s('self'), d);
    expect(repr(d)).toBe("{'a': 1, 'b': 2, 'self': {...}}");
    expect(repr(newDict())).toBe('{}');
  });

  it('== ignores order; 1, 1.0 and True are one key; < is refused', () => {
    expect(repr(richCompare(dictOf(['a', 1], ['b', 2]), dictOf(['b', 2], ['a', 1]), CmpOp.Eq))).toBe('True');
    const d = newDict();
    setItem(d, int(1), s('a'));
    setItem(d, True, s('b'));
    setItem(d, newFloat(1), s('c'));
    expect(repr(d)).toBe("{1: 'c'}");
    expect(outcome(() => richCompare(newDict(), newDict(), CmpOp.Lt))).toBe(
      "TypeError: '<' not supported between instances of 'dict' and 'dict'",
    );
  });
});

describe('dict subscripts and methods', () => {
  it('raises KeyError with the key, and TypeError for unhashable keys', () => {
    const d = dictOf(['a', 1]);
    expect(outcome(() => getItem(d, s('zz')))).toBe("KeyError: 'zz'");
    expect(outcome(() => delItem(d, tupleOf(1)))).toBe('KeyError: (1,)');
    expect(outcome(() => setItem(d, newList([]), int(1)))).toBe("TypeError: unhashable type: 'list'");
    expect(outcome(() => void contains(d, newDict()))).toBe("TypeError: unhashable type: 'dict'");
  });

  it('get, setdefault, pop, popitem', () => {
    const d = dictOf(['a', 1], ['b', 2]);
    expect(outcome(() => call(d, 'get', s('x'), int(5)))).toBe('5');
    expect(outcome(() => call(d, 'get'))).toBe('TypeError: get expected at least 1 argument, got 0');
    expect(outcome(() => call(d, 'setdefault', s('c'), int(3)))).toBe('3');
    expect(outcome(() => call(d, 'setdefault', s('a'), int(9)))).toBe('1');
    expect(outcome(() => call(d, 'pop', s('a')))).toBe('1');
    expect(outcome(() => call(d, 'pop', s('a')))).toBe("KeyError: 'a'");
    expect(outcome(() => call(d, 'pop', s('a'), int(0)))).toBe('0');
    expect(outcome(() => call(d, 'pop'))).toBe('TypeError: pop expected at least 1 argument, got 0');
    expect(outcome(() => call(d, 'popitem'))).toBe("('c', 3)");
    expect(outcome(() => call(d, 'popitem'))).toBe("('b', 2)");
    expect(outcome(() => call(d, 'popitem'))).toBe("KeyError: 'popitem(): dictionary is empty'");
    expect(outcome(() => callKw(d, 'get', [], { x: int(1) }))).toBe('TypeError: dict.get() takes no keyword arguments');
  });

  it('update from a dict, pairs and keywords, with the pair errors', () => {
    const d = newDict();
    decref(callKw(d, 'update', [newList([tupleOf(1, 2), newList([s('k'), s('v')])])], { z: int(0) }));
    expect(repr(d)).toBe("{1: 2, 'k': 'v', 'z': 0}");
    expect(outcome(() => call(d, 'update', newList([int(1)])))).toBe(
      'TypeError: cannot convert dictionary update sequence element #0 to a sequence',
    );
    expect(outcome(() => call(d, 'update', newList([tupleOf(1, 2), tupleOf(1, 2, 3)])))).toBe(
      'ValueError: dictionary update sequence element #1 has length 3; 2 is required',
    );
    expect(outcome(() => call(d, 'update', int(1)))).toBe("TypeError: 'int' object is not iterable");
    expect(outcome(() => call(d, 'update', newDict(), newDict()))).toBe('TypeError: update expected at most 1 argument, got 2');
  });

  it('dict(), dict.fromkeys and |, |=', () => {
    expect(repr(construct(dictType, [newList([newTuple([s('x'), int(1)])])], new Map([['y', int(2)]])))).toBe(
      "{'x': 1, 'y': 2}",
    );
    expect(outcome(() => call(dictType, 'fromkeys', s('ab'), int(0)))).toBe("{'a': 0, 'b': 0}");
    expect(repr(binaryOp(dictOf(['a', 1]), dictOf(['a', 2], ['b', 3]), BinOp.Or))).toBe("{'a': 2, 'b': 3}");
    expect(outcome(() => binaryOp(newDict(), int(1), BinOp.Or))).toBe(
      "TypeError: unsupported operand type(s) for |: 'dict' and 'int'",
    );
    const d = dictOf(['a', 1]);
    expect(binaryOp(d, newList([tupleOf(5, 6)]), BinOp.Or, true)).toBe(d);
    expect(repr(d)).toBe("{'a': 1, 5: 6}");
  });
});

describe('dict release order and iteration', () => {
  it('dealloc and clear() release values in insertion order; del releases key then value', () => {
    const d = newDict();
    for (const name of ['v1', 'v2', 'v3']) {
      const p = probe(name);
      setItem(d, s('k' + name), p);
      decref(p);
    }
    decref(d);
    expect(takeFreed()).toEqual(['v1', 'v2', 'v3']);
    const e = newDict();
    const k = probe('key');
    const v = probe('value');
    setItem(e, k, v);
    decref(k);
    decref(v);
    delItem(e, k);
    expect(takeFreed()).toEqual(['key', 'value']);
  });

  it('pop hands over the dict reference to the value', () => {
    const d = newDict();
    const v = probe('v');
    setItem(d, s('k'), v);
    decref(v);
    expect(v.rc).toBe(1);
    const r = call(d, 'pop', s('k'));
    expect(r).toBe(v);
    expect(v.rc).toBe(1);
    decref(r);
    expect(takeFreed()).toEqual(['v']);
  });

  it('iteration fails once the size changes, and stays failed', () => {
    const d = dictOf(['a', 1]);
    const it = getIter(d);
    setItem(d, s('b'), int(2));
    expect(outcome(() => iterNext(it)!)).toBe('RuntimeError: dictionary changed size during iteration');
    delItem(d, s('b'));
    expect(outcome(() => iterNext(it)!)).toBe('RuntimeError: dictionary changed size during iteration');
  });

  it('views print, compare and combine like sets', () => {
    const d = dictOf(['a', 1], ['b', 2]);
    expect(outcome(() => call(d, 'keys'))).toBe("dict_keys(['a', 'b'])");
    expect(outcome(() => call(d, 'values'))).toBe('dict_values([1, 2])');
    expect(outcome(() => call(d, 'items'))).toBe("dict_items([('a', 1), ('b', 2)])");
    const keys = call(d, 'keys');
    expect(repr(binaryOp(keys, newList([s('b'), s('c')]), BinOp.And))).toBe("{'b'}");
    expect(repr(binaryOp(keys, newList([s('b')]), BinOp.Sub))).toBe("{'a'}");
    expect(outcome(() => binaryOp(keys, int(1), BinOp.Or))).toBe("TypeError: 'int' object is not iterable");
    const items = call(d, 'items');
    expect(contains(items, newTuple([s('a'), int(1)]))).toBe(true);
    expect(contains(items, newTuple([s('a'), int(2)]))).toBe(false);
    expect(contains(call(d, 'values'), int(2))).toBe(true);
  });
});

describe('entry positions follow CPython\'s key table', () => {
  it('deleting and re-adding while iterating ends like python3 (no error, three rounds)', () => {
    const d = newDict();
    for (const n of [1, 2, 3]) setItem(d, int(n), int(n));
    const it = getIter(d);
    const seen: string[] = [];
    for (;;) {
      const k = iterNext(it);
      if (k === null) break;
      seen.push(repr(k));
      delItem(d, k);
      setItem(d, int((k as unknown as { v: number }).v + 10), int(1));
      decref(k);
    }
    expect(seen).toEqual(['1', '2', '3']);
    expect(repr(d)).toBe('{11: 1, 12: 1, 13: 1}');
  });

  it('popitem cuts the entries back, so the next key takes the popped place', () => {
    const d = dictOf(['a', 1], ['b', 2]);
    decref(call(d, 'popitem'));
    setItem(d, s('c'), int(3));
    expect(d.keys.length).toBe(2);
  });
});
