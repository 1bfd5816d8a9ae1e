/**
 * range and its iterators. A range holds strong references to four ints
 * (start, stop, step and its length, as rangeobject does), so `r.start is
 * r.start`. Arithmetic is exact for any size: ints are compared and combined
 * as bigints, with a number fast path for iteration and indexing.
 *
 * Iterating produces a new int per step (small ints shared), and a
 * range_iterator does not keep the range alive: it copies start, step and
 * length, like CPython's.
 */
import { asIndex, forEach, nativeContains, nativeGetItem, nativeIter, nativeLen } from '../abstract';
import { exactArgs } from '../args';
import { throwError } from '../errors';
import { hashTuple, type PyHash } from '../hash';
import { born, decref, incref } from '../memory';
import { PyObject, type Visit } from '../object';
import { CmpOp, eq, hashOf, nativeCompare, nativeHash, nativeRepr, repr } from '../ops';
import { nativeNew } from './constructors';
import { IndexError, OverflowError, TypeError, ValueError } from './exception';
import { boolType, False, intType, newBool, newInt, newIntBig, PyInt, PyLong, True } from './int';
import { defineIterator } from './iterators';
import { None, NotImplemented } from './none';
import { PySlice } from './slice';
import { exactHash, hashExact } from './tuple-methods';
import { defGetter, defMethod, newBuiltinType, objectType, type KwArgs } from './type';

/** `range`. */
export const rangeType = newBuiltinType('range', objectType, {
  basicSize: 48,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const r = o as PyRange;
      visit(r.start, 'start');
      visit(r.stop, 'stop');
      visit(r.step, 'step');
    },
    clear(o: PyObject) {
      const r = o as PyRange;
      decref(r.start);
      decref(r.stop);
      decref(r.step);
      decref(r.length);
    },
  },
});

/** A range object; start/stop/step/length are strong references to ints. */
export class PyRange extends PyObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
    public length: PyObject,
  ) {
    super(rangeType);
  }
}

function big(o: PyObject): bigint {
  return typeof (o as PyInt | PyLong).v === 'bigint' ? ((o as PyLong).v as bigint) : BigInt((o as PyInt).v);
}

/** compute_range_length. */
function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  let lo = start;
  let hi = stop;
  if (step < 0n) {
    lo = stop;
    hi = start;
    step = -step;
  }
  if (lo >= hi) return 0n;
  return (hi - lo - 1n) / step + 1n;
}

/** A new range from owned int references (the length is computed). */
function makeRange(start: PyObject, stop: PyObject, step: PyObject): PyRange {
  const length = newIntBig(rangeLength(big(start), big(stop), big(step)));
  return born(new PyRange(start, stop, step, length));
}

