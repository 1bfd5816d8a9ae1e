/**
 * method: a function bound to an instance (`p.add`). It holds strong
 * references to both, which is why `action = p.add` raises p's count.
 */
import { born, decref, incref } from '../memory';
import { PyObject, type Visit } from '../object';
import { newBuiltinType } from './type';

/** `method`. */
export const methodType = newBuiltinType('method', undefined, {
  basicSize: 48,
  gcType: true,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const m = o as PyMethod;
      visit(m.func, '__func__');
      visit(m.self, '__self__');
    },
    clear(o: PyObject) {
      const m = o as PyMethod;
      decref(m.self);
      decref(m.func);
    },
  },
});

/** A bound method. */
export class PyMethod extends PyObject {
  constructor(
    public func: PyObject,
    public self: PyObject,
  ) {
    super(); // the header is written here: see PyObject's constructor
    this.type = methodType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0; this.weakrefs = null;
  }
}

/** A new bound method taking new references to func and self. */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  incref(func);
  incref(self);
  return born(new PyMethod(func, self));
}
