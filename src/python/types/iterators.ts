/**
 * The iterator types of sequences, as CPython names them: list_iterator,
 * list_reverseiterator, tuple_iterator, the old-style `iterator` over
 * `__getitem__`, callable_iterator (`iter(f, sentinel)`) and `reversed`.
 *
 * A sequence iterator holds a strong reference to its sequence and lets go of
 * it the moment it is exhausted (CPython sets it_seq to NULL), which
 * sys.getrefcount shows. Every iterator type here also answers
 * `__length_hint__`, which list(), extend() and friends use to preallocate.
 */
import {
  callObject,
  callSpecial,
  getItem,
  isIterator,
  length,
  nativeIter,
  nativeLen,
  nativeNext,
  setSeqIterFactory,
} from '../abstract';
import { newBareError, PyThrow, throwError } from '../errors';
import { born, decref, incref, touch } from '../memory';
import { PyObject, PyType, type Visit } from '../object';
import { eq } from '../ops';
import { nativeNew } from './constructors';
import { dictHooks, PyDict } from './dict';
import { IndexError, StopIteration, TypeError, ValueError } from './exception';
import { newInt, PyInt, PyLong } from './int';
import { PyList } from './list';
import { None, NotImplemented } from './none';
import { PyStr } from './str';
import { PyTuple } from './tuple';
import { defMethod, newBuiltinType, objectType, type KwArgs } from './type';

// ---------------------------------------------------------------- shared machinery

/** Raises a bare StopIteration (what `__next__` of an exhausted builtin iterator does). */
export function throwStopIteration(): never {
  throw new PyThrow(newBareError(StopIteration));
}

/** Starts following a new container in the cyclic collector (PyObject_GC_Track). */
export function gcTrack(o: PyObject): void {
  dictHooks.track(o);
}

/**
 * Registers an iterator type: `next` for FOR_ITER and next(), `iter(it) is it`,
 * and the `__next__`, `__iter__`, `__length_hint__` methods explicit calls see.
 */
export function defineIterator(
  t: PyType,
  next: (it: PyObject) => PyObject | null,
  hint: ((it: PyObject) => number) | null,
): void {
  nativeNext.set(t, next);
  nativeIter.set(t, (o) => incref(o));
  defMethod(t, '__next__', (self) => {
    const r = next(self);
    if (r === null) throwStopIteration();
    return r;
  });
  defMethod(t, '__iter__', (self) => incref(self));
  if (hint !== null) defMethod(t, '__length_hint__', (self) => newInt(hint(self)));
}

/** True when o's type has a length slot (_PyObject_HasLen), which list() and length hints ask first. */
export function hasLen(o: PyObject): boolean {
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyDict) return true;
  const t = o.type;
  for (const b of t.mro) if (nativeLen.has(b)) return true;
  return !t.native && t.lookup('__len__') !== null;
}

/**
 * PyObject_LengthHint: len(o) when o has a length, else its `__length_hint__`,
 * else `dflt` (8 in list.extend). A TypeError from either is swallowed, as in CPython.
 */
export function lengthHint(o: PyObject, dflt: number): number {
  if (hasLen(o)) {
    try {
      return length(o);
    } catch (e) {
      if (!(e instanceof PyThrow) || !e.type.isSubtype(TypeError)) throw e;
      e.drop();
    }
  }
  if (o.type.lookup('__length_hint__') === null) return dflt;
  let r: PyObject;
  try {
    r = callSpecial(o, '__length_hint__', [])!;
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(TypeError)) {
      e.drop();
      return dflt;
    }
    throw e;
  }
  try {
    if (r === NotImplemented) return dflt;
    if (!(r instanceof PyInt) && !(r instanceof PyLong))
      throwError(TypeError, `__length_hint__ must be an integer, not ${r.type.name}`);
    const n = Number(r.v);
    if (n < 0) throwError(ValueError, '__length_hint__() should return >= 0');
    return n;
  } finally {
    decref(r);
  }
}

// ---------------------------------------------------------------- sequence iterators

/** An iterator walking a sequence by index (list, tuple, reversed list, `__getitem__` objects). */
export class PySeqIter extends PyObject {
  constructor(
    type: PyType,
    /** The sequence (strong), or null once exhausted. */
    public seq: PyObject | null,
    public index: number,
  ) {
    super(); // the header is written here: see PyObject's constructor
    this.type = type; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0;
  }
}

