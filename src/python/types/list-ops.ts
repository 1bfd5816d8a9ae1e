/**
 * list's protocol slots and the storage primitives its methods share: repr,
 * comparisons, + * += *=, indexing and slicing (get, set, delete, with steps),
 * `in`, extend/append, and `list(...)`.
 *
 * Reference discipline follows Objects/listobject.c step by step, because the
 * order in which items are released is what `__del__` prints show:
 * - items leaving through a slice are released after the list is consistent
 *   again, last to first for a plain slice (list_ass_slice's recycle loop) and
 *   in index order for an extended one;
 * - clear() and emptying assignments release last to first (_list_clear).
 * The `allocated` count follows collections/list-growth.ts, so sys.getsizeof
 * sees CPython's over-allocation.
 */
import {
  getIter,
  iterNext,
  nativeContains,
  nativeDelItem,
  nativeGetItem,
  nativeIter,
  nativeLen,
  nativeSetItem,
  toArray,
} from '../abstract';
import {
  listAppend as growAppend,
  listDelExtendedSlice,
  listInplaceRepeat,
  listResize as growResize,
  listSetSlice,
  preallocateExact,
} from '../collections/list-growth';
import { newBareError, PyThrow, throwError } from '../errors';
import { born, bornByTypeAlloc, decref, incref, touch, touchItems } from '../memory';
import { PyObject, PyType } from '../object';
import { BinOp, CmpOp, eq, nativeBinary, nativeCompare, nativeHash, nativeRepr, repr, reprGuard, richCompare } from '../ops';
import { nativeNew } from './constructors';
import { MemoryError, OverflowError, TypeError, ValueError } from './exception';
import { lengthHint, newListIter } from './iterators';
import { False, newBool, PyInt, PyLong, True } from './int';
import { clearItems, listType, newList, PyList } from './list';
import { NotImplemented } from './none';
import { itemIndex, PySlice, sliceIndices, ssizeArg } from './slice';
import { PyTuple } from './tuple';
import type { KwArgs } from './type';

/** Largest list this engine agrees to build by repetition before raising MemoryError like CPython would. */
const MAX_REPEAT_ITEMS = 2 ** 28;

// ---------------------------------------------------------------- item storage helpers

/** Replaces items[at, at+remove) by `insert` (no reference changes); safe for very long arrays. */
function spliceItems(items: PyObject[], at: number, remove: number, insert: PyObject[]): void {
  if (insert.length < 10000) {
    items.splice(at, remove, ...insert);
    return;
  }
  const tail = items.slice(at + remove);
  items.length = at;
  for (const x of insert) items.push(x);
  for (const x of tail) items.push(x);
}

/** list.clear() and the like: _list_clear (list.ts clearItems) unless ob_item is already NULL and the list empty. */
export function listClear(l: PyList): void {
  // A NULL ob_item (fresh, cleared, or mid-sort) makes _list_clear a no-op.
  if (!l.hasBuffer && l.items.length === 0) return;
  touch(l);
  clearItems(l);
}

/**
 * list_ass_slice: l[lo:hi] = v (v borrowed, already a snapshot array; null to
 * delete). Bounds are clamped as CPython does.
 */
export function listAssignSlice(l: PyList, lo: number, hi: number, v: PyObject[] | null): void {
  const size = l.items.length;
  if (lo < 0) lo = 0;
  else if (lo > size) lo = size;
  if (hi < lo) hi = lo;
  else if (hi > size) hi = size;
  const n = v === null ? 0 : v.length;
  if (size + n - (hi - lo) === 0) {
    listClear(l);
    return;
  }
  const recycle = l.items.slice(lo, hi);
  // (A length that changes makes every item from lo on count as changed.)
  touchItems(l, lo, hi);
  listSetSlice(l, size, lo, hi, n);
  if (v !== null) for (const w of v) incref(w);
  spliceItems(l.items, lo, hi - lo, v ?? []);
  for (let k = recycle.length - 1; k >= 0; k--) decref(recycle[k]);
}

