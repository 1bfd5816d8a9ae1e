/**
 * The object protocols (CPython's Objects/abstract.c and object.c): attribute
 * access with descriptors, calls, truth, length, hashing, iteration and item
 * access. Builtin types take native fast paths; user classes are reached
 * through their dunder methods.
 *
 * Conventions: functions returning PyObject return a new reference; PyObject
 * arguments are borrowed.
 */
import { newError, throwError, throwLazyArgs } from './errors';
import { attributeCandidates } from './vm/suggestions';
import { born, decref, incref, touch } from './memory';
import { Flag, PyObject, PyType } from './object';
import {
  AttributeError,
  IndexError,
  KeyError,
  OverflowError,
  PyException,
  newException,
  StopIteration,
  TypeError,
  ValueError,
} from './types/exception';
import { PyFloat } from './types/float';
import { PyFunction } from './types/function';
import { PyInstance } from './types/instance';
import type { AttrStore } from './types/attr-table';
import { False, isInt, newBool, newInt, PyInt, PyLong, True } from './types/int';
import { newMethod, PyMethod } from './types/method';
import { PyModule } from './types/module';
import { None, NotImplemented } from './types/none';
import { intern, PyStr, strLen } from './types/str';
import { newTuple, PyTuple } from './types/tuple';
import { PyList } from './types/list';
import { PyDict } from './types/dict';
import { PyBuiltinFunction, PyGetSetDescr, PyMethodDescr, typeType, type KwArgs } from './types/type';
import { callMethodWrapper, callSlotWrapper, newMethodWrapper, PyMethodWrapper } from './types/method-wrapper';
import { PyThrow } from './errors';
import { enterRecursiveCall, IN_CALL, leaveRecursiveCall } from './vm/recursion-guard';

/** Hooks the interpreter installs (kept as data to avoid an import cycle). */
export const vm = {
  /** Calls a Python function. */
  callFunction: (_f: PyFunction, _args: PyObject[], _kw: KwArgs): PyObject => {
    throw new Error('interpreter not installed');
  },
  /** Calls a class (instance creation, or type(x)). */
  callType: (_t: PyType, _args: PyObject[], _kw: KwArgs): PyObject => {
    throw new Error('interpreter not installed');
  },
  /** Native getattr fallback for special objects (property etc.), set by descriptors.ts. */
  descrGet: (_d: PyObject, _obj: PyObject | null, _owner: PyType): PyObject | undefined => undefined,
  /** True when d is a data descriptor (property) that takes precedence over instance attributes. */
  isDataDescr: (_d: PyObject): boolean => false,
  /** Sets through a data descriptor; returns false when d is not one. */
  descrSet: (_d: PyObject, _obj: PyObject, _v: PyObject | null): boolean => false,
};

/** The name CPython prints for a value's type (`'int'`, `'Node'`). */
export function typeName(o: PyObject): string {
  return o.type.name;
}

// ---------------------------------------------------------------- attributes

/** Looks a special method up on the type (not the instance); borrowed or null. */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  return o.type.lookup(name);
}

/** Binds an attribute found on a class to the instance it was looked up through. */
function bindFound(found: PyObject, obj: PyObject | null, owner: PyType): PyObject {
  if (found instanceof PyFunction) {
    if (obj === null) return incref(found);
    return newMethod(found, obj);
  }
  if (found instanceof PyMethodDescr) {
    if (found.kind === 'static') return born(new PyBuiltinFunction(found.name, (a, k) => found.fn(None, a, k), null));
    if (found.isSlotWrapper && obj !== null) return newMethodWrapper(found, obj);
    const self = found.kind === 'classmethod' ? owner : obj;
    if (self === null) {
      return born(new PyBuiltinFunction(
        found.name,
        (a, k) => {
          if (a.length === 0) throwError(TypeError, `unbound method ${found.qualname}() needs an argument`);
          return found.fn(a[0], a.slice(1), k);
        },
        null,
      ));
    }
    incref(self);
    return born(new PyBuiltinFunction(found.name, (a, k) => found.fn(self, a, k), self, found.owner.name));
  }
  if (found instanceof PyGetSetDescr) {
    if (obj === null) return incref(found);
    return found.get(obj);
  }
  const d = vm.descrGet(found, obj, owner);
  if (d !== undefined) return d;
  return incref(found);
}

