/**
 * list: a mutable array of strong references with CPython's over-allocation
 * (`allocated`, which sys.getsizeof reports). Items are released from last to
 * first, as list_dealloc does.
 */
import { FreeList } from '../free-lists';
import { born, decref, heap, touchItems } from '../memory';
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
      const l = o as PyList;
      const items = l.items;
      l.items = [];
      l.allocated = 0;
      l.hasBuffer = false;
      for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
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
  /** The items changed since a recording last looked (memory.ts's touchItems). */
  dirtyLo: number;
  dirtyHi: number;
  constructor(public items: PyObject[]) {
    super(); // the header is written here: see PyObject's constructor
    this.type = listType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0;
    this.slots = 0;
    this.dirtyLo = 0;
    this.dirtyHi = 0;
    this.hasBuffer = items.length > 0;
    this.allocated = items.length;
  }

  /** Slots CPython has allocated for items (>= items.length; -1 while sorting). */
  get allocated(): number {
    return this.slots;
  }

  /** Every change of the item buffer is accounted in the heap (8 bytes a slot), so a runaway list raises MemoryError. */
  set allocated(n: number) {
    heap.resize(8 * (Math.max(n, 0) - Math.max(this.slots, 0)));
    this.slots = n;
  }
}

/** A new list that steals the references in `items`. */
export function newList(items: PyObject[]): PyList {
  return born(new PyList(items));
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
