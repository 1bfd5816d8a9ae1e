import { describe, expect, it } from 'vitest';
import { contains, getIter, iterNext } from '../../../src/python/abstract';
import { decref } from '../../../src/python/memory';
import type { PyObject } from '../../../src/python/object';
import { BinOp, binaryOp, CmpOp, repr, richCompare } from '../../../src/python/ops';
import { newFloat } from '../../../src/python/types/float';
import { newIntBig, True } from '../../../src/python/types/int';
import { newList } from '../../../src/python/types/list';
import { buildSet as buildSetFromStack, constantFrozenset, frozensetHash, frozensetType, newSetOf, PySet, setType, setUpdate as setUpdateFrom } from '../../../src/python/types/set';
import { newTuple } from '../../../src/python/types/tuple';
import { call, construct, int, ints, outcome, probe, s, takeFreed, tupleOf } from './container-helpers';
import { newRange } from '../../../src/python/types/range';

/** BUILD_SET of these items (it takes their references, as from the value stack). */
const buildSet = (items: PyObject[]): PyObject => buildSetFromStack(items, 0, items.length);
const setOf = (...ns: number[]): PySet => newSetOf(ints(...ns));
const frozen = (...ns: number[]): PySet => newSetOf(ints(...ns), frozensetType);

describe('set order is CPython 3.11 order (python3 outputs)', () => {
  it('for ints, tuples, floats and big ints', () => {
    const mod13 = newSetOf(newList(Array.from({ length: 30 }, (_, x) => int((x * 7) % 13))));
    expect(repr(mod13)).toBe('{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}');
    expect(repr(buildSet([tupleOf(1, 2), tupleOf(3, 4), tupleOf(2, 1)]))).toBe('{(1, 2), (2, 1), (3, 4)}');
    expect(repr(buildSet([newFloat(1.5), newFloat(2.5), int(-1), newIntBig(10n ** 20n), True]))).toBe(
      '{1.5, 2.5, True, 100000000000000000000, -1}',
    );
  });

  it('after discards, adds and pops', () => {
    const st = newSetOf(newRange([int(10)]));
    decref(call(st, 'discard', int(3)));
    decref(call(st, 'add', int(33)));
    decref(call(st, 'add', int(19)));
    expect(repr(st)).toBe('{0, 1, 2, 33, 4, 5, 6, 7, 8, 9, 19}');
    expect(outcome(() => call(st, 'pop'))).toBe('0');
    expect(outcome(() => call(st, 'pop'))).toBe('1');
    expect(repr(st)).toBe('{2, 33, 4, 5, 6, 7, 8, 9, 19}');
  });

  it('of operator results (python3: set([1, 2, 3]) ^ set([3, 4, 5, 100]) and so on)', () => {
    expect(repr(setOf(3, 4, 5, 100))).toBe('{100, 3, 4, 5}');
    expect(repr(binaryOp(setOf(1, 2, 3), setOf(3, 4, 5, 100), BinOp.Xor))).toBe('{1, 2, 100, 4, 5}');
    expect(repr(binaryOp(setOf(1, 2, 3, 40, 50, 60), setOf(2, 50), BinOp.Sub))).toBe('{40, 1, 3, 60}');
    expect(repr(binaryOp(setOf(5, 6, 7, 8), setOf(8, 7, 100), BinOp.And))).toBe('{8, 7}');
  });
});

describe('set repr, hash, comparison', () => {
  it('prints set(), frozenset() and frozenset({...})', () => {
    expect(repr(newSetOf(null))).toBe('set()');
    expect(repr(newSetOf(null, frozensetType))).toBe('frozenset()');
    expect(repr(frozen(2, 1))).toBe('frozenset({1, 2})');
  });

  it('hashes frozensets exactly; sets are unhashable', () => {
    expect(frozensetHash(frozen(1, 2))).toBe(-1826646154956904602n);
    expect(frozensetHash(frozen())).toBe(133146708735736);
    expect(frozensetHash(newSetOf(newList([tupleOf(1, 2), newFloat(3.5), int(-7)]), frozensetType))).toBe(
      -2500134508940522716n,
    );
    expect(outcome(() => call(setOf(), '__hash__'))).toBe("TypeError: 'NoneType' object is not callable");
    expect(outcome(() => buildSet([newList([])]))).toBe("TypeError: unhashable type: 'list'");
  });

  it('compares as subsets, and only with sets', () => {
    const cmp = (a: PySet, b: PySet, op: CmpOp) => repr(richCompare(a, b, op));
    expect(cmp(setOf(1, 2), setOf(1, 2, 3), CmpOp.Le)).toBe('True');
    expect(cmp(setOf(1, 2), setOf(1, 2), CmpOp.Lt)).toBe('False');
    expect(cmp(setOf(1, 2), frozen(2, 1), CmpOp.Eq)).toBe('True');
    expect(outcome(() => richCompare(setOf(1), ints(1), CmpOp.Lt))).toBe(
      "TypeError: '<' not supported between instances of 'set' and 'list'",
    );
  });
});