/**
 * `getattr(o, name)` (PyObject_GetAttr): a new reference, or raises AttributeError. An
 * AttributeError from the look-up itself (a property, `__getattr__`) is made at once and
 * gets the object and the name, as set_attribute_error_context does in 3.11.
 */
export function getAttr(o: PyObject, name: string): PyObject {
  let r: PyObject | null;
  try {
    r = lookupAttr(o, name, false);
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(AttributeError)) attributeErrorContext(e.exc, o, name);
    throw e;
  }
  if (r === null) throwAttributeError(o, name);
  return r;
}

/**
 * LOAD_METHOD's look-up (_PyObject_GetMethod): getAttr, except that on an object with
 * the generic attribute look-up a descriptor's AttributeError (a property without
 * getter) passes through untouched, still lazy, without name and obj.
 */
export function getMethodAttr(o: PyObject, name: string): PyObject {
  if (!hasGenericGetAttr(o)) return getAttr(o, name);
  const r = lookupAttr(o, name, false);
  if (r === null) throwAttributeError(o, name);
  return r;
}

/** Whether o's type looks attributes up with PyObject_GenericGetAttr (no __getattr__ or __getattribute__ of its own). */
function hasGenericGetAttr(o: PyObject): boolean {
  if (o instanceof PyType || o instanceof PyModule) return false;
  const t = o.type;
  if (nativeGetAttr.has(t)) return false;
  return t.native || (t.lookup('__getattr__') === null && !(t.lookup('__getattribute__') instanceof PyFunction));
}

/** set_attribute_error_context: an AttributeError without a name or an object gets both. */
function attributeErrorContext(e: PyException, o: PyObject, name: string): void {
  if (!e.type.isSubtype(AttributeError)) return;
  const attrs = e.attrs;
  if (attrs !== null && ((attrs.get('name') ?? None) !== None || (attrs.get('obj') ?? None) !== None)) return;
  setAttr(e, 'name', intern(name));
  setAttr(e, 'obj', o);
}

/** Raises CPython's AttributeError for a missing attribute. */
export function throwAttributeError(o: PyObject, name: string): never {
  const msg =
    o instanceof PyModule
      ? `module '${o.name}' has no attribute '${name}'`
      : o instanceof PyType
        ? `type object '${o.name}' has no attribute '${name}'`
        : `'${o.type.name}' object has no attribute '${name}'`;
  const e = newError(AttributeError, msg);
  // As set_attribute_error_context does in 3.11: the error keeps the object (alive while the error is) and the name.
  e.attrs = new Map<string, PyObject>([
    ['name', intern(name)],
    ['obj', incref(o)],
  ]);
  e.hint = { name, candidates: () => [attributeCandidates(o)] };
  throw new PyThrow(e);
}

/**
 * Attribute look-up that returns null instead of raising AttributeError (other errors
 * still propagate): _PyObject_LookupAttr, which clears an AttributeError unmade.
 */
export function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  return lookupAttr(o, name, true);
}

/** Whether a JS value caught is a Python AttributeError (dropped then by the caller). */
function isAttributeError(e: unknown): e is PyThrow {
  return e instanceof PyThrow && e.type.isSubtype(AttributeError);
}

/**
 * The attribute look-up of getAttr and getAttrOrNull: null when the attribute is missing.
 * With `suppress`, an AttributeError raised on the way is dropped (null); without it,
 * the last one raised propagates. A class's `__getattr__` is called when its
 * `__getattribute__` (or the generic look-up) raises AttributeError or finds nothing
 * (slot_tp_getattr_hook).
 */
