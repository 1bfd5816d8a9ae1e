import { describe, expect, it } from 'vitest';
import fixtures from './collections/fixtures/sizes.json';
import {
  BUILTIN_SUBCLASS_EXTRA,
  FIXED_SIZEOF,
  OBJECT_BLOCK_SIZE,
  bytesSizeof,
  dictKeysBlockSize,
  dictSizeof,
  exceptionSizeof,
  generatorSizeof,
  intSizeof,
  listItemsBlockSize,
  listSizeof,
  setSizeof,
  setTableBlockSize,
  sizeClass,
  slotsInstanceSizeof,
  strLayout,
  strSizeof,
  strSubclassSizeof,
  tupleSizeof,
} from '../../src/python/sizes';
import { listAppendedAllocation } from '../../src/python/collections/list-growth';
import { dictDisplaySizing } from '../../src/python/collections/dict-sizing';
import { SetTable } from '../../src/python/collections/set-table';

describe('sys.getsizeof formulas match python3.11', () => {
  it('int: 24 + 4 per 30-bit digit, 0 counts one digit', () => {
    for (const [v, size] of fixtures.ints as [string, number][]) {
      expect(intSizeof(BigInt(v)), v).toBe(size);
      const n = Number(v);
      if (Number.isSafeInteger(n)) expect(intSizeof(n), v).toBe(size);
    }
    expect(intSizeof(0)).toBe(28);
  });
  it('str: compact ASCII / Latin-1 / UCS-2 / UCS-4 layouts', () => {
    for (const [s, size] of fixtures.strs as [string, number][]) expect(strSizeof(s), JSON.stringify(s)).toBe(size);
    expect(strLayout('a😀')).toEqual({ length: 2, kind: 4, ascii: false });
  });
  it('tuple and bytes', () => {
    fixtures.tuples.forEach((size, n) => expect(tupleSizeof(n)).toBe(size));
    fixtures.bytes.forEach((size, n) => expect(bytesSizeof(n)).toBe(size));
  });
  it('fixed-size objects', () => {
    expect(FIXED_SIZEOF).toEqual(fixtures.fixed);
  });
  it('generators embed their frame', () => {
    for (const [nlp, stack, size] of fixtures.generators) expect(generatorSizeof(nlp, stack)).toBe(size);
  });
  it('__slots__ instances', () => {
    for (const [n, weakref, dict, size] of fixtures.slots as [number, boolean, boolean, number][])
      expect(slotsInstanceSizeof(n, { weakref, dict }), JSON.stringify([n, weakref, dict])).toBe(size);
  });
  it('exceptions, builtin and user subclasses', () => {
    for (const [name, [size, subSize]] of Object.entries(fixtures.exceptions)) {
      expect(exceptionSizeof(name), name).toBe(size);
      expect(exceptionSizeof(name, true), name).toBe(subSize);
    }
  });
  it('user subclasses of builtins', () => {
    for (const [base, [sub, plain]] of Object.entries(fixtures.subclasses))
      expect(plain + BUILTIN_SUBCLASS_EXTRA[base], base).toBe(sub);
    for (const [s, size] of fixtures.strsubs as [string, number][]) expect(strSubclassSizeof(s)).toBe(size);
  });
  it('containers defer to their sizing state', () => {
    expect(listSizeof(listAppendedAllocation(5))).toBe(120);
    expect(dictSizeof(dictDisplaySizing([true]))).toBe(184);
    const s = new SetTable<number>((a, b) => a === b);
    expect(setSizeof(s)).toBe(216);
    for (let i = 0; i < 5; i++) s.add(i, i);
    expect(setSizeof(s)).toBe(728);
  });
});

describe('allocation blocks', () => {
  it('round requests up to 16-byte size classes', () => {
    expect([1, 16, 17, 24, 28, 49, 56, 216].map(sizeClass)).toEqual([16, 16, 32, 32, 32, 64, 64, 224]);
  });
  it('split getsizeof into the object block and its separate buffer', () => {
    const l = listAppendedAllocation(5);
    expect(OBJECT_BLOCK_SIZE.list + listItemsBlockSize(l)).toBe(listSizeof(l));
    const d = dictDisplaySizing([false, false]);
    expect(OBJECT_BLOCK_SIZE.dict + dictKeysBlockSize(d)).toBe(dictSizeof(d));
    const s = new SetTable<number>((a, b) => a === b);
    for (let i = 0; i < 50; i++) s.add(i, i);
    expect(OBJECT_BLOCK_SIZE.set + setTableBlockSize(s)).toBe(setSizeof(s));
    expect(OBJECT_BLOCK_SIZE.class + 768).toBe(FIXED_SIZEOF.class);
  });
});