describe('set methods', () => {
  it('raise CPython errors', () => {
    expect(outcome(() => call(setOf(), 'pop'))).toBe("KeyError: 'pop from an empty set'");
    expect(outcome(() => call(setOf(1), 'remove', int(2)))).toBe('KeyError: 2');
    expect(outcome(() => call(setOf(1), 'add'))).toBe('TypeError: set.add() takes exactly one argument (0 given)');
    expect(outcome(() => call(setOf(1), 'update', int(1)))).toBe("TypeError: 'int' object is not iterable");
    expect(outcome(() => binaryOp(setOf(1), ints(1), BinOp.Or))).toBe(
      "TypeError: unsupported operand type(s) for |: 'set' and 'list'",
    );
  });

  it('take any iterables', () => {
    expect(outcome(() => call(setOf(1, 2), 'union', ints(3), tupleOf(4)))).toBe('{1, 2, 3, 4}');
    expect(outcome(() => call(setOf(1, 2), 'intersection', ints(2, 3)))).toBe('{2}');
    expect(outcome(() => call(setOf(1, 2), 'difference', ints(2), ints(1)))).toBe('set()');
    expect(outcome(() => call(setOf(1, 2), 'symmetric_difference', ints(2, 3)))).toBe('{1, 3}');
    expect(outcome(() => call(setOf(1, 2), 'issubset', ints(1, 2, 3)))).toBe('True');
    expect(outcome(() => call(setOf(1, 2), 'issuperset', ints(1)))).toBe('True');
    expect(outcome(() => call(setOf(1, 2), 'isdisjoint', ints(3)))).toBe('True');
  });

  it('find a set among frozensets by converting it', () => {
    const outer = buildSet([frozen(1)]);
    expect(contains(outer, setOf(1))).toBe(true);
    decref(call(outer, 'discard', setOf(1)));
    expect(repr(outer)).toBe('set()');
  });

  it('in-place operators mutate sets but rebind frozensets', () => {
    const a = setOf(1, 2);
    expect(binaryOp(a, setOf(3), BinOp.Or, true)).toBe(a);
    expect(binaryOp(a, setOf(1, 3), BinOp.And, true)).toBe(a);
    expect(repr(a)).toBe('{1, 3}');
    const f = frozen(1);
    const g = binaryOp(f, setOf(2), BinOp.Or, true);
    expect(g).not.toBe(f);
    expect(repr(g)).toBe('frozenset({1, 2})');
    expect(construct(frozensetType, [f])).toBe(f);
    expect(construct(frozensetType)).not.toBe(construct(frozensetType));
    expect(outcome(() => construct(setType, [int(1), int(2)]))).toBe('TypeError: set expected at most 1 argument, got 2');
  });
});

describe('set references and iteration', () => {
  it('discard releases at once; clear() releases in slot order', () => {
    const st = newSetOf(null);
    const ps = ['a', 'b', 'c'].map((n) => probe(n));
    for (const p of ps) {
      decref(call(st, 'add', p));
      decref(p);
    }
    decref(call(st, 'discard', ps[1]));
    expect(takeFreed()).toEqual(['b']);
    const order = repr(st);
    decref(call(st, 'clear'));
    expect(takeFreed().join(', ')).toBe(order.slice(1, -1));
  });

  it('iteration fails once the size changes', () => {
    const st = setOf(1, 2);
    const it = getIter(st);
    decref(call(st, 'add', int(5)));
    expect(outcome(() => iterNext(it)!)).toBe('RuntimeError: Set changed size during iteration');
    decref(newTuple([]));
  });
});

describe('constant set displays', () => {
  it('use the compiler\'s rebuilt frozenset layout (python3: {100, 33, 5, 3, 1} prints {33, 1, 3, 100, 5})', () => {
    const c = constantFrozenset([100, 33, 5, 3, 1].map((n) => int(n)));
    expect(repr(c)).toBe('frozenset({33, 1, 3, 100, 5})');
    const display = newSetOf(null);
    setUpdateFrom(display, c);
    expect(repr(display)).toBe('{33, 1, 3, 100, 5}');
    const other = newSetOf(null);
    setUpdateFrom(other, constantFrozenset([7, 15, 23, 31, 39].map((n) => int(n))));
    expect(repr(other)).toBe('{23, 39, 7, 31, 15}');
  });
});
