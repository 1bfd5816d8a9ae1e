/**
 * dict's Python-visible behaviour: repr, ==, | and |=, subscripts, `in`, the
 * methods, and `dict(...)`; plus the hooks PyDict needs from the object model
 * (hash, ==, which keys compare by identity, which values make a dict tracked).
 *
 * Orders follow Objects/dictobject.c: a deleted entry releases its key, then
 * its value; clear() and dealloc release key, value, key, value... in
 * insertion order; pop() hands the dict's reference to the value to the caller.
 */
import {
  callMethod,
  getAttrOrNull,
  getItem,
  getIter,
  iterNext,
  nativeContains,
  nativeDelItem,
  nativeGetItem,
  nativeLen,
  nativeSetItem,
  throwKeyError,
} from '../abstract';
import { exactArgs, rangeArgs } from '../args';
import {
  dictCopy as sizingCopy,
  dictFromKeysPresized,
  dictMergeBegin,
  dictPresized,
} from '../collections/dict-sizing';
import { PyThrow, throwError } from '../errors';
import { born, bornByTypeAlloc, decref, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { BinOp, CmpOp, eq, hashOf, nativeBinary, nativeCompare, nativeHash, nativeRepr, repr, reprGuard } from '../ops';
import { nativeNew } from './constructors';
import { dictHooks, dictType, newDict, PyDict } from './dict';
import { KeyError, RuntimeError, TypeError, ValueError } from './exception';
import { False, newBool, newInt, True } from './int';
import { PyList } from './list';
import { None, NotImplemented } from './none';
import { newStr } from './str';
import { PySet } from './set';
import { newTuple, PyTuple } from './tuple';
import { defMethod, type KwArgs } from './type';

// ---------------------------------------------------------------- PyDict's hooks

/** True when a type (or a native base) supplies its own == or hash, so its keys need the hash path. */
function hasValueEquality(t: PyType): boolean {
  for (const b of t.mro) {
    if (b.native) {
      if (nativeHash.has(b) || nativeCompare.has(b)) return true;
    } else {
      const e = b.dict.get('__eq__');
      const h = b.dict.get('__hash__');
      if (e !== undefined || h !== undefined) return true;
    }
  }
  return false;
}

dictHooks.hash = (o) => hashOf(o);
dictHooks.eq = (a, b) => eq(a, b);
dictHooks.identityKey = (o) => !hasValueEquality(o.type);
// dictHooks.track and dictHooks.mayBeTracked (CPython's MAINTAIN_TRACKING) are installed by gc.ts.

// ---------------------------------------------------------------- merging

/**
 * dict_merge(a, b, override) for a mapping b: override 1 replaces, 0 keeps
 * existing values, 2 raises KeyError(key) on a duplicate (the caller turns
 * that into "got multiple values for keyword argument").
 */
export function dictMerge(a: PyDict, b: PyObject, override: 0 | 1 | 2): void {
  if (b instanceof PyDict && b.type === dictType) {
    if (a === b || b.used === 0) return;
    // An empty target clones the source's table; inserting then must not count twice.
    const cloned = dictMergeBegin(a.sizing, b.sizing) ? sizingCopy(a.sizing) : null;
    const n = b.used;
    const keys = b.keys;
    const values = b.values;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === null) continue;
      const v = values[i]!;
      incref(k);
      incref(v);
      try {
        if (override === 1) a.set(k, v);
        else if (a.find(k) < 0) a.set(k, v);
        else if (override === 2) throwKeyError(k);
      } finally {
        decref(k);
        decref(v);
      }
      if (b.used !== n) throwError(RuntimeError, 'dict mutated during update');
    }
    if (cloned !== null) a.sizing = cloned;
    return;
  }
  // A generic mapping: its keys(), then b[key] for each.
  const keysObj = callMethod(b, 'keys', []);
  let it: PyObject;
  try {
    it = getIter(keysObj);
  } finally {
    decref(keysObj);
  }
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) break;
      try {
        if (override !== 1 && a.find(k) >= 0) {
          if (override === 2) throwKeyError(k);
          continue;
        }
        const v = getItem(b, k);
        try {
          a.set(k, v);
        } finally {
          decref(v);
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** PyDict_MergeFromSeq2: an iterable of 2-item sequences. */
function mergeFromPairs(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        let pair: PyObject[];
        if (item instanceof PyList || item instanceof PyTuple) pair = item.items.slice();
        else pair = toArrayOrConvertError(item, i);
        const owned = !(item instanceof PyList || item instanceof PyTuple);
        try {
          if (pair.length !== 2)
            throwError(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
          d.set(pair[0], pair[1]);
        } finally {
          if (owned) for (const x of pair) decref(x);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

function toArrayOrConvertError(item: PyObject, i: number): PyObject[] {
  let sub: PyObject;
  try {
    sub = getIter(item);
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(TypeError)) {
      e.drop();
      throwError(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    throw e;
  }
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(sub);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(sub);
  }
  return out;
}


/** dict_update_arg: a dict, anything with keys() (a mapping), or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyObject): void {
  if (arg instanceof PyDict && arg.type === dictType) {
    dictMerge(d, arg, 1);
    return;
  }
  const keys = getAttrOrNull(arg, 'keys');
  if (keys !== null) {
    decref(keys);
    dictMerge(d, arg, 1);
    return;
  }
  mergeFromPairs(d, arg);
}

/** Sets each keyword argument in `target`, under a new str key. */
function setKeywords(target: PyDict, kw: ReadonlyMap<string, PyObject>): void {
  for (const [k, v] of kw) {
    const key = newStr(k);
    try {
      target.set(key, v);
    } finally {
      decref(key);
    }
  }
}

/** dict_update_common: `d.update(arg, **kw)` and `dict(arg, **kw)`. */
function updateCommon(d: PyDict, args: PyObject[], kw: KwArgs, name: string, kwAsDict = true): void {
  rangeArgs(name, args, 0, 1);
  if (args.length === 1) dictUpdateArg(d, args[0]);
  if (kw === null || kw.size === 0) return;
  if (!kwAsDict) {
    // dict_vectorcall: `dict(a=1)` sets each keyword in turn, with no dict of them.
    setKeywords(d, kw);
    return;
  }
  // The call made a real kwargs dict (presized for its names), which is then merged in.
  const kwargs = newDict();
  kwargs.sizing = dictPresized(kw.size, true);
  try {
    setKeywords(kwargs, kw);
    dictMerge(d, kwargs, 1);
  } finally {
    decref(kwargs);
  }
}

/** A shallow copy (PyDict_Copy). */
export function dictCopy(d: PyDict): PyDict {
  const out = newDict();
  for (const [k, v] of d.entries()) out.set(k, v);
  out.sizing = sizingCopy(d.sizing);
  return out;
}

// ---------------------------------------------------------------- repr, ==, |

function dictRepr(o: PyObject): string {
  const d = o as PyDict;
  return reprGuard(
    d,
    () => {
      if (d.used === 0) return '{}';
      let s = '{';
      let first = true;
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (k === null) continue;
        const v = d.values[i]!;
        incref(k);
        incref(v);
        try {
          if (!first) s += ', ';
          first = false;
          s += repr(k) + ': ' + repr(v);
        } finally {
          decref(k);
          decref(v);
        }
      }
      return s + '}';
    },
    '{...}',
  );
}

/** dict_equal: same size, and every key of a maps to an equal value in b. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === null) continue;
    const av = a.values[i]!;
    incref(av);
    incref(k);
    try {
      const bv = b.get(k);
      if (bv === null) return false;
      incref(bv);
      try {
        if (!eq(av, bv)) return false;
      } finally {
        decref(bv);
      }
    } finally {
      decref(k);
      decref(av);
    }
  }
  return true;
}

function dictCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  if (!(a instanceof PyDict) || !(b instanceof PyDict) || (op !== CmpOp.Eq && op !== CmpOp.Ne)) return NotImplemented;
  return incref(dictEqual(a, b) === (op === CmpOp.Eq) ? True : False);
}

function dictBinary(a: PyObject, b: PyObject, op: BinOp, inplace: boolean): PyObject {
  if (op !== BinOp.Or) return NotImplemented;
  const d = a as PyDict;
  if (inplace) {
    dictUpdateArg(d, b);
    return incref(d);
  }
  if (!(b instanceof PyDict)) return NotImplemented;
  const out = dictCopy(d);
  try {
    dictUpdateArg(out, b);
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

// ---------------------------------------------------------------- subscripts

function dictGetItem(o: PyObject, k: PyObject): PyObject {
  const v = (o as PyDict).get(k);
  if (v === null) throwKeyError(k);
  return incref(v);
}

function dictSetItem(o: PyObject, k: PyObject, v: PyObject): void {
  (o as PyDict).set(k, v);
}

function dictDelItem(o: PyObject, k: PyObject): void {
  if (!(o as PyDict).delete(k)) throwKeyError(k);
}

// ---------------------------------------------------------------- methods

function self_(o: PyObject, name: string): PyDict {
  if (!(o instanceof PyDict))
    throwError(TypeError, `descriptor '${name}' for 'dict' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

function method(name: string, fn: (d: PyDict, args: PyObject[], kw: KwArgs) => PyObject, takesKw = false): void {
  defMethod(dictType, name, (self, args, kw) => {
    if (!takesKw && kw !== null && kw.size > 0)
      throwError(TypeError, `${name.startsWith('__') ? 'wrapper ' : 'dict.'}${name}() takes no keyword arguments`);
    return fn(self_(self, name), args, kw);
  });
}

method('get', (d, args) => {
  rangeArgs('get', args, 1, 2);
  return incref(d.get(args[0]) ?? (args.length > 1 ? args[1] : None));
});

method('setdefault', (d, args) => {
  rangeArgs('setdefault', args, 1, 2);
  const found = d.get(args[0]);
  if (found !== null) return incref(found);
  const v = args.length > 1 ? args[1] : None;
  d.set(args[0], v);
  return incref(v);
});

method('pop', (d, args) => {
  rangeArgs('pop', args, 1, 2);
  if (d.used === 0) {
    if (args.length > 1) return incref(args[1]);
    throwKeyError(args[0]);
  }
  const i = d.find(args[0]);
  if (i < 0) {
    if (args.length > 1) return incref(args[1]);
    throwKeyError(args[0]);
  }
  const [k, v] = d.removeAt(i);
  decref(k);
  return v;
});

method('popitem', (d, args) => {
  exactArgs('dict.popitem', args, 0);
  if (d.used === 0) throwError(KeyError, 'popitem(): dictionary is empty');
  let i = d.keys.length - 1;
  while (d.keys[i] === null) i--;
  const [k, v] = d.removeAt(i, true);
  return newTuple([k, v]);
});

method('update', (d, args, kw) => {
  updateCommon(d, args, kw, 'update');
  return incref(None);
}, true);

method('clear', (d, args) => {
  exactArgs('dict.clear', args, 0);
  d.clearAll();
  return incref(None);
});

method('copy', (d, args) => {
  exactArgs('dict.copy', args, 0);
  return dictCopy(d);
});

method('__len__', (d, args) => {
  exactArgs('dict.__len__', args, 0);
  return newInt(d.used);
});
method('__getitem__', (d, args) => {
  exactArgs('dict.__getitem__', args, 1);
  return dictGetItem(d, args[0]);
});
method('__setitem__', (d, args) => {
  if (args.length !== 2) throwError(TypeError, `expected 2 arguments, got ${args.length}`);
  d.set(args[0], args[1]);
  return incref(None);
});
method('__delitem__', (d, args) => {
  exactArgs('dict.__delitem__', args, 1);
  dictDelItem(d, args[0]);
  return incref(None);
});
method('__contains__', (d, args) => {
  exactArgs('dict.__contains__', args, 1);
  return newBool(d.find(args[0]) >= 0);
});
method('__repr__', (d) => newStr(dictRepr(d)));
for (const [name, inplace] of [['__or__', false], ['__ior__', true]] as const) {
  method(name, (d, args) => {
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const r = dictBinary(d, args[0], BinOp.Or, inplace);
    return r === NotImplemented ? incref(r) : r;
  });
}
for (const [name, op] of [
  ['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__eq__', CmpOp.Eq],
  ['__ne__', CmpOp.Ne], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge],
] as const) {
  method(name, (d, args) => {
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const r = dictCompare(d, args[0], op);
    return r === NotImplemented ? incref(r) : r;
  });
}
dictType.dict.set('__hash__', None);

defMethod(
  dictType,
  'fromkeys',
  (cls, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, 'dict.fromkeys() takes no keyword arguments');
    rangeArgs('fromkeys', args, 1, 2);
    const value = args.length > 1 ? args[1] : None;
    // _PyDict_FromKeys calls the class, and dict_new takes memory through tp_alloc: never from the free list.
    const d = allocDict(dictType);
    void cls;
    const src = args[0];
    if (src instanceof PyDict && src.type === dictType) d.sizing = dictFromKeysPresized(src.used, src.sizing.unicode);
    else if (src instanceof PySet) d.sizing = dictFromKeysPresized(src.table.used, false);
    try {
      const it = getIter(args[0]);
      try {
        for (;;) {
          const k = iterNext(it);
          if (k === null) break;
          try {
            d.set(k, value);
          } finally {
            decref(k);
          }
        }
      } finally {
        decref(it);
      }
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  },
  'classmethod',
);

// ---------------------------------------------------------------- registration

nativeRepr.set(dictType, dictRepr);
nativeHash.set(dictType, () => throwError(TypeError, "unhashable type: 'dict'"));
nativeCompare.set(dictType, dictCompare);
nativeBinary.set(dictType, dictBinary);
nativeLen.set(dictType, (o) => (o as PyDict).used);
nativeGetItem.set(dictType, dictGetItem);
nativeSetItem.set(dictType, dictSetItem);
nativeDelItem.set(dictType, dictDelItem);
nativeContains.set(dictType, (o, k) => (o as PyDict).find(k) >= 0);

/** A new empty dict of type t (dict itself, or a subclass whose instances are dicts too). */
export function allocDict(t: PyType): PyDict {
  // dict_vectorcall and dict_new go through type->tp_alloc: never the free list.
  if (t === dictType) return bornByTypeAlloc(new PyDict());
  const d = new PyDict();
  d.type = t;
  if (!t.native) incref(t);
  return born(d);
}

method('__init__', (d, args, kw) => {
  updateCommon(d, args, kw, 'dict');
  return incref(None);
}, true);

nativeNew.set(dictType, (t, args, kw) => {
  const d = allocDict(t);
  try {
    updateCommon(d, args, kw, 'dict', false);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
});
