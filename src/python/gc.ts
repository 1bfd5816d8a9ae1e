/**
 * The cyclic garbage collector, as CPython 3.11's Modules/gcmodule.c runs it:
 * three generations of tracked objects, collected when generation 0's count
 * (GC allocations minus GC deallocations, kept by memory.ts as
 * `heap.gcCount0`) passes its threshold, or on `gc.collect()`.
 *
 * Why each piece is shaped as it is:
 * - Generations are insertion-ordered JS Sets: CPython's doubly linked lists
 *   fix the order in which unreachable objects are finalized (`__del__`) and
 *   cleared, and a Set gives the same order with O(1) untracking.
 * - During a collection `o.gen` doubles as the collector's state (COLLECTING,
 *   UNREACHABLE...), the way CPython borrows bits of the GC header, so a
 *   visitor can tell in O(1) whether a child belongs to the set being examined.
 * - Traversal order is CPython's tp_traverse order (lists and tuples from the
 *   end, dicts value-then-key, an instance's attributes then its class),
 *   because move_unreachable's re-queueing depends on it, and with it the
 *   order of `__del__` calls.
 * - Only the types that have a tp_clear in CPython are cleared when cycles are
 *   broken (tuples, bound methods, builtin methods, generators have none), and
 *   each clear here can run before the type's own dealloc-time clear without
 *   releasing anything twice.
 */
import { decref, heap, incref, setUntrackHook, xdecref } from './memory';
import { Flag, PyObject, PyType, type TypeSlots, type Visit } from './object';
import { cellType } from './types/cell';
import { classmethodType, PyFuncWrapper, propertyType, staticmethodType } from './types/descriptors';
import { dictHooks, dictType, PyDict } from './types/dict';
import { PyException } from './types/exception';
import { functionType, PyFunction } from './types/function';
import { listType, PyList } from './types/list';
import { None } from './types/none';
import { PyStr, strType } from './types/str';
import { emptyTuple, PyTuple, tupleType } from './types/tuple';

const NUM_GENERATIONS = 3;
/** `o.gen` while the object is in the set being examined. */
const COLLECTING = 3;
/** `o.gen` while the object is (tentatively) unreachable. */
const UNREACHABLE = 4;
/** `o.gen` of a reachable weakref whose callback is about to be called. */
const WRCB = 5;

/** Observer of collections (the trace recorder); null when nobody listens. */
export interface CollectObserver {
  /** Right before cycles are broken: the garbage about to be cleared, in CPython's order. */
  willClear(generation: number, garbage: readonly PyObject[]): void;
  /** After a collection: what `gc.collect()` returns for it. */
  done(generation: number, found: number): void;
}

/** Hooks other layers plug into the collector. */
export const gcHooks = {
  /** Set by the trace recorder. */
  observer: null as CollectObserver | null,
  /**
   * Clears the weak references to an unreachable object and returns the
   * reachable weakrefs whose callbacks must run (installed by modules/weakref.ts;
   * `isWeakref` tells the collector which objects are weakrefs).
   */
  clearWeakrefsOf: (_o: PyObject): PyObject[] => [],
  isWeakref: (_o: PyObject): boolean => false,
  /** Clears a weakref's referent but keeps its callback (CPython's _PyWeakref_ClearRef). */
  clearWeakrefReferent: (_wr: PyObject): void => {},
  /** Runs a weakref callback; errors are reported, not raised. */
  runWeakrefCallback: (_wr: PyObject): void => {},
};

/** Per-run collector state (gcmodule.c's GCState). */
class GcState {
  gens: Set<PyObject>[] = [new Set(), new Set(), new Set()];
  /** Counts of generations 1 and 2 (generation 0's lives in heap.gcCount0). */
  counts = [0, 0, 0];
  thresholds = [700, 10, 10];
  enabled = true;
  collecting = false;
  longLivedTotal = 0;
  longLivedPending = 0;
  /** The unreachable set of the collection in progress (untracking removes from it). */
  unreachable: Set<PyObject> | null = null;
  wrcb: Set<PyObject> | null = null;
  /** Generation new objects join: 2 while building what CPython has before a program starts. */
  birthGen = 0;
  /** > 0 while building startup objects: no automatic collection then. */
  quiet = 0;
}

let st = new GcState();

/** Starts a fresh collector for a new run (thresholds, counts and generations back to CPython's start). */
export function resetCollector(): void {
  st = new GcState();
}

// ---------------------------------------------------------------- tracking

