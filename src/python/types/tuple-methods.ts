/**
 * tuple's Python-visible behaviour: repr, comparisons, CPython's tuple hash,
 * + and *, indexing and slicing, `in`, index/count and `tuple(...)`.
 *
 * Identity matters: `t[:]`, `t * 1`, `t + ()`, `tuple(t)` return t itself for
 * exact tuples, and every empty result is the shared empty tuple, as in CPython.
 *
 * Also home of `hashExact`, hash() as the full 64-bit value CPython computes
 * (the ops.ts registry carries JS numbers, which cannot hold every tuple or
 * float hash); set order and tuple hashes are built on it.
 */
import { getIter, iterNext, nativeContains, nativeGetItem, nativeIter, nativeLen, toArray } from '../abstract';
import { exactArgs, rangeArgs } from '../args';
import { throwError } from '../errors';
import { hashTuple, type PyHash } from '../hash';
import { born, decref, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { BinOp, CmpOp, eq, hashOf,
  userHash, nativeBinary, nativeCompare, nativeHash, nativeRepr, repr, reprGuard } from '../ops';
import { nativeNew } from './constructors';
import { TypeError, ValueError } from './exception';
import { PyFloat } from './float';
import { floatHash } from './float-methods';
import { newBool, newInt, newIntBig, PyInt, PyLong } from './int';
import { intHash } from './int-methods';
import { lengthHint, newTupleIter } from './iterators';
import { checkRepeatSize, compareSequences, repeatCount, repeatTypeError } from './list-methods';
import { NotImplemented } from './none';
import { itemIndex, PySlice, searchRange, sliceIndices } from './slice';
import { newStr, PyStr } from './str';
import { strHash } from './str-methods';
import { listType, PyList } from './list';
import { emptyTuple, newTuple, PyTuple, tupleType } from './tuple';
import { defMethod, type KwArgs } from './type';

// ---------------------------------------------------------------- exact hashes

/** Exact (64-bit) hash functions of builtin types whose hash may not fit a JS number. */
export const exactHash = new Map<PyType, (o: PyObject) => PyHash>();

/** hash(o) as CPython computes it, as a PyHash (number when safe, else bigint). */
export function hashExact(o: PyObject): PyHash {
  const t = o.type;
  if (t.native) {
    if (o instanceof PyStr) return strHash(o);
    if (o instanceof PyInt || o instanceof PyLong) return intHash(o);
    if (o instanceof PyFloat) return floatHash(o);
    const f = exactHash.get(t);
    if (f !== undefined) return f(o);
  } else {
    const h = userHash(o);
    if (h !== null) return h;
  }
  return hashOf(o);
}

/** tuplehash over the items' exact hashes. */
export function tupleHash(t: PyTuple): PyHash {
  const items = t.items;
  const hashes: PyHash[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) hashes[i] = hashExact(items[i]);
  return hashTuple(hashes);
}

exactHash.set(tupleType, (o) => tupleHash(o as PyTuple));
nativeHash.set(tupleType, (o) => Number(tupleHash(o as PyTuple)));

// ---------------------------------------------------------------- repr, comparison, operators

function tupleRepr(o: PyObject): string {
  const t = o as PyTuple;
  const n = t.items.length;
  if (n === 0) return '()';
  return reprGuard(
    t,
    () => {
      const parts = t.items.map((x) => repr(x));
      return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
    },
    '(...)',
  );
}

function tupleCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  if (!(a instanceof PyTuple) || !(b instanceof PyTuple)) return NotImplemented;
  return compareSequences(a.items, b.items, op, false);
}

/** A new tuple of borrowed items (each gains a reference). */
function tupleOf(items: PyObject[]): PyTuple {
  for (const x of items) incref(x);
  return newTuple(items);
}

function tupleBinary(a: PyObject, b: PyObject, op: BinOp): PyObject {
  const t = a as PyTuple;
  if (op === BinOp.Add) {
    if (!(b instanceof PyTuple)) return NotImplemented;
    if (b.items.length === 0 && t.type === tupleType) return incref(t);
    if (t.items.length === 0 && b.type === tupleType) return incref(b);
    return tupleOf(t.items.concat(b.items));
  }
  if (op === BinOp.Mul) {
    const n = repeatCount(b);
    if (n === null) return repeatTypeError(b);
    const size = t.items.length;
    if ((size === 0 || n === 1) && t.type === tupleType) return incref(t);
    if (size === 0 || n <= 0) return incref(emptyTuple);
    checkRepeatSize(size, n);
    const out: PyObject[] = new Array(size * n);
    for (let j = 0, k = 0; j < n; j++) for (let i = 0; i < size; i++) out[k++] = t.items[i];
    return tupleOf(out);
  }
  return NotImplemented;
}

// ---------------------------------------------------------------- subscripts, membership