const seqIterSlots = {
  traverse(o: PyObject, visit: Visit) {
    const it = o as PySeqIter;
    if (it.seq !== null) visit(it.seq, 'seq');
  },
  clear(o: PyObject) {
    const it = o as PySeqIter;
    const s = it.seq;
    it.seq = null;
    if (s !== null) decref(s);
  },
};

function seqIterType(name: string): PyType {
  return newBuiltinType(name, objectType, { basicSize: 32, gcType: true, baseType: false, slots: seqIterSlots });
}

/** `list_iterator`. */
export const listIterType = seqIterType('list_iterator');
/** `list_reverseiterator`. */
export const listRevIterType = seqIterType('list_reverseiterator');
/** `tuple_iterator`. */
export const tupleIterType = seqIterType('tuple_iterator');
/** `iterator`: iteration over `__getitem__` with 0, 1, 2... until IndexError. */
export const seqIterType_ = seqIterType('iterator');

function newSeqIter(t: PyType, seq: PyObject, index: number): PySeqIter {
  incref(seq);
  const it = born(new PySeqIter(t, seq, index));
  gcTrack(it);
  return it;
}

/** iter(list): a list_iterator holding the list. */
export function newListIter(l: PyList): PySeqIter {
  return newSeqIter(listIterType, l, 0);
}

/** reversed(list) / list.__reversed__(). */
export function newListRevIter(l: PyList): PySeqIter {
  return newSeqIter(listRevIterType, l, l.items.length - 1);
}

/** iter(tuple). */
export function newTupleIter(t: PyTuple): PySeqIter {
  return newSeqIter(tupleIterType, t, 0);
}

/** Lets go of the sequence of an exhausted iterator (it_seq = NULL; Py_DECREF). */
function exhaust(it: PySeqIter): null {
  const s = it.seq;
  if (s !== null) {
    touch(it);
    it.seq = null;
    decref(s);
  }
  return null;
}

function forwardNext(o: PyObject): PyObject | null {
  const it = o as PySeqIter;
  const s = it.seq as PyList | PyTuple | null;
  if (s === null) return null;
  if (it.index < s.items.length) {
    const x = s.items[it.index++];
    incref(x);
    return x;
  }
  return exhaust(it);
}

function forwardHint(o: PyObject): number {
  const it = o as PySeqIter;
  const s = it.seq as PyList | PyTuple | null;
  if (s === null) return 0;
  const n = s.items.length - it.index;
  return n >= 0 ? n : 0;
}

defineIterator(listIterType, forwardNext, forwardHint);
defineIterator(tupleIterType, forwardNext, forwardHint);

defineIterator(
  listRevIterType,
  (o) => {
    const it = o as PySeqIter;
    const l = it.seq as PyList | null;
    if (l !== null && it.index >= 0 && it.index < l.items.length) {
      const x = l.items[it.index--];
      incref(x);
      return x;
    }
    it.index = -1;
    return exhaust(it);
  },
  (o) => {
    const it = o as PySeqIter;
    const n = it.index + 1;
    if (it.seq === null || (it.seq as PyList).items.length < n) return 0;
    return n;
  },
);

/** Calls seq[i]; null when the sequence signals its end with IndexError or StopIteration. */
function itemOrEnd(seq: PyObject, i: number): PyObject | null {
  const k = newInt(i);
  try {
    return getItem(seq, k);
  } catch (e) {
    if (e instanceof PyThrow && (e.type.isSubtype(IndexError) || e.type.isSubtype(StopIteration))) {
      e.drop();
      return null;
    }
    throw e;
  } finally {
    decref(k);
  }
}

defineIterator(
  seqIterType_,
  (o) => {
    const it = o as PySeqIter;
    if (it.seq === null) return null;
    const r = itemOrEnd(it.seq, it.index);
    if (r !== null) {
      it.index++;
      return r;
    }
    return exhaust(it);
  },
  (o) => {
    const it = o as PySeqIter;
    if (it.seq === null || !hasLen(it.seq)) return 0;
    const n = length(it.seq) - it.index;
    return n >= 0 ? n : 0;
  },
);

