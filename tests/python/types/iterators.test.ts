import { describe, expect, it } from 'vitest';
import { getIter, iterNext } from '../../../src/python/abstract';
import { decref, incref } from '../../../src/python/memory';
import { PyObject } from '../../../src/python/object';
import { repr } from '../../../src/python/ops';
import { newDict } from '../../../src/python/types/dict';
import { enumerateType, filterType, mapType, zipType } from '../../../src/python/types/iterator-builtins';
import { lengthHint, newCallIter, newSeqIterator, reversedOf, reversedType } from '../../../src/python/types/iterators';
import { newList } from '../../../src/python/types/list';
import { listFrom } from '../../../src/python/types/list-methods';
import { None } from '../../../src/python/types/none';
import { newSetOf } from '../../../src/python/types/set';
import { makeBuiltin } from '../../../src/python/types/type';
import { call, construct, int, ints, outcome, s, tupleOf } from './container-helpers';

const all = (it: PyObject) => repr(listFrom(it));

describe('sequence iterators', () => {
  it('a list_iterator holds its list until exhausted, then lets go', () => {
    const l = ints(1, 2);
    const it = getIter(l);
    expect(it.type.name).toBe('list_iterator');
    expect(l.rc).toBe(2);
    expect(lengthHint(it, 8)).toBe(2);
    decref(iterNext(it)!);
    decref(iterNext(it)!);
    expect(l.rc).toBe(2);
    expect(iterNext(it)).toBe(null);
    expect(l.rc).toBe(1);
    expect(lengthHint(it, 8)).toBe(0);
    expect(outcome(() => call(it, '__next__'))).toBe('StopIteration: ');
  });

  it('sees items appended while iterating', () => {
    const l = ints(1);
    const it = getIter(l);
    decref(iterNext(it)!);
    decref(call(l, 'append', int(2)));
    expect(repr(iterNext(it)!)).toBe('2');
  });

  it('reversed() picks __reversed__ or walks the sequence backwards', () => {
    expect(reversedOf(ints(1, 2)).type.name).toBe('list_reverseiterator');
    expect(reversedOf(tupleOf(1, 2)).type).toBe(reversedType);
    expect(all(reversedOf(tupleOf(1, 2, 3)))).toBe('[3, 2, 1]');
    expect(all(reversedOf(s('abc')))).toBe("['c', 'b', 'a']");
    expect(reversedOf(newDict()).type.name).toBe('dict_reversekeyiterator');
    expect(outcome(() => reversedOf(newSetOf(null)))).toBe("TypeError: 'set' object is not reversible");
    expect(outcome(() => reversedOf(int(1)))).toBe("TypeError: 'int' object is not reversible");
    expect(outcome(() => construct(reversedType))).toBe('TypeError: reversed expected 1 argument, got 0');
  });

  it('the old-style iterator stops at IndexError', () => {
    expect(all(newSeqIterator(ints(4, 5)))).toBe('[4, 5]');
  });

  it('callable_iterator calls until the sentinel', () => {
    let n = 0;
    const f = makeBuiltin('f', () => int(n++));
    expect(all(newCallIter(f, int(3)))).toBe('[0, 1, 2]');
  });
});

describe('enumerate, zip, map, filter', () => {
  it('enumerate counts from start and recycles its result tuple', () => {
    const e = construct(enumerateType, [s('ab'), int(5)]);
    const first = iterNext(e)!;
    expect(repr(first)).toBe("(5, 'a')");
    decref(first);
    const second = iterNext(e)!;
    expect(second).toBe(first);
    expect(repr(second)).toBe("(6, 'b')");
    const kept = incref(second);
    decref(second);
    expect(iterNext(e)).toBe(null);
    expect(repr(kept)).toBe("(6, 'b')");
    expect(outcome(() => construct(enumerateType))).toBe("TypeError: enumerate() missing required argument 'iterable'");
    expect(outcome(() => construct(enumerateType, [ints(), s('a')]))).toBe(
      "TypeError: 'str' object cannot be interpreted as an integer",
    );
  });

  it('zip stops at the shortest, or complains when strict', () => {
    expect(all(construct(zipType, [s('ab'), ints(1, 2, 3)]))).toBe("[('a', 1), ('b', 2)]");
    expect(all(construct(zipType))).toBe('[]');
    const strict = new Map([['strict', int(1)]]);
    expect(outcome(() => listFrom(construct(zipType, [s('abc'), ints(1, 2)], strict)))).toBe(
      'ValueError: zip() argument 2 is shorter than argument 1',
    );
    expect(outcome(() => listFrom(construct(zipType, [s('a'), ints(1, 2)], strict)))).toBe(
      'ValueError: zip() argument 2 is longer than argument 1',
    );
    expect(outcome(() => construct(zipType, [int(1)]))).toBe("TypeError: 'int' object is not iterable");
  });

  it('map calls with one item from each iterable; filter keeps the true ones', () => {
    const add = makeBuiltin('add', (args) => int((args[0] as unknown as { v: number }).v + (args[1] as unknown as { v: number }).v));
    expect(all(construct(mapType, [add, ints(1, 2), ints(10, 20, 30)]))).toBe('[11, 22]');
    expect(outcome(() => construct(mapType, [add]))).toBe('TypeError: map() must have at least two arguments.');
    expect(all(construct(filterType, [None, newList([int(0), int(1), s(''), s('a')])]))).toBe("[1, 'a']");
    expect(outcome(() => construct(filterType, [None]))).toBe('TypeError: filter expected 2 arguments, got 1');
  });
});