/** True when the object takes part in cyclic GC by type (CPython's _PyObject_IS_GC). */
export function isGcObject(o: PyObject): boolean {
  if (o instanceof PyType) return !o.native;
  return o.type.gcType;
}

/** CPython's _PyObject_GC_MAY_BE_TRACKED: could this value ever be part of a cycle? */
export function mayBeTracked(o: PyObject): boolean {
  if (!isGcObject(o)) return false;
  if (o.type === tupleType) return (o.flags & Flag.Tracked) !== 0;
  return true;
}

/** Starts following an object (appended to the youngest generation, as _PyObject_GC_TRACK). */
export function track(o: PyObject): void {
  if (o.flags & Flag.Tracked) return;
  o.flags |= Flag.Tracked;
  o.gen = st.birthGen;
  st.gens[st.birthGen].add(o);
}

/** Stops following an object (dealloc, or the collector untracking atomic tuples and dicts). */
export function untrack(o: PyObject): void {
  if (!(o.flags & Flag.Tracked)) return;
  o.flags &= ~Flag.Tracked;
  const g = o.gen;
  if (g < NUM_GENERATIONS) st.gens[g].delete(o);
  else if (g === UNREACHABLE) st.unreachable?.delete(o);
  else if (g === WRCB) st.wrcb?.delete(o);
  o.gen = 0;
}

/**
 * `gc.is_tracked(o)`. Process-wide objects of GC types (builtin functions,
 * the builtins' own objects) are tracked from CPython's start-up on; the
 * empty tuple is the exception CPython makes.
 */
export function isTracked(o: PyObject): boolean {
  if (o.flags & Flag.Tracked) return true;
  return (o.flags & Flag.Shared) !== 0 && isGcObject(o) && o.type !== tupleType;
}

/**
 * Whether CPython tracks an object of this kind as soon as it is created. Dicts
 * start untracked and are tracked when they first hold a value that may be
 * tracked (dict.ts calls `dictHooks.track`); a Hidden object is not a Python
 * object of its own.
 */
function tracksAtBirth(o: PyObject): boolean {
  return (o.flags & (Flag.GcType | Flag.Hidden)) === Flag.GcType && !(o instanceof PyDict);
}

/**
 * MemoryHooks.maybeCollect: called by memory.ts right after a GC-type object
 * was counted into generation 0. Collects first if the count passed the
 * threshold (CPython's _PyObject_GC_Link, before the new object is tracked),
 * then tracks the new object when its kind is tracked from birth.
 */
export function maybeCollect(o?: PyObject): void {
  if (
    heap.gcCount0 > st.thresholds[0] &&
    st.enabled &&
    st.thresholds[0] !== 0 &&
    !st.collecting &&
    st.quiet === 0
  ) {
    st.collecting = true;
    try {
      collectGenerations();
    } finally {
      st.collecting = false;
    }
  }
  if (o !== undefined && tracksAtBirth(o)) track(o);
}

/**
 * Builds objects CPython already has before a program runs (builtins, the
 * preloaded modules): they do not count toward generation 0, cannot trigger a
 * collection, and are tracked in the oldest generation.
 */
export function asPreexisting<T>(fn: () => T): T {
  const count0 = heap.gcCount0;
  const birthGen = st.birthGen;
  st.birthGen = NUM_GENERATIONS - 1;
  st.quiet++;
  try {
    return fn();
  } finally {
    st.quiet--;
    st.birthGen = birthGen;
    heap.gcCount0 = count0;
  }
}

// ---------------------------------------------------------------- configuration

/** `gc.get_count()`. */
export function getCount(): [number, number, number] {
  return [heap.gcCount0, st.counts[1], st.counts[2]];
}

/** `gc.get_threshold()`. */
export function getThreshold(): [number, number, number] {
  return [st.thresholds[0], st.thresholds[1], st.thresholds[2]];
}

/** `gc.set_threshold(t0[, t1[, t2]])`: omitted values keep their current setting. */
export function setThreshold(t0: number, t1?: number, t2?: number): void {
  st.thresholds[0] = t0;
  if (t1 !== undefined) st.thresholds[1] = t1;
  if (t2 !== undefined) st.thresholds[2] = t2;
}

/** `gc.enable()`. */
export function enable(): void {
  st.enabled = true;
}

/** `gc.disable()`. */
export function disable(): void {
  st.enabled = false;
}

/** `gc.isenabled()`. */
export function isEnabled(): boolean {
  return st.enabled;
}

/** Number of tracked objects per generation (for the trace and tests). */
export function generationSizes(): [number, number, number] {
  return [st.gens[0].size, st.gens[1].size, st.gens[2].size];
}

