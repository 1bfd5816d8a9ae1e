import { describe, expect, it } from 'vitest';
import { delItem, getItem, setItem } from '../../../src/python/abstract';
import { born, decref, incref } from '../../../src/python/memory';
import { BinOp, binaryOp, CmpOp, nativeCompare, repr, richCompare } from '../../../src/python/ops';
import { listSizeof } from '../../../src/python/collections/list-growth';
import { listAppend, listExtend } from '../../../src/python/types/list-methods';
import { listType, newList, PyList } from '../../../src/python/types/list';
import { rangeType } from '../../../src/python/types/range';
import { None } from '../../../src/python/types/none';
import { newSlice } from '../../../src/python/types/slice';
import { newTuple, PyTuple } from '../../../src/python/types/tuple';
import { makeBuiltin, newBuiltinType, objectType } from '../../../src/python/types/type';
import { PyObject } from '../../../src/python/object';
import { newBool } from '../../../src/python/types/int';
import { call, callKw, construct, int, ints, outcome, probe, probes, s, takeFreed, tupleOf } from './container-helpers';

const sl = (a: number | null, b: number | null, c: number | null = null) =>
  newSlice(a === null ? None : int(a), b === null ? None : int(b), c === null ? None : int(c));

describe('list repr and comparison', () => {
  it('prints like CPython, with [...] for a list inside itself', () => {
    const l = ints(1, 2);
    listAppend(l, l);
    expect(repr(l)).toBe('[1, 2, [...]]');
    expect(repr(newList([]))).toBe('[]');
    expect(repr(newList([s('a'), tupleOf(1)]))).toBe("['a', (1,)]");
  });

  it('compares item by item, then by length', () => {
    const cmp = (a: PyList, b: PyList, op: CmpOp) => repr(richCompare(a, b, op));
    expect(cmp(ints(1, 2), ints(1, 2), CmpOp.Eq)).toBe('True');
    expect(cmp(ints(1, 2), ints(1, 3), CmpOp.Lt)).toBe('True');
    expect(cmp(ints(1, 2), ints(1, 2, 0), CmpOp.Lt)).toBe('True');
    expect(cmp(ints(2), ints(1, 5), CmpOp.Gt)).toBe('True');
    expect(outcome(() => richCompare(ints(1), tupleOf(1), CmpOp.Lt))).toBe(
      "TypeError: '<' not supported between instances of 'list' and 'tuple'",
    );
  });
});

