/**
 * The one place where objects are born, counted and freed (clox's `reallocate`,
 * CPython's obmalloc + Py_INCREF/Py_DECREF + _Py_Dealloc).
 *
 * - Addresses imitate CPython's small-object allocator: blocks are 16-byte aligned,
 *   grouped by size class in 16 KiB pools; a freed block goes back to the head of
 *   its class's free list and the next object of that class takes it, so
 *   `id([]) == id([])` is True and a freed id comes back. A list's item buffer takes
 *   blocks from the same pools (reallocBuffer), so it moves ids as CPython's does.
 * - `decref` frees at zero at once, running `__del__` first (PEP 442: once),
 *   then letting go of what the object referred to, in the type's own order.
 * - Deep chains are freed without deep JS recursion (CPython's "trashcan").
 */
import { FreeList, FreeLists } from './free-lists';
import { Flag, LARGE_FIRST, PyObject, type PyType } from './object';

/** A buffer's pointer is NULL (Memory.reallocBuffer). */
export const NO_BUFFER = -1;
/** A buffer lives in the system's malloc, outside the pools: no block to reuse (Memory.reallocBuffer). */
export const RAW_BUFFER = -2;

/** Size of the GC header CPython puts before every GC-allocated object. */
export const GC_HEADER = 16;
/** A pool of one size class: 16 KiB, in 16-byte blocks. */
const POOL_BLOCKS = 1024;
/** Blocks at the start of a pool taken by its header (48 bytes). */
const POOL_HEADER_BLOCKS = 3;
/** A slice's block: PySliceObject (40 bytes) and its GC header. */
const SLICE_BYTES = 56;
/** Hooks filled in by the interpreter (kept here as data so memory.ts imports nothing above it). */
export interface MemoryHooks {
  /** Runs `__del__` on an object whose count reached zero; returns true if the type has one. */
  finalize(o: PyObject): void;
  /**
   * Called right after a GC-type object is counted into generation 0: collects
   * when the threshold is passed, then starts tracking the object if its kind is
   * tracked from birth.
   */
  maybeCollect(o?: PyObject): void;
  /** Tracks an object taken from a free list when its kind is tracked from birth (no count, no collection). */
  trackReused(o: PyObject): void;
  /** Clears weak references to a dying object. */
  clearWeakrefs(o: PyObject): void;
  /** Observers (the trace recorder); null when nobody listens. */
  onAlloc: ((o: PyObject) => void) | null;
  onFree: ((o: PyObject) => void) | null;
  /** True when the type of `o` defines `__del__`. */
  hasFinalizer(o: PyObject): boolean;
  /** Raises the program's MemoryError (the heap passed MAX_HEAP_BYTES); must throw. */
  outOfMemory(): never;
}

/**
 * The heap a program may use, in bytes as CPython 3.11 sizes its objects (each object's
 * size when it was made, plus every list's item buffer). Past it, the allocation raises
 * MemoryError. The engine's own objects take about four times CPython's sizes, so this
 * keeps a runaway program well under what a browser tab can hold.
 */
export const MAX_HEAP_BYTES = 128 * 1024 * 1024;

/** Room left after a MemoryError for its traceback and handlers (see Memory.ceiling). */
const MEMORY_ERROR_SLACK = 1024 * 1024;

