/**
 * The `copy` module, following Lib/copy.py step for step: the same dispatch
 * tables, the same memo (a real dict keyed by `id()`, holding a keep-alive list
 * under `id(memo)`), the same reduce/reconstruct path for instances. The
 * order of those steps decides which objects a copy shares, how cycles come
 * back, and the reference counts a program sees afterwards.
 *
 * An instance's state is its own `__dict__`, materialised by the reduction
 * (object.__reduce_ex__ reads it through PyObject_GenericGetDict), and the
 * copy receives it through `y.__dict__.update(state)`, which materialises the
 * copy's dict too: both then count as objects of their own for the collector.
 */
import { callMethod, callObject, getAttr, getAttrOrNull, internName, toArray } from '../abstract';
import { bindArgs } from '../args';
import { throwError } from '../errors';
import { decref, incref, touch } from '../memory';
import { PyObject, PyType } from '../object';
import { dictType, newDict, PyDict } from '../types/dict';
import { AttributeError, Exception, PyException, RuntimeError, TypeError } from '../types/exception';
import { PyInstance } from '../types/instance';
import type { AttrStore } from '../types/attr-table';
import { newInt } from '../types/int';
import { listResize, listType, newList, PyList } from '../types/list';
import { methodType, newMethod, PyMethod } from '../types/method';
import { None } from '../types/none';
import { newStr, PyStr } from '../types/str';
import { PyFunction } from '../types/function';
import { newTuple, PyTuple, tupleType } from '../types/tuple';
import { makeBuiltin, newBuiltinType, objectType } from '../types/type';
import { allocInstance } from '../vm/classes';
import { callWithTupleAndDict } from '../vm/call-ex';
import { starCallBegin, starCallEnd, withHiddenTuple } from '../hidden-allocs';
import {
  argsGeneratorBegin,
  argsGeneratorEnd,
  argsTupleEnd,
  boundCall,
  caughtKeyError,
  comprehensionEnd,
  DEEPCOPY_TUPLE_FRAME,
  dictCopyBegin,
  dictCopyEnd,
  frameEnd,
  heldTuple,
  KEEP_ALIVE_FRAME,
  listCopyBegin,
  listCopyEnd,
  reconstructBegin,
  reconstructEnd,
  reductionRelease,
  reductorBegin,
  type ReductionHeld,
  tupleCopyBegin,
  tupleCopyEnd,
  zipBegin,
  zipEnd,
} from './copy-transients';

/** `copy.Error`. */
export const CopyError: PyType = newBuiltinType('Error', Exception, {
  module: 'copy',
  basicSize: Exception.basicSize,
  gcType: true,
  slots: Exception.slots,
});

/** Types `copy.copy` returns as they are (copy._copy_dispatch's _copy_immutable). */
const SHALLOW_ATOMIC = new Set([
  'NoneType', 'int', 'float', 'bool', 'complex', 'str', 'tuple', 'bytes', 'frozenset', 'type', 'range',
  'slice', 'property', 'builtin_function_or_method', 'ellipsis', 'NotImplementedType', 'function',
  'ReferenceType', 'code',
]);
/** Types `copy.deepcopy` returns as they are (_deepcopy_atomic). */
const DEEP_ATOMIC = new Set([
  'NoneType', 'ellipsis', 'NotImplementedType', 'int', 'float', 'bool', 'complex', 'bytes', 'str', 'code',
  'type', 'range', 'builtin_function_or_method', 'function', 'ReferenceType', 'property',
]);

function nativeNamed(t: PyType, names: Set<string>): boolean {
  return t.native && names.has(t.name);
}

