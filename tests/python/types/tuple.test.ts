import { describe, expect, it } from 'vitest';
import { getItem } from '../../../src/python/abstract';
import { incref } from '../../../src/python/memory';
import { BinOp, binaryOp, CmpOp, repr, richCompare } from '../../../src/python/ops';
import { newList } from '../../../src/python/types/list';
import { None } from '../../../src/python/types/none';
import { newSlice } from '../../../src/python/types/slice';
import { emptyTuple, newTuple, PyTuple, tupleType } from '../../../src/python/types/tuple';
import { hashExact, tupleHash } from '../../../src/python/types/tuple-methods';
import { newFloat } from '../../../src/python/types/float';
import { newIntBig } from '../../../src/python/types/int';
import { call, construct, int, ints, outcome, s, tupleOf } from './container-helpers';

describe('tuple repr and hash', () => {
  it('prints (1,) for one item and (...) for a cycle through a list', () => {
    expect(repr(tupleOf(1))).toBe('(1,)');
    expect(repr(emptyTuple)).toBe('()');
    const inner = newList([]);
    const t = newTuple([incref(inner)]);
    inner.items.push(incref(t));
    expect(repr(t)).toBe('([(...)],)');
  });

  it('hashes exactly as CPython 3.11 (python3 values)', () => {
    expect(tupleHash(tupleOf(1, 2) as PyTuple)).toBe(-3550055125485641917n);
    expect(tupleHash(emptyTuple)).toBe(5740354900026072187n);
    expect(hashExact(newTuple([int(-1), newIntBig(2n ** 70n), newFloat(1.5)]))).toBe(4125842817023792232n);
    expect(hashExact(newTuple([emptyTuple, tupleOf(1)]))).toBe(-7715943332640168325n);
    expect(outcome(() => int(Number(hashExact(newTuple([newList([])])))))).toBe("TypeError: unhashable type: 'list'");
  });
});

describe('tuple identity rules', () => {
  it('t[:], t * 1, t + () and tuple(t) are t itself; empty results are the shared ()', () => {
    const t = tupleOf(1, 2);
    expect(getItem(t, newSlice(None, None, None))).toBe(t);
    expect(binaryOp(t, int(1), BinOp.Mul)).toBe(t);
    expect(binaryOp(t, emptyTuple, BinOp.Add)).toBe(t);
    expect(binaryOp(emptyTuple, t, BinOp.Add)).toBe(t);
    expect(construct(tupleType, [t])).toBe(t);
    expect(binaryOp(t, int(0), BinOp.Mul)).toBe(emptyTuple);
    expect(construct(tupleType, [newList([])])).toBe(emptyTuple);
    expect(construct(tupleType)).toBe(emptyTuple);
  });
});

describe('tuple operations', () => {
  it('concatenates, repeats, slices and compares', () => {
    expect(repr(binaryOp(tupleOf(1), tupleOf(2, 3), BinOp.Add))).toBe('(1, 2, 3)');
    expect(outcome(() => binaryOp(tupleOf(1), ints(1), BinOp.Add))).toBe(
      'TypeError: can only concatenate tuple (not "list") to tuple',
    );
    expect(repr(binaryOp(tupleOf(1, 2), int(2), BinOp.Mul))).toBe('(1, 2, 1, 2)');
    expect(repr(getItem(tupleOf(1, 2, 3), newSlice(None, None, int(-1))))).toBe('(3, 2, 1)');
    expect(outcome(() => getItem(tupleOf(1), int(5)))).toBe('IndexError: tuple index out of range');
    expect(outcome(() => getItem(tupleOf(1), s('a')))).toBe('TypeError: tuple indices must be integers or slices, not str');
    expect(repr(richCompare(tupleOf(1, 2), tupleOf(1, 3), CmpOp.Lt))).toBe('True');
    expect(repr(richCompare(tupleOf(1, 2), tupleOf(1, 2), CmpOp.Eq))).toBe('True');
  });

  it('index and count with CPython messages', () => {
    const t = tupleOf(1, 2, 1);
    expect(outcome(() => call(t, 'index', int(1), int(1)))).toBe('2');
    expect(outcome(() => call(t, 'index', int(7)))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(outcome(() => call(t, 'count', int(1)))).toBe('2');
    expect(outcome(() => call(t, 'count'))).toBe('TypeError: tuple.count() takes exactly one argument (0 given)');
    expect(outcome(() => construct(tupleType, [int(1)]))).toBe("TypeError: 'int' object is not iterable");
    expect(outcome(() => construct(tupleType, [int(1), int(2)]))).toBe('TypeError: tuple expected at most 1 argument, got 2');
  });
});
