/**
 * Connects the interpreter loop to the type and module files that provide
 * sets, slices, formatting, imports and the collector.
 */
import { forEach, getAttr, toArray } from './abstract';
import { throwError } from './errors';
import { decref, incref } from './memory';
import { PyObject } from './object';
import { repr, str } from './ops';
import { PyDict } from './types/dict';
import { ImportError, TypeError } from './types/exception';
import { listResize, PyList } from './types/list';
import { PyStr } from './types/str';
import { runtime } from './vm/state';
import { containerServices } from './types/containers';
import { importModule } from './modules/index';
import { PyModule } from './types/module';

/** Installs the late-bound services into the interpreter's runtime table. */
export function install(): void {
  runtime.listExtend = (l: PyList, it: PyObject) => {
    const items = toArray(it);
    listResize(l, l.items.length + items.length);
    for (const x of items) l.items.push(x);
  };
  runtime.dictMerge = (d: PyDict, other: PyObject, strict: boolean) => {
    if (!(other instanceof PyDict)) {
      const keys = getAttr(other, 'keys');
      decref(keys);
      throwError(TypeError, `'${other.type.name}' object is not a mapping`);
    }
    for (const [k, v] of other.entries()) {
      if (strict && d.get(k) !== null) throwError(TypeError, `got multiple values for keyword argument '${(k as PyStr).v}'`);
      d.set(k, v);
    }
  };
  Object.assign(runtime, containerServices);
  runtime.importModule = importModule;
  runtime.importFrom = (m: PyObject, name: string) => {
    if (m instanceof PyModule) {
      const v = m.dict.getStr(name);
      if (v !== null) {
        incref(v);
        return v;
      }
      throwError(ImportError, `cannot import name '${name}' from '${m.name}' (unknown location)`);
    }
    return getAttr(m, name);
  };
  void forEach;
}
