/**
 * set and frozenset objects over collections/set-table.ts, whose slot layout
 * and probing are CPython 3.11's, so iteration order (what programs print) is
 * python3's. This file holds the objects, their protocol slots (repr, ==, <=,
 * | & - ^ and in-place forms, `in`, len, iteration, frozenset hash) and the
 * constructors; set-methods.ts holds the named methods.
 *
 * The table holds one strong reference per element: it takes it when a key
 * is stored and drops it when a key is discarded, at the moment CPython does
 * (discard releases at once; clear() empties the table first, then releases in
 * slot order). Sets are GC-tracked from birth, even sets of ints.
 */
import { callMethod, getIter, iterNext, nativeContains, nativeIter, nativeLen } from '../abstract';
import { SetChangedSizeError, SetMutationError, SetTable, type SetTableHooks } from '../collections/set-table';
import { PyThrow, throwError } from '../errors';
import { setGcClear } from '../gc-traverse';
import type { PyHash } from '../hash';
import { born, decref, heap, incref, loggingListeners, touch } from '../memory';
import { PyObject, PyType, type Visit } from '../object';
import { BinOp, CmpOp, eq, nativeBinary, nativeCompare, nativeHash, nativeRepr, repr, reprGuard } from '../ops';
import { nativeNew } from './constructors';
import { dictType, PyDict } from './dict';
import { RuntimeError, TypeError } from './exception';
import { False, True } from './int';
import { defineIterator, gcTrack } from './iterators';
import { listFrom } from './list-methods';
import { NotImplemented } from './none';
import { PyStr, strType } from './str';
import { exactHash, hashExact } from './tuple-methods';
import { newBuiltinType, objectType, type KwArgs } from './type';

// ---------------------------------------------------------------- objects

const hooks: SetTableHooks<PyObject> = {
  eq(stored, probe) {
    if (stored instanceof PyStr && probe instanceof PyStr && stored.type === strType && probe.type === strType)
      return stored.v === probe.v;
    incref(stored);
    try {
      return eq(stored, probe);
    } finally {
      decref(stored);
    }
  },
  retain(k) {
    incref(k);
  },
  release(k) {
    decref(k);
  },
};

const setSlots = {
  traverse(o: PyObject, visit: Visit) {
    (o as PySet).table.forEach((k) => visit(k, 'elem'));
  },
  clear(o: PyObject) {
    (o as PySet).table.clear();
  },
};

/** `set`. */
export const setType = newBuiltinType('set', objectType, { basicSize: 200, gcType: true, slots: setSlots });
/** `frozenset`. */
export const frozensetType = newBuiltinType('frozenset', objectType, { basicSize: 200, gcType: true, slots: setSlots });

/** A set or frozenset. */
export class PySet extends PyObject {
  /** Cached frozenset hash (so->hash), null until computed. */
  hash: PyHash | null = null;
  constructor(
    type: PyType,
    public table: SetTable<PyObject> = new SetTable(hooks),
  ) {
    super(type);
    table.owner = this;
  }
}

// A set's contents change inside its table: the table tells its owner's change to a recording
// (only while one watches: otherwise a set's write costs one test of the hook).
const touchOwner = (owner: object) => touch(owner as PyObject);
loggingListeners.push((on) => void (SetTable.onChange = on ? touchOwner : null));

/** PyAnySet_Check. */
export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

/** The result type of an operation on `so` (make_new_set_basetype): set for sets, frozenset for frozensets. */
function baseType(so: PySet): PyType {
  return so.type === frozensetType ? frozensetType : setType;
}

/** Wraps a table computed by SetTable into a new set object of type t. */
function wrap(t: PyType, table: SetTable<PyObject>): PySet {
  // An instance of a user subclass holds a reference to its class.
  if (!t.native) incref(t);
  const s = born(new PySet(t, table));
  gcTrack(s);
  return s;
}