describe('list methods', () => {
  it('append, insert, pop, remove, index, count with CPython messages', () => {
    const l = ints(3, 1, 2);
    expect(outcome(() => call(l, 'append'))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    expect(outcome(() => call(l, 'insert', int(-100), s('x')))).toBe('None');
    expect(repr(l)).toBe("['x', 3, 1, 2]");
    expect(outcome(() => call(l, 'pop', int(10)))).toBe('IndexError: pop index out of range');
    expect(outcome(() => call(l, 'pop'))).toBe('2');
    expect(outcome(() => call(l, 'remove', int(7)))).toBe('ValueError: list.remove(x): x not in list');
    expect(outcome(() => call(l, 'index', int(7)))).toBe('ValueError: 7 is not in list');
    expect(outcome(() => call(l, 'index', s('x'), s('a')))).toBe(
      'TypeError: slice indices must be integers or have an __index__ method',
    );
    expect(outcome(() => call(l, 'index', int(1), int(-1)))).toBe('2');
    expect(outcome(() => call(l, 'count', int(3)))).toBe('1');
    expect(outcome(() => call(newList([]), 'pop'))).toBe('IndexError: pop from empty list');
    expect(outcome(() => call(l, 'pop', s('a')))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(outcome(() => call(l, 'pop', int(1), int(2)))).toBe('TypeError: pop expected at most 1 argument, got 2');
    expect(outcome(() => callKw(l, 'append', [], { x: int(1) }))).toBe('TypeError: list.append() takes no keyword arguments');
  });

  it('pop hands over the list reference without an extra one', () => {
    const p = probe('x');
    const l = newList([p]);
    expect(p.rc).toBe(1);
    const r = call(l, 'pop');
    expect(r).toBe(p);
    expect(p.rc).toBe(1);
    decref(r);
    expect(takeFreed()).toEqual(['x']);
  });

  it('reverse, copy and clear', () => {
    const l = ints(1, 2, 3);
    decref(call(l, 'reverse'));
    expect(repr(l)).toBe('[3, 2, 1]');
    const c = call(l, 'copy') as PyList;
    expect(c).not.toBe(l);
    expect(repr(c)).toBe('[3, 2, 1]');
    decref(call(l, 'clear'));
    expect(repr(l)).toBe('[]');
  });
});

describe('release order', () => {
  it('clear() and dealloc release last to first', () => {
    const l = probes(3);
    decref(call(l, 'clear'));
    expect(takeFreed()).toEqual(['p2', 'p1', 'p0']);
    decref(probes(2, 'q'));
    expect(takeFreed()).toEqual(['q1', 'q0']);
  });

  it('a plain slice deletion releases last to first, an extended one in index order', () => {
    const a = probes(6);
    delItem(a, sl(1, 4));
    expect(takeFreed()).toEqual(['p3', 'p2', 'p1']);
    const b = probes(6);
    delItem(b, sl(null, null, 2));
    expect(takeFreed()).toEqual(['p0', 'p2', 'p4']);
    const c = probes(6);
    delItem(c, sl(null, null, -2));
    expect(takeFreed()).toEqual(['p1', 'p3', 'p5']);
    expect(repr(c)).toBe('[p0, p2, p4]');
  });

  it('extended slice assignment releases in slice order; item assignment after storing', () => {
    const a = probes(6);
    setItem(a, sl(null, null, -2), ints(1, 2, 3));
    expect(takeFreed()).toEqual(['p5', 'p3', 'p1']);
    expect(repr(a)).toBe('[p0, 3, p2, 2, p4, 1]');
    const b = probes(2);
    setItem(b, int(0), int(9));
    expect(takeFreed()).toEqual(['p0']);
  });
});

describe('subscripts', () => {
  it('index, wrap around, and raise like CPython', () => {
    const l = ints(10, 20, 30);
    expect(repr(getItem(l, int(-1)))).toBe('30');
    expect(outcome(() => getItem(l, int(3)))).toBe('IndexError: list index out of range');
    expect(outcome(() => getItem(l, s('a')))).toBe('TypeError: list indices must be integers or slices, not str');
    expect(outcome(() => setItem(l, int(5), int(0)))).toBe('IndexError: list assignment index out of range');
    expect(outcome(() => getItem(l, sl(null, null, 0)))).toBe('ValueError: slice step cannot be zero');
    expect(repr(getItem(l, sl(null, null, -1)))).toBe('[30, 20, 10]');
    expect(repr(getItem(l, sl(-100, 2)))).toBe('[10, 20]');
  });

  it('assigns slices of any length, extended ones only of the same length', () => {
    const l = ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    setItem(l, sl(2, 5), newList([s('x')]));
    expect(repr(l)).toBe("[0, 1, 'x', 5, 6, 7, 8, 9]");
    setItem(l, sl(null, null, 3), ints(0, 0, 0));
    expect(repr(l)).toBe("[0, 1, 'x', 0, 6, 7, 0, 9]");
    expect(outcome(() => setItem(l, sl(null, null, 3), ints(1, 2)))).toBe(
      'ValueError: attempt to assign sequence of size 2 to extended slice of size 3',
    );
    expect(outcome(() => setItem(l, sl(0, 1), int(5)))).toBe('TypeError: can only assign an iterable');
    setItem(l, sl(null, null, -1), l);
    expect(repr(l)).toBe("[9, 0, 7, 6, 0, 'x', 1, 0]");
  });
});

describe('operators', () => {
  it('+ needs a list, += takes any iterable and keeps identity', () => {
    expect(outcome(() => binaryOp(ints(1), tupleOf(1), BinOp.Add))).toBe(
      'TypeError: can only concatenate list (not "tuple") to list',
    );
    const l = ints(1);
    const r = binaryOp(l, newTuple([s('a')]), BinOp.Add, true);
    expect(r).toBe(l);
    expect(repr(l)).toBe("[1, 'a']");
  });

  it('* repeats references; n <= 0 gives an empty list; non-ints are refused', () => {
    const inner = newList([]);
    const outer = newList([inner]);
    const rep = binaryOp(outer, int(3), BinOp.Mul) as PyList;
    expect(rep.items.every((x) => x === inner)).toBe(true);
    expect(inner.rc).toBe(4);
    expect(repr(binaryOp(int(2), ints(1), BinOp.Mul))).toBe('[1, 1]');
    expect(repr(binaryOp(ints(1), int(-1), BinOp.Mul))).toBe('[]');
    expect(outcome(() => binaryOp(ints(1), s('a'), BinOp.Mul))).toBe(
      "TypeError: can't multiply sequence by non-int of type 'str'",
    );
    const l = ints(1, 2);
    expect(binaryOp(l, int(2), BinOp.Mul, true)).toBe(l);
    expect(repr(l)).toBe('[1, 2, 1, 2]');
  });
});

describe('allocation (sys.getsizeof)', () => {
  it('grows by appends as CPython 3.11 does', () => {
    const l = newList([]);
    const sizes: number[] = [];
    for (let i = 0; i < 20; i++) {
      listAppend(l, int(i));
      const size = listSizeof(l.allocated);
      if (sizes[sizes.length - 1] !== size) sizes.push(size);
    }
    expect(sizes).toEqual([88, 120, 184, 248]);
  });

  it('list(x) of a sequence is exact (rounded to even); of an iterator uses the length hint', () => {
    expect((construct(listType, [tupleOf(1, 2, 3)]) as PyList).allocated).toBe(4);
    expect((construct(listType, [construct(listType, [tupleOf(1, 2, 3)])]) as PyList).allocated).toBe(4);
    const fromIter = construct(listType, [call(tupleOf(1, 2, 3), '__iter__')]) as PyList;
    expect(fromIter.allocated).toBe(4);
    const l = newList([]);
    listExtend(l, ints(1, 2, 3, 4, 5));
    expect(l.allocated).toBe(6);
  });
});

describe('sort', () => {
  it('is stable, takes key= and reverse=, and reports mixed types as CPython does', () => {
    const pairs = newList([newTuple([int(1), s('b')]), newTuple([int(0), s('a')]), newTuple([int(1), s('a')])]);
    decref(callKw(pairs, 'sort', [], { reverse: int(1) }));
    expect(repr(pairs)).toBe("[(1, 'b'), (1, 'a'), (0, 'a')]");
    const mixed = newList([int(3), s('a'), int(1)]);
    expect(outcome(() => call(mixed, 'sort'))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(outcome(() => call(ints(1), 'sort', int(1)))).toBe('TypeError: sort() takes no positional arguments');
    expect(outcome(() => callKw(ints(1), 'sort', [], { x: int(1) }))).toBe(
      "TypeError: 'x' is an invalid keyword argument for sort()",
    );
  });

  it('sorts long inputs (runs, galloping merges) into the same order as a stable JS sort', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 1000;
    for (const n of [63, 64, 65, 200, 1000, 5000]) {
      const values = Array.from({ length: n }, rand);
      // Long ascending and descending stretches exercise count_run and galloping.
      for (let i = 0; i < n / 3; i++) values[i] = i;
      const l = ints(...values);
      decref(call(l, 'sort'));
      expect(l.items.map((x) => (x as unknown as { v: number }).v)).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it('key= is called once per item; reverse=True keeps equal keys in their original order', () => {
    let calls = 0;
    const first = makeBuiltin('first', (args) => {
      calls++;
      return incref((args[0] as PyTuple).items[0]);
    });
    const l = newList([newTuple([int(1), s('a')]), newTuple([int(2), s('b')]), newTuple([int(1), s('c')])]);
    decref(callKw(l, 'sort', [], { key: first, reverse: int(1) }));
    expect(calls).toBe(3);
    expect(repr(l)).toBe("[(2, 'b'), (1, 'a'), (1, 'c')]");
  });

  it('raises "list modified during sort" and drops what was added meanwhile', () => {
    let target: PyList | null = null;
    const seen: number[] = [];
    const key = makeBuiltin('key', (args) => {
      seen.push(target!.items.length);
      listAppend(target!, int(99));
      return incref(args[0]);
    });
    target = ints(2, 1);
    expect(outcome(() => callKw(target!, 'sort', [], { key }))).toBe('ValueError: list modified during sort');
    expect(repr(target)).toBe('[1, 2]');
    expect(seen).toEqual([0, 1]);
  });
});

describe('constructors and __init__', () => {
  it('list(x) preallocates from the length hint; list.__init__ refills', () => {
    const l = construct(listType, [construct(rangeType, [int(5)])]) as PyList;
    expect(l.allocated).toBe(6);
    decref(call(l, '__init__', tupleOf(7, 8)));
    expect(repr(l)).toBe('[7, 8]');
    expect(outcome(() => construct(listType, [int(1), int(2)]))).toBe('TypeError: list expected at most 1 argument, got 2');
    expect(outcome(() => construct(listType, [], new Map([['x', int(1)]])))).toBe('TypeError: list() takes no keyword arguments');
  });
});

describe('sort makes the comparisons CPython makes', () => {
  // A value type that counts `<`, standing in for a Python class whose __lt__ counts.
  let count = 0;
  const numType = newBuiltinType('Num', objectType, { basicSize: 16 });
  class Num extends PyObject {
    constructor(public v: number) {
      super(numType);
    }
  }
  nativeCompare.set(numType, (a, b, op) => {
    count++;
    return newBool(op === CmpOp.Lt && (a as Num).v < (b as Num).v);
  });
  const identity = makeBuiltin('identity', (args) => incref(args[0]));

  it('counts match python3 for runs, galloping merges and reverse=True with a key', () => {
    let seed = 12345n;
    const rnd = () => Number((seed = (seed * 1103515245n + 12345n) % 2147483648n));
    const counts: number[][] = [];
    for (const [size, mod] of [[10, 5], [63, 10], [64, 1000], [65, 3], [200, 50], [1000, 1000], [2000, 7], [5000, 100000]]) {
      const vals = Array.from({ length: size }, () => rnd() % mod);
      const q = Math.floor(size / 4);
      const h = Math.floor(size / 2);
      const tq = Math.floor((size * 3) / 4);
      vals.splice(q, h - q, ...vals.slice(q, h).sort((a, b) => a - b));
      vals.splice(h, tq - h, ...vals.slice(h, tq).sort((a, b) => b - a));
      const make = () => newList(vals.map((v) => born(new Num(v))));
      count = 0;
      decref(call(make(), 'sort'));
      const forward = count;
      count = 0;
      decref(callKw(make(), 'sort', [], { key: identity, reverse: int(1) }));
      counts.push([size, forward, count]);
    }
    expect(counts).toEqual([
      [10, 22, 22], [63, 295, 295], [64, 307, 272], [65, 273, 283],
      [200, 1119, 1103], [1000, 6903, 6831], [2000, 7823, 7754], [5000, 35415, 35399],
    ]);
  });
});
