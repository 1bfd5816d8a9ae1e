/**
 * Weak references (Objects/weakrefobject.c): `weakref.ref(o[, callback])`.
 *
 * A weakref is listed in its referent's `weakrefs` and never counted in the
 * referent's `rc`. The list keeps CPython's order (the callback-less "basic"
 * ref at the head, shared by every `weakref.ref(o)` call; refs with callbacks
 * after it), because that order decides which callbacks run first.
 *
 * A weakref is a `PyBuiltinFunction` underneath so that `r()` goes through
 * the ordinary native-call path of abstract.ts and the VM; its Python type is
 * `weakref.ReferenceType`.
 */
import { callObject } from '../abstract';
import { ctx } from '../context';
import { PyThrow, throwError } from '../errors';
import { gcHooks, setGcClear } from '../gc';
import { decref, heap, incref, touch, xdecref } from '../memory';
import { PyObject, PyType, type Visit } from '../object';
import { CmpOp, hashOf, nativeCompare, nativeHash, nativeRepr, repr, richCompare } from '../ops';
import { nativeNew } from '../types/constructors';
import { TypeError } from '../types/exception';
import { newBool } from '../types/int';
import { None, NotImplemented } from '../types/none';
import { PyStr } from '../types/str';
import { defGetter, newBuiltinType, objectType, PyBuiltinFunction, type KwArgs } from '../types/type';
import { formatTraceback } from '../vm/traceback';
import { getAttrOrNull } from '../abstract';
import { newInt } from '../types/int';

/** `weakref.ReferenceType` (`weakref.ref`). */
export const weakrefType: PyType = newBuiltinType('ReferenceType', objectType, {
  module: 'weakref',
  basicSize: 64,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const cb = (o as PyWeakref).callback;
      if (cb !== null) visit(cb, '__callback__');
    },
    clear(o: PyObject) {
      clearWeakref(o as PyWeakref);
    },
  },
});

/** A weak reference; `referent` is null once the object is gone (the ref is "dead"). */
export class PyWeakref extends PyBuiltinFunction {
  referent: PyObject | null;
  callback: PyObject | null;
  /** Cached hash of the referent (kept after it dies, as CPython does). */
  hash: number | null = null;

  constructor(referent: PyObject, callback: PyObject | null) {
    super('weakref', notYet, null);
    this.type = weakrefType;
    this.referent = referent;
    this.callback = callback;
    this.fn = (args, kw) => callRef(this, args, kw);
  }
}

function notYet(): PyObject {
  throw new Error('weakref called before construction');
}

/** `r()`: the referent, or None once it is gone. */
function callRef(wr: PyWeakref, args: PyObject[], kw: KwArgs): PyObject {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'weakref() takes no keyword arguments');
  if (args.length !== 0) throwError(TypeError, `weakref expected 0 arguments, got ${args.length}`);
  return incref(wr.referent ?? None);
}

/**
 * Whether objects of this kind accept weak references (CPython types with a
 * weaklist slot): instances of user classes, classes, functions, methods,
 * generators, sets, modules and builtin functions.
 */
export function supportsWeakrefs(o: PyObject): boolean {
  if (o instanceof PyType) return true;
  const t = o.type;
  if (!t.native) return true;
  switch (t.name) {
    case 'function':
    case 'method':
    case 'generator':
    case 'set':
    case 'frozenset':
    case 'module':
    case 'builtin_function_or_method':
    case 'code':
      return true;
  }
  return false;
}

function isBasic(wr: PyObject): boolean {
  return wr instanceof PyWeakref && wr.callback === null && wr.type === weakrefType;
}

/** weakref.__new__: reuses the basic ref when there is no callback. */
function newRef(ob: PyObject, callback: PyObject | null): PyWeakref {
  if (!supportsWeakrefs(ob)) throwError(TypeError, `cannot create weak reference to '${ob.type.name}' object`);
  if (callback === None) callback = null;
  const list = ob.weakrefs;
  if (callback === null && list !== null && list.length > 0 && isBasic(list[0])) return incref(list[0] as PyWeakref);
  if (callback !== null) incref(callback);
  const wr = heap.born(new PyWeakref(ob, callback));
  // Allocation may have run a collection that changed the list: look again.
  const now = (ob.weakrefs ??= []);
  // A referent lists its weakrefs (the diagram's weak arrows).
  touch(ob);
  if (callback === null) now.unshift(wr);
  else now.splice(now.length > 0 && isBasic(now[0]) ? 1 : 0, 0, wr);
  return wr;
}

/** Removes a weakref from its referent's list and makes it dead (the callback stays). */
function detach(wr: PyWeakref): void {
  const o = wr.referent;
  if (o === null) return;
  wr.referent = null;
  const list = o.weakrefs;
  if (list === null) return;
  touch(o);
  const i = list.indexOf(wr);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) o.weakrefs = null;
}