/** iter(o) for an object with `__getitem__` but no `__iter__`. */
export function newSeqIterator(seq: PyObject): PySeqIter {
  return newSeqIter(seqIterType_, seq, 0);
}

setSeqIterFactory(newSeqIterator);

// ---------------------------------------------------------------- reversed

/** `reversed`: walks a sequence backwards through `__getitem__`. */
export const reversedType = newBuiltinType('reversed', objectType, {
  basicSize: 32,
  gcType: true,
  slots: seqIterSlots,
});

defineIterator(
  reversedType,
  (o) => {
    const it = o as PySeqIter;
    if (it.index >= 0 && it.seq !== null) {
      const r = itemOrEnd(it.seq, it.index);
      if (r !== null) {
        it.index--;
        return r;
      }
    }
    it.index = -1;
    return exhaust(it);
  },
  (o) => {
    const it = o as PySeqIter;
    if (it.seq === null) return 0;
    const size = length(it.seq);
    const pos = it.index + 1;
    return size < pos ? 0 : pos;
  },
);

/** PySequence_Check: has item access by index and is not a dict. */
function isSequence(o: PyObject): boolean {
  if (o instanceof PyDict) return false;
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) return true;
  return o.type.lookup('__getitem__') !== null && !o.type.native;
}

/** `reversed(seq)`: the type's `__reversed__` when it has one, else a `reversed` object over the sequence. */
export function reversedOf(seq: PyObject): PyObject {
  const m = seq.type.lookup('__reversed__');
  if (m !== null) {
    if (m === None) throwError(TypeError, `'${seq.type.name}' object is not reversible`);
    return callSpecial(seq, '__reversed__', [])!;
  }
  if (!isSequence(seq)) throwError(TypeError, `'${seq.type.name}' object is not reversible`);
  const n = length(seq);
  return newSeqIter(reversedType, seq, n - 1);
}

nativeNew.set(reversedType, (_t, args, kw: KwArgs) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'reversed() takes no keyword arguments');
  if (args.length !== 1) throwError(TypeError, `reversed expected 1 argument, got ${args.length}`);
  return reversedOf(args[0]);
});

// ---------------------------------------------------------------- callable_iterator

/** `callable_iterator`: iter(f, sentinel) calls f until it returns something equal to the sentinel. */
export class PyCallIter extends PyObject {
  constructor(
    public callable: PyObject | null,
    public sentinel: PyObject | null,
  ) {
    super(callIterType);
  }
}

/** `callable_iterator`. */
export const callIterType: PyType = newBuiltinType('callable_iterator', objectType, {
  basicSize: 32,
  gcType: true,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const it = o as PyCallIter;
      if (it.callable !== null) visit(it.callable, 'callable');
      if (it.sentinel !== null) visit(it.sentinel, 'sentinel');
    },
    clear(o: PyObject) {
      callIterStop(o as PyCallIter);
    },
  },
});

function callIterStop(it: PyCallIter): null {
  const c = it.callable;
  const s = it.sentinel;
  touch(it);
  it.callable = null;
  it.sentinel = null;
  if (c !== null) decref(c);
  if (s !== null) decref(s);
  return null;
}

defineIterator(
  callIterType,
  (o) => {
    const it = o as PyCallIter;
    if (it.callable === null) return null;
    let r: PyObject;
    try {
      r = callObject(it.callable, [], null);
    } catch (e) {
      if (e instanceof PyThrow && e.type.isSubtype(StopIteration)) {
        e.drop();
        return callIterStop(it);
      }
      throw e;
    }
    let same: boolean;
    try {
      same = eq(it.sentinel!, r);
    } catch (e) {
      decref(r);
      throw e;
    }
    if (!same) return r;
    decref(r);
    return callIterStop(it);
  },
  null,
);

/** iter(callable, sentinel) (borrowed arguments). */
export function newCallIter(callable: PyObject, sentinel: PyObject): PyCallIter {
  incref(callable);
  incref(sentinel);
  const it = born(new PyCallIter(callable, sentinel));
  gcTrack(it);
  return it;
}

/** True when `o` is an iterator (re-exported for the builtins). */
export { isIterator };
