import { describe, expect, it } from 'vitest';
import { contains, getItem, getIter, iterNext, length } from '../../../src/python/abstract';
import { decref } from '../../../src/python/memory';
import { CmpOp, repr, richCompare } from '../../../src/python/ops';
import { newFloat } from '../../../src/python/types/float';
import { newIntBig } from '../../../src/python/types/int';
import { listFrom } from '../../../src/python/types/list-methods';
import { None } from '../../../src/python/types/none';
import { newRange, PyRange, rangeType } from '../../../src/python/types/range';
import { newSlice, sliceIndices, sliceType, PySlice } from '../../../src/python/types/slice';
import { hashExact } from '../../../src/python/types/tuple-methods';
import { call, construct, int, outcome, s } from './container-helpers';

const r = (...ns: number[]): PyRange => newRange(ns.map((n) => int(n)));
const items = (o: Parameters<typeof listFrom>[0]) => repr(listFrom(o));

describe('range', () => {
  it('prints, measures and iterates', () => {
    expect(repr(r(10))).toBe('range(0, 10)');
    expect(repr(r(0, 10, 2))).toBe('range(0, 10, 2)');
    expect(length(r(0, 10, 3))).toBe(4);
    expect(items(r(10, 0, -3))).toBe('[10, 7, 4, 1]');
    expect(items(r(-5, 5, 3))).toBe('[-5, -2, 1, 4]');
    expect(items(call(r(1, 10, 3), '__reversed__'))).toBe('[7, 4, 1]');
  });

  it('indexes and slices into ranges, with big ints exact', () => {
    expect(repr(getItem(r(10), int(-1)))).toBe('9');
    expect(repr(getItem(r(10), newSlice(int(2), int(5), None)))).toBe('range(2, 5)');
    expect(repr(getItem(r(5), newSlice(None, None, int(-1))))).toBe('range(4, -1, -1)');
    expect(repr(getItem(r(0, 10, 3), newSlice(int(1), None, None)))).toBe('range(3, 12, 3)');
    const huge = newRange([newIntBig(2n ** 70n)]);
    expect(repr(getItem(huge, newIntBig(2n ** 69n)))).toBe('590295810358705651712');
    expect(outcome(() => int(length(huge)))).toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(outcome(() => getItem(r(10), int(10)))).toBe('IndexError: range object index out of range');
    expect(outcome(() => getItem(r(10), s('a')))).toBe('TypeError: range indices must be integers or slices, not str');
  });

  it('tests membership by arithmetic for ints, by == otherwise', () => {
    expect(contains(r(0, 10, 2), int(4))).toBe(true);
    expect(contains(r(0, 10, 2), int(5))).toBe(false);
    expect(contains(r(10), newFloat(5))).toBe(true);
    expect(outcome(() => call(r(10), 'index', int(11)))).toBe('ValueError: 11 is not in range');
    expect(outcome(() => call(r(10), 'index', s('a')))).toBe('ValueError: sequence.index(x): x not in sequence');
    expect(outcome(() => call(r(10), 'count', int(3)))).toBe('1');
  });

  it('compares by the sequence it describes and hashes alike', () => {
    expect(repr(richCompare(r(0, 10, 2), r(0, 9, 2), CmpOp.Eq))).toBe('True');
    expect(repr(richCompare(r(0), r(5, 5), CmpOp.Eq))).toBe('True');
    expect(hashExact(r(1, 5))).toBe(hashExact(r(1, 5, 1)));
    expect(outcome(() => richCompare(r(1), r(2), CmpOp.Lt))).toBe(
      "TypeError: '<' not supported between instances of 'range' and 'range'",
    );
  });

  it('is built with CPython messages', () => {
    expect(outcome(() => construct(rangeType))).toBe('TypeError: range expected at least 1 argument, got 0');
    expect(outcome(() => construct(rangeType, [int(1), int(2), int(3), int(4)]))).toBe(
      'TypeError: range expected at most 3 arguments, got 4',
    );
    expect(outcome(() => construct(rangeType, [newFloat(1.5)]))).toBe(
      "TypeError: 'float' object cannot be interpreted as an integer",
    );
    expect(outcome(() => construct(rangeType, [int(1), int(2), int(0)]))).toBe('ValueError: range() arg 3 must not be zero');
    const it = getIter(r(3));
    expect(it.type.name).toBe('range_iterator');
    expect(repr(iterNext(it)!)).toBe('0');
    expect(outcome(() => call(it, '__length_hint__'))).toBe('2');
  });
});

describe('slice', () => {
  it('prints, computes indices and refuses hashing', () => {
    const sl = construct(sliceType, [int(1), int(7), int(3)]) as PySlice;
    expect(repr(sl)).toBe('slice(1, 7, 3)');
    expect(repr(construct(sliceType, [int(3)]))).toBe('slice(None, 3, None)');
    expect(outcome(() => call(sl, 'indices', int(5)))).toBe('(1, 5, 3)');
    expect(sliceIndices(newSlice(None, None, int(-1)), 5)).toEqual([4, -1, -1, 5]);
    expect(outcome(() => call(newSlice(int(1), int(2), int(0)), 'indices', int(10)))).toBe(
      'ValueError: slice step cannot be zero',
    );
    expect(outcome(() => call(newSlice(s('a'), int(2), None), 'indices', int(10)))).toBe(
      'TypeError: slice indices must be integers or None or have an __index__ method',
    );
    expect(outcome(() => int(Number(hashExact(sl))))).toBe("TypeError: unhashable type: 'slice'");
    expect(repr(richCompare(newSlice(int(1), int(2), None), newSlice(int(1), int(3), None), CmpOp.Lt))).toBe('True');
    expect(outcome(() => construct(sliceType))).toBe('TypeError: slice expected at least 1 argument, got 0');
  });

  it('holds its bounds and releases them', () => {
    const bound = listFrom(r(2));
    const before = bound.rc;
    const sl = newSlice(bound, None, None);
    expect(bound.rc).toBe(before + 1);
    decref(sl);
    expect(bound.rc).toBe(before);
  });
});