/** clear_weakref: dead, and the callback released. */
function clearWeakref(wr: PyWeakref): void {
  detach(wr);
  const cb = wr.callback;
  touch(wr);
  wr.callback = null;
  xdecref(cb);
}

/** Calls `callback(wr)`; an error is printed as CPython's unraisable hook does, never raised. */
function handleCallback(wr: PyWeakref, callback: PyObject): void {
  try {
    decref(callObject(callback, [wr], null));
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    ctx.writeErr(`Exception ignored in: ${safeRepr(callback)}\n`);
    ctx.writeErr(formatTraceback(e.exc, new Map()));
    decref(e.exc);
  }
}

function safeRepr(o: PyObject): string {
  try {
    return repr(o);
  } catch (e) {
    if (e instanceof PyThrow) {
      decref(e.exc);
      return `<object repr() failed>`;
    }
    throw e;
  }
}

/**
 * PyObject_ClearWeakRefs, for MemoryHooks.clearWeakrefs: a dying object's
 * weakrefs go dead, then the callbacks of those still alive run in list order.
 */
export function clearWeakrefs(o: PyObject): void {
  const list = o.weakrefs;
  if (list === null) return;
  const calls: [PyWeakref, PyObject][] = [];
  for (const x of list.slice()) {
    const wr = x as PyWeakref;
    const cb = wr.callback;
    touch(wr);
    wr.callback = null;
    detach(wr);
    if (cb === null) continue;
    if (wr.rc > 0) calls.push([incref(wr), cb]);
    else decref(cb);
  }
  o.weakrefs = null;
  for (const [wr, cb] of calls) handleCallback(wr, cb);
  // CPython drops its temporary tuple of (ref, callback) pairs from the end.
  for (let i = calls.length - 1; i >= 0; i--) {
    decref(calls[i][1]);
    decref(calls[i][0]);
  }
}

gcHooks.isWeakref = (o) => o instanceof PyWeakref;
gcHooks.clearWeakrefReferent = (wr) => detach(wr as PyWeakref);
gcHooks.clearWeakrefsOf = (o) => {
  const out: PyObject[] = [];
  const list = o.weakrefs;
  if (list === null) return out;
  for (const x of list.slice()) {
    const wr = x as PyWeakref;
    detach(wr);
    if (wr.callback !== null) out.push(wr);
  }
  o.weakrefs = null;
  return out;
};
gcHooks.runWeakrefCallback = (wr) => {
  const cb = (wr as PyWeakref).callback;
  if (cb !== null) handleCallback(wr as PyWeakref, cb);
};
setGcClear(weakrefType, (o) => clearWeakref(o as PyWeakref));

nativeNew.set(weakrefType, (_t, args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'ref() takes no keyword arguments');
  if (args.length < 1) throwError(TypeError, `__new__ expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throwError(TypeError, `__new__ expected at most 2 arguments, got ${args.length}`);
  return newRef(args[0], args.length > 1 ? args[1] : null);
});

nativeRepr.set(weakrefType, (o) => {
  const wr = o as PyWeakref;
  const self = `0x${wr.addr.toString(16)}`;
  const obj = wr.referent;
  if (obj === null) return `<weakref at ${self}; dead>`;
  incref(obj);
  try {
    const name = getAttrOrNull(obj, '__name__');
    const tail = name instanceof PyStr ? ` (${name.v})` : '';
    if (name !== null) decref(name);
    return `<weakref at ${self}; to '${obj.type.name}' at 0x${obj.addr.toString(16)}${tail}>`;
  } finally {
    decref(obj);
  }
});

nativeHash.set(weakrefType, (o) => {
  const wr = o as PyWeakref;
  if (wr.hash !== null) return wr.hash;
  if (wr.referent === null) throwError(TypeError, 'weak object has gone away');
  wr.hash = hashOf(wr.referent);
  return wr.hash;
});

nativeCompare.set(weakrefType, (a, b, op) => {
  if ((op !== CmpOp.Eq && op !== CmpOp.Ne) || !(a instanceof PyWeakref) || !(b instanceof PyWeakref)) {
    return NotImplemented;
  }
  if (a.referent === null || b.referent === null) return newBool((a === b) === (op === CmpOp.Eq));
  return richCompare(a.referent, b.referent, op);
});

defGetter(weakrefType, '__callback__', (o) => incref((o as PyWeakref).callback ?? None));

/** `weakref.getweakrefcount(o)`. */
export function weakrefCount(o: PyObject): PyObject {
  return newInt(o.weakrefs?.length ?? 0);
}
