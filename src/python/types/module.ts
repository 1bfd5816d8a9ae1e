/**
 * module: a namespace object whose attributes live in a real dict (its
 * globals), which the module holds a strong reference to.
 */
import { born, decref } from '../memory';
import { PyObject, type Visit } from '../object';
import { newDict, PyDict } from './dict';
import { newBuiltinType } from './type';

/** `module`. */
export const moduleType = newBuiltinType('module', undefined, {
  basicSize: 72,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      visit((o as PyModule).dict, '__dict__');
    },
    clear(o: PyObject) {
      decref((o as PyModule).dict);
    },
  },
});

/** A module object. */
export class PyModule extends PyObject {
  constructor(
    public name: string,
    public dict: PyDict,
  ) {
    super(moduleType);
  }
}

/** A new module with an empty namespace. */
export function newModule(name: string): PyModule {
  return born(new PyModule(name, newDict()));
}