function lookupAttr(o: PyObject, name: string, suppress: boolean): PyObject | null {
  if (o instanceof PyType) return typeGetAttr(o, name);
  const t = o.type;
  const special = nativeGetAttr.get(t);
  if (special !== undefined) {
    const r = special(o, name);
    if (r !== undefined) return r;
  }
  const getattribute = t.native ? null : t.lookup('__getattribute__');
  let r: PyObject | null;
  try {
    if (getattribute !== null && getattribute instanceof PyFunction) r = vm.callFunction(getattribute, [o, internName(name)], null);
    else r = genericGetAttr(o, t, name);
  } catch (e) {
    if (!isAttributeError(e) || (!suppress && (t.native || t.lookup('__getattr__') === null))) throw e;
    e.drop();
    r = null;
  }
  if (r !== null || t.native) return r;
  const ga = t.lookup('__getattr__');
  if (ga === null) return null;
  if (!suppress) return callObject(ga, [o, internName(name)], null);
  try {
    return callObject(ga, [o, internName(name)], null);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    e.drop();
    return null;
  }
}

/** PyObject_GenericGetAttr: data descriptors, then the instance's own attributes, then the rest of the class. */
function genericGetAttr(o: PyObject, t: PyType, name: string): PyObject | null {
  const found = t.lookup(name);
  if (found !== null && (found instanceof PyGetSetDescr || vm.isDataDescr(found))) return bindFound(found, o, t);
  const own = ownAttr(o, name);
  if (own !== null) return incref(own);
  if (found !== null) return bindFound(found, o, t);
  return null;
}

/** Types with their own attribute look-up (super objects); undefined falls back to the generic one. */
export const nativeGetAttr = new Map<PyType, (o: PyObject, name: string) => PyObject | null | undefined>();

/** The instance-level attribute (instance table, module namespace, exception attrs); borrowed. */
function ownAttr(o: PyObject, name: string): PyObject | null {
  if (o instanceof PyInstance) return o.attrs.get(name) ?? null;
  if (o instanceof PyModule) return o.dict.getStr(name);
  if (o instanceof PyException) return o.attrs?.get(name) ?? null;
  if (o instanceof PyFunction) return o.attrs?.get(name) ?? null;
  return null;
}

/** Attribute look-up on a class object: its MRO, then the metatype. */
function typeGetAttr(t: PyType, name: string): PyObject | null {
  const meta = t.type;
  const metaFound = meta.lookup(name);
  if (metaFound !== null && metaFound instanceof PyGetSetDescr) return metaFound.get(t);
  const found = t.lookup(name);
  if (found !== null) {
    if (found instanceof PyFunction) return incref(found);
    if (found instanceof PyMethodDescr && found.kind === 'method') return incref(found);
    return bindFound(found, null, t);
  }
  if (metaFound !== null) return bindFound(metaFound, t, meta);
  return null;
}

const nameCache = new Map<string, PyObject>();
/** An interned str for an attribute name (borrowed, shared). */
export let internName: (name: string) => PyObject = (name) => {
  let s = nameCache.get(name);
  if (s === undefined) {
    s = new PyStr(name);
    nameCache.set(name, s);
  }
  return s;
};
/** Installs the interning function (str.ts's `intern`, once the heap exists). */
export function setInternName(fn: (name: string) => PyObject): void {
  internName = fn;
}

