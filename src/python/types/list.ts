/**
 * list: a mutable array of strong references with CPython's over-allocation
 * (`allocated`, which sys.getsizeof reports). Items are released from last to
 * first, as list_dealloc does.
 */
import { born, decref } from '../memory';
import { PyObject, type Visit } from '../object';
import { newBuiltinType } from './type';

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
      for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    },
  },
});

/** A list object. */
export class PyList extends PyObject {
  /** Slots CPython has allocated for items (>= items.length). */
  allocated: number;
  constructor(public items: PyObject[]) {
    super(listType);
    this.allocated = items.length;
  }
}

/** A new list that steals the references in `items`. */
export function newList(items: PyObject[]): PyList {
  return born(new PyList(items));
}

/** CPython 3.11 list_resize: the allocation after growing or shrinking to newSize. */
export function listResize(l: PyList, newSize: number): void {
  const allocated = l.allocated;
  if (allocated >= newSize && newSize >= allocated >> 1) return;
  if (newSize === 0) {
    l.allocated = 0;
    return;
  }
  let na = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - l.items.length > na - newSize) na = (newSize + 3) & ~3;
  l.allocated = na;
}
