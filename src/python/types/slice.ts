/**
 * slice objects and the index arithmetic every sequence shares
 * (PySlice_Unpack, PySlice_AdjustIndices, PyNumber_AsSsize_t), with CPython's
 * messages. A slice holds strong references to its start, stop and step,
 * whatever they are (`slice('a', [])` is legal until someone uses it).
 */
import { asIndex } from '../abstract';
import { throwError } from '../errors';
import { born, decref, incref } from '../memory';
import { PyObject, type Visit } from '../object';
import { CmpOp, nativeCompare, nativeHash, nativeRepr, repr, richCompare } from '../ops';
import { nativeNew } from './constructors';
import { IndexError, OverflowError, TypeError, ValueError } from './exception';
import { newBool, newInt, PyInt, PyLong } from './int';
import { None, NotImplemented } from './none';
import { newTuple, PyTuple } from './tuple';
import { defGetter, defMethod, newBuiltinType, objectType } from './type';
import { dictHooks } from './dict';
import { FreeList } from '../free-lists';

/** PY_SSIZE_T_MAX as far as a JS number can say it: slice bounds beyond it are clamped here. */
export const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

/** `slice`. */
export const sliceType = newBuiltinType('slice', objectType, {
  basicSize: 40,
  gcType: true,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const s = o as PySlice;
      visit(s.start, 'start');
      visit(s.stop, 'stop');
      visit(s.step, 'step');
    },
    clear(o: PyObject) {
      // slice_dealloc's order: step, start, stop.
      const s = o as PySlice;
      decref(s.step);
      decref(s.start);
      decref(s.stop);
    },
  },
});
// PySlice_New takes the interpreter's cached slice first (free-lists.ts).
sliceType.freeList = FreeList.Slice;

/** A slice object; the field names are the ones str-util.ts reads by shape. */
export class PySlice extends PyObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {
    super(sliceType);
  }
}

/** A new slice taking its own references to the (borrowed) bounds; BUILD_SLICE and slice(). */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  incref(start);
  incref(stop);
  incref(step);
  const s = born(new PySlice(start, stop, step));
  dictHooks.track(s);
  return s;
}

/** _PyEval_SliceIndex: None → null; ints clamp to ±SSIZE_MAX; __index__ objects are asked. */
export function sliceBound(o: PyObject): number | null {
  if (o === None) return null;
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyLong) return o.v < 0n ? -SSIZE_MAX : SSIZE_MAX;
  if (!o.type.native && o.type.lookup('__index__') !== null) return clamp(asIndex(o));
  throwError(TypeError, 'slice indices must be integers or None or have an __index__ method');
}

function clamp(n: number): number {
  return n > SSIZE_MAX ? SSIZE_MAX : n < -SSIZE_MAX ? -SSIZE_MAX : n;
}