function tupleGetItem(o: PyObject, k: PyObject): PyObject {
  const t = o as PyTuple;
  if (k instanceof PySlice) {
    const n = t.items.length;
    const [start, , step, count] = sliceIndices(k, n);
    if (count <= 0) return incref(emptyTuple);
    if (start === 0 && step === 1 && count === n && t.type === tupleType) return incref(t);
    const out: PyObject[] = new Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = t.items[j];
    return tupleOf(out);
  }
  return incref(t.items[itemIndex(k, t.items.length, 'tuple', 'tuple index out of range')]);
}

function tupleContains(o: PyObject, x: PyObject): boolean {
  for (const item of (o as PyTuple).items) if (eq(item, x)) return true;
  return false;
}

// ---------------------------------------------------------------- methods

function self_(o: PyObject, name: string): PyTuple {
  if (!(o instanceof PyTuple))
    throwError(TypeError, `descriptor '${name}' for 'tuple' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

function method(name: string, fn: (t: PyTuple, args: PyObject[], kw: KwArgs) => PyObject): void {
  defMethod(tupleType, name, (self, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `${name.startsWith('__') ? 'wrapper ' : 'tuple.'}${name}() takes no keyword arguments`);
    return fn(self_(self, name), args, kw);
  });
}

method('index', (t, args) => {
  rangeArgs('index', args, 1, 3);
  const [start, stop] = searchRange(args, 1, t.items.length);
  for (let i = start; i < stop && i < t.items.length; i++) if (eq(t.items[i], args[0])) return newInt(i);
  throwError(ValueError, 'tuple.index(x): x not in tuple');
});

method('count', (t, args) => {
  exactArgs('tuple.count', args, 1);
  let n = 0;
  for (const item of t.items) if (eq(item, args[0])) n++;
  return newInt(n);
});

method('__len__', (t, args) => {
  exactArgs('tuple.__len__', args, 0);
  return newInt(t.items.length);
});
method('__getitem__', (t, args) => {
  exactArgs('tuple.__getitem__', args, 1);
  return tupleGetItem(t, args[0]);
});
method('__contains__', (t, args) => {
  exactArgs('tuple.__contains__', args, 1);
  return newBool(tupleContains(t, args[0]));
});
method('__iter__', (t, args) => {
  exactArgs('tuple.__iter__', args, 0);
  return newTupleIter(t);
});
method('__hash__', (t) => newHashInt(tupleHash(t)));
method('__repr__', (t) => newStr(tupleRepr(t)));
for (const [name, op] of [
  ['__add__', BinOp.Add],
  ['__mul__', BinOp.Mul],
  ['__rmul__', BinOp.Mul],
] as const) {
  method(name, (t, args) => {
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const r = tupleBinary(t, args[0], op);
    return r === NotImplemented ? incref(r) : r;
  });
}
for (const [name, op] of [
  ['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__eq__', CmpOp.Eq],
  ['__ne__', CmpOp.Ne], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge],
] as const) {
  method(name, (t, args) => {
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const r = tupleCompare(t, args[0], op);
    return r === NotImplemented ? incref(r) : r;
  });
}

/** A Python int for a PyHash. */
export function newHashInt(h: PyHash): PyObject {
  return typeof h === 'number' ? newInt(h) : newIntBig(h);
}

// ---------------------------------------------------------------- registration

nativeRepr.set(tupleType, tupleRepr);
nativeCompare.set(tupleType, tupleCompare);
nativeBinary.set(tupleType, (a, b, op) => tupleBinary(a, b, op));
nativeLen.set(tupleType, (o) => (o as PyTuple).items.length);
nativeIter.set(tupleType, (o) => newTupleIter(o as PyTuple));
nativeGetItem.set(tupleType, tupleGetItem);
nativeContains.set(tupleType, tupleContains);

/** `tuple(iterable)` (borrowed): t itself for an exact tuple, the shared () when empty. */
export function tupleFrom(o: PyObject): PyTuple {
  if (o instanceof PyTuple && o.type === tupleType) return incref(o);
  if (o instanceof PyList && o.type === listType) return newTuple(toArray(o));
  // PySequence_Tuple: the iterator first, then the length hint (which may call __len__), then the items.
  const it = getIter(o);
  const items: PyObject[] = [];
  try {
    lengthHint(o, 10);
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      items.push(x);
    }
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return newTuple(items);
}

nativeNew.set(tupleType, (t, args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'tuple() takes no keyword arguments');
  if (args.length > 1) throwError(TypeError, `tuple expected at most 1 argument, got ${args.length}`);
  const exact = args.length === 0 ? incref(emptyTuple) : tupleFrom(args[0]);
  if (t === tupleType) return exact;
  // tuple_subtype_new: the items move into a new object of the subclass.
  const items = exact.items.map((x) => incref(x));
  decref(exact);
  const sub = new PyTuple(items);
  sub.type = t;
  if (!t.native) incref(t);
  return born(sub, 24 + 8 * items.length);
});
