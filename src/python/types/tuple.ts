/**
 * tuple: an immutable array of strong references. The empty tuple is a shared
 * singleton. Items are released from last to first, as tupledealloc does.
 */
import { FreeList } from '../free-lists';
import { born, decref, makeStatic, incref } from '../memory';
import { PyObject, type Visit } from '../object';
import { newBuiltinType } from './type';

/** `tuple`. */
export const tupleType = newBuiltinType('tuple', undefined, {
  basicSize: 24,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const items = (o as PyTuple).items;
      for (let i = 0; i < items.length; i++) visit(items[i], '[' + i + ']');
    },
    clear(o: PyObject) {
      const t = o as PyTuple;
      const items = t.items;
      t.items = [];
      for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    },
  },
});
/** Exact tuples are kept in CPython's free list (free-lists.ts). */
tupleType.freeList = FreeList.Tuple;

/** A tuple object. */
export class PyTuple extends PyObject {
  constructor(public items: PyObject[]) {
    super(); // the header is written here: see PyObject's constructor
    this.type = tupleType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0;
  }
}

/** The shared empty tuple. */
export const emptyTuple: PyTuple = makeStatic(new PyTuple([]));

/** A new tuple that steals the references in `items`. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) {
    incref(emptyTuple);
    return emptyTuple;
  }
  return born(new PyTuple(items), 24 + 8 * items.length);
}