/**
 * PySlice_GetIndicesEx: [start, stop, step, count] of a slice over a sequence
 * of `length` items. `step` is never 0 ("slice step cannot be zero").
 */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = sliceBound(s.step) ?? 1;
  if (step === 0) throwError(ValueError, 'slice step cannot be zero');
  const b = sliceBound(s.start);
  const e = sliceBound(s.stop);
  let start: number;
  let stop: number;
  if (b === null) start = step < 0 ? length - 1 : 0;
  else {
    start = b < 0 ? b + length : b;
    if (start < 0) start = step < 0 ? -1 : 0;
    else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (e === null) stop = step < 0 ? -1 : length;
  else {
    stop = e < 0 ? e + length : e;
    if (stop < 0) stop = step < 0 ? -1 : 0;
    else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  return [start, stop, step, count];
}

/**
 * The position a sequence subscript names, before negative wrap-around
 * (PyNumber_AsSsize_t(key, PyExc_IndexError)): ints too large for an index
 * raise IndexError, and non-integers raise `<kind> indices must be integers
 * or slices, not <type>`. Callers handle slices first.
 */
export function subscriptIndex(k: PyObject, kind: string): number {
  if (k instanceof PyInt) return k.v;
  if (k instanceof PyLong) throwError(IndexError, "cannot fit 'int' into an index-sized integer");
  if (!k.type.native && k.type.lookup('__index__') !== null) {
    const v = asIndex(k);
    if (!Number.isSafeInteger(v)) throwError(IndexError, "cannot fit 'int' into an index-sized integer");
    return v;
  }
  throwError(TypeError, `${kind} indices must be integers or slices, not ${k.type.name}`);
}

/** An item position for `seq[k]`: wraps negatives, raises IndexError(`msg`) outside 0..length-1. */
export function itemIndex(k: PyObject, length: number, kind: string, msg: string): number {
  let i = subscriptIndex(k, kind);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throwError(IndexError, msg);
  return i;
}

/**
 * An argument converted like Argument Clinic's Py_ssize_t converter (list.pop,
 * list.insert, repetition counts): TypeError for non-integers, OverflowError
 * beyond 64 bits. Values past 2**53 are clamped, which no list can tell apart.
 */
export function ssizeArg(o: PyObject): number {
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyLong) {
    if (o.v > 9223372036854775807n || o.v < -9223372036854775808n)
      throwError(OverflowError, 'Python int too large to convert to C ssize_t');
    return o.v < 0n ? -SSIZE_MAX : SSIZE_MAX;
  }
  if (!o.type.native && o.type.lookup('__index__') !== null) return clamp(asIndex(o));
  throwError(TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
}

/**
 * _PyEval_SliceIndexNotNone for the start/stop of index() methods: clamped,
 * with the message that differs from slicing's by the missing "None".
 */
export function searchBound(o: PyObject): number {
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyLong) return o.v < 0n ? -SSIZE_MAX : SSIZE_MAX;
  if (!o.type.native && o.type.lookup('__index__') !== null) return clamp(asIndex(o));
  throwError(TypeError, 'slice indices must be integers or have an __index__ method');
}

/** start/stop of list.index and tuple.index normalised to 0..length like CPython's loops see them. */
export function searchRange(args: PyObject[], from: number, length: number): [number, number] {
  let start = args.length > from ? searchBound(args[from]) : 0;
  let stop = args.length > from + 1 ? searchBound(args[from + 1]) : SSIZE_MAX;
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = 0;
  }
  return [start, stop];
}

// ---------------------------------------------------------------- slice's own behaviour

function sliceTuple(s: PySlice): PyTuple {
  return newTuple([incref(s.start), incref(s.stop), incref(s.step)]);
}

nativeRepr.set(sliceType, (o) => {
  const s = o as PySlice;
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
});
nativeHash.set(sliceType, () => throwError(TypeError, "unhashable type: 'slice'"));
nativeCompare.set(sliceType, (a, b, op) => {
  if (!(a instanceof PySlice) || !(b instanceof PySlice)) return NotImplemented;
  if (a === b) return newBool(op === CmpOp.Eq || op === CmpOp.Le || op === CmpOp.Ge);
  // slice_richcompare compares (start, stop, step) tuples.
  const x = sliceTuple(a);
  const y = sliceTuple(b);
  try {
    return richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
});

defGetter(sliceType, 'start', (o) => incref((o as PySlice).start));
defGetter(sliceType, 'stop', (o) => incref((o as PySlice).stop));
defGetter(sliceType, 'step', (o) => incref((o as PySlice).step));

defMethod(sliceType, 'indices', (self, args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'slice.indices() takes no keyword arguments');
  if (args.length !== 1) throwError(TypeError, `slice.indices() takes exactly one argument (${args.length} given)`);
  const n = args[0];
  if (!(n instanceof PyInt) && !(n instanceof PyLong) && (n.type.native || n.type.lookup('__index__') === null))
    throwError(TypeError, `'${n.type.name}' object cannot be interpreted as an integer`);
  const length = n instanceof PyInt ? n.v : n instanceof PyLong ? Number(n.v) : asIndex(n);
  if (length < 0) throwError(ValueError, 'length should not be negative');
  const [start, stop, step] = sliceIndices(self as PySlice, length);
  return newTuple([newInt(start), newInt(stop), newInt(step)]);
});

nativeNew.set(sliceType, (_t, args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'slice() takes no keyword arguments');
  if (args.length === 0) throwError(TypeError, 'slice expected at least 1 argument, got 0');
  if (args.length > 3) throwError(TypeError, `slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(None, args[0], None);
  return newSlice(args[0], args[1], args.length === 3 ? args[2] : None);
});

