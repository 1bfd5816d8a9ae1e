/**
 * The cyclic garbage collector, as CPython 3.11's Modules/gcmodule.c runs it:
 * three generations of tracked objects, collected when generation 0's count
 * (GC allocations minus GC deallocations, kept by memory.ts as
 * `heap.gcCount0`) passes its threshold, or on `gc.collect()`.
 *
 * Why it is shaped this way:
 * - Generations are CPython's circular doubly linked lists, kept in typed
 *   arrays: each tracked object owns a slot (its index lives in `o.gcRefs`),
 *   so tracking, untracking, moving and merging are O(1), and list order (which
 *   fixes the order of `__del__` calls and frees) is exactly CPython's.
 * - The collection's scratch state (gc_refs, "collecting", "unreachable")
 *   lives in per-slot arrays, the way CPython borrows bits of the GC header.
 */
import { gcClearOf, gcTraverse, hasOnlyStrKeys, isGcObject, mayBeTracked } from './gc-traverse';
import { decref, heap, incref, setUntrackHook, touch } from './memory';
import { frameType } from './types/frame-object';
import { Flag, PyObject } from './object';
import { dictHooks, dictType, PyDict } from './types/dict';
import { PyTuple, tupleType } from './types/tuple';

export { gcTraverse, getReferents, isGcObject, mayBeTracked, setGcClear } from './gc-traverse';

const NUM_GENERATIONS = 3;
/** List heads: the three generations, then the collection's working lists. */
const UNREACHABLE_HEAD = 3;
const FINAL_HEAD = 4;
const WRCB_HEAD = 5;
const SEEN_HEAD = 6;
const HEADS = 7;
/** Slot flags. */
const COLLECTING = 1;
const UNREACHABLE = 2;

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
   * Clears the weak references to an unreachable object and returns those
   * with callbacks (installed by modules/weakref.ts, like the next three).
   */
  clearWeakrefsOf: (_o: PyObject): PyObject[] => [],
  isWeakref: (_o: PyObject): boolean => false,
  /** Clears a weakref's referent but keeps its callback (CPython's _PyWeakref_ClearRef). */
  clearWeakrefReferent: (_wr: PyObject): void => {},
  /** Runs a weakref callback; errors are reported, not raised. */
  runWeakrefCallback: (_wr: PyObject): void => {},
};

/** Per-run collector state (gcmodule.c's GCState plus the list storage). */
/**
 * Objects CPython 3.11's oldest generation holds after a full collection that the
 * engine has no objects for (the modules, functions, types and dicts of its start-up,
 * less the engine's own preexisting ones): `len(gc.get_objects(2))` after `gc.collect()`
 * in a program that only imports gc and sys is 11,094 under `python3 FILE.py`, the
 * engine's 11. They count in long_lived_total, so a full collection waits until a
 * quarter of them (about 2,770) survivors are pending, as in CPython.
 */
const STARTUP_LONG_LIVED = 11094 - 11;

class GcState {
  cap = 1024;
  next = new Int32Array(1024);
  prev = new Int32Array(1024);
  refs = new Int32Array(1024);
  flags = new Uint8Array(1024);
  objs: (PyObject | null)[] = new Array(1024).fill(null);
  freeSlots: number[] = [];
  top = HEADS;
  /** Counts of generations 1 and 2 (generation 0's lives in heap.gcCount0). */
  counts = [0, 0, 0];
  thresholds = [700, 10, 10];
  enabled = true;
  collecting = false;
  longLivedTotal = 0;
  longLivedPending = 0;
  /** Generation new objects join: 2 while building what CPython has before a program starts. */
  birthGen = 0;
  /** > 0 while building startup objects: no automatic collection then. */
  quiet = 0;
  /** Long-lived objects CPython's imports made that the engine has no objects for (addUnmodelledLongLived). */
  unmodelledLongLived = 0;

  constructor() {
    for (let h = 0; h < HEADS; h++) this.next[h] = this.prev[h] = h;
  }
}

let st = new GcState();

/** Starts a fresh collector for a new run (thresholds, counts and generations back to CPython's start). */
export function resetCollector(): void {
  st = new GcState();
}

/** Counts what CPython's start-up leaves counted when a program begins: its own net allocations, and two generation-1 collections. */
export function countStartup(): void {
  heap.gcCount0 = STARTUP_COUNT0;
  st.counts[2] = STARTUP_COUNT2;
}