/** Mutable allocator + GC accounting state of one interpreter run. */
export class Memory {
  /** Freed small blocks per size class (in 16-byte blocks), as stacks: the last freed is taken first, as in a pool's free list. */
  private freeStacks: Int32Array[] = [];
  private freeTops = new Int32Array(33);
  private poolNext: number[] = [];
  private poolEnd: number[] = [];
  private arenaNext = 0;
  private largeNext = LARGE_FIRST;
  private largeFree = new Map<number, number[]>();
  /** CPython's per-type free lists (free-lists.ts). */
  private freeLists = new FreeLists();
  /** Objects CPython makes once per run, already counted (hidden-allocs.ts's bits). */
  onceMade = 0;
  /** Net count of GC-type allocations since the last collection of generation 0. */
  gcCount0 = 0;
  /** Objects whose dealloc is postponed to keep JS recursion shallow. */
  private pending: PyObject[] = [];
  private deallocDepth = 0;
  /** Number of live objects (the tests check with it that nothing leaks). */
  live = 0;
  /** Bytes in use as CPython sizes them: live objects plus list item buffers. */
  liveBytes = 0;
  /** MemoryError past this many bytes (MAX_HEAP_BYTES unless `setLimit` changed it). */
  private maxBytes = MAX_HEAP_BYTES;
  /**
   * Where the next MemoryError is raised: `maxBytes`, or a little above the bytes in use
   * right after one was raised, so its traceback and the handlers that free memory can
   * still run (CPython has the same slack: the memory an error needs is rarely the
   * block that failed). Back to `maxBytes` once the heap is under it again.
   */
  private ceiling = MAX_HEAP_BYTES;
  /** True while MemoryError itself is being made. */
  private raising = false;
  /**
   * > 0 while a failed instruction's operands are released (the interpreter's error path):
   * a MemoryError keeps its slack until its traceback entry is made.
   */
  keepSlack = 0;
  hooks: MemoryHooks;

  constructor(hooks: MemoryHooks) {
    this.hooks = hooks;
    // The slice CPython's start-up left in its cache (free-lists.ts); a slice with its GC header.
    this.freeLists.put(FreeList.Slice, SLICE_BYTES, this.allocAddr(SLICE_BYTES));
  }

  /** Hands out the first block number of `size` bytes. */
  allocAddr(size: number): number {
    const blocks = (size + 15) >> 4;
    if (size > 512) {
      const fl = this.largeFree.get(blocks);
      if (fl && fl.length) return fl.pop()!;
      const a = this.largeNext;
      this.largeNext += blocks + 2;
      return a;
    }
    const top = this.freeTops[blocks]!;
    if (top !== 0) {
      this.freeTops[blocks] = top - 1;
      return this.freeStacks[blocks]![top - 1]!;
    }
    let next = this.poolNext[blocks];
    if (next === undefined || next + blocks > this.poolEnd[blocks]) {
      next = this.arenaNext + POOL_HEADER_BLOCKS;
      this.poolEnd[blocks] = this.arenaNext + POOL_BLOCKS;
      this.arenaNext += POOL_BLOCKS;
    }
    this.poolNext[blocks] = next + blocks;
    return next;
  }

  /** Returns a block to its size class. */
  freeAddr(blk: number, size: number): void {
    const blocks = (size + 15) >> 4;
    if (size > 512) {
      let fl = this.largeFree.get(blocks);
      if (!fl) this.largeFree.set(blocks, (fl = []));
      fl.push(blk);
      return;
    }
    const top = this.freeTops[blocks]!;
    let stack = this.freeStacks[blocks];
    if (stack === undefined || top === stack.length) {
      const grown = new Int32Array(Math.max(64, top * 2));
      if (stack !== undefined) grown.set(stack);
      this.freeStacks[blocks] = stack = grown;
    }
    stack[top] = blk;
    this.freeTops[blocks] = top + 1;
  }