/** PySequence_Fast: the items of a list or tuple as they are, others gathered into a new array (new refs). */
function fastItems(v: PyObject, message: string): { items: PyObject[]; owned: boolean } {
  if ((v instanceof PyList || v instanceof PyTuple) && v.type.native) return { items: v.items.slice(), owned: false };
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(TypeError)) {
      e.drop();
      throwError(TypeError, message);
    }
    throw e;
  }
  decref(it);
  return { items: toArray(v), owned: true };
}

function releaseAll(items: PyObject[]): void {
  for (const x of items) decref(x);
}

/** l.append(v) / PyList_Append (v borrowed): resizes only when full. */
export function listAppend(l: PyList, v: PyObject): void {
  growAppend(l, l.items.length);
  incref(v);
  touchItems(l, l.items.length, l.items.length + 1);
  l.items.push(v);
}

/**
 * list_extend: l.extend(iterable) / l += iterable / LIST_EXTEND. Lists and
 * tuples (and l itself) are copied in one go; other iterables are consumed
 * item by item into a buffer preallocated from their length hint and trimmed
 * at the end, so the allocation matches CPython's.
 */
export function listExtend(l: PyList, iterable: PyObject): void {
  if (((iterable instanceof PyList || iterable instanceof PyTuple) && iterable.type.native) || iterable === l) {
    const src = (iterable as PyList | PyTuple).items.slice();
    const n = src.length;
    if (n === 0) return;
    if (!l.hasBuffer) {
      l.allocated = preallocateExact(n);
      l.hasBuffer = true;
    } else l.allocated = growResize(l.allocated, l.items.length, l.items.length + n);
    touchItems(l, l.items.length, l.items.length + n);
    for (const x of src) {
      incref(x);
      l.items.push(x);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    const hint = lengthHint(iterable, 8);
    const m = l.items.length;
    if (!l.hasBuffer) {
      if (hint > 0) {
        l.allocated = preallocateExact(hint);
        l.hasBuffer = true;
      }
    } else {
      l.allocated = growResize(l.allocated, m, m + hint);
      if (m + hint > 0) l.hasBuffer = true;
    }
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      if (l.items.length >= l.allocated) growAppend(l, l.items.length);
      // Each item may come from Python code (a generator), which runs steps: the change is noted in the step it happens.
      touchItems(l, l.items.length, l.items.length + 1);
      l.items.push(x);
    }
    if (l.items.length < l.allocated) l.allocated = growResize(l.allocated, l.items.length, l.items.length);
  } finally {
    decref(it);
  }
}