// ---------------------------------------------------------------- traversal and clearing

type HeapTypeLike = PyType & { typeSlots?: TypeSlots };

/** The slots that describe an object's own references (a user class object keeps them apart). */
function slotsOf(o: PyObject): TypeSlots {
  if (o instanceof PyType) return (o as HeapTypeLike).typeSlots ?? {};
  return o.type.slots;
}

function isExactStr(k: PyObject): boolean {
  return k instanceof PyStr && k.type === strType;
}

/** dict_traverse: values only while every key is a str, else each value then its key. */
function traverseDict(d: PyDict, visit: Visit): void {
  const keys = d.keys;
  const values = d.values;
  let unicode = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && !isExactStr(k)) {
      unicode = false;
      break;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    visit(values[i]!, '');
    if (!unicode) visit(k, '');
  }
}

/** An object's references in CPython's tp_traverse order (what the collector and gc.get_referents see). */
export function gcTraverse(o: PyObject, visit: Visit): void {
  const t = o.type;
  if (t === listType || t === tupleType) {
    const items = (o as PyList | PyTuple).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i], '');
    return;
  }
  if (t === dictType) {
    traverseDict(o as PyDict, visit);
    return;
  }
  if (o instanceof PyType) {
    if (!o.native) slotsOf(o).traverse?.(o, visit);
    return;
  }
  const traverse = t.slots.traverse;
  if (!t.native) {
    // subtype_traverse: an instance refers to its class too; exceptions visit it before their base fields.
    if (o instanceof PyException) {
      visit(t, '');
      traverse?.(o, visit);
    } else {
      traverse?.(o, visit);
      visit(t, '');
    }
    return;
  }
  traverse?.(o, visit);
}

/** tp_clear replacements for types whose dealloc-time clear must not run twice. */
const gcClears = new Map<PyType, (o: PyObject) => void>();

/**
 * Registers what breaking a cycle does to objects of a native type (CPython's
 * tp_clear); `null` says the type has none. It must leave the object safe to
 * deallocate afterwards (its own clear will run again then).
 */
export function setGcClear(t: PyType, clear: ((o: PyObject) => void) | null): void {
  gcClears.set(t, clear ?? (() => {}));
}

/** func_clear: everything but the code and globals, which the function's dealloc still needs. */
function clearFunction(o: PyObject): void {
  const f = o as PyFunction;
  const attrs = f.attrs;
  f.attrs = null;
  const closure = f.closure;
  f.closure = null;
  const kwdefaults = f.kwdefaults;
  f.kwdefaults = null;
  const defaults = f.defaults;
  f.defaults = null;
  xdecref(defaults);
  xdecref(kwdefaults);
  if (attrs !== null) for (const v of attrs.values()) decref(v);
  xdecref(closure);
}

/** BaseException_clear: args become the empty tuple so the exception stays printable. */
function clearException(o: PyObject): void {
  const e = o as PyException;
  const attrs = e.attrs;
  e.attrs = null;
  if (attrs !== null) for (const v of attrs.values()) decref(v);
  const args = e.args;
  emptyTuple.rc++;
  e.args = emptyTuple;
  decref(args);
  const cause = e.cause;
  e.cause = null;
  xdecref(cause);
  const context = e.context;
  e.context = null;
  xdecref(context);
}

/** sm_clear/cm_clear: the wrapped callable becomes None. */
function clearFuncWrapper(o: PyObject): void {
  const w = o as PyFuncWrapper;
  const f = w.func;
  None.rc++;
  w.func = None;
  decref(f);
}

setGcClear(listType, listType.slots.clear!);
setGcClear(dictType, dictType.slots.clear!);
setGcClear(cellType, cellType.slots.clear!);
setGcClear(propertyType, propertyType.slots.clear!);
setGcClear(functionType, clearFunction);
setGcClear(staticmethodType, clearFuncWrapper);
setGcClear(classmethodType, clearFuncWrapper);

function gcClearOf(o: PyObject): ((o: PyObject) => void) | undefined {
  if (o instanceof PyType) return o.native ? undefined : slotsOf(o).clear;
  const t = o.type;
  if (o instanceof PyException) return clearException;
  if (!t.native) return t.slots.clear;
  const c = gcClears.get(t);
  if (c !== undefined) return c;
  // Until set.ts registers itself: set_clear_internal empties the table.
  if (t.name === 'set' || t.name === 'frozenset') return t.slots.clear;
  return undefined;
}

// ---------------------------------------------------------------- the collection

function visitDecref(c: PyObject): void {
  if (c.gen === COLLECTING) c.gcRefs--;
}

