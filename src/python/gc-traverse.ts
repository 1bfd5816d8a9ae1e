/**
 * What the cyclic collector sees of each object: its references in CPython's
 * tp_traverse order, and what breaking a cycle does to it (tp_clear).
 *
 * The order matters beyond gc.get_referents: move_unreachable re-queues
 * objects in the order they are visited, which fixes the order of `__del__`
 * calls and frees. So lists and tuples are visited from the end, dicts value
 * then key (values only while every key is a str), an instance's attributes
 * then its class, as CPython's list_traverse, tupletraverse, dict_traverse and
 * subtype_traverse do.
 *
 * Only types that have a tp_clear in CPython are cleared (tuples, bound
 * methods, builtin methods and generators have none), and each clear here
 * can run before the type's own dealloc-time clear without releasing
 * anything twice.
 */
import { decref, xdecref, incref } from './memory';
import { Flag, PyObject, PyType, type TypeSlots, type Visit } from './object';
import { cellType } from './types/cell';
import { classmethodType, PyFuncWrapper, propertyType, staticmethodType } from './types/descriptors';
import { dictType, PyDict } from './types/dict';
import { PyException } from './types/exception';
import { functionType, PyFunction } from './types/function';
import { gcTraverseInstance, type PyInstance, traverseInstance } from './types/instance';
import { listType, PyList } from './types/list';
import { None } from './types/none';
import { PyStr, strType } from './types/str';
import { emptyTuple, PyTuple, tupleType } from './types/tuple';

/** True when the object takes part in cyclic GC by type (CPython's _PyObject_IS_GC). */
export function isGcObject(o: PyObject): boolean {
  if (o instanceof PyType) return !o.native;
  return o.type.gcType;
}

/** CPython's _PyObject_GC_MAY_BE_TRACKED: could this value ever be part of a cycle? */
export function mayBeTracked(o: PyObject): boolean {
  if (!isGcObject(o)) return false;
  if (o.type === tupleType) return (o.flags & Flag.Tracked) !== 0;
  return true;
}

type HeapTypeLike = PyType & { typeSlots?: TypeSlots };

/** The slots that describe an object's own references (a user class object keeps them apart). */
function slotsOf(o: PyObject): TypeSlots {
  if (o instanceof PyType) return (o as HeapTypeLike).typeSlots ?? {};
  return o.type.slots;
}

function isExactStr(k: PyObject): boolean {
  return k instanceof PyStr && k.type === strType;
}

/** True while every key is an exact str (CPython's "unicode" keys table). */
export function hasOnlyStrKeys(d: PyDict): boolean {
  const keys = d.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && !isExactStr(k)) return false;
  }
  return true;
}

function traverseDict(d: PyDict, visit: Visit): void {
  const keys = d.keys;
  const values = d.values;
  const unicode = hasOnlyStrKeys(d);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    visit(values[i]!, '');
    if (!unicode) visit(k, '');
  }
}

/** An object's references in CPython's tp_traverse order (what the collector and gc.get_referents see). */
export function gcTraverse(o: PyObject, visit: Visit): void {
  const t = o.type;
  if (t === listType || t === tupleType) {
    const items = (o as PyList | PyTuple).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i], '');
    return;
  }
  if (t === dictType) {
    traverseDict(o as PyDict, visit);
    return;
  }
  if (o instanceof PyType) {
    if (!o.native) slotsOf(o).traverse?.(o, visit);
    return;
  }
  const traverse = t.slots.traverse;
  if (!t.native) {
    // subtype_traverse: an instance refers to its class too; exceptions visit it before their base fields.
    if (o instanceof PyException) {
      visit(t, '');
      traverse?.(o, visit);
    } else {
      if (traverse === traverseInstance) gcTraverseInstance(o as PyInstance, visit);
      else traverse?.(o, visit);
      visit(t, '');
    }
    return;
  }
  traverse?.(o, visit);
}

/** tp_clear replacements for types whose dealloc-time clear must not run twice. */
const gcClears = new Map<PyType, (o: PyObject) => void>();

/**
 * Registers what breaking a cycle does to objects of a native type (CPython's
 * tp_clear); `null` says the type has none. It must leave the object safe to
 * deallocate afterwards (its own clear will run again then).
 */
export function setGcClear(t: PyType, clear: ((o: PyObject) => void) | null): void {
  gcClears.set(t, clear ?? (() => {}));
}

/** func_clear: everything but the code and globals, which the function's dealloc still needs. */
function clearFunction(o: PyObject): void {
  const f = o as PyFunction;
  const attrs = f.attrs;
  f.attrs = null;
  const closure = f.closure;
  f.closure = null;
  const kwdefaults = f.kwdefaults;
  f.kwdefaults = null;
  const defaults = f.defaults;
  f.defaults = null;
  xdecref(defaults);
  xdecref(kwdefaults);
  if (attrs !== null) for (const v of attrs.values()) decref(v);
  xdecref(closure);
}

/** BaseException_clear: args become the empty tuple so the exception stays printable. */
function clearException(o: PyObject): void {
  const e = o as PyException;
  const attrs = e.attrs;
  e.attrs = null;
  if (attrs !== null) for (const v of attrs.values()) decref(v);
  const args = e.args;
  incref(emptyTuple);
  e.args = emptyTuple;
  decref(args);
  const tb = e.tb;
  e.tb = null;
  xdecref(tb);
  const cause = e.cause;
  e.cause = null;
  xdecref(cause);
  const context = e.context;
  e.context = null;
  xdecref(context);
}

/** sm_clear/cm_clear: the wrapped callable becomes None. */
function clearFuncWrapper(o: PyObject): void {
  const w = o as PyFuncWrapper;
  const f = w.func;
  incref(None);
  w.func = None;
  decref(f);
}

setGcClear(listType, listType.slots.clear!);
setGcClear(dictType, dictType.slots.clear!);
setGcClear(cellType, cellType.slots.clear!);
setGcClear(propertyType, propertyType.slots.clear!);
setGcClear(functionType, clearFunction);
setGcClear(staticmethodType, clearFuncWrapper);
setGcClear(classmethodType, clearFuncWrapper);

/** What delete_garbage calls to break a cycle through `o`, if anything. */
export function gcClearOf(o: PyObject): ((o: PyObject) => void) | undefined {
  if (o instanceof PyType) return o.native ? undefined : slotsOf(o).clear;
  const t = o.type;
  if (o instanceof PyException) return clearException;
  if (!t.native) return t.slots.clear;
  const c = gcClears.get(t);
  if (c !== undefined) return c;
  // Until set.ts registers itself: set_clear_internal empties the table.
  if (t.name === 'set' || t.name === 'frozenset') return t.slots.clear;
  return undefined;
}

/** `gc.get_referents(*objs)`: what each GC object refers to, in tp_traverse order (borrowed). */
export function getReferents(objs: readonly PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const o of objs) {
    if (!isGcObject(o)) continue;
    gcTraverse(o, (c) => void out.push(c));
  }
  return out;
}
