/**
 * list: a mutable array of strong references with CPython's over-allocation
 * (`allocated`, which sys.getsizeof reports). Items are released from last to
 * first, as list_dealloc does.
 *
 * The item buffer is memory of its own, taken from the same pools as objects (a
 * 1-char str and an 8-slot buffer are both 64-byte blocks): every change of
 * `allocated` reallocates it as PyMem_Realloc does, and it is freed after the items
 * when the list is cleared or dies. A new list's buffer comes after its own block.
 */
import { FreeList } from '../free-lists';
import { born, decref, heap, NO_BUFFER, touchItems } from '../memory';
import { PyObject, type Visit } from '../object';
import { newBuiltinType } from './type';
import { listResize as growthResize } from '../collections/list-growth';

/** `list`. */
export const listType = newBuiltinType('list', undefined, {
  basicSize: 40,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const items = (o as PyList).items;
      for (let i = 0; i < items.length; i++) visit(items[i], '[' + i + ']');
    },
    clear(o: PyObject) {
      clearItems(o as PyList);
    },
  },
});
/** Exact lists are kept in CPython's free list (free-lists.ts). */
listType.freeList = FreeList.List;

/** A list object. */
export class PyList extends PyObject {
  /** Backs `allocated`. */
  private slots: number;
  /** False while CPython's ob_item would be NULL (fresh `[]`, or emptied by clear()): extend then preallocates exactly. */
  hasBuffer: boolean;
  /** The item buffer's block (memory.ts reallocBuffer: NO_BUFFER, RAW_BUFFER or a block), and the size it was taken with. */
  buf: number;
  bufBytes: number;
  /** The items changed since a recording last looked (memory.ts's touchItems). */
  dirtyLo: number;
  dirtyHi: number;
  constructor(public items: PyObject[]) {
    super(); // the header is written here: see PyObject's constructor
    this.type = listType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0;
    this.slots = 0;
    this.buf = NO_BUFFER;
    this.bufBytes = 0;
    this.dirtyLo = 0;
    this.dirtyHi = 0;
    this.hasBuffer = items.length > 0;
    this.allocated = items.length;
  }

  /** Slots CPython has allocated for items (>= items.length; -1 while sorting). */
  get allocated(): number {
    return this.slots;
  }

  /**
   * Every change of the item buffer is accounted in the heap (8 bytes a slot), so a
   * runaway list raises MemoryError, and reallocates the buffer's block. Sort lends the
   * buffer out (-1) and takes the same one back; a list not yet born (no block of its
   * own) gets its buffer from newList, after its own block, as PyList_New does.
   */
  set allocated(n: number) {
    const old = this.slots;
    heap.resize(8 * (Math.max(n, 0) - Math.max(old, 0)));
    this.slots = n;
    if (n !== old && n >= 0 && old >= 0 && this.blk !== 0) this.reallocBuffer();
  }

  /** PyMem_Realloc of the item buffer to the size `allocated` says. */
  reallocBuffer(): void {
    const bytes = 8 * this.slots;
    const blk = heap.reallocBuffer(this.buf, this.bufBytes, bytes);
    if (blk !== this.buf) {
      this.buf = blk;
      this.bufBytes = bytes;
    }
  }

  /**
   * _list_clear's first half: the list lets go of its buffer (ob_item NULL, nothing
   * allocated). Returns the block, for heap.freeBuffer once the items are released.
   */
  detachBuffer(): number {
    const blk = this.buf;
    heap.resize(-8 * Math.max(this.slots, 0));
    this.slots = 0;
    this.buf = NO_BUFFER;
    this.hasBuffer = false;
    return blk;
  }
}

/**
 * _list_clear: the list is emptied and lets go of its buffer first (ob_item NULL), then
 * its items are released last to first, then the buffer is freed.
 */
export function clearItems(l: PyList): void {
  const items = l.items;
  l.items = [];
  const bytes = l.bufBytes;
  const buffer = l.detachBuffer();
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  heap.freeBuffer(buffer, bytes);
}

/** A new list that steals the references in `items`. */
export function newList(items: PyObject[]): PyList {
  const l = born(new PyList(items));
  if (l.allocated > 0) l.reallocBuffer();
  return l;
}

/** CPython 3.11 list_resize: the allocation after growing or shrinking to newSize. */
export function listResize(l: PyList, newSize: number): void {
  // Its callers append: the items from the old end on change.
  const n = l.items.length;
  touchItems(l, Math.min(n, newSize), Math.max(n, newSize));
  l.allocated = growthResize(l.allocated, l.items.length, newSize);
  // realloc keeps a buffer even at size 0; only clearing makes ob_item NULL.
  if (newSize > 0) l.hasBuffer = true;
}