/**
 * Generation 0's count and generation 2's when `python3 FILE.py` starts running the
 * program (what site, encodings and importlib left since the last collection): the
 * first automatic collection comes about 455 net allocations into a program, not 700.
 * Measured as gc.get_count() on the first line of a two-line program, less the engine's
 * own count there. (What compiling the program leaves counted grows with the program in
 * CPython, a class and its methods more than the engine counts: not modelled yet.)
 */
const STARTUP_COUNT0 = 246;
const STARTUP_COUNT2 = 2;

// ---------------------------------------------------------------- list primitives

function grow(): void {
  const cap = st.cap * 2;
  const next = new Int32Array(cap);
  next.set(st.next);
  const prev = new Int32Array(cap);
  prev.set(st.prev);
  const refs = new Int32Array(cap);
  refs.set(st.refs);
  const flags = new Uint8Array(cap);
  flags.set(st.flags);
  st.next = next;
  st.prev = prev;
  st.refs = refs;
  st.flags = flags;
  st.objs.length = cap;
  st.objs.fill(null, st.cap);
  st.cap = cap;
}

/** Appends slot s at the end of list h. */
function append(s: number, h: number): void {
  const { next, prev } = st;
  const last = prev[h];
  next[last] = s;
  prev[s] = last;
  next[s] = h;
  prev[h] = s;
}

function unlink(s: number): void {
  const { next, prev } = st;
  next[prev[s]] = next[s];
  prev[next[s]] = prev[s];
}

/** gc_list_move: s to the end of list h. */
function move(s: number, h: number): void {
  unlink(s);
  append(s, h);
}

/** gc_list_merge: list `from` appended to list `to`; `from` becomes empty. */
function merge(from: number, to: number): void {
  const { next, prev } = st;
  if (next[from] === from) return;
  const tail = prev[to];
  next[tail] = next[from];
  prev[next[from]] = tail;
  prev[to] = prev[from];
  next[prev[from]] = to;
  next[from] = prev[from] = from;
}

function listSize(h: number): number {
  let n = 0;
  for (let s = st.next[h]; s !== h; s = st.next[s]) n++;
  return n;
}

function listObjects(h: number): PyObject[] {
  const out: PyObject[] = [];
  for (let s = st.next[h]; s !== h; s = st.next[s]) out.push(st.objs[s]!);
  return out;
}

// ---------------------------------------------------------------- tracking

/** Starts following an object (appended to the youngest generation, as _PyObject_GC_TRACK). */
export function track(o: PyObject): void {
  if (o.flags & Flag.Tracked) return;
  let s = st.freeSlots.pop();
  if (s === undefined) {
    if (st.top === st.cap) grow();
    s = st.top++;
  }
  st.objs[s] = o;
  st.flags[s] = 0;
  o.gcRefs = s;
  o.flags |= Flag.Tracked;
  append(s, st.birthGen);
}

