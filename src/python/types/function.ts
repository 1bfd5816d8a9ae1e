/**
 * function: code plus the environment it runs in: globals, defaults (evaluated
 * once at `def` time: the mutable-default pitfall lives here), keyword-only
 * defaults and closure cells. Each is a strong reference the diagram draws
 * (`default`, `cell`) or counts as unshown (code, globals).
 */
import { born, decref, xdecref, incref } from '../memory';
import { PyObject, type Visit } from '../object';
import type { PyCode } from './code';
import type { PyDict } from './dict';
import type { PyTuple } from './tuple';
import { newBuiltinType } from './type';

/** `function`. */
export const functionType = newBuiltinType('function', undefined, {
  basicSize: 136,
  gcType: true,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const f = o as PyFunction;
      visit(f.code, '__code__');
      visit(f.globals, '__globals__');
      if (f.defaults !== null) visit(f.defaults, '__defaults__');
      if (f.kwdefaults !== null) visit(f.kwdefaults, '__kwdefaults__');
      if (f.closure !== null) visit(f.closure, '__closure__');
      if (f.attrs !== null) for (const [k, v] of f.attrs) visit(v, '.' + k);
    },
    clear(o: PyObject) {
      const f = o as PyFunction;
      const attrs = f.attrs;
      f.attrs = null;
      if (attrs !== null) for (const v of attrs.values()) decref(v);
      xdecref(f.closure);
      f.closure = null;
      xdecref(f.kwdefaults);
      f.kwdefaults = null;
      xdecref(f.defaults);
      f.defaults = null;
      decref(f.globals);
      decref(f.code);
    },
  },
});
functionType.instanceAttrs = true;

/** A Python function. */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  /** `__doc__` text or null. */
  doc: string | null = null;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  /** Tuple of cells for the code's freevars. */
  closure: PyTuple | null = null;
  /** Function attributes (`f.calls = 0`), rare. */
  attrs: Map<string, PyObject> | null = null;
  /** `__module__`: the defining module's __name__. */
  module = '__main__';
  constructor(
    public code: PyCode,
    public globals: PyDict,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
  }
}

/** A new function taking new references to code and globals. */
export function newFunction(code: PyCode, globals: PyDict): PyFunction {
  incref(code);
  incref(globals);
  return born(new PyFunction(code, globals));
}