/** `setattr(o, name, v)`; v is borrowed (the target takes its own reference). */
export function setAttr(o: PyObject, name: string, v: PyObject): void {
  const t = o.type;
  if (!t.native) {
    const sa = t.lookup('__setattr__');
    if (sa !== null && sa instanceof PyFunction) {
      decref(vm.callFunction(sa, [o, internName(name), v], null));
      return;
    }
  }
  if (o instanceof PyType) {
    if (o.native) throwError(TypeError, `cannot set '${name}' attribute of immutable type '${o.name}'`);
    incref(v);
    const old = o.dict.get(name);
    o.dict.set(name, v);
    touch(o);
    o.invalidate();
    if (old !== undefined) decref(old);
    return;
  }
  const found = t.lookup(name);
  if (found !== null) {
    if (vm.descrSet(found, o, v)) return;
    if (found instanceof PyGetSetDescr) {
      if (found.set === null) throwError(AttributeError, `attribute '${name}' of '${t.name}' objects is not writable`);
      found.set(o, v);
      return;
    }
  }
  let attrs: AttrStore | null = null;
  if (o instanceof PyInstance) attrs = o.attrs;
  else if (o instanceof PyException) attrs = o.attrs ??= new Map();
  else if (o instanceof PyFunction) attrs = o.attrs ??= new Map();
  else if (o instanceof PyModule) {
    o.dict.set(internName(name), v);
    return;
  }
  if (attrs === null) {
    if (found !== null) throwError(AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
    throwError(AttributeError, `'${t.name}' object has no attribute '${name}'`);
  }
  incref(v);
  const old = attrs.get(name);
  attrs.set(name, v);
  touch(o);
  if (old !== undefined) decref(old);
}

/** `delattr(o, name)`. */
export function delAttr(o: PyObject, name: string): void {
  const t = o.type;
  if (!t.native) {
    const da = t.lookup('__delattr__');
    if (da !== null && da instanceof PyFunction) {
      decref(vm.callFunction(da, [o, internName(name)], null));
      return;
    }
  }
  const found = t.lookup(name);
  if (found !== null && vm.descrSet(found, o, null)) return;
  if (o instanceof PyType && !o.native) {
    const old = o.dict.get(name);
    if (old === undefined) throwError(AttributeError, `type object '${o.name}' has no attribute '${name}'`);
    o.dict.delete(name);
    touch(o);
    o.invalidate();
    decref(old);
    return;
  }
  if (o instanceof PyModule) {
    if (!o.dict.delete(internName(name))) throwError(AttributeError, `module '${o.name}' has no attribute '${name}'`);
    return;
  }
  const attrs = o instanceof PyInstance ? o.attrs : o instanceof PyException || o instanceof PyFunction ? o.attrs : null;
  const old = attrs?.get(name);
  if (attrs === null || old === undefined) throwError(AttributeError, `'${t.name}' object has no attribute '${name}'`);
  attrs.delete(name);
  touch(o);
  decref(old);
}

// ---------------------------------------------------------------- calls

/** Calls any callable with borrowed arguments; returns a new reference. */
export function callObject(f: PyObject, args: PyObject[], kw: KwArgs): PyObject {
  if (f instanceof PyFunction) return vm.callFunction(f, args, kw);
  // Builtins (cfunction_enter_call, method_enter_call), classes and instances
  // with __call__ (_PyObject_MakeTpCall) charge one recursion level; a Python
  // function's frame is charged when it is pushed.
  if (f instanceof PyMethod || (f instanceof PyType && f.native)) return callObjectUnchecked(f, args, kw);
  enterRecursiveCall(IN_CALL);
  try {
    return callObjectUnchecked(f, args, kw);
  } finally {
    leaveRecursiveCall();
  }
}

function callObjectUnchecked(f: PyObject, args: PyObject[], kw: KwArgs): PyObject {
  if (f instanceof PyBuiltinFunction) return f.fn(args, kw);
  if (f instanceof PyMethod) {
    const full = [f.self];
    for (let i = 0; i < args.length; i++) full.push(args[i]);
    return callObject(f.func, full, kw);
  }
  if (f instanceof PyType) return vm.callType(f, args, kw);
  if (f instanceof PyMethodWrapper) return callMethodWrapper(f, args, kw);
  if (f instanceof PyMethodDescr) {
    if (f.isSlotWrapper) return callSlotWrapper(f, args, kw);
    if (args.length === 0) throwError(TypeError, `unbound method ${f.qualname}() needs an argument`);
    return f.fn(args[0], args.slice(1), kw);
  }
  const c = f.type.native ? null : f.type.lookup('__call__');
  if (c !== null) {
    const full = [f];
    for (let i = 0; i < args.length; i++) full.push(args[i]);
    return callObject(c, full, kw);
  }
  throwError(TypeError, `'${f.type.name}' object is not callable`);
}

/** Calls `o.name(*args)`; new reference. */
export function callMethod(o: PyObject, name: string, args: PyObject[], kw: KwArgs = null): PyObject {
  const m = getAttr(o, name);
  try {
    return callObject(m, args, kw);
  } finally {
    decref(m);
  }
}

/** Calls a dunder looked up on the type with the receiver first; null when the type has none. */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = o.type.lookup(name);
  if (m === null) return null;
  if (m instanceof PyFunction) {
    const full = [o];
    for (let i = 0; i < args.length; i++) full.push(args[i]);
    return vm.callFunction(m, full, null);
  }
  if (m instanceof PyMethodDescr) return m.fn(o, args, null);
  const bound = bindFound(m, o, o.type);
  try {
    return callObject(bound, args, null);
  } finally {
    decref(bound);
  }
}