/** Stops following an object (dealloc, or the collector untracking atomic tuples and dicts). */
export function untrack(o: PyObject): void {
  if (!(o.flags & Flag.Tracked)) return;
  const s = o.gcRefs;
  unlink(s);
  st.objs[s] = null;
  st.flags[s] = 0;
  st.freeSlots.push(s);
  o.flags &= ~Flag.Tracked;
  o.gcRefs = 0;
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
  // A frame object is tracked once it owns a finished frame's contents (vm/frame.ts).
  return (o.flags & (Flag.GcType | Flag.Hidden)) === Flag.GcType && !(o instanceof PyDict) && o.type !== frameType;
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

/** MemoryHooks.trackReused: an object taken from a free list is tracked (when its kind is) without being counted. */
export function trackReused(o: PyObject): void {
  if (tracksAtBirth(o)) track(o);
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

/**
 * Counts `n` more allocations in generation 0 that CPython makes and the engine does
 * not model (what running an imported module's source leaves counted), starting a
 * collection if that passes the threshold, as the last of them would in CPython.
 */
export function addUnmodelledAllocations(n: number): void {
  heap.gcCount0 += n;
  maybeCollect();
}

/**
 * Counts `n` more objects in the oldest generation that CPython has and the engine
 * does not model (an imported module's functions, classes and dicts): like
 * STARTUP_LONG_LIVED, they count in long_lived_total from the next full collection on.
 */
export function addUnmodelledLongLived(n: number): void {
  if (n > 0) st.unmodelledLongLived += n;
}

// ---------------------------------------------------------------- configuration

/** `gc.get_count()`. */
export function getCount(): [number, number, number] {
  return [heap.gcCount0, st.counts[1], st.counts[2]];
}

/**
 * The collector's state as seven integers from `out[at]` on: enabled (1 or 0), the
 * three counts, the three thresholds (without making arrays: the trace recorder asks
 * at every step).
 */
export function writeState(out: Int32Array, at = 0): void {
  out[at] = st.enabled ? 1 : 0;
  out[at + 1] = heap.gcCount0;
  out[at + 2] = st.counts[1]!;
  out[at + 3] = st.counts[2]!;
  out[at + 4] = st.thresholds[0]!;
  out[at + 5] = st.thresholds[1]!;
  out[at + 6] = st.thresholds[2]!;
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
  return [listSize(0), listSize(1), listSize(2)];
}

// ---------------------------------------------------------------- the collection

function visitDecref(c: PyObject): void {
  const s = c.gcRefs;
  if (st.flags[s] & COLLECTING) st.refs[s]--;
}

/** The list move_unreachable is scanning (visitReachable appends to it). */
let scanHead = 0;

function visitReachable(c: PyObject): void {
  const s = c.gcRefs;
  const f = st.flags[s];
  if (!(f & COLLECTING)) return;
  if (f & UNREACHABLE) {
    // Tentatively unreachable, but reachable after all: back to the end of the scanned list.
    st.flags[s] = f & ~UNREACHABLE;
    move(s, scanHead);
    st.refs[s] = 1;
  } else if (st.refs[s] === 0) st.refs[s] = 1;
}

/**
 * deduce_unreachable: update_refs, subtract_refs and move_unreachable over
 * list `base`. Afterwards `base` holds what is reachable from outside it (in
 * CPython's resulting order, no longer "collecting") and `unreachable` the
 * rest (still "collecting").
 */
function deduceUnreachable(base: number, unreachable: number): void {
  const { next, objs } = st;
  for (let s = next[base]; s !== base; s = next[s]) {
    st.refs[s] = objs[s]!.rc;
    st.flags[s] |= COLLECTING;
  }
  for (let s = next[base]; s !== base; s = next[s]) gcTraverse(objs[s]!, visitDecref);
  const saved = scanHead;
  scanHead = base;
  try {
    let s = st.next[base];
    while (s !== base) {
      if (st.refs[s] !== 0) {
        gcTraverse(st.objs[s]!, visitReachable);
        st.flags[s] &= ~COLLECTING;
        s = st.next[s];
      } else {
        const n = st.next[s];
        move(s, unreachable);
        st.flags[s] |= UNREACHABLE;
        s = n;
      }
    }
  } finally {
    scanHead = saved;
  }
  for (let s = st.next[unreachable]; s !== unreachable; s = st.next[s]) st.flags[s] &= ~UNREACHABLE;
}

/** _PyTuple_MaybeUntrack. */
function maybeUntrackTuple(t: PyTuple): void {
  for (const x of t.items) if (mayBeTracked(x)) return;
  untrack(t);
}

/** _PyDict_MaybeUntrack: str-keyed dicts look at values only. */
function maybeUntrackDict(d: PyDict): void {
  const unicode = hasOnlyStrKeys(d);
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    if (mayBeTracked(d.values[i]!) || (!unicode && mayBeTracked(k))) return;
  }
  untrack(d);
}

/** handle_weakrefs: clears weakrefs to the garbage and runs the callbacks of those that outlive it. */
function handleWeakrefs(unreachable: number, old: number): number {
  const { next } = st;
  for (let s = next[unreachable]; s !== unreachable; s = next[s]) {
    const o = st.objs[s]!;
    if (gcHooks.isWeakref(o)) gcHooks.clearWeakrefReferent(o);
    if (o.weakrefs === null) continue;
    for (const wr of gcHooks.clearWeakrefsOf(o)) {
      // A weakref that is itself garbage never gets its callback called.
      if (!(wr.flags & Flag.Tracked) || st.flags[wr.gcRefs] & COLLECTING) continue;
      incref(wr);
      move(wr.gcRefs, WRCB_HEAD);
    }
  }
  let freed = 0;
  while (st.next[WRCB_HEAD] !== WRCB_HEAD) {
    const s = st.next[WRCB_HEAD];
    const wr = st.objs[s]!;
    gcHooks.runWeakrefCallback(wr);
    decref(wr);
    if (st.next[WRCB_HEAD] === s) {
      move(s, old);
    } else freed++;
  }
  return freed;
}

/** finalize_garbage: `__del__` once per object (PEP 442), in unreachable-list order. */
function finalizeGarbage(collectable: number): void {
  const hooks = heap.hooks;
  while (st.next[collectable] !== collectable) {
    const s = st.next[collectable];
    const o = st.objs[s]!;
    move(s, SEEN_HEAD);
    if (o.flags & Flag.Finalized || !hooks.hasFinalizer(o)) continue;
    o.flags |= Flag.Finalized;
    incref(o);
    try {
      hooks.finalize(o);
    } finally {
      decref(o);
    }
  }
  merge(SEEN_HEAD, collectable);
}

/** delete_garbage: tp_clear each object, holding a reference, so refcounting frees the cycle. */
function deleteGarbage(collectable: number, old: number): void {
  while (st.next[collectable] !== collectable) {
    const s = st.next[collectable];
    const o = st.objs[s]!;
    const clear = gcClearOf(o);
    if (clear !== undefined) {
      incref(o);
      // Still alive while it lets go of its references: the recording must read them again.
      touch(o);
      try {
        clear(o);
      } finally {
        decref(o);
      }
    }
    if (st.next[collectable] === s) {
      // Still alive (nothing freed it): it may die later.
      st.flags[s] &= ~COLLECTING;
      move(s, old);
    }
  }
}

/** gc_collect_main: collects `generation` and the younger ones; returns the unreachable count. */
function collectMain(generation: number): number {
  if (generation + 1 < NUM_GENERATIONS) st.counts[generation + 1]++;
  heap.gcCount0 = 0;
  for (let i = 1; i <= generation; i++) st.counts[i] = 0;
  for (let i = 0; i < generation; i++) merge(i, generation);
  const young = generation;
  const old = generation < NUM_GENERATIONS - 1 ? generation + 1 : generation;

  deduceUnreachable(young, UNREACHABLE_HEAD);
  const { next, objs } = st;
  for (let s = next[young]; s !== young; ) {
    const o = objs[s]!;
    s = next[s];
    if (o.type === tupleType) maybeUntrackTuple(o as PyTuple);
  }
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) st.longLivedPending += listSize(young);
    merge(young, old);
  } else {
    // Only full collections untrack dicts (CPython issue #14775).
    for (let s = next[young]; s !== young; ) {
      const o = objs[s]!;
      s = next[s];
      if (o.type === dictType) maybeUntrackDict(o as PyDict);
    }
    st.longLivedPending = 0;
    st.longLivedTotal = listSize(young) + STARTUP_LONG_LIVED + st.unmodelledLongLived;
  }

  let found = 0;
  try {
    found += handleWeakrefs(UNREACHABLE_HEAD, old);
    finalizeGarbage(UNREACHABLE_HEAD);
    // Finalizers may have resurrected objects: look again at what is left.
    for (let s = st.next[UNREACHABLE_HEAD]; s !== UNREACHABLE_HEAD; s = st.next[s]) st.flags[s] &= ~COLLECTING;
    deduceUnreachable(UNREACHABLE_HEAD, FINAL_HEAD);
    merge(UNREACHABLE_HEAD, old);
    const size = listSize(FINAL_HEAD);
    if (gcHooks.observer !== null) gcHooks.observer.willClear(generation, listObjects(FINAL_HEAD));
    found += size;
    deleteGarbage(FINAL_HEAD, old);
  } finally {
    // Whatever an engine error left behind goes back to the old generation.
    for (const h of [UNREACHABLE_HEAD, FINAL_HEAD, WRCB_HEAD, SEEN_HEAD]) {
      for (let s = st.next[h]; s !== h; s = st.next[s]) st.flags[s] = 0;
      merge(h, old);
    }
  }
  // A full collection empties the per-type free lists (clear_freelists).
  if (generation === NUM_GENERATIONS - 1) heap.clearFreeLists();
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

/** Tracked objects of one generation, oldest first (borrowed). */
export function generationObjects(generation: number): PyObject[] {
  return listObjects(generation);
}

setUntrackHook(untrack);
dictHooks.track = track;
dictHooks.mayBeTracked = mayBeTracked;
