/**
 * cell: the box a closure shares with the frame that created a variable
 * (`nonlocal` and free variables). Holds one strong reference or nothing.
 */
import { born, decref } from '../memory';
import { PyObject, type Visit } from '../object';
import { newBuiltinType } from './type';

/** `cell`. */
export const cellType = newBuiltinType('cell', undefined, {
  basicSize: 24,
  gcType: true,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const c = o as PyCell;
      if (c.ref !== null) visit(c.ref, 'cell_contents');
    },
    clear(o: PyObject) {
      const c = o as PyCell;
      const r = c.ref;
      c.ref = null;
      if (r !== null) decref(r);
    },
  },
});

/** A cell object. */
export class PyCell extends PyObject {
  /** Variable name, for the diagram. */
  name: string;
  constructor(
    public ref: PyObject | null,
    name: string,
  ) {
    super(); // the header is written here: see PyObject's constructor
    this.type = cellType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0;
    this.name = name;
  }
}

/** A new, empty cell for the variable `name`. */
export function newCell(name: string): PyCell {
  return born(new PyCell(null, name));
}