/** PySequence_List: a new list extended from an iterable (borrowed), as sorted() and reprs of views build it. */
export function listFrom(iterable: PyObject): PyList {
  const l = newList([]);
  try {
    listExtend(l, iterable);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** list.__init__(iterable): empties the list, then extends it (3.11 asks no len() up front). */
export function listInit(l: PyList, iterable: PyObject | null): void {
  listClear(l);
  if (iterable !== null) listExtend(l, iterable);
}

/** A new empty list of type t (list itself, or a subclass whose instances are lists too). */
export function allocList(t: PyType): PyList {
  // list_vectorcall and list_new go through type->tp_alloc: never the free list.
  if (t === listType) return bornByTypeAlloc(new PyList([]));
  const l = new PyList([]);
  l.type = t;
  if (!t.native) incref(t);
  return born(l);
}

// ---------------------------------------------------------------- repr, comparison

/** See the file comment. */
export function listRepr(o: PyObject): string {
  const l = o as PyList;
  if (l.items.length === 0) return '[]';
  return reprGuard(
    l,
    () => {
      // The size is re-read each round: a __repr__ may shrink the list.
      let s = '[';
      for (let i = 0; i < l.items.length; i++) {
        if (i > 0) s += ', ';
        s += repr(l.items[i]);
      }
      return s + ']';
    },
    '[...]',
  );
}

/** list_richcompare / tuplerichcompare: the first differing item decides, then the lengths. */
export function compareSequences(v: PyObject[], w: PyObject[], op: CmpOp, sizeShortcut: boolean): PyObject {
  if (sizeShortcut && v.length !== w.length && (op === CmpOp.Eq || op === CmpOp.Ne)) return newBool(op === CmpOp.Ne);
  let i = 0;
  for (; i < v.length && i < w.length; i++) {
    const a = v[i];
    const b = w[i];
    if (a === b) continue;
    incref(a);
    incref(b);
    let same: boolean;
    try {
      same = eq(a, b);
    } finally {
      decref(a);
      decref(b);
    }
    if (!same) break;
  }
  if (i >= v.length || i >= w.length) {
    const x = v.length;
    const y = w.length;
    const r = op === CmpOp.Lt ? x < y : op === CmpOp.Le ? x <= y : op === CmpOp.Eq ? x === y : op === CmpOp.Ne ? x !== y : op === CmpOp.Gt ? x > y : x >= y;
    return newBool(r);
  }
  if (op === CmpOp.Eq) return incref(False);
  if (op === CmpOp.Ne) return incref(True);
  return richCompare(v[i], w[i], op);
}

// ---------------------------------------------------------------- operators

/** A repetition count (PyNumber_AsSsize_t with OverflowError), or null when `n` is not an integer. */
export function repeatCount(n: PyObject): number | null {
  if (n instanceof PyInt) return n.v;
  if (n instanceof PyLong) throwError(OverflowError, "cannot fit 'int' into an index-sized integer");
  if (!n.type.native && n.type.lookup('__index__') !== null) return ssizeArg(n);
  return null;
}

/** The error for `seq * x` with a non-integer x, unless x's own __rmul__ should get a chance first. */
export function repeatTypeError(n: PyObject): PyObject {
  if (!n.type.native && n.type.lookup('__rmul__') !== null) return NotImplemented;
  throwError(TypeError, `can't multiply sequence by non-int of type '${n.type.name}'`);
}

/** Raises MemoryError when a repetition would be absurdly large. */
export function checkRepeatSize(size: number, n: number): void {
  if (n > 0 && size * n > MAX_REPEAT_ITEMS) throw new PyThrow(newBareError(MemoryError));
}

function listRepeat(l: PyList, n: number): PyList {
  const size = l.items.length;
  if (n < 0) n = 0;
  checkRepeatSize(size, n);
  const src = l.items;
  const out: PyObject[] = new Array(size * n);
  for (let j = 0, k = 0; j < n; j++) for (let i = 0; i < size; i++) out[k++] = src[i];
  for (const x of out) incref(x);
  return newList(out);
}

/** See the file comment. */
export function listBinary(a: PyObject, b: PyObject, op: BinOp, inplace: boolean): PyObject {
  const l = a as PyList;
  if (op === BinOp.Add) {
    if (inplace) {
      listExtend(l, b);
      return incref(l);
    }
    if (!(b instanceof PyList)) return NotImplemented;
    const items = l.items.concat(b.items);
    for (const x of items) incref(x);
    return newList(items);
  }
  if (op === BinOp.Mul) {
    const n = repeatCount(b);
    if (n === null) return repeatTypeError(b);
    if (!inplace) return listRepeat(l, n);
    const size = l.items.length;
    if (size === 0 || n === 1) return incref(l);
    if (n < 1) {
      listClear(l);
      return incref(l);
    }
    checkRepeatSize(size, n);
    listInplaceRepeat(l, size, n);
    touch(l);
    const src = l.items.slice();
    for (let j = 1; j < n; j++)
      for (const x of src) {
        incref(x);
        l.items.push(x);
      }
    return incref(l);
  }
  return NotImplemented;
}

// ---------------------------------------------------------------- subscripts

/** See the file comment. */
export function listGetItem(o: PyObject, k: PyObject): PyObject {
  const l = o as PyList;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, l.items.length);
    if (n <= 0) return newList([]);
    const out: PyObject[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = l.items[j];
    for (const x of out) incref(x);
    return newList(out);
  }
  const x = l.items[itemIndex(k, l.items.length, 'list', 'list index out of range')];
  incref(x);
  return x;
}

/** See the file comment. */
export function listSetItem(o: PyObject, k: PyObject, v: PyObject): void {
  const l = o as PyList;
  if (k instanceof PySlice) {
    assignSubscriptSlice(l, k, v);
    return;
  }
  const i = itemIndex(k, l.items.length, 'list', 'list assignment index out of range');
  const old = l.items[i];
  incref(v);
  touchItems(l, i, i + 1);
  l.items[i] = v;
  decref(old);
}

function assignSubscriptSlice(l: PyList, k: PySlice, v: PyObject): void {
  const [start, stop, step, count] = sliceIndices(k, l.items.length);
  if (step === 1) {
    const { items, owned } = fastItems(v, 'can only assign an iterable');
    try {
      listAssignSlice(l, start, stop, items);
    } finally {
      if (owned) releaseAll(items);
    }
    return;
  }
  // a[::-1] = a works on a copy of a.
  const { items, owned } = v === l ? { items: l.items.slice(), owned: false } : fastItems(v, 'must assign iterable to extended slice');
  try {
    if (items.length !== count)
      throwError(ValueError, `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
    if (count === 0) return;
    const garbage: PyObject[] = new Array(count);
    touch(l);
    for (let i = 0, cur = start; i < count; i++, cur += step) {
      garbage[i] = l.items[cur];
      incref(items[i]);
      l.items[cur] = items[i];
    }
    for (const g of garbage) decref(g);
  } finally {
    if (owned) releaseAll(items);
  }
}

/** See the file comment. */
export function listDelItem(o: PyObject, k: PyObject): void {
  const l = o as PyList;
  if (k instanceof PySlice) {
    let [start, stop, step, count] = sliceIndices(k, l.items.length);
    if (step === 1) {
      listAssignSlice(l, start, stop, null);
      return;
    }
    if (count <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (count - 1) - 1;
      step = -step;
    }
    const items = l.items;
    const garbage: PyObject[] = [];
    const kept: PyObject[] = [];
    let next = start;
    for (let i = 0; i < items.length; i++) {
      if (i === next && garbage.length < count) {
        garbage.push(items[i]);
        next += step;
      } else kept.push(items[i]);
    }
    const size = items.length;
    touch(l);
    l.items = kept;
    listDelExtendedSlice(l, size, count);
    for (const g of garbage) decref(g);
    return;
  }
  const i = itemIndex(k, l.items.length, 'list', 'list assignment index out of range');
  listAssignSlice(l, i, i + 1, null);
}

/** `x in l`: compares item == x (item first) with the item held alive, the list read live. */
/** See the file comment. */
export function listContains(o: PyObject, x: PyObject): boolean {
  const l = o as PyList;
  for (let i = 0; i < l.items.length; i++) {
    const item = l.items[i];
    incref(item);
    try {
      if (eq(item, x)) return true;
    } finally {
      decref(item);
    }
  }
  return false;
}

/** See the file comment. */
export function listCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  if (!(a instanceof PyList) || !(b instanceof PyList)) return NotImplemented;
  return compareSequences(a.items, b.items, op, true);
}


// ---------------------------------------------------------------- registration

nativeRepr.set(listType, listRepr);
nativeHash.set(listType, () => throwError(TypeError, "unhashable type: 'list'"));
nativeCompare.set(listType, listCompare);
nativeBinary.set(listType, listBinary);
nativeLen.set(listType, (o) => (o as PyList).items.length);
nativeIter.set(listType, (o) => newListIter(o as PyList));
nativeGetItem.set(listType, listGetItem);
nativeSetItem.set(listType, listSetItem);
nativeDelItem.set(listType, listDelItem);
nativeContains.set(listType, listContains);

/** Checks list.__init__'s arguments. */
export function listInitArgs(args: PyObject[], kw: KwArgs): PyObject | null {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'list() takes no keyword arguments');
  if (args.length > 1) throwError(TypeError, `list expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? null : args[0];
}

nativeNew.set(listType, (t, args, kw) => {
  const iterable = listInitArgs(args, kw);
  const l = allocList(t);
  try {
    listInit(l, iterable);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
});