/** Converts the library's JS errors into the RuntimeError CPython raises. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SetChangedSizeError || e instanceof SetMutationError) throwError(RuntimeError, 'Set changed size during iteration');
    throw e;
  }
}

/** (key, hash) pairs of any iterable, each key held only while the table looks at it. */
export function* hashedItems(o: PyObject): Generator<[PyObject, PyHash]> {
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return;
      try {
        yield [x, hashExact(x)];
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** (key, hash) pairs of a dict's keys, read live. */
function* dictKeys(d: PyDict): Generator<[PyObject, PyHash]> {
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    incref(k);
    try {
      yield [k, hashExact(k)];
    } finally {
      decref(k);
    }
  }
}

/** A dict as the HashedCollection the table's difference wants. */
function dictCollection(d: PyDict) {
  return {
    get size() {
      return d.used;
    },
    has: (k: PyObject) => d.find(k) >= 0,
    entries: () => dictKeys(d),
  };
}

/** set_update_internal: s.update(other) for a set, an exact dict or any iterable. */
export function setUpdate(so: PySet, other: PyObject): void {
  guard(() => {
    if (other instanceof PySet) so.table.update(other.table);
    else if (other instanceof PyDict && other.type === dictType) so.table.updateFromDict(dictKeys(other), other.used);
    else so.table.addAll(hashedItems(other));
  });
}

/** make_new_set: a new set (or frozenset) filled from an iterable (borrowed; null for empty). */
export function newSetOf(iterable: PyObject | null, t: PyType = setType): PySet {
  const s = wrap(t, new SetTable(hooks));
  if (iterable !== null) {
    try {
      setUpdate(s, iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

/**
 * The frozenset constant the 3.11 compiler makes for a constant set display
 * (`{5, 3, 1}` compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE):
 * built from the items in source order, then rebuilt from its own iteration
 * order by merge_consts_recursive. The rebuild can move elements, and the
 * printed order of the display follows the rebuilt layout. Items are borrowed.
 */
export function constantFrozenset(items: PyObject[]): PySet {
  const first = new SetTable<PyObject>(hooks);
  for (const x of items) guard(() => first.add(x, hashExact(x)));
  const rebuilt = new SetTable<PyObject>(hooks);
  for (const x of first.keys()) rebuilt.add(x, hashExact(x));
  first.dispose();
  return wrap(frozensetType, rebuilt);
}

/** set_copy: a new set of so's base type with the same elements (and layout). */
export function setCopy(so: PySet): PySet {
  return wrap(baseType(so), so.table.copy());
}

/** PySet_Add (key borrowed). */
export function setAddItem(so: PySet, key: PyObject): void {
  const h = hashExact(key);
  guard(() => so.table.add(key, h));
}

/**
 * BUILD_SET: a set of the `n` items on `stack` from `start`, whose references it
 * takes (their slots end up null). As ceval.c, each item is released right after
 * its PySet_Add; once one add fails the rest are released without trying, and only
 * then the set, which frees what it took in its table's order.
 */
export function buildSet(stack: (PyObject | null)[], start: number, n: number): PyObject {
  const s = newSetOf(null);
  let failed = false;
  let error: unknown = null;
  try {
    for (let i = start; i < start + n; i++) {
      const x = stack[i]!;
      if (!failed) {
        try {
          setAddItem(s, x);
        } catch (e) {
          failed = true;
          error = e;
          // A MemoryError keeps its slack until its traceback entry is made (memory.ts).
          heap.keepSlack++;
        }
      }
      stack[i] = null;
      decref(x);
    }
    if (failed) decref(s);
  } finally {
    if (failed) heap.keepSlack--;
  }
  if (failed) throw error;
  return s;
}

/** Calls a named set method (new reference). */
export function setMethod(so: PyObject, name: string, args: PyObject[]): PyObject {
  return callMethod(so, name, args);
}

/**
 * Runs a key-taking operation; a set used as a key is retried as a temporary
 * frozenset when it turns out unhashable (set_contains, remove, discard).
 */
export function withSetKey<T>(key: PyObject, fn: (key: PyObject, hash: PyHash) => T): T {
  let h: PyHash;
  try {
    h = hashExact(key);
  } catch (e) {
    if (!(key instanceof PySet) || !(e instanceof PyThrow) || !e.type.isSubtype(TypeError)) throw e;
    e.drop();
    const tmp = newSetOf(key, frozensetType);
    try {
      return fn(tmp, hashExact(tmp));
    } finally {
      decref(tmp);
    }
  }
  return fn(key, h);
}

/** `key in so`. */
export function setContains(so: PySet, key: PyObject): boolean {
  return withSetKey(key, (k, h) => guard(() => so.table.has(k, h)));
}

// ---------------------------------------------------------------- repr, hash, comparison

function setRepr(o: PyObject): string {
  const s = o as PySet;
  const name = s.type.name;
  return reprGuard(
    s,
    () => {
      if (s.table.used === 0) return `${name}()`;
      const keys = listFrom(s);
      let body: string;
      try {
        body = repr(keys).slice(1, -1);
      } finally {
        decref(keys);
      }
      return s.type === setType ? `{${body}}` : `${name}({${body}})`;
    },
    `${name}(...)`,
  );
}

/** frozenset_hash, cached in the object. */
export function frozensetHash(s: PySet): PyHash {
  if (s.hash === null) s.hash = s.table.frozensetHash();
  return s.hash;
}

function isSubset(a: PySet, b: PySet): boolean {
  return guard(() => a.table.isSubset(b.table));
}

function setCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  if (!(a instanceof PySet) || !(b instanceof PySet)) return NotImplemented;
  const la = a.table.used;
  const lb = b.table.used;
  let r: boolean;
  switch (op) {
    case CmpOp.Eq:
    case CmpOp.Ne:
      r = la === lb && !(a.hash !== null && b.hash !== null && a.hash !== b.hash) && isSubset(a, b);
      if (op === CmpOp.Ne) r = !r;
      break;
    case CmpOp.Le:
      r = isSubset(a, b);
      break;
    case CmpOp.Ge:
      r = isSubset(b, a);
      break;
    case CmpOp.Lt:
      r = la < lb && isSubset(a, b);
      break;
    default:
      r = la > lb && isSubset(b, a);
  }
  return incref(r ? True : False);
}

// ---------------------------------------------------------------- operators

/** Reflected operators of other types on `set op other` (dict views answer `{1} | d.keys()`). */
export const reflectedSetOps = new Map<PyType, (setObj: PyObject, other: PyObject, op: BinOp) => PyObject>();

/** set_intersection(so, other) for any iterable other. */
export function setIntersection(so: PySet, other: PyObject): PySet {
  if (other === so) return setCopy(so);
  const t = baseType(so);
  if (other instanceof PySet) return wrap(t, guard(() => so.table.intersection(other.table)));
  return wrap(t, guard(() => so.table.intersectionWithIterable(hashedItems(other))));
}

/** set_difference(so, other). */
export function setDifference(so: PySet, other: PyObject): PySet {
  const t = baseType(so);
  if (other instanceof PySet) return wrap(t, guard(() => so.table.difference(other.table)));
  if (other instanceof PyDict && other.type === dictType)
    return wrap(t, guard(() => so.table.differenceWithDict(dictCollection(other))));
  return wrap(t, guard(() => so.table.differenceWithIterable(hashedItems(other))));
}

/** set_difference_update_internal(so, other). */
export function setDifferenceUpdate(so: PySet, other: PyObject): void {
  if (other === so) {
    so.table.clear();
    return;
  }
  guard(() => {
    if (other instanceof PySet) so.table.differenceUpdate(other.table);
    else so.table.differenceUpdateIterable(hashedItems(other));
  });
}

/** set_symmetric_difference_update(so, other). */
export function setSymmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (other === so) {
    so.table.clear();
    return;
  }
  guard(() => {
    if (other instanceof PyDict && other.type === dictType) so.table.symmetricDifferenceUpdateDict(dictKeys(other));
    else if (other instanceof PySet) so.table.symmetricDifferenceUpdate(other.table);
    else {
      // A temporary set of other's type-of-so first, then the set walk.
      const tmp = newSetOf(other, baseType(so));
      try {
        so.table.symmetricDifferenceUpdate(tmp.table);
      } finally {
        decref(tmp);
      }
    }
  });
}

/** set_symmetric_difference: a new set laid out like `other`, updated with so. */
export function setSymmetricDifference(so: PySet, other: PyObject): PySet {
  const result = newSetOf(other, baseType(so));
  try {
    setSymmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setBinary(a: PyObject, b: PyObject, op: BinOp, inplace: boolean): PyObject {
  const so = a as PySet;
  if (!(b instanceof PySet)) {
    const r = reflectedSetOps.get(b.type);
    return r === undefined ? NotImplemented : r(a, b, op);
  }
  const mutate = inplace && so.type === setType;
  switch (op) {
    case BinOp.Or:
      if (mutate) {
        setUpdate(so, b);
        return incref(so);
      } else {
        const r = setCopy(so);
        if (b === so) return r;
        try {
          setUpdate(r, b);
        } catch (e) {
          decref(r);
          throw e;
        }
        return r;
      }
    case BinOp.And: {
      const r = setIntersection(so, b);
      if (!mutate) return r;
      so.table.swapBodies(r.table);
      decref(r);
      return incref(so);
    }
    case BinOp.Sub:
      if (mutate) {
        setDifferenceUpdate(so, b);
        return incref(so);
      }
      return setDifference(so, b);
    case BinOp.Xor:
      if (mutate) {
        setSymmetricDifferenceUpdate(so, b);
        return incref(so);
      }
      return setSymmetricDifference(so, b);
  }
  return NotImplemented;
}

// ---------------------------------------------------------------- iteration

/** `set_iterator`. */
export class PySetIter extends PyObject {
  constructor(
    public set: PySet | null,
    public used: number,
    public pos: number,
    public remaining: number,
  ) {
    super(setIterType);
  }
}

/** `set_iterator`. */
export const setIterType: PyType = newBuiltinType('set_iterator', objectType, {
  basicSize: 48,
  gcType: true,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const it = o as PySetIter;
      if (it.set !== null) visit(it.set, 'set');
    },
    clear(o: PyObject) {
      const it = o as PySetIter;
      const s = it.set;
      it.set = null;
      if (s !== null) decref(s);
    },
  },
});

/** iter(s). */
export function newSetIter(s: PySet): PySetIter {
  incref(s);
  const it = born(new PySetIter(s, s.table.used, 0, s.table.used));
  gcTrack(it);
  return it;
}

defineIterator(
  setIterType,
  (o) => {
    const it = o as PySetIter;
    const s = it.set;
    if (s === null) return null;
    if (it.used !== s.table.used) {
      it.used = -1;
      throwError(RuntimeError, 'Set changed size during iteration');
    }
    const i = s.table.nextIndex(it.pos);
    if (i < 0) {
      touch(it);
      it.set = null;
      decref(s);
      return null;
    }
    it.pos = i + 1;
    it.remaining--;
    return incref(s.table.keyAt(i));
  },
  (o) => {
    const it = o as PySetIter;
    return it.set !== null && it.used === it.set.table.used ? it.remaining : 0;
  },
);

// ---------------------------------------------------------------- registration

for (const t of [setType, frozensetType]) {
  nativeRepr.set(t, setRepr);
  nativeCompare.set(t, setCompare);
  nativeBinary.set(t, setBinary);
  nativeLen.set(t, (o) => (o as PySet).table.used);
  nativeIter.set(t, (o) => newSetIter(o as PySet));
  nativeContains.set(t, (o, k) => setContains(o as PySet, k));
}
// set_clear_internal is also what the collector uses to break a cycle through a set.
setGcClear(setType, setSlots.clear);
setGcClear(frozensetType, setSlots.clear);
nativeHash.set(setType, () => throwError(TypeError, "unhashable type: 'set'"));
nativeHash.set(frozensetType, (o) => Number(frozensetHash(o as PySet)));
exactHash.set(frozensetType, (o) => frozensetHash(o as PySet));

function noKw(name: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throwError(TypeError, `${name}() takes no keyword arguments`);
}

/** set.__init__(iterable): empties the set, then adds the iterable's items. */
export function setInit(so: PySet, args: PyObject[], kw: KwArgs): void {
  noKw('set', kw);
  if (args.length > 1) throwError(TypeError, `set expected at most 1 argument, got ${args.length}`);
  if (so.table.fill > 0) so.table.clear();
  so.hash = null;
  if (args.length) setUpdate(so, args[0]);
}

nativeNew.set(setType, (t, args, kw) => {
  const so = newSetOf(null, t);
  try {
    setInit(so, args, kw);
  } catch (e) {
    decref(so);
    throw e;
  }
  return so;
});

nativeNew.set(frozensetType, (t, args, kw) => {
  noKw('frozenset', kw);
  if (args.length > 1) throwError(TypeError, `frozenset expected at most 1 argument, got ${args.length}`);
  if (t === frozensetType && args.length === 1 && args[0].type === frozensetType) return incref(args[0]);
  return newSetOf(args.length ? args[0] : null, t);
});

