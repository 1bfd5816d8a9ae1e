/**
 * Per-instruction caches for attribute access on instances of user classes
 * (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE, in
 * spirit). An instruction remembers the class it last saw, that class's
 * version, and whether the class leaves the name entirely to the instance:
 * no class attribute or descriptor of that name anywhere in the MRO and
 * object's own __getattribute__ / __setattr__. While that holds, reading is
 * a look-up in the instance's table (a miss still takes the full path, for
 * __getattr__ and the error message) and writing stores into it.
 *
 * A class's version changes whenever it or a base class changes, so the
 * cache can never outlive what it was computed from.
 */
import type { PyObject, PyType } from '../object';
import type { PyCode } from '../types/code';
import { PyInstance } from '../types/instance';
import { PyMethodDescr } from '../types/type';

/** The per-instruction slots of one code object. */
export interface AttrCache {
  types: (PyType | null)[];
  versions: Int32Array;
  plain: Uint8Array;
  /** For LOAD_METHOD sites: the method found on the cached type, or null when the site must take the full path. */
  methods: (PyObject | null)[];
}

function cacheOf(code: PyCode): AttrCache {
  let c = code.attrCache;
  if (c === null) {
    const n = code.ops.length >> 1;
    c = code.attrCache = { types: new Array(n).fill(null), versions: new Int32Array(n), plain: new Uint8Array(n), methods: new Array(n).fill(null) };
  }
  return c;
}

/** True when `m` is object's own slot method (or absent), i.e. not overridden. */
function isDefault(m: PyObject | null): boolean {
  return m === null || (m instanceof PyMethodDescr && m.isObjectDefault);
}

/** Whether instances of t keep attribute `name` purely in their own table, for reading (store = false) or writing. */
function leavesToInstance(t: PyType, name: string, store: boolean): boolean {
  if (t.native || t.lookup(name) !== null) return false;
  return isDefault(t.lookup(store ? '__setattr__' : '__getattribute__'));
}

/**
 * True when the instruction at `pc` (the index of the op after it, as the
 * loop holds it) may use o's own table for `name`.
 */
export function instanceAttrSite(code: PyCode, pc: number, o: PyInstance, name: string, store: boolean): boolean {
  const c = cacheOf(code);
  const i = (pc >> 1) - 1;
  const t = o.type;
  if (c.types[i] === t && c.versions[i] === t.version) return c.plain[i] === 1;
  const plain = leavesToInstance(t, name, store);
  c.types[i] = t;
  c.versions[i] = t.version;
  c.plain[i] = plain ? 1 : 0;
  return plain;
}

export { PyInstance };

/**
 * For the LOAD_METHOD at `pc`: the method `name` of type t (borrowed) when calling it
 * needs no bound-method object (CPython's LOAD_METHOD_* specialisations): a Python
 * function or a builtin method descriptor, found on the type, with attribute look-up
 * not customised. Null sends the site down the full path. `plainMethod` decides, and
 * is asked again only when the site meets another type or the type changed. The
 * caller still checks that the instance has no attribute of that name.
 */
export function methodSite(code: PyCode, pc: number, t: PyType, name: string, plainMethod: (t: PyType, name: string) => PyObject | null): PyObject | null {
  const c = cacheOf(code);
  const i = (pc >> 1) - 1;
  if (c.types[i] === t && c.versions[i] === t.version) return c.methods[i]!;
  const m = plainMethod(t, name);
  c.types[i] = t;
  c.versions[i] = t.version;
  c.methods[i] = m;
  return m;
}
