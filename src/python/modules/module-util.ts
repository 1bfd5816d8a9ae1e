/**
 * Helpers shared by the native modules: building a module object and
 * converting arguments the way CPython's argument parsers do (with their
 * messages).
 */
import { internName } from '../abstract';
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { PyObject } from '../object';
import { newModule, PyModule } from '../types/module';
import { None } from '../types/none';
import { OverflowError } from '../types/exception';
import { numberIndex } from '../types/int-methods';
import { PyInt } from '../types/int';
import { newStr } from '../types/str';

/**
 * A module named `name` whose namespace holds `entries` in order (each value
 * is a new reference the module's dict takes over), after `__name__` and
 * `__doc__` as CPython's module dicts begin.
 */
export function newModuleWith(name: string, entries: [string, PyObject][]): PyModule {
  const m = newModule(name);
  const d = m.dict;
  const put = (k: string, v: PyObject): void => {
    d.set(internName(k), v);
    decref(v);
  };
  put('__name__', newStr(name));
  incref(None);
  put('__doc__', None);
  for (const [k, v] of entries) put(k, v);
  return m;
}

/** A C int argument (PyArg "i"): ints and `__index__` objects; CPython's TypeError/OverflowError otherwise. */
export function cIntArg(o: PyObject): number {
  const r = numberIndex(o);
  try {
    const v = r instanceof PyInt ? r.v : Number((r as PyObject & { v: bigint }).v);
    if (v > 2147483647) throwError(OverflowError, 'signed integer is greater than maximum');
    if (v < -2147483648) throwError(OverflowError, 'signed integer is less than minimum');
    return v;
  } finally {
    decref(r);
  }
}