/** True when a user class (not a builtin) defines the dunder. */
export function hasUserSpecial(o: PyObject, name: string): boolean {
  return !o.type.native && o.type.lookup(name) !== null;
}

/** `callable(o)`. */
export function isCallable(o: PyObject): boolean {
  return (
    o instanceof PyFunction ||
    o instanceof PyBuiltinFunction ||
    o instanceof PyMethod ||
    o instanceof PyType ||
    o instanceof PyMethodDescr ||
    o instanceof PyMethodWrapper ||
    (!o.type.native && o.type.lookup('__call__') !== null)
  );
}

// ---------------------------------------------------------------- truth, length

/** `len(o)` as a JS number. */
export function length(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyStr) return strLen(o);
  if (o instanceof PyDict) return o.used;
  const sized = nativeLen.get(o.type);
  if (sized !== undefined) return sized(o);
  for (const t of o.type.mro) {
    const n = nativeLen.get(t);
    if (n !== undefined) return n(o);
  }
  const r = callSpecial(o, '__len__', []);
  if (r === null) throwError(TypeError, `object of type '${o.type.name}' has no len()`);
  try {
    if (!isInt(r)) throwError(TypeError, `'${r.type.name}' object cannot be interpreted as an integer`);
    // PyNumber_AsSsize_t(res, OverflowError): beyond a Py_ssize_t is an OverflowError, before the sign check.
    if (typeof r.v === 'bigint' && (r.v > 9223372036854775807n || r.v < -9223372036854775808n))
      throwError(OverflowError, `cannot fit '${r.type.name}' into an index-sized integer`);
    const v = Number(r.v);
    if (v < 0) throwError(ValueError, '__len__() should return >= 0');
    return v;
  } finally {
    decref(r);
  }
}

/** Native `len` implementations of builtin types registered by their files. */
export const nativeLen = new Map<PyType, (o: PyObject) => number>();


/** `bool(o)`. */
export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  if (o instanceof PyInt) return o.v !== 0;
  if (o instanceof PyStr) return o.v.length !== 0;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length !== 0;
  if (o instanceof PyFloat) return o.v !== 0;
  if (o instanceof PyDict) return o.used !== 0;
  if (o instanceof PyLong) return true;
  const t = o.type;
  if (!t.native || t.mro.some((b) => !b.native)) {
    const b = callSpecial(o, '__bool__', []);
    if (b !== null) {
      if (b !== True && b !== False) {
        decref(b);
        throwError(TypeError, `__bool__ should return bool, returned ${b.type.name}`);
      }
      return b === True;
    }
    if (t.lookup('__len__') !== null) return length(o) !== 0;
    if (t.native === false) return true;
  }
  const n = nativeLen.get(t);
  if (n !== undefined) return n(o) !== 0;
  for (const b of t.mro) {
    const m = nativeLen.get(b);
    if (m !== undefined) return m(o) !== 0;
  }
  return true;
}

/** A new reference to True/False for a JS boolean. */
export const pyBool = newBool;

// ---------------------------------------------------------------- iteration

/** Native iterator factories of builtin types, registered by their files. */
export const nativeIter = new Map<PyType, (o: PyObject) => PyObject>();
/** Native `next` of builtin iterator types: a new reference, or null when exhausted. */
export const nativeNext = {
  get: (t: PyType): ((o: PyObject) => PyObject | null) | undefined => t.iterNext ?? undefined,
  set: (t: PyType, fn: (o: PyObject) => PyObject | null): void => {
    t.iterNext = fn;
  },
  has: (t: PyType): boolean => t.iterNext !== null,
};