/** PyNumber_Index as an owned exact int (bools become plain ints). */
function numberIndex(o: PyObject): PyObject {
  if (o instanceof PyInt || o instanceof PyLong) {
    if (o.type === intType) return incref(o);
    if (o.type === boolType) return newInt((o as PyInt).v);
  }
  if (!o.type.native && o.type.lookup('__index__') !== null) {
    const v = asIndex(o);
    return newInt(v);
  }
  throwError(TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** `range(stop)`, `range(start, stop[, step])` with borrowed arguments. */
export function newRange(args: PyObject[]): PyRange {
  if (args.length === 0) throwError(TypeError, 'range expected at least 1 argument, got 0');
  if (args.length > 3) throwError(TypeError, `range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return makeRange(newInt(0), numberIndex(args[0]), newInt(1));
  const start = numberIndex(args[0]);
  let stop: PyObject;
  let step: PyObject;
  try {
    stop = numberIndex(args[1]);
  } catch (e) {
    decref(start);
    throw e;
  }
  try {
    step = args.length === 3 ? numberIndex(args[2]) : newInt(1);
    if (big(step) === 0n) {
      decref(step);
      throwError(ValueError, 'range() arg 3 must not be zero');
    }
  } catch (e) {
    decref(start);
    decref(stop);
    throw e;
  }
  return makeRange(start, stop, step);
}

nativeNew.set(rangeType, (_t, args, kw: KwArgs) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'range() takes no keyword arguments');
  return newRange(args);
});

// ---------------------------------------------------------------- item arithmetic

/** start + i * step as a new int. */
function itemAt(r: PyRange, i: bigint): PyObject {
  return newIntBig(big(r.start) + i * big(r.step));
}

/** compute_range_item: r[i] for an exact int i, with wrap-around. */
function rangeItem(r: PyRange, i: bigint): PyObject {
  const n = big(r.length);
  if (i < 0n) i += n;
  if (i < 0n || i >= n) throwError(IndexError, 'range object index out of range');
  return itemAt(r, i);
}

/** _PySlice_GetLongIndices: a slice's bounds over `length` items, unclamped by machine sizes. */
function longSliceIndices(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const bound = (o: PyObject): bigint => {
    if (o instanceof PyInt || o instanceof PyLong) return big(o);
    if (!o.type.native && o.type.lookup('__index__') !== null) return BigInt(asIndex(o));
    throwError(TypeError, 'slice indices must be integers or None or have an __index__ method');
  };
  const step = s.step === None ? 1n : bound(s.step);
  if (step === 0n) throwError(ValueError, 'slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clampTo = (v: bigint): bigint => {
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = s.start === None ? (neg ? upper : lower) : clampTo(bound(s.start));
  const stop = s.stop === None ? (neg ? lower : upper) : clampTo(bound(s.stop));
  return [start, stop, step];
}

function rangeGetItem(o: PyObject, k: PyObject): PyObject {
  const r = o as PyRange;
  if (k instanceof PySlice) {
    const [start, stop, step] = longSliceIndices(k, big(r.length));
    return makeRange(itemAt(r, start), itemAt(r, stop), newIntBig(step * big(r.step)));
  }
  if (k instanceof PyInt || k instanceof PyLong) return rangeItem(r, big(k));
  if (!k.type.native && k.type.lookup('__index__') !== null) return rangeItem(r, BigInt(asIndex(k)));
  throwError(TypeError, `range indices must be integers or slices, not ${k.type.name}`);
}

/** range_contains_long: membership of an int by arithmetic. */
function containsInt(r: PyRange, x: bigint): boolean {
  const start = big(r.start);
  const stop = big(r.stop);
  const step = big(r.step);
  if (step > 0n ? !(start <= x && x < stop) : !(x <= start && stop < x)) return false;
  return (x - start) % step === 0n;
}

function isExactInt(o: PyObject): o is PyInt | PyLong {
  return (o instanceof PyInt || o instanceof PyLong) && (o.type === intType || o.type === boolType);
}

function rangeContains(o: PyObject, x: PyObject): boolean {
  const r = o as PyRange;
  if (isExactInt(x)) return containsInt(r, big(x));
  let found = false;
  forEach(r, (item) => {
    if (eq(item, x)) {
      found = true;
      return true;
    }
    return false;
  });
  return found;
}

// ---------------------------------------------------------------- repr, ==, hash, len

nativeRepr.set(rangeType, (o) => {
  const r = o as PyRange;
  if (big(r.step) === 1n) return `range(${repr(r.start)}, ${repr(r.stop)})`;
  return `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(r.step)})`;
});

/** range_equals: same length, and (when non-empty) same start, and (when longer than 1) same step. */
function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const n = big(a.length);
  if (n !== big(b.length)) return false;
  if (n === 0n) return true;
  if (big(a.start) !== big(b.start)) return false;
  if (n === 1n) return true;
  return big(a.step) === big(b.step);
}

nativeCompare.set(rangeType, (a, b, op) => {
  if (!(a instanceof PyRange) || !(b instanceof PyRange) || (op !== CmpOp.Eq && op !== CmpOp.Ne)) return NotImplemented;
  return incref(rangeEquals(a, b) === (op === CmpOp.Eq) ? True : False);
});

/** range_hash: hash((len, start, step)) with None for what equality ignores. */
function rangeHash(o: PyObject): PyHash {
  const r = o as PyRange;
  const n = big(r.length);
  const parts: PyHash[] = [hashExact(r.length)];
  if (n === 0n) parts.push(hashOf(None), hashOf(None));
  else {
    parts.push(hashExact(r.start));
    parts.push(n === 1n ? hashOf(None) : hashExact(r.step));
  }
  return hashTuple(parts);
}
exactHash.set(rangeType, rangeHash);
nativeHash.set(rangeType, (o) => Number(rangeHash(o)));

function rangeLen(o: PyObject): number {
  const n = big((o as PyRange).length);
  if (n > 9223372036854775807n) throwError(OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(n);
}

nativeLen.set(rangeType, rangeLen);
nativeGetItem.set(rangeType, rangeGetItem);
nativeContains.set(rangeType, rangeContains);

// ---------------------------------------------------------------- iterators

/** range_iterator (numbers) and longrange_iterator (bigints): start, step and the count left. */
export class PyRangeIter extends PyObject {
  constructor(
    type: typeof rangeIterType,
    public start: number | bigint,
    public step: number | bigint,
    public remaining: number | bigint,
  ) {
    super(); // the header is written here: see PyObject's constructor
    this.type = type; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0;
  }
}

/** `range_iterator`. */
export const rangeIterType = newBuiltinType('range_iterator', objectType, { basicSize: 48, baseType: false });
/** `longrange_iterator`. */
export const longRangeIterType = newBuiltinType('longrange_iterator', objectType, { basicSize: 48, baseType: false });

defineIterator(
  rangeIterType,
  (o) => {
    const it = o as PyRangeIter;
    if ((it.remaining as number) <= 0) return null;
    const v = it.start as number;
    it.start = v + (it.step as number);
    (it.remaining as number)--;
    return newInt(v);
  },
  (o) => (o as PyRangeIter).remaining as number,
);
defineIterator(
  longRangeIterType,
  (o) => {
    const it = o as PyRangeIter;
    if ((it.remaining as bigint) <= 0n) return null;
    const v = it.start as bigint;
    it.start = v + (it.step as bigint);
    it.remaining = (it.remaining as bigint) - 1n;
    return newIntBig(v);
  },
  (o) => Number((o as PyRangeIter).remaining),
);

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const fits = (v: bigint) => v <= SAFE && v >= -SAFE;

/** An iterator from `start` by `step`, `n` times. */
function rangeIter(start: bigint, step: bigint, n: bigint): PyRangeIter {
  if (fits(start) && fits(step) && fits(n) && fits(start + n * step))
    return born(new PyRangeIter(rangeIterType, Number(start), Number(step), Number(n)));
  return born(new PyRangeIter(longRangeIterType, start, step, n));
}

nativeIter.set(rangeType, (o) => {
  const r = o as PyRange;
  return rangeIter(big(r.start), big(r.step), big(r.length));
});

// ---------------------------------------------------------------- attributes and methods

defGetter(rangeType, 'start', (o) => incref((o as PyRange).start));
defGetter(rangeType, 'stop', (o) => incref((o as PyRange).stop));
defGetter(rangeType, 'step', (o) => incref((o as PyRange).step));

function self_(o: PyObject, name: string): PyRange {
  if (!(o instanceof PyRange)) throwError(TypeError, `descriptor '${name}' for 'range' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

defMethod(rangeType, '__reversed__', (self, args) => {
  exactArgs('range.__reversed__', args, 0);
  const r = self_(self, '__reversed__');
  const n = big(r.length);
  const step = big(r.step);
  return rangeIter(big(r.start) + (n - 1n) * step, -step, n);
});

defMethod(rangeType, 'count', (self, args) => {
  exactArgs('range.count', args, 1);
  const r = self_(self, 'count');
  const x = args[0];
  if (isExactInt(x)) return newInt(containsInt(r, big(x)) ? 1 : 0);
  let n = 0;
  forEach(r, (item) => {
    if (eq(item, x)) n++;
  });
  return newInt(n);
});

defMethod(rangeType, 'index', (self, args) => {
  exactArgs('range.index', args, 1);
  const r = self_(self, 'index');
  const x = args[0];
  if (isExactInt(x)) {
    if (!containsInt(r, big(x))) throwError(ValueError, `${repr(x)} is not in range`);
    return newIntBig((big(x) - big(r.start)) / big(r.step));
  }
  let i = 0;
  let at = -1;
  forEach(r, (item) => {
    if (eq(item, x)) {
      at = i;
      return true;
    }
    i++;
    return false;
  });
  if (at < 0) throwError(ValueError, 'sequence.index(x): x not in sequence');
  return newInt(at);
});

defMethod(rangeType, '__len__', (self) => newInt(rangeLen(self_(self, '__len__'))));
defMethod(rangeType, '__getitem__', (self, args) => {
  exactArgs('range.__getitem__', args, 1);
  return rangeGetItem(self_(self, '__getitem__'), args[0]);
});
defMethod(rangeType, '__contains__', (self, args) => {
  exactArgs('range.__contains__', args, 1);
  return newBool(rangeContains(self_(self, '__contains__'), args[0]));
});
defMethod(rangeType, '__iter__', (self) => nativeIter.get(rangeType)!(self_(self, '__iter__')));