/**
 * deduce_unreachable: update_refs + subtract_refs + move_unreachable over
 * `base` (in order). Reachable objects come back in CPython's resulting list
 * order with `gen = survivorGen`; the rest in an ordered set with UNREACHABLE.
 */
function deduceUnreachable(base: Iterable<PyObject>, survivorGen: number): [PyObject[], Set<PyObject>] {
  const queue: PyObject[] = [];
  for (const o of base) {
    o.gcRefs = o.rc;
    o.gen = COLLECTING;
    queue.push(o);
  }
  for (let i = 0; i < queue.length; i++) gcTraverse(queue[i], visitDecref);
  const unreachable = new Set<PyObject>();
  const reachable: PyObject[] = [];
  const visitReachable = (c: PyObject): void => {
    if (c.gen === COLLECTING) {
      if (c.gcRefs === 0) c.gcRefs = 1;
    } else if (c.gen === UNREACHABLE && unreachable.has(c)) {
      // Tentatively unreachable, but reachable after all: back to the end of the young list.
      unreachable.delete(c);
      c.gen = COLLECTING;
      c.gcRefs = 1;
      queue.push(c);
    }
  };
  for (let i = 0; i < queue.length; i++) {
    const o = queue[i];
    if (o.gen !== COLLECTING) continue;
    if (o.gcRefs !== 0) {
      gcTraverse(o, visitReachable);
      o.gen = survivorGen;
      reachable.push(o);
    } else {
      o.gen = UNREACHABLE;
      unreachable.add(o);
    }
  }
  return [reachable, unreachable];
}

/** _PyTuple_MaybeUntrack. */
function maybeUntrackTuple(t: PyTuple): void {
  for (const x of t.items) if (mayBeTracked(x)) return;
  untrack(t);
}

/** _PyDict_MaybeUntrack: str-keyed dicts look at values only. */
function maybeUntrackDict(d: PyDict): void {
  let unicode = true;
  for (const k of d.keys) if (k !== null && !isExactStr(k)) unicode = false;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    if (mayBeTracked(d.values[i]!) || (!unicode && mayBeTracked(k))) return;
  }
  untrack(d);
}

/** handle_weakrefs: clears weakrefs to the garbage and runs the callbacks of those that outlive it. */
function handleWeakrefs(unreachable: Set<PyObject>, oldGen: number): number {
  const wrcb = new Set<PyObject>();
  st.wrcb = wrcb;
  for (const o of [...unreachable]) {
    if (gcHooks.isWeakref(o)) gcHooks.clearWeakrefReferent(o);
    if (o.weakrefs === null) continue;
    for (const wr of gcHooks.clearWeakrefsOf(o)) {
      // A weakref that is itself garbage never gets its callback called.
      if (unreachable.has(wr)) continue;
      incref(wr);
      if (wr.flags & Flag.Tracked) {
        st.gens[wr.gen].delete(wr);
        wr.gen = WRCB;
      }
      wrcb.add(wr);
    }
  }
  let freed = 0;
  for (const wr of [...wrcb]) {
    gcHooks.runWeakrefCallback(wr);
    const alive = wr.rc > 1;
    decref(wr);
    if (alive) {
      if (wrcb.delete(wr)) {
        wr.gen = oldGen;
        st.gens[oldGen].add(wr);
      }
    } else freed++;
  }
  st.wrcb = null;
  return freed;
}

/** finalize_garbage: `__del__` once per object (PEP 442), in unreachable-list order. */
function finalizeGarbage(unreachable: Set<PyObject>): void {
  const hooks = heap.hooks;
  for (const o of [...unreachable]) {
    if (!unreachable.has(o)) continue;
    if (o.flags & Flag.Finalized || !hooks.hasFinalizer(o)) continue;
    o.flags |= Flag.Finalized;
    o.rc++;
    try {
      hooks.finalize(o);
    } finally {
      decref(o);
    }
  }
}

/** delete_garbage: tp_clear each object, holding a reference, so refcounting frees the cycle. */
function deleteGarbage(collectable: Set<PyObject>, oldGen: number): void {
  for (const o of [...collectable]) {
    if (!collectable.has(o)) continue;
    const clear = gcClearOf(o);
    if (clear !== undefined) {
      o.rc++;
      try {
        clear(o);
      } finally {
        decref(o);
      }
    }
    if (collectable.delete(o)) {
      // Still alive (nothing freed it): it may die later.
      o.gen = oldGen;
      st.gens[oldGen].add(o);
    }
  }
}