/** `iter(o)`. */
export function getIter(o: PyObject): PyObject {
  const t = o.type;
  const f = nativeIter.get(t);
  if (f !== undefined) return f(o);
  if (!t.native) {
    const it = callSpecial(o, '__iter__', []);
    if (it !== null) {
      if (!isIterator(it)) {
        const n = it.type.name;
        decref(it);
        throwError(TypeError, `iter() returned non-iterator of type '${n}'`);
      }
      return it;
    }
    if (t.lookup('__getitem__') !== null) return seqIterFactory(o);
  }
  for (const b of t.mro) {
    const g = nativeIter.get(b);
    if (g !== undefined) return g(o);
  }
  throwError(TypeError, `'${t.name}' object is not iterable`);
}

/** Old-style sequence iteration over `__getitem__` (installed by iterators.ts). */
export let seqIterFactory: (o: PyObject) => PyObject = () => {
  throw new Error('iterators not installed');
};
/** Installs seqIterFactory. */
export function setSeqIterFactory(fn: (o: PyObject) => PyObject): void {
  seqIterFactory = fn;
}

/** True when o has `__next__`. */
export function isIterator(o: PyObject): boolean {
  return nativeNext.has(o.type) || o.type.lookup('__next__') !== null;
}

/** `next(it)` without the default: a new reference, or null at the end (StopIteration swallowed). */
export function iterNext(it: PyObject): PyObject | null {
  const n = it.type.iterNext;
  if (n !== null) return n(it);
  const m = it.type.lookup('__next__');
  if (m === null) throwError(TypeError, `'${it.type.name}' object is not an iterator`);
  try {
    return callSpecial(it, '__next__', [])!;
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(StopIteration)) {
      e.drop();
      return null;
    }
    throw e;
  }
}

/** Runs fn on each item (borrowed for the call's duration); stops early when fn returns true. */
export function forEach(o: PyObject, fn: (item: PyObject) => boolean | void): void {
  if (o instanceof PyList || o instanceof PyTuple) {
    // Iterate live like CPython's list iterator (the list may change during the loop).
    for (let i = 0; i < o.items.length; i++) {
      const item = o.items[i];
      incref(item);
      try {
        if (fn(item) === true) return;
      } finally {
        decref(item);
      }
    }
    return;
  }
  const it = getIter(o);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) return;
      try {
        if (fn(item) === true) return;
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/** All items of an iterable as new references. */
export function toArray(o: PyObject): PyObject[] {
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items.slice();
    for (const x of items) incref(x);
    return items;
  }
  const out: PyObject[] = [];
  try {
    forEach(o, (x) => {
      incref(x);
      out.push(x);
    });
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  }
  return out;
}

// ---------------------------------------------------------------- misc helpers

/** Index value of an int-like (`__index__`) as a JS number; raises TypeError otherwise. */
export function asIndex(o: PyObject, what = 'indices'): number {
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyLong) return Number(o.v);
  const r = hasUserSpecial(o, '__index__') ? callSpecial(o, '__index__', []) : null;
  if (r !== null) {
    try {
      if (r instanceof PyInt) return r.v;
      if (r instanceof PyLong) return Number(r.v);
      throwError(TypeError, `__index__ returned non-int (type ${r.type.name})`);
    } finally {
      decref(r);
    }
  }
  throwError(TypeError, `${what} must be integers or slices, not ${o.type.name}`);
}

/** Raises the KeyError CPython gives for a missing key (args = (key,)). */
export function throwKeyError(key: PyObject): never {
  // _PyErr_SetKeyError: the tuple (key,) now, the instance when the exception is normalized
  // (at once while another exception is being handled, to chain it).
  incref(key);
  throwLazyArgs(KeyError, newTuple([key]));
}


/** Raises IndexError with a message. */
export function throwIndexError(msg: string): never {
  throwError(IndexError, msg);
}

/** The integer 0..n for loops in native code (new reference). */
export const pyInt = newInt;
/** Marker re-exported for rich comparisons. */
export { NotImplemented, Flag };