  /**
   * Registers a newly built object: gives it an address and, for GC types,
   * counts it toward generation 0 (which may trigger an automatic collection,
   * exactly where CPython's _PyObject_GC_Link would).
   */
  born<T extends PyObject>(o: T, size = 0, typeAlloc = false): T {
    const t = o.type;
    const gc = t.gcType;
    const bytes = (size || t.basicSize) + (gc ? GC_HEADER : 0);
    if (this.liveBytes + bytes > this.ceiling) this.overLimit();
    this.liveBytes += bytes;
    o.size = bytes;
    this.live++;
    // PyList_New, PyDict_New, PyTuple_New and PyFloat_FromDouble take a free list's block
    // first, without counting it in generation 0; list() and dict() (typeAlloc) do not.
    const reused = t.freeList !== 0 && !typeAlloc ? this.freeLists.take(t.freeList, bytes) : -1;
    if (reused >= 0) {
      o.blk = reused;
      if (gc) {
        o.flags |= Flag.GcType;
        this.hooks.trackReused(o);
      }
    } else {
      o.blk = this.allocAddr(bytes);
      if (gc) {
        o.flags |= Flag.GcType;
        this.gcCount0++;
        this.hooks.maybeCollect(o);
      }
    }
    if (this.hooks.onAlloc !== null) this.hooks.onAlloc(o);
    return o;
  }

  /**
   * Memory CPython takes for an object the program never sees, freed at once by
   * `hiddenFree`: _PyObject_MakeTpCall's argument tuple when a class is called, the
   * namespace dict of a class statement. It comes from the type's free list when it
   * can (uncounted), else from the pools, counted in generation 0 (which may collect).
   * Returns the block, for hiddenFree.
   */
  hiddenTake(kind: FreeList, bytes: number): number {
    const reused = this.freeLists.take(kind, bytes);
    if (reused >= 0) return reused;
    const blk = this.allocAddr(bytes);
    this.gcCount0++;
    this.hooks.maybeCollect();
    return blk;
  }

  /** Frees what hiddenTake gave: back to the free list, or to its pool (uncounted then). */
  hiddenFree(kind: FreeList, bytes: number, blk: number): void {
    if (this.freeLists.put(kind, bytes, blk)) return;
    if (this.gcCount0 > 0) this.gcCount0--;
    this.freeAddr(blk, bytes);
  }

  /**
   * Counts GC objects CPython makes and keeps that the engine does not model as objects
   * (a class's __dict__ copy, __mro__ and __bases__ tuples, descriptors and the weak
   * references in its bases' subclass lists): each one moves generation 0's count and
   * may start a collection, as _PyObject_GC_Link does.
   */
  hiddenKeep(n: number): void {
    for (let i = 0; i < n; i++) {
      this.gcCount0++;
      this.hooks.maybeCollect();
    }
  }

  /**
   * Empties the per-type free lists into the pools (a full collection's clear_freelists);
   * each GC object's PyObject_GC_Del uncounts it from generation 0.
   */
  clearFreeLists(): void {
    this.freeLists.clear((blk, bytes, gc) => {
      this.freeAddr(blk, bytes + (gc ? GC_HEADER : 0));
      if (gc && this.gcCount0 > 0) this.gcCount0--;
    });
  }

  /**
   * PyMem_Realloc of a buffer no object owns (a list's items), as obmalloc does it: a
   * block that still fits and is more than 3/4 used stays; else a new block is taken
   * first and the old one freed. NULL is NO_BUFFER; 0 bytes and over 512 are the
   * system's malloc (RAW_BUFFER), which a buffer never leaves by being resized.
   * @param blk the buffer's block, NO_BUFFER or RAW_BUFFER
   * @param blockBytes the size its block was taken with (its size class)
   * @returns the buffer's block afterwards
   */
  reallocBuffer(blk: number, blockBytes: number, bytes: number): number {
    if (blk === RAW_BUFFER) return RAW_BUFFER;
    if (blk >= 0) {
      const size = ((blockBytes + 15) >> 4) << 4;
      if (bytes <= size && 4 * bytes > 3 * size) return blk;
    }
    const moved = bytes > 0 && bytes <= 512 ? this.allocAddr(bytes) : RAW_BUFFER;
    if (blk >= 0) this.freeAddr(blk, blockBytes);
    return moved;
  }

  /** PyMem_Free of a buffer reallocBuffer gave. */
  freeBuffer(blk: number, blockBytes: number): void {
    if (blk >= 0) this.freeAddr(blk, blockBytes);
  }

