import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/lists.json';
import {
  DEFAULT_LENGTH_HINT,
  type ListAllocation,
  listAppend,
  listAppendedAllocation,
  listClear,
  listDelExtendedSlice,
  listDelItem,
  listDisplayAllocation,
  listExtendIterable,
  listExtendSequence,
  listFromIterable,
  listInplaceRepeat,
  listInsert,
  listPop,
  listResize,
  listSetSlice,
  listSizeof,
  newListAllocation,
  splitAllocation,
} from '../../../src/python/collections/list-growth';

interface Op {
  op: string;
  n?: number;
  k?: number;
  i?: number;
  lo?: number;
  hi?: number;
  skip?: number;
  step?: number;
  count?: number;
  len: number;
  size: number;
}

function start(op: Op): ListAllocation {
  const n = op.n!;
  switch (op.op) {
    case 'empty':
    case 'list0':
      return newListAllocation(0);
    case 'repeat':
    case 'slice':
    case 'concat':
    case 'copy':
      return newListAllocation(n);
    case 'range':
      return listFromIterable(false, n, n);
    case 'gen':
      return listFromIterable(false, DEFAULT_LENGTH_HINT, n);
    case 'fromlist':
      return listFromIterable(true, n, n);
    case 'comp':
      return listAppendedAllocation(n);
  }
  throw new Error(op.op);
}

function replay(ops: Op[], pi: number) {
  const a = start(ops[0]);
  let len = ops[0].len;
  expect(listSizeof(a), `program ${pi} start ${ops[0].op}`).toBe(ops[0].size);
  ops.slice(1).forEach((op, oi) => {
    const where = `program ${pi} op ${oi + 1} ${JSON.stringify(op)}`;
    switch (op.op) {
      case 'append':
        listAppend(a, len);
        break;
      case 'appends':
        for (let j = 0; j < op.k!; j++) listAppend(a, len + j);
        break;
      case 'insert':
        listInsert(a, len);
        break;
      case 'pop':
        listPop(a, len);
        break;
      case 'pops':
        for (let j = 0; j < op.k!; j++) listPop(a, len - j);
        break;
      case 'popi':
        listPop(a, len, op.i);
        break;
      case 'delitem':
        listDelItem(a, len, op.i!);
        break;
      case 'remove':
        listDelItem(a, len, 0);
        break;
      case 'clear':
        listClear(a);
        break;
      case 'extend_list':
      case 'extend_tuple':
      case 'iadd':
        listExtendSequence(a, len, op.k!);
        break;
      case 'extend_self':
        listExtendSequence(a, len, len);
        break;
      case 'extend_range':
        listExtendIterable(a, len, op.k!, op.k!);
        break;
      case 'extend_gen':
      case 'extend_map':
        listExtendIterable(a, len, DEFAULT_LENGTH_HINT, op.k!);
        break;
      case 'extend_iter':
        listExtendIterable(a, len, op.k! - op.skip!, op.k! - op.skip!);
        break;
      case 'imul':
        listInplaceRepeat(a, len, op.k!);
        break;
      case 'setslice':
        listSetSlice(a, len, op.lo!, op.hi!, op.k!);
        break;
      case 'delslice':
        listSetSlice(a, len, op.lo!, op.hi!, 0);
        break;
      case 'delext':
        listDelExtendedSlice(a, len, op.count!);
        break;
      case 'setext':
      case 'sort':
        break;
      default:
        throw new Error(op.op);
    }
    len = op.len;
    expect(listSizeof(a), where).toBe(op.size);
  });
}

describe('list allocation replays python3 programs', () => {
  it(`matches sys.getsizeof after every operation (${fixtures.programs.length} programs)`, () => {
    fixtures.programs.forEach((p, i) => replay(p as Op[], i));
  });
});

describe('list construction paths', () => {
  const c = fixtures.constructions;
  it('list(range(n)), list(list), list(tuple), list(str), list(dict), sorted(set): exact, rounded to even', () => {
    for (const key of ['range', 'fromlist', 'fromtuple', 'fromstr', 'fromdict', 'sorted_set'] as const)
      c[key].forEach((size, n) => expect(listSizeof(listFromIterable(key !== 'range' && key !== 'fromstr' && key !== 'fromdict' && key !== 'sorted_set', n, n)), `${key} ${n}`).toBe(size));
  });
  it('list(generator): reserves the default hint of 8, trims only below half', () => {
    c.gen.forEach((size, n) => expect(listSizeof(listFromIterable(false, DEFAULT_LENGTH_HINT, n)), `gen ${n}`).toBe(size));
  });
  it('comprehensions grow by appends', () => {
    c.comp.forEach((size, n) => expect(listSizeof(listAppendedAllocation(n)), `comp ${n}`).toBe(size));
  });
  it('[x] * n is exact', () => {
    c.repeat.forEach((size, n) => expect(listSizeof(newListAllocation(n))).toBe(size));
  });
  it('str.split() preallocates 12', () => {
    c.split.forEach((size, n) => expect(listSizeof(splitAllocation(n)), `split ${n}`).toBe(size));
    c.rsplit.forEach((size, n) => expect(listSizeof(splitAllocation(n)), `rsplit ${n}`).toBe(size));
  });
  it('displays: BUILD_LIST n, constant tuples extended, or appends past 30 items', () => {
    for (const d of fixtures.displays)
      expect(listSizeof(listDisplayAllocation(d.n, d.const)), JSON.stringify(d)).toBe(d.size);
  });
});

describe('listResize', () => {
  it('follows the documented growth pattern 0, 4, 8, 16, 24, 32, 40, 52, 64, 76', () => {
    const seen = [0];
    let alloc = 0;
    for (let n = 0; n < 70; n++) {
      if (alloc <= n) alloc = listResize(alloc, n, n + 1);
      if (seen[seen.length - 1] !== alloc) seen.push(alloc);
    }
    expect(seen).toEqual([0, 4, 8, 16, 24, 32, 40, 52, 64, 76]);
  });
  it('frees at zero and shrinks only below half', () => {
    expect(listResize(8, 1, 0)).toBe(0);
    expect(listResize(8, 5, 4)).toBe(8);
    expect(listResize(8, 4, 3)).toBe(8); // re-padded: (3 + 0 + 6) & ~3
    expect(listResize(16, 8, 7)).toBe(12);
  });
  it('a list emptied by pop keeps its buffer, so extend grows instead of preallocating', () => {
    const a = newListAllocation(1);
    listPop(a, 1);
    expect(a).toEqual({ allocated: 1, hasBuffer: true }); // 0 >= 1 >> 1: no realloc at all
    listExtendSequence(a, 0, 3);
    expect(a.allocated).toBe(8); // python3: l=[1]; l.pop(); l.extend([1,2,3]) -> getsizeof 120
    const z = newListAllocation(4);
    for (let n = 4; n > 0; n--) listPop(z, n);
    expect(z).toEqual({ allocated: 0, hasBuffer: true }); // shrunk to zero by realloc, pointer kept
    listExtendSequence(z, 0, 3);
    expect(z.allocated).toBe(8);
    const b = newListAllocation(1);
    listDelItem(b, 1, 0);
    listExtendSequence(b, 0, 3);
    expect(b.allocated).toBe(4); // del l[0] clears: l.extend([1,2,3]) -> 88
  });
});
