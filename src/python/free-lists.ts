/**
 * CPython 3.11's per-type free lists, kept apart from the small-object pools because
 * they decide ids and collection timing on their own terms:
 *
 * - A dying exact list, dict, float or tuple (of length 1..19) keeps its memory in its
 *   type's free list (80 lists, 80 dicts, 100 floats, 2000 tuples per length), and the
 *   next object of that type made by PyList_New, PyDict_New, PyFloat_FromDouble or
 *   PyTuple_New takes the one freed last. So a list's id comes back only as another
 *   list's, never as a tuple's, and `list(x)` / `dict(x)` (type->tp_alloc, past the
 *   free list) get fresh memory.
 * - Neither step goes through _PyObject_GC_Link or PyObject_GC_Del, so generation 0's
 *   count does not move: a list taken from the free list is not counted, one put back
 *   is not uncounted (Objects/listobject.c, dictobject.c, tupleobject.c, floatobject.c).
 * - A full collection empties every free list (gcmodule.c clear_freelists), handing the
 *   memory back to the pools; as each generated program starts with gc.collect(), the
 *   lists start empty as in CPython.
 *
 * - Slices have a cache of one (the interpreter's slice_cache): PySlice_New takes it, a
 *   dying slice fills it when it is empty. A full collection leaves it alone, and the
 *   interpreter's start-up has already filled it, so a program's first slice takes a
 *   block no other object can have had (`Memory` puts one there when a run starts).
 *
 * A type opts in with `PyType.freeList` (a FreeList kind); the dict-keys free list is
 * not modelled (the engine gives dict keys no memory block of their own; a list's item
 * buffer has one, memory.ts reallocBuffer).
 */

/** Which free list a type's instances use (PyType.freeList); None for every other type. */
export const enum FreeList {
  None = 0,
  List = 1,
  Dict = 2,
  Float = 3,
  /** Tuples: one list per length, indexed from here by the object's size. */
  Tuple = 4,
  /** The slice cache (after the tuples' slots 5..23). */
  Slice = 24,
}

/** PyList_MAXFREELIST, PyDict_MAXFREELIST, PyFloat_MAXFREELIST, PyTuple_MAXFREELIST. */
const CAPACITY = [0, 80, 80, 100, 2000];
/** PyTuple_MAXSAVESIZE: tuples of 1..19 items are kept. */
const TUPLE_MAX_SAVE = 20;

/** How many blocks a kind's list keeps. */
function capacity(kind: FreeList): number {
  return kind === FreeList.Slice ? 1 : CAPACITY[kind < FreeList.Tuple ? kind : FreeList.Tuple]!;
}

/** Slot of a free list: the kind, or for tuples one per length (the size is 24 + 8n + 16). */
function slotOf(kind: FreeList, bytes: number): number {
  if (kind !== FreeList.Tuple) return kind;
  const n = (bytes - 40) >> 3;
  return n >= 1 && n < TUPLE_MAX_SAVE ? FreeList.Tuple + n : -1;
}

/** The free lists of one run: block numbers, the last freed taken first. */
export class FreeLists {
  private stacks: number[][] = [];

  /** The block of an object freed earlier into this kind's list, or -1 when it is empty. */
  take(kind: FreeList, bytes: number): number {
    const s = slotOf(kind, bytes);
    if (s < 0) return -1;
    const stack = this.stacks[s];
    return stack !== undefined && stack.length !== 0 ? stack.pop()! : -1;
  }

  /** Keeps a dying object's block; false when the list is full (the block goes back to its pool). */
  put(kind: FreeList, bytes: number, blk: number): boolean {
    const s = slotOf(kind, bytes);
    if (s < 0) return false;
    let stack = this.stacks[s];
    if (stack === undefined) this.stacks[s] = stack = [];
    if (stack.length >= capacity(kind)) return false;
    stack.push(blk);
    return true;
  }

  /**
   * Empties every list (clear_freelists), calling `free` for each block with its size
   * and whether it was a GC object, in CPython's order: tuples (by length), floats,
   * lists, dicts, each list from its top. The slice cache stays, as in CPython.
   */
  clear(free: (blk: number, bytes: number, gc: boolean) => void): void {
    for (let n = 1; n < TUPLE_MAX_SAVE; n++) this.drain(FreeList.Tuple + n, 24 + 8 * n + 16, true, free);
    this.drain(FreeList.Float, 24, false, free);
    this.drain(FreeList.List, 56, true, free);
    this.drain(FreeList.Dict, 64, true, free);
  }

  private drain(s: number, bytes: number, gc: boolean, free: (blk: number, bytes: number, gc: boolean) => void): void {
    const stack = this.stacks[s];
    if (stack === undefined) return;
    while (stack.length !== 0) free(stack.pop()!, bytes, gc);
  }
}