  /**
   * Accounts `bytes` more (or fewer, when negative) of buffers outside the objects
   * (a list's items); raises MemoryError, changing nothing, when growing past the limit.
   */
  resize(bytes: number): void {
    if (bytes > 0 && this.liveBytes + bytes > this.ceiling) this.overLimit();
    this.liveBytes += bytes;
    if (bytes < 0) this.lowerCeiling();
  }

  /** Sets the heap's limit in bytes (tests and the runner's option). */
  setLimit(bytes: number): void {
    this.maxBytes = this.ceiling = bytes;
  }

  /** Ends the slack given after a MemoryError once the heap is back under its limit. */
  private lowerCeiling(): void {
    if (this.ceiling !== this.maxBytes && this.liveBytes < this.maxBytes && this.keepSlack === 0) this.ceiling = this.maxBytes;
  }

  /** Raises MemoryError (the exception object itself, its traceback and the handlers get MEMORY_ERROR_SLACK). */
  private overLimit(): void {
    if (this.raising) return;
    this.ceiling = Math.max(this.liveBytes, this.maxBytes) + MEMORY_ERROR_SLACK;
    this.raising = true;
    try {
      this.hooks.outOfMemory();
    } finally {
      this.raising = false;
    }
  }

  /** Drops one strong reference; frees the object when it was the last. */
  decref(o: PyObject): void {
    if (countLog !== null) noteCount(countLog, o);
    if (--o.rc === 0) this.dealloc(o);
  }

  /**
   * Frees an object whose count is zero. (The object's fields are read once
   * into locals here: this code sees every type, so each field access on `o`
   * is a megamorphic look-up in the JS engine.)
   */
  dealloc(o: PyObject): void {
    // Kept short: the interpreter frees through here at every decrement to
    // zero and the JIT inlines it there. A leaf (an int, a float, a str: a
    // native type with nothing to clear or finalize, untracked, never weakly
    // referenced) drops no references, so it cannot start a chain.
    const flags = o.flags;
    const t = o.type;
    if ((flags & (Flag.Shared | Flag.Freed | Flag.Tracked)) === 0 && t.native && !t.finalizable && t.slots.clear === undefined && o.weakrefs === null) {
      o.flags = flags | Flag.Freed;
      this.release(o, t);
      return;
    }
    this.deallocGeneral(o, flags);
  }

  /** dealloc for everything but a leaf: shared and freed objects ignored, then freed with the trashcan's bookkeeping. */
  private deallocGeneral(o: PyObject, flags: number): void {
    if (flags & (Flag.Shared | Flag.Freed)) {
      if (flags & Flag.Shared) o.rc = 1 << 30;
      return;
    }
    if (this.deallocDepth > 40) {
      // Trashcan: finish this one after the current chain unwinds.
      this.pending.push(o);
      return;
    }
    this.deallocDepth++;
    try {
      this.deallocNow(o, flags);
    } finally {
      this.deallocDepth--;
    }
    if (this.deallocDepth === 0 && this.pending.length !== 0) this.drainPending();
  }

  private drainPending(): void {
    while (this.pending.length) {
      const next = this.pending.shift()!;
      this.deallocDepth++;
      try {
        this.deallocNow(next, next.flags);
      } finally {
        this.deallocDepth--;
      }
    }
  }

  private deallocNow(o: PyObject, flags: number): void {
    const hooks = this.hooks;
    const t = o.type;
    if (!(flags & Flag.Finalized) && t.finalizable && hooks.hasFinalizer(o)) {
      o.flags = flags | Flag.Finalized;
      o.rc = 1;
      counted(o);
      hooks.finalize(o);
      if (--o.rc !== 0) {
        // Resurrected by __del__: whatever now holds it was noted, but not the object itself.
        touch(o);
        return;
      }
      flags = o.flags;
    }
    if (o.weakrefs !== null) hooks.clearWeakrefs(o);
    if (flags & Flag.Tracked) {
      untrackHook(o);
      flags = o.flags;
    }
    o.flags = flags | Flag.Freed;
    // Dead from here on, though its references are dropped (and __del__ code may run) before release() announces it.
    touch(o);
    const clear = t.slots.clear;
    if (clear !== undefined) clear(o);
    this.release(o, t);
  }