// ---------------------------------------------------------------- items

/** Native `o[k]` of builtin types (new reference). */
export const nativeGetItem = new Map<PyType, (o: PyObject, k: PyObject) => PyObject>();
/** Native `o[k] = v` of builtin types (v borrowed). */
export const nativeSetItem = new Map<PyType, (o: PyObject, k: PyObject, v: PyObject) => void>();
/** Native `del o[k]` of builtin types. */
export const nativeDelItem = new Map<PyType, (o: PyObject, k: PyObject) => void>();
/** Native `k in o` of builtin types. */
export const nativeContains = new Map<PyType, (o: PyObject, k: PyObject) => boolean>();

function nativeFor<T>(m: Map<PyType, T>, t: PyType): T | undefined {
  const f = m.get(t);
  if (f !== undefined) return f;
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const g = m.get(mro[i]);
    if (g !== undefined) return g;
  }
  return undefined;
}

/** `o[k]`. */
export function getItem(o: PyObject, k: PyObject): PyObject {
  const t = o.type;
  if (!t.native) {
    const r = callSpecial(o, '__getitem__', [k]);
    if (r !== null) return r;
  } else {
    const f = nativeGetItem.get(t);
    if (f !== undefined) return f(o, k);
  }
  const g = nativeFor(nativeGetItem, t);
  if (g !== undefined) return g(o, k);
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    if (cg !== null) return callObject(cg, [o, k], null);
    throwError(TypeError, `type '${o.name}' is not subscriptable`);
  }
  throwError(TypeError, `'${t.name}' object is not subscriptable`);
}

/** `o[k] = v`. */
export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  const t = o.type;
  if (!t.native) {
    const r = callSpecial(o, '__setitem__', [k, v]);
    if (r !== null) {
      decref(r);
      return;
    }
  }
  const f = nativeFor(nativeSetItem, t);
  if (f !== undefined) return f(o, k, v);
  throwError(TypeError, `'${t.name}' object does not support item assignment`);
}

/** `del o[k]`. */
export function delItem(o: PyObject, k: PyObject): void {
  const t = o.type;
  if (!t.native) {
    const r = callSpecial(o, '__delitem__', [k]);
    if (r !== null) {
      decref(r);
      return;
    }
  }
  const f = nativeFor(nativeDelItem, t);
  if (f !== undefined) return f(o, k);
  // CPython words it differently when the index path (PySequence_DelItem) was taken.
  const seqLike = !t.native || t.name === 'str' || t.name === 'tuple' || t.name === 'range';
  if (seqLike && (k instanceof PyInt || k instanceof PyLong))
    throwError(TypeError, `'${t.name}' object doesn't support item deletion`);
  throwError(TypeError, `'${t.name}' object does not support item deletion`);
}

/** `k in o`. */
export function contains(o: PyObject, k: PyObject): boolean {
  const t = o.type;
  if (!t.native) {
    const r = callSpecial(o, '__contains__', [k]);
    if (r !== null) {
      const v = isTrue(r);
      decref(r);
      return v;
    }
  }
  const f = nativeFor(nativeContains, t);
  if (f !== undefined) return f(o, k);
  if (!t.native && t.lookup('__iter__') === null && t.lookup('__getitem__') === null)
    throwError(TypeError, `argument of type '${t.name}' is not iterable`);
  let found = false;
  try {
    forEach(o, (x) => {
      if (x === k || eqHook(x, k)) {
        found = true;
        return true;
      }
      return false;
    });
  } catch (e) {
    if (e instanceof PyThrow && e.type === TypeError && nativeFor(nativeIter, t) === undefined && t.native) {
      e.drop();
      throwError(TypeError, `argument of type '${t.name}' is not iterable`);
    }
    throw e;
  }
  return found;
}

let eqHook: (a: PyObject, b: PyObject) => boolean = (a, b) => a === b;
/** Installs ops.eq (avoids a cycle). */
export function setEqHook(fn: (a: PyObject, b: PyObject) => boolean): void {
  eqHook = fn;
}