/** gc_collect_main: collects `generation` and the younger ones; returns the unreachable count. */
function collectMain(generation: number): number {
  if (generation + 1 < NUM_GENERATIONS) st.counts[generation + 1]++;
  heap.gcCount0 = 0;
  for (let i = 1; i <= generation; i++) st.counts[i] = 0;

  const young = st.gens[generation];
  for (let i = 0; i < generation; i++) {
    for (const o of st.gens[i]) young.add(o);
    st.gens[i] = new Set();
  }
  const oldGen = generation < NUM_GENERATIONS - 1 ? generation + 1 : generation;

  const [survivors, unreachable] = deduceUnreachable(young, generation);
  const kept = new Set(survivors);
  st.gens[generation] = kept;
  for (const o of kept) if (o.type === tupleType) maybeUntrackTuple(o as PyTuple);
  if (oldGen !== generation) {
    if (generation === NUM_GENERATIONS - 2) st.longLivedPending += kept.size;
    const old = st.gens[oldGen];
    for (const o of kept) {
      o.gen = oldGen;
      old.add(o);
    }
    st.gens[generation] = new Set();
  } else {
    // Only full collections untrack dicts (CPython issue #14775).
    for (const o of kept) if (o.type === dictType) maybeUntrackDict(o as PyDict);
    st.longLivedPending = 0;
    st.longLivedTotal = kept.size;
  }

  st.unreachable = unreachable;
  let found = 0;
  try {
    found += handleWeakrefs(unreachable, oldGen);
    finalizeGarbage(unreachable);
    // Finalizers may have resurrected objects: look again at what is left.
    const [resurrected, garbage] = deduceUnreachable([...unreachable], oldGen);
    const old = st.gens[oldGen];
    for (const o of resurrected) old.add(o);
    st.unreachable = garbage;
    if (gcHooks.observer !== null) gcHooks.observer.willClear(generation, [...garbage]);
    found += garbage.size;
    deleteGarbage(garbage, oldGen);
  } finally {
    // Anything left behind by an engine error goes back to the old generation.
    const rest = st.unreachable;
    st.unreachable = null;
    if (rest !== null) {
      for (const o of rest) {
        o.gen = oldGen;
        st.gens[oldGen].add(o);
      }
    }
  }
  if (gcHooks.observer !== null) gcHooks.observer.done(generation, found);
  return found;
}

/** gc_collect_generations: the oldest generation over its threshold, with the long-lived ratio rule. */
function collectGenerations(): number {
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    const count = i === 0 ? heap.gcCount0 : st.counts[i];
    if (count > st.thresholds[i]) {
      if (i === NUM_GENERATIONS - 1 && st.longLivedPending < Math.floor(st.longLivedTotal / 4)) continue;
      return collectMain(i);
    }
  }
  return 0;
}

/** `gc.collect(generation)`: 0 while a collection is already running, as CPython. */
export function collect(generation = NUM_GENERATIONS - 1): number {
  if (st.collecting) return 0;
  st.collecting = true;
  try {
    return collectMain(generation);
  } finally {
    st.collecting = false;
  }
}

/**
 * The last collection at interpreter exit (_PyGC_CollectNoFail): a full
 * collection even while automatic collection is disabled.
 */
export function collectAtExit(): number {
  return collect(NUM_GENERATIONS - 1);
}

// ---------------------------------------------------------------- introspection

/** `gc.get_referrers(*objs)`: tracked objects that refer to any of objs, generation by generation. */
export function getReferrers(objs: readonly PyObject[], exclude: PyObject | null = null): PyObject[] {
  const targets = new Set(objs);
  const out: PyObject[] = [];
  for (const gen of st.gens) {
    for (const o of gen) {
      if (o === exclude) continue;
      let hit = false;
      gcTraverse(o, (c) => {
        if (targets.has(c)) hit = true;
      });
      if (hit) out.push(o);
    }
  }
  return out;
}

/** `gc.get_referents(*objs)`: what each GC object refers to, in tp_traverse order (borrowed). */
export function getReferents(objs: readonly PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const o of objs) {
    if (!isGcObject(o)) continue;
    gcTraverse(o, (c) => void out.push(c));
  }
  return out;
}

/** `gc.get_objects([generation])`: tracked objects, youngest generation first (borrowed). */
export function getObjects(generation: number | null = null): PyObject[] {
  if (generation !== null) return [...st.gens[generation]];
  return [...st.gens[0], ...st.gens[1], ...st.gens[2]];
}

setUntrackHook(untrack);
dictHooks.track = track;
dictHooks.mayBeTracked = mayBeTracked;