  /** Returns an object's memory and announces the free (after its references were dropped). */
  release(o: PyObject, t: PyType = o.type): void {
    this.live--;
    this.liveBytes -= o.size;
    this.lowerCeiling();
    if (this.hooks.onFree !== null) this.hooks.onFree(o);
    // An exact list, dict, tuple or float keeps its block in its free list, still counted.
    if (t.freeList !== 0 && this.freeLists.put(t.freeList, o.size, o.blk)) return;
    if ((o.flags & Flag.GcType) !== 0 && this.gcCount0 > 0) this.gcCount0--;
    this.freeAddr(o.blk, o.size);
    // Heap types hold a reference from each instance (Py_DECREF(type) in subtype_dealloc).
    if (!t.native) this.decref(t);
  }
}

/** Set by gc.ts: removes a tracked object from its generation. */
export let untrackHook: (o: PyObject) => void = () => {};

/** Installs the collector's untrack function (called once by gc.ts). */
export function setUntrackHook(fn: (o: PyObject) => void): void {
  untrackHook = fn;
}

/** Static region for objects that live as long as the process (builtin types, singletons). */
let staticNext = -1;

/** Gives a process-lifetime object (builtin type, small int, None...) a fixed address and marks it shared. */
export function makeStatic<T extends PyObject>(o: T): T {
  o.blk = staticNext;
  staticNext -= 2;
  o.flags |= Flag.Shared;
  o.rc = 1 << 30;
  return o;
}

/** The heap of the run in progress. */
export let heap: Memory = new Memory({
  finalize() {},
  maybeCollect() {},
  trackReused() {},
  clearWeakrefs() {},
  onAlloc: null,
  onFree: null,
  hasFinalizer: () => false,
  outOfMemory: () => {
    throw new Error('MemoryError before a run started');
  },
});

/** Starts a fresh heap for a new run. */
export function setHeap(m: Memory): void {
  heap = m;
}

/** Registers a new object with the current heap; returns it (count 1, owned by the caller). */
export function born<T extends PyObject>(o: T, size = 0): T {
  return heap.born(o, size);
}

/** born() for an object made by its type's tp_alloc (`list(x)`, `dict(x)`): never from a free list. */
export function bornByTypeAlloc<T extends PyObject>(o: T): T {
  return heap.born(o, 0, true);
}

/**
 * The objects whose references or value changed since the recording last looked,
 * or null when nothing records. Every container write calls touch(), so a recording
 * learns which holders a step changed without walking the heap (and from their
 * references, whose counts changed). Counts alone are not logged: a count changes
 * only with a reference, and noting every increment would slow the untraced engine.
 */
let changeLog: ChangeLog | null = null;

/**
 * A list of changed objects, each once (its Changed flag says it is listed): the
 * recording empties it at each step with `clear`, which costs no more than the
 * objects listed (setting an array's length is slow).
 */
export class ChangeLog {
  /** The objects listed, in `objects[0..length)`. */
  readonly objects: PyObject[] = [];
  length = 0;

  /** @param flag the flag that says an object is listed here */
  constructor(readonly flag: Flag = Flag.Changed) {}

  /** Empties the list (and lowers the objects' flags). */
  clear(): void {
    const objects = this.objects;
    const keep = ~(this.flag === Flag.Changed ? Flag.Changed | Flag.ItemsOnly : this.flag);
    for (let k = 0; k < this.length; k++) objects[k]!.flags &= keep;
    this.length = 0;
  }
}

