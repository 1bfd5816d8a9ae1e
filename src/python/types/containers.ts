/**
 * Loads every container type file (list, tuple, dict and its views, set and
 * frozenset, range, slice, the iterators) so their registrations happen, and
 * gathers the late-bound services the interpreter loop needs from them
 * (vm/state.ts `runtime`: BUILD_SET, SET_ADD, SET_UPDATE, LIST_EXTEND,
 * DICT_UPDATE/DICT_MERGE, BUILD_SLICE).
 */
import { throwError } from '../errors';
import { decref } from '../memory';
import type { PyObject } from '../object';
import { PyDict as PyDictClass, type PyDict } from './dict';
import { dictMerge, dictUpdateArg } from './dict-methods';
import { isPyError } from '../errors';
import { KeyError, TypeError } from './exception';
import { getAttrOrNull } from '../abstract';
import type { PyList } from './list';
import { listExtend } from './list-methods';
import { buildSet, PySet, setAddItem, setUpdate } from './set';
import { newSlice } from './slice';
import { repr } from '../ops';
import './iterators';
import './list-methods';
import './tuple-methods';
import './dict-methods';
import './dict-views';
import './set';
import './set-methods';
import './range';
import './slice';
import './iterator-builtins';

/**
 * DICT_MERGE (`f(**kw)`): a mapping's items into the call's kwargs, refusing a
 * duplicate name. `funcName` is what CPython prints before "got multiple
 * values" (e.g. `f()`); the interpreter passes it when it knows it.
 */
export function dictMergeKwargs(d: PyDict, other: PyObject, funcName: string | (() => string) = ''): void {
  const name = (): string => (typeof funcName === 'string' ? funcName : funcName());
  if (!isMapping(other)) {
    throwError(TypeError, `${name() || 'function'} argument after ** must be a mapping, not ${other.type.name}`);
  }
  try {
    dictMerge(d, other, 2);
  } catch (e) {
    if (isPyError(e, KeyError)) {
      const key = (e.exc.args as unknown as { items: PyObject[] }).items[0];
      const kname = key.type.name === 'str' ? (key as unknown as { v: string }).v : repr(key);
      decref(e.exc);
      const n = name();
      throwError(TypeError, `${n ? n + ' ' : ''}got multiple values for keyword argument '${kname}'`);
    }
    throw e;
  }
}

/**
 * Whether `**other` can be merged: a dict is merged directly (dict_merge, with no look-up
 * and no bound method made); anything else needs a `keys` attribute (looked up, and let go).
 */
function isMapping(other: PyObject): boolean {
  if (other instanceof PyDictClass) return true;
  const keys = getAttrOrNull(other, 'keys');
  if (keys === null) return false;
  decref(keys);
  return true;
}

/** The interpreter's late-bound container services, ready to be assigned into vm/state.ts `runtime`. */
export const containerServices = {
  buildSet: (stack: (PyObject | null)[], start: number, n: number): PyObject => buildSet(stack, start, n),
  setAdd: (set: PyObject, v: PyObject): void => setAddItem(set as PySet, v),
  setUpdate: (set: PyObject, iterable: PyObject): void => setUpdate(set as PySet, iterable),
  listExtend: (l: PyList, iterable: PyObject): void => listExtend(l, iterable),
  /** DICT_UPDATE (`{**a}`, strict false) and DICT_MERGE (`f(**a)`, strict true). */
  dictMerge: (d: PyDict, other: PyObject, strict: boolean): void => {
    if (strict) dictMergeKwargs(d, other);
    else {
      if (!isMapping(other)) throwError(TypeError, `'${other.type.name}' object is not a mapping`);
      dictUpdateArg(d, other);
    }
  },
  newSlice: (start: PyObject, stop: PyObject, step: PyObject): PyObject => newSlice(start, stop, step),
};