/** A user-level method defined by the object's class (not inherited from a builtin). */
function userMethod(o: PyObject, name: string): PyObject | null {
  const t = o.type;
  if (t.native) return null;
  for (const c of t.mro) {
    if (c.native) continue;
    const v = c.dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

function callCopyMethod(x: PyObject, name: string): PyObject | null {
  const m = getAttrOrNull(x, name);
  if (m === null) return null;
  try {
    return callObject(m, [], null);
  } finally {
    decref(m);
  }
}

/** `copy.copy(x)`: a new reference. */
export function shallowCopy(x: PyObject): PyObject {
  const t = x.type;
  if (nativeNamed(t, SHALLOW_ATOMIC) || x instanceof PyType) return incref(x);
  if (t === listType) return callCopyMethod(x, 'copy') ?? newList((x as PyList).items.map((v) => incref(v)));
  if (t === dictType) return callCopyMethod(x, 'copy') ?? dictCopy(x as PyDict);
  if (t.native && t.name === 'set') {
    const r = callCopyMethod(x, 'copy');
    if (r !== null) return r;
  }
  if (userMethod(x, '__copy__') !== null) return callMethod(x, '__copy__', []);
  return reconstructFromReduce(x, null);
}

/**
 * `_reconstruct(x, memo, *rv)` with `rv = reductor(4)`, with the call's argument tuple
 * (two arguments and the items of `rv`) alive through it; `after` runs before the copy
 * function's locals go (deepcopy's memo steps). Returns a new reference.
 */
function reconstructFromReduce(x: PyObject, memo: PyDict | null, after?: (y: PyObject) => void): PyObject {
  const r = reduce(x);
  if (r === 'self') {
    const y = incref(x);
    after?.(y);
    return y;
  }
  const n = 2 + r.rvLength;
  try {
    const call = starCallBegin(n);
    let y: PyObject;
    try {
      y = reconstruct(x, memo, r);
    } finally {
      starCallEnd(n, call);
    }
    after?.(y);
    return y;
  } finally {
    reductionRelease(r.held);
    if (r.rv !== null) decref(r.rv);
  }
}

function dictCopy(d: PyDict): PyDict {
  const y = newDict();
  for (const [k, v] of d.entries()) y.set(k, v);
  return y;
}

// ---------------------------------------------------------------- reduce / reconstruct

/** What `__reduce_ex__(4)` gives: how to rebuild an object, or 'self' for a str result. */
interface Reduction {
  func: PyObject | ((args: PyObject[]) => PyObject);
  args: PyObject[];
  state: PyObject | null;
  listitems: PyObject | null;
  dictitems: PyObject | null;
  /** True for reduce_newobj's `(copyreg.__newobj__, (cls, *args), ...)`: `args` leaves out `cls`. */
  newobj: boolean;
  /** The copy function's `reductor` and the parts of `rv` the port has no object for (copy-transients.ts). */
  held: ReductionHeld;
  /** `rv` when the reduction returned a real tuple (a user's __reduce__), held until the copy function returns. */
  rv: PyObject | null;
  /** How many items `rv` has (`_reconstruct(x, memo, *rv)` passes 2 more). */
  rvLength: number;
}

function owned(r: Reduction): void {
  if (typeof r.func !== 'function') decref(r.func);
  for (const a of r.args) decref(a);
  if (r.state !== null) decref(r.state);
  if (r.listitems !== null) decref(r.listitems);
  if (r.dictitems !== null) decref(r.dictitems);
}

function attrsDict(attrs: AttrStore | null): PyObject | null {
  if (attrs === null || attrs.size === 0) return null;
  const d = newDict();
  for (const [k, v] of attrs) d.set(internName(k), v);
  return d;
}

/**
 * object_getstate_default: None for an instance without attributes
 * (_PyObject_IsInstanceDictEmpty), else the instance's own __dict__, made on
 * the spot from its inline values.
 */
function instanceState(x: PyInstance): PyObject | null {
  if (x.attrs.size === 0) return null;
  // Its values move into the new dict.
  touch(x);
  return incref(x.attrs.materialize());
}

/**
 * _PyType_GetSlotNames, after object_getstate_default has the state: the class's own
 * `__slotnames__`, which copyreg._slotnames makes the first time, an empty list (no
 * class has __slots__ here) that the class keeps in its __dict__ from then on.
 */
function slotNames(t: PyType): void {
  if (t.dict.has('__slotnames__')) return;
  t.dict.set('__slotnames__', newList([]));
  touch(t);
  t.invalidate();
}

/** A new instance without calling __init__ (copyreg.__newobj__). */
function newObject(cls: PyType, args: PyObject[]): PyObject {
  const n = cls.lookup('__new__');
  if (n === null || n === objectType.dict.get('__new__')) return withHiddenTuple(args.length, () => allocInstance(cls));
  return callMethod(cls, '__new__', [cls, ...args]);
}

/** object.__reduce_ex__(4) and the builtin __reduce__ methods that copy meets. */
function reduce(x: PyObject): Reduction | 'self' {
  if (userMethod(x, '__reduce_ex__') !== null) {
    const held = reductorBegin(true);
    return parseReduce(held, () => callMethod(x, '__reduce_ex__', [newInt(4)]));
  }
  const held = reductorBegin(false);
  if (userMethod(x, '__reduce__') !== null) return parseReduce(held, () => boundCall(true, () => callMethod(x, '__reduce__', [])));
  try {
    return builtinReduce(x, held);
  } catch (e) {
    reductionRelease(held);
    throw e;
  }
}

/** A reduction built by the builtin __reduce__ (or reduce_newobj) of x's type. */
function builtinReduce(x: PyObject, held: ReductionHeld): Reduction {
  const t = x.type;
  const plain = { listitems: null, dictitems: null, newobj: false, held, rv: null };
  if (x instanceof PyInstance) return reduceNewobj(x, held);
  if (x instanceof PyException) {
    const state = attrsDict(x.attrs);
    boundCall(false, () => heldTuple(held, 'outer', state === null ? 2 : 3));
    return { ...plain, func: incref(t), args: (x.args as PyTuple).items.map((a) => incref(a)), state, rvLength: state === null ? 2 : 3 };
  }
  if (t.native && (t.name === 'set' || t.name === 'frozenset')) {
    // set.__reduce__: (type, (list(x),), state), the state from the bound __getstate__.
    const keys = boundCall(false, () => {
      const list = newList(toArray(x));
      heldTuple(held, 'inner', 1);
      boundCall(false, () => undefined);
      heldTuple(held, 'outer', 3);
      return list;
    });
    return { ...plain, func: incref(t), args: [keys], state: null, rvLength: 3 };
  }
  if (t.native && t.name === 'slice') {
    const s = x as PyObject & { start: PyObject; stop: PyObject; step: PyObject };
    // Py_BuildValue("O(OOO)"): the outer tuple, then the inner one.
    boundCall(false, () => {
      heldTuple(held, 'outer', 2);
      heldTuple(held, 'inner', 3);
    });
    return { ...plain, func: incref(t), args: [incref(s.start), incref(s.stop), incref(s.step)], state: null, rvLength: 2 };
  }
  if (x instanceof PyMethod) {
    const name = boundCall(false, () => {
      const n = x.func instanceof PyFunction ? newStr(x.func.name) : getAttr(x.func, '__name__');
      heldTuple(held, 'outer', 2);
      heldTuple(held, 'inner', 2);
      return n;
    });
    return { ...plain, func: (a) => getAttr(a[0], (a[1] as PyStr).v), args: [incref(x.self), name], state: null, rvLength: 2 };
  }
  throwError(TypeError, `cannot pickle '${t.name}' object`);
}

/**
 * object.__reduce_ex__(4) on an instance: the bound __reduce__ looked up and dropped
 * (not overridden), then reduce_newobj: __getnewargs__ if the class has one, the
 * `(cls, *args)` tuple, the state from __getstate__ (object's: the instance's dict,
 * and the class's `__slotnames__` made the first time), the 5-tuple.
 */
function reduceNewobj(x: PyInstance, held: ReductionHeld): Reduction {
  const t = x.type;
  boundCall(false, () => undefined);
  let args: PyObject[] = [];
  if (userMethod(x, '__getnewargs__') !== null) {
    const r = boundCall(true, () => callMethod(x, '__getnewargs__', []));
    try {
      if (!(r instanceof PyTuple)) throwError(TypeError, `__getnewargs__ should return a tuple, not '${r.type.name}'`);
      args = r.items.map((a) => incref(a));
      heldTuple(held, 'inner', 1 + args.length);
    } finally {
      decref(r);
    }
  } else heldTuple(held, 'inner', 1);
  let state: PyObject | null = null;
  try {
    const userState = userMethod(x, '__getstate__') !== null;
    boundCall(userState, () => {
      if (userState) state = callMethod(x, '__getstate__', []);
      else {
        state = instanceState(x);
        slotNames(t);
      }
    });
  } catch (e) {
    for (const a of args) decref(a);
    throw e;
  }
  heldTuple(held, 'outer', 5);
  return { func: (a) => newObject(t, a), args, state: state === None ? (decref(state), null) : state, listitems: null, dictitems: null, newobj: true, held, rv: null, rvLength: 5 };
}

/** Unpacks what a user's `__reduce_ex__` or `__reduce__` returned (a str means "x itself"); `rv` stays held. */
function parseReduce(held: ReductionHeld, call: () => PyObject): Reduction | 'self' {
  let rv: PyObject | null = null;
  try {
    rv = call();
    if (rv instanceof PyStr) throw SELF;
    if (!(rv instanceof PyTuple)) throwError(TypeError, `cannot unpack non-iterable ${rv.type.name} object`);
    const it = rv.items;
    if (it.length < 2 || it.length > 5) throwError(TypeError, `_reconstruct() takes from 4 to 7 positional arguments but ${it.length + 2} were given`);
    const args = it[1];
    if (!(args instanceof PyTuple)) throwError(TypeError, `argument after * must be an iterable, not ${args.type.name}`);
    const opt = (i: number) => (i < it.length && it[i] !== None ? incref(it[i]) : null);
    return {
      func: incref(it[0]),
      args: args.items.map((a) => incref(a)),
      state: opt(2),
      listitems: opt(3),
      dictitems: opt(4),
      newobj: false,
      held,
      rv,
      rvLength: it.length,
    };
  } catch (e) {
    reductionRelease(held);
    if (rv !== null) decref(rv);
    if (e === SELF) return 'self';
    throw e;
  }
}

/** Thrown inside parseReduce for a str result: the copy is x itself. */
const SELF = Symbol('self');

/** copy._reconstruct: consumes the reduction's references, returns the new object. */
function reconstruct(x: PyObject, memo: PyDict | null, r: Reduction): PyObject {
  const frame = reconstructBegin();
  try {
    const deep = memo !== null;
    let args = r.args;
    // reduce_newobj's args start with the class, which the port keeps apart.
    const length = args.length + (r.newobj ? 1 : 0);
    if (deep && length > 0) {
      // args = (deepcopy(arg, memo) for arg in args), read by func(*args) into a tuple.
      argsGeneratorBegin(frame);
      const copied: PyObject[] = [];
      try {
        if (r.newobj) decref(deepcopy(x.type, memo));
        for (const a of args) copied.push(deepcopy(a, memo));
      } catch (e) {
        for (const c of copied) decref(c);
        throw e;
      }
      argsGeneratorEnd(frame, length);
      for (const a of args) decref(a);
      r.args = args = copied;
    }
    let y: PyObject;
    try {
      // y = func(*args): CALL_FUNCTION_EX hands its tuple on to a callee that takes one.
      if (typeof r.func !== 'function') y = callWithTupleAndDict(r.func, args, null);
      else if (!r.newobj) y = r.func(args);
      else {
        // copyreg.__newobj__(cls, *args): cls.__new__(cls, *args)
        const func = r.func;
        y = withHiddenTuple(args.length, () => {
          const call = starCallBegin(1 + args.length);
          try {
            return func(args);
          } finally {
            starCallEnd(1 + args.length, call);
          }
        });
      }
    } finally {
      argsTupleEnd(frame);
    }
    try {
      if (deep) memoSet(memo, x, y);
      if (r.state !== null) {
        if (deep) {
          const orig = r.state;
          r.state = deepcopy(orig, memo);
          decref(orig);
        }
        setState(y, r.state);
      }
      if (r.listitems !== null) {
        const items = toArray(r.listitems);
        try {
          for (const item of items) {
            const v = deep ? deepcopy(item, memo) : incref(item);
            try {
              decref(callMethod(y, 'append', [v]));
            } finally {
              decref(v);
            }
          }
        } finally {
          for (const i of items) decref(i);
        }
      }
      if (r.dictitems !== null) {
        const pairs = toArray(r.dictitems);
        try {
          for (const p of pairs) {
            const [k, v] = (p as PyTuple).items;
            const kk = deep ? deepcopy(k, memo) : incref(k);
            const vv = deep ? deepcopy(v, memo) : incref(v);
            try {
              decref(callMethod(y, '__setitem__', [kk, vv]));
            } finally {
              decref(kk);
              decref(vv);
            }
          }
        } finally {
          for (const p of pairs) decref(p);
        }
      }
    } catch (e) {
      decref(y);
      throw e;
    }
    return y;
  } finally {
    owned(r);
    reconstructEnd(frame);
  }
}

/** `__setstate__`, or `y.__dict__.update(state)` with an optional (state, slotstate) pair. */
function setState(y: PyObject, state: PyObject): void {
  const setstate = getAttrOrNull(y, '__setstate__');
  if (setstate !== null) {
    decref(setstate);
    decref(callMethod(y, '__setstate__', [state]));
    return;
  }
  let dictState: PyObject | null = state;
  let slotState: PyObject | null = null;
  if (state instanceof PyTuple && state.items.length === 2) [dictState, slotState] = state.items;
  if (dictState !== null && dictState !== None) {
    if (y instanceof PyInstance) {
      // y.__dict__.update(state): the copy's dict is materialised, then merged into as dict.update does.
      const d = getAttr(y, '__dict__');
      try {
        decref(callMethod(d, 'update', [dictState]));
      } finally {
        decref(d);
      }
    } else {
      if (!(dictState instanceof PyDict)) throwError(TypeError, `'${dictState.type.name}' object is not a mapping`);
      for (const [k, v] of dictState.entries()) {
        if (!(k instanceof PyStr)) throwError(TypeError, `attribute name must be string, not '${k.type.name}'`);
        setInstanceAttr(y, k.v, v);
      }
    }
  }
  if (slotState !== null && slotState !== None && slotState instanceof PyDict) {
    for (const [k, v] of slotState.entries()) setInstanceAttr(y, (k as PyStr).v, v);
  }
}

function setInstanceAttr(y: PyObject, name: string, v: PyObject): void {
  const attrs = y instanceof PyInstance ? y.attrs : y instanceof PyException ? (y.attrs ??= new Map()) : null;
  if (attrs === null) throwError(AttributeError, `'${y.type.name}' object has no attribute '__dict__'`);
  incref(v);
  const old = attrs.get(name);
  attrs.set(name, v);
  touch(y);
  if (old !== undefined) decref(old);
}

// ---------------------------------------------------------------- deepcopy

function memoSet(memo: PyDict, x: PyObject, y: PyObject): void {
  const key = newInt(x.addr);
  memo.set(key, y);
  decref(key);
}

/**
 * copy._keep_alive: the memo holds the originals so their ids stay unique while it
 * lives. The first call on a memo misses `memo[id(memo)]` and catches the KeyError.
 */
function keepAlive(x: PyObject, memo: PyDict): void {
  const key = newInt(memo.addr);
  const l = memo.get(key);
  if (l !== null) {
    try {
      if (l instanceof PyList) {
        listResize(l, l.items.length + 1);
        l.items.push(incref(x));
      } else decref(callMethod(l, 'append', [x]));
    } finally {
      decref(key);
    }
    return;
  }
  const frame = caughtKeyError(KEEP_ALIVE_FRAME, () => decref(key));
  try {
    // memo[id(memo)] = [x]: the list, then the key.
    const nl = newList([incref(x)]);
    const again = newInt(memo.addr);
    memo.set(again, nl);
    decref(again);
    decref(nl);
  } finally {
    frameEnd(KEEP_ALIVE_FRAME, frame);
  }
}

function appendItem(l: PyList, v: PyObject): void {
  listResize(l, l.items.length + 1);
  l.items.push(v);
}

/** `copy.deepcopy(x, memo)`: a new reference; `memo` must be a dict. */
export function deepcopy(x: PyObject, memo: PyDict): PyObject {
  // `d = id(x)`: one int for the lookup and for the memo entry.
  const d = newInt(x.addr);
  try {
    const found = memo.get(d);
    if (found !== null) return incref(found);
    const t = x.type;
    let y: PyObject;
    if (nativeNamed(t, DEEP_ATOMIC) || x instanceof PyType) y = incref(x);
    else if (t === listType) y = deepcopyList(x as PyList, memo);
    else if (t === tupleType) y = deepcopyTuple(x as PyTuple, memo);
    else if (t === dictType) y = deepcopyDict(x as PyDict, memo);
    else if (t === methodType) {
      const m = x as PyMethod;
      const self = deepcopy(m.self, memo);
      y = newMethod(m.func, self);
      decref(self);
    } else if (userMethod(x, '__deepcopy__') !== null) y = callMethod(x, '__deepcopy__', [memo]);
    else return reconstructFromReduce(x, memo, (r) => remember(x, d, r, memo));
    remember(x, d, y, memo);
    return y;
  } finally {
    decref(d);
  }
}

/** deepcopy's last step: `memo[d] = y` and `_keep_alive(x, memo)` when y is new. */
function remember(x: PyObject, d: PyObject, y: PyObject, memo: PyDict): void {
  if (y !== x) {
    memo.set(d, y);
    keepAlive(x, memo);
  }
}

function deepcopyList(x: PyList, memo: PyDict): PyObject {
  const y = newList([]);
  memoSet(memo, x, y);
  const loop = listCopyBegin();
  try {
    // A for loop over the live list: it may grow or shrink while its items are copied.
    for (let i = 0; i < x.items.length; i++) {
      const a = x.items[i];
      incref(a);
      try {
        appendItem(y, deepcopy(a, memo));
      } finally {
        decref(a);
      }
    }
  } catch (e) {
    listCopyEnd(loop);
    decref(y);
    throw e;
  }
  listCopyEnd(loop);
  return y;
}

/** _deepcopy_tuple, with the objects its code makes on the way (copy-transients.ts). */
function deepcopyTuple(x: PyTuple, memo: PyDict): PyObject {
  const { copy, comprehension } = tupleCopyBegin();
  let y: PyList | null = null;
  try {
    // y = [deepcopy(a, memo) for a in x]
    try {
      y = newList([]);
      for (const a of x.items) appendItem(y, deepcopy(a, memo));
    } finally {
      comprehensionEnd(comprehension);
    }
    // A recursive structure may have copied this tuple already: return memo[id(x)].
    const key = newInt(x.addr);
    const again = memo.get(key);
    if (again !== null) {
      decref(key);
      return incref(again);
    }
    copy.frame = caughtKeyError(DEEPCOPY_TUPLE_FRAME, () => decref(key));
    const zip = zipBegin();
    // for k, j in zip(x, y): if k is not j: y = tuple(y); break / else: y = x
    const changed = x.items.some((k, i) => k !== y!.items[i]) ? newTuple(y.items.map((c) => incref(c))) : null;
    // Changed: the list goes as `y` is rebound, then the zip as the loop is left; else the other way round.
    if (changed !== null) decref(y);
    zipEnd(zip);
    if (changed === null) decref(y);
    y = null;
    return changed ?? incref(x);
  } finally {
    tupleCopyEnd(copy);
    if (y !== null) decref(y);
  }
}

function deepcopyDict(x: PyDict, memo: PyDict): PyObject {
  const y = newDict();
  memoSet(memo, x, y);
  const loop = dictCopyBegin();
  try {
    copyEntries(x, y, memo);
  } catch (e) {
    dictCopyEnd(loop);
    decref(y);
    throw e;
  }
  dictCopyEnd(loop);
  return y;
}

/** `for key, value in x.items(): y[deepcopy(key, memo)] = deepcopy(value, memo)`. */
function copyEntries(x: PyDict, y: PyDict, memo: PyDict): void {
  const version = x.version;
  for (const [k, v] of [...x.entries()]) {
    if (x.version !== version) throwError(RuntimeError, 'dictionary changed size during iteration');
    incref(k);
    incref(v);
    try {
      const kc = deepcopy(k, memo);
      try {
        const vc = deepcopy(v, memo);
        y.set(kc, vc);
        decref(vc);
      } finally {
        decref(kc);
      }
    } finally {
      decref(k);
      decref(v);
    }
  }
}

// ---------------------------------------------------------------- module functions

/** `copy.copy`. */
export const copyFn = makeBuiltin('copy', (args, kw) => {
  const [x] = bindArgs('copy', args, kw, ['x']);
  return shallowCopy(x!);
});

/** `copy.deepcopy`. */
export const deepcopyFn = makeBuiltin('deepcopy', (args, kw) => {
  const [x, m] = bindArgs('deepcopy', args, kw, ['x', 'memo', '_nil'], { required: 1 });
  if (m === null || m === None) {
    const memo = newDict();
    try {
      return deepcopy(x!, memo);
    } finally {
      decref(memo);
    }
  }
  if (!(m instanceof PyDict)) throwError(AttributeError, `'${m.type.name}' object has no attribute 'get'`);
  return deepcopy(x!, m);
});