/**
 * The objects whose counts changed through incref/decref since the recording last
 * looked, or null when nothing records. Builtin code holds references in its own
 * variables, which no frame or container shows; only this log tells a recording
 * whose counts it changed without reading every count.
 */
export let countLog: ChangeLog | null = null;

/** Starts (a list to fill, made with Flag.Counted) or stops (null) logging counted objects. */
export function logCounts(log: ChangeLog | null): void {
  countLog = log;
}

/** Notes for the recording that `o`'s count changed other than through incref/decref. */
export function counted(o: PyObject): void {
  if (countLog !== null) noteCount(countLog, o);
}

function noteCount(log: ChangeLog, o: PyObject): void {
  if ((o.flags & (Flag.Counted | Flag.Shared)) === 0) {
    o.flags |= Flag.Counted;
    log.objects[log.length++] = o;
  }
}

/** Told when logging starts (true) or stops: a container whose writes take a detour to touch() turns the detour on only then. */
export const loggingListeners: Array<(on: boolean) => void> = [];

/** Starts (a list to fill) or stops (null) logging changed objects. */
export function logChanges(log: ChangeLog | null): void {
  changeLog = log;
  for (const l of loggingListeners) l(log !== null);
}

/**
 * Notes for the recording that `o`'s references or value changed; call it in the
 * same step as the write. Untraced, one well-predicted test: it sits in the hottest
 * container writes.
 */
export function touch(o: PyObject): void {
  if (changeLog !== null) note(changeLog, o);
}

function note(log: ChangeLog, o: PyObject): void {
  const flags = o.flags;
  // Shared singletons hold nothing the census reads, and their counts are never shown.
  if ((flags & (Flag.Changed | Flag.Shared)) === 0) {
    o.flags = flags | Flag.Changed;
    log.objects[log.length++] = o;
  } else o.flags = flags & ~Flag.ItemsOnly;
}

/** A container whose items a recording can re-read in part (a list). */
export interface ItemRange {
  /** The first item changed since the recording last looked. */
  dirtyLo: number;
  /** The item after the last changed one (items past it changed too when the length did). */
  dirtyHi: number;
}

/**
 * touch() for a list whose items changed only from `lo` to `hi` (and all from `lo`
 * on when its length changed): a recording re-reads those alone, so appending to
 * a long list costs a step one item, not the whole list.
 */
export function touchItems(o: PyObject & ItemRange, lo: number, hi: number): void {
  if (changeLog !== null) noteItems(changeLog, o, lo, hi);
}

function noteItems(log: ChangeLog, o: PyObject & ItemRange, lo: number, hi: number): void {
  const flags = o.flags;
  if (flags & Flag.Shared) return;
  if ((flags & Flag.Changed) === 0) {
    o.flags = flags | Flag.Changed | Flag.ItemsOnly;
    log.objects[log.length++] = o;
    o.dirtyLo = lo;
    o.dirtyHi = hi;
  } else if (flags & Flag.ItemsOnly) {
    if (lo < o.dirtyLo) o.dirtyLo = lo;
    if (hi > o.dirtyHi) o.dirtyHi = hi;
  }
}

/** Adds a strong reference and returns the object (Py_NewRef). */
export function incref<T extends PyObject>(o: T): T {
  o.rc++;
  if (countLog !== null) noteCount(countLog, o);
  return o;
}

/** Drops a strong reference (Py_DECREF). */
export function decref(o: PyObject): void {
  if (countLog !== null) noteCount(countLog, o);
  if (--o.rc === 0) heap.dealloc(o);
}

/** Drops a strong reference held in a nullable slot (Py_XDECREF). */
export function xdecref(o: PyObject | null | undefined): void {
  if (o == null) return;
  if (countLog !== null) noteCount(countLog, o);
  if (--o.rc === 0) heap.dealloc(o);
}
