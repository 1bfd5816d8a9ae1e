/**
 * The dispatch loop's rarely run instructions (building sets and dicts,
 * unpacking, imports, `with`, raising and handling exceptions), each out of
 * line. Why: every local a JavaScript function declares takes its own slot in
 * the function's stack frame, in every activation, and execute() is on the
 * JavaScript stack once per Python function that native code calls (a
 * __repr__, an __eq__, a key function). With these instructions' locals in
 * execute(), its frame was 1.8 KB; recursion through special methods ran out
 * of a browser worker's stack after about 150 levels. Each function here
 * takes the frame, its value stack and stack pointer and the instruction's
 * argument, and returns the stack pointer after the instruction; operands it
 * pops are nulled in the stack before anything can raise, as in the loop.
 */
import {
  callObject,
  delAttr,
  delItem,
  getIter,
  isTrue,
  iterNext,
} from '../abstract';
import { newError, PyThrow, throwError } from '../errors';
import { decref, heap, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { str as strOf, repr as reprOf, unaryOp, UnaryOp } from '../ops';
import type { PyCell } from '../types/cell';
import type { PyCode } from '../types/code';
import { newDict, PyDict } from '../types/dict';
import { baseExceptionType, NameError, PyException, TypeError, UnboundLocalError, ValueError } from '../types/exception';
import { newFunction, PyFunction } from '../types/function';
import { newBool } from '../types/int';
import { newList, PyList } from '../types/list';
import { None } from '../types/none';
import { freshStr, internedOf, newStr, PyStr } from '../types/str';
import { newTuple, PyTuple } from '../types/tuple';
import type { KwArgs } from '../types/type';
import type { Frame } from './frame';
import { constructFromStack } from './call';
import { enterRecursiveCall, IN_CALL, leaveRecursiveCall } from './recursion-guard';
import { loadCached, storeCached } from './name-cache';
import { callEx, extendStarred } from './call-ex';
import { runtime } from './state';

/** Creates the exception to raise from a raise statement's operand (a class or an instance). */
export function makeRaisable(o: PyObject): PyException {
  if (o instanceof PyType) {
    if (!o.isSubtype(baseExceptionType)) throwError(TypeError, 'exceptions must derive from BaseException');
    const inst = callObject(o, [], null);
    if (!(inst instanceof PyException)) {
      decref(inst);
      throwError(TypeError, `calling ${o.name} should have returned an instance of BaseException, not ${inst.type.name}`);
    }
    return inst;
  }
  if (o instanceof PyException) {
    o.rc++;
    return o;
  }
  throwError(TypeError, 'exceptions must derive from BaseException');
}

/** Raises exc (owned), setting its __context__ from the exception being handled. */
export function raiseWithContext(exc: PyException): never {
  linkContext(exc);
  throw new PyThrow(exc);
}

/** Sets exc.__context__ to the exception being handled, avoiding cycles as CPython does. */
export function linkContext(exc: PyException): void {
  const handled = runtime.handled;
  if (handled !== null && handled !== exc && exc.context === null) {
    // Avoid context cycles as CPython does.
    let c: PyObject | null = handled;
    let cycle = false;
    while (c instanceof PyException) {
      if (c === exc) {
        cycle = true;
        break;
      }
      c = c.context;
    }
    if (!cycle) {
      handled.rc++;
      exc.context = handled;
    }
  }
}

/** UnboundLocalError for the local in fast slot i. */
export function unboundLocal(code: PyCode, i: number): never {
  throwError(UnboundLocalError, `cannot access local variable '${code.varnames[i]}' where it is not associated with a value`);
}

/** NameError for `name`; with the frame, the traceback can suggest a similar name. */
export function nameError(name: string, f?: Frame): never {
  const e = newError(NameError, `name '${name}' is not defined`);
  if (f !== undefined) {
    const locals = f.code.kind === 'module' || f.code.kind === 'class' ? [] : f.code.varnames.filter((n) => !n.startsWith('.'));
    const keys = (d: PyDict | null) => (d === null ? [] : [...d.entries()].map(([k]) => (k as PyStr).v));
    const { globals, builtins } = f;
    const namespace = f.locals !== null && f.locals !== f.globals ? f.locals : null;
    // CPython 3.11 reads the namespaces when it prints the traceback, not when it raises: a name deleted meanwhile is not offered.
    e.hint = { name, candidates: () => [[...locals, ...keys(namespace)], keys(globals), keys(builtins)] };
  }
  throw new PyThrow(e);
}

/** The error for an empty cell: UnboundLocalError for a cell variable, NameError for a free one. */
export function freeError(code: PyCode, i: number): never {
  const name = i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
  if (i < code.cellvars.length)
    throwError(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  throwError(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** code.names[i] as an interned str (made once per code object and slot). */
export function nameKey(code: PyCode, i: number): PyStr {
  const names = code.names;
  const cache = code.nameObjs;
  let s = cache[i];
  if (s === undefined) {
    s = internedOf(names[i]) ?? runtime.intern(names[i]);
    cache[i] = s;
  }
  return s;
}

/**
 * Releases what a call left on the stack, the callable first and then the arguments
 * first to last, as CPython 3.11's CALL does after a builtin (a Python function's frame
 * releases its own locals in the same order), so objects only the call held die in
 * that order.
 */
export function releaseCall(fast: (PyObject | null)[], base: number, sp: number): void {
  for (let i = base; i < sp; i++) {
    const o = fast[i];
    fast[i] = null;
    if (o !== null && --o.rc === 0) heap.dealloc(o);
  }
}

/** The ValueError of an unpacking that got `got` values for `want` targets. */
export function unpackError(got: number, want: number): never {
  if (got > want) throwError(ValueError, `too many values to unpack (expected ${want})`);
  throwError(ValueError, `not enough values to unpack (expected ${want}, got ${got})`);
}

/** The iterator an unpacking reads (a non-iterable gets unpacking's own TypeError). */
export function unpackingIter(seq: PyObject): PyObject {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyThrow && e.exc.type === TypeError) {
      decref(e.exc);
      throwError(TypeError, `cannot unpack non-iterable ${seq.type.name} object`);
    }
    throw e;
  }
}

/** Unpacks an iterable of exactly `n` items into new references. */
export function unpackIter(seq: PyObject, n: number): PyObject[] {
  const it = unpackingIter(seq);
  const out: PyObject[] = [];
  try {
    for (;;) {
      if (out.length === n) {
        const extra = iterNext(it);
        if (extra !== null) {
          decref(extra);
          throwError(ValueError, `too many values to unpack (expected ${n})`);
        }
        break;
      }
      const v = iterNext(it);
      if (v === null) break;
      out.push(v);
    }
    if (out.length < n) throwError(ValueError, `not enough values to unpack (expected ${n}, got ${out.length})`);
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/**
 * unpack_iterable with a starred target: `before` items one by one, then the
 * rest as PySequence_List(iterator) (a list extended from the iterator, so
 * preallocated from its length hint), whose last `after` items are taken off
 * by shrinking its size only: the starred list keeps that allocation, which
 * sys.getsizeof shows.
 */
export function unpackStarred(seq: PyObject, before: number, after: number): PyObject[] {
  const it = unpackingIter(seq);
  const out: PyObject[] = [];
  try {
    while (out.length < before) {
      const v = iterNext(it);
      if (v === null) throwError(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${out.length})`);
      out.push(v);
    }
    const rest = newList([]);
    out.push(rest);
    runtime.listExtend(rest, it);
    const n = rest.items.length;
    if (n < after) throwError(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${before + n})`);
    for (const v of rest.items.splice(n - after)) out.push(v);
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/**
 * Calls fn with `n` positional arguments that sit on the caller's stack from
 * `start`. Python functions take the fast path (arguments copied into the new
 * frame); everything else gets a borrowed array.
 */
export function callFromStack(f: Frame, fn: PyObject, start: number, n: number, kw: KwArgs): PyObject {
  const fast = f.fast;
  if (fn instanceof PyFunction) return runtime.callFunction(fn, fast, start, n, kw);
  if (kw === null && fn instanceof PyType) {
    if (!fn.native) {
      // A class has no vectorcall: _PyObject_MakeTpCall charges a recursion level.
      enterRecursiveCall(IN_CALL);
      try {
        const obj = constructFromStack(fn, fast, start, n);
        if (obj !== null) return obj;
      } finally {
        leaveRecursiveCall();
      }
    } else if (n === 1 && fn === runtime.strType) {
      // CPython 3.11's PRECALL_NO_KW_STR_1: str(x) is PyObject_Str(x), no argument tuple.
      const o = fast[start]!;
      if (o instanceof PyStr && o.type === fn) return incref(o);
      return o.type === runtime.intType ? freshStr(strOf(o)) : newStr(strOf(o)); // an int's digits: a new str (format.ts textObject)
    }
  }
  const args = fast.slice(start, start + n) as PyObject[];
  return callObject(fn, args, kw);
}

/** The DELETE_FAST instruction; returns the stack pointer after it. */
export function opDeleteFast(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const old = fast[arg];
  if (old === null) unboundLocal(code, arg);
  fast[arg] = null;
  if (--old.rc === 0) heap.dealloc(old);
  return sp;
}

/** The LOAD_CLASSDEREF instruction; returns the stack pointer after it. */
export function opLoadClassderef(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const cellBase = f.code.varnames.length;
  const name = arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
  const fromNs = f.locals!.getStr(name);
  if (fromNs !== null) {
    fromNs.rc++;
    fast[sp++] = fromNs;
    return sp;
  }
  const v = (fast[cellBase + arg] as PyCell).ref;
  if (v === null) freeError(code, arg);
  v.rc++;
  fast[sp++] = v;
  return sp;
}

/** The DELETE_DEREF instruction; returns the stack pointer after it. */
export function opDeleteDeref(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const cellBase = f.code.varnames.length;
  const cell = fast[cellBase + arg] as PyCell;
  const old = cell.ref;
  if (old === null) freeError(code, arg);
  cell.ref = null;
  if (--old.rc === 0) heap.dealloc(old);
  return sp;
}

/** The STORE_GLOBAL instruction; returns the stack pointer after it. */
export function opStoreGlobal(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const v = fast[--sp]!;
  fast[sp] = null;
  const old = storeCached(code, arg, f.globals, v);
  if (old !== null) {
    if (--old.rc === 0) heap.dealloc(old);
  } else {
    f.globals.set(nameKey(code, arg), v);
    if (--v.rc === 0) heap.dealloc(v);
  }
  return sp;
}

/** The LOAD_NAME instruction; returns the stack pointer after it. */
export function opLoadName(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const name = code.names[arg];
  let v: PyObject | null;
  if (f.locals === f.globals) {
    v = loadCached(code, arg, f.globals, f.builtins);
    if (v === null) nameError(name, f);
  } else if ((v = f.locals!.getStr(name)) === null) {
    v = f.globals.getStr(name);
    if (v === null) {
      v = f.builtins.getStr(name);
      if (v === null) nameError(name, f);
    }
  }
  v.rc++;
  fast[sp++] = v;
  return sp;
}

/** The STORE_NAME instruction; returns the stack pointer after it. */
export function opStoreName(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const v = fast[--sp]!;
  fast[sp] = null;
  const old = f.locals === f.globals ? storeCached(code, arg, f.globals, v) : null;
  if (old !== null) {
    if (--old.rc === 0) heap.dealloc(old);
  } else {
    f.locals!.set(nameKey(code, arg), v);
    if (--v.rc === 0) heap.dealloc(v);
  }
  return sp;
}

/** The DELETE_ATTR instruction; returns the stack pointer after it. */
export function opDeleteAttr(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const o = fast[--sp]!;
  fast[sp] = null;
  try {
    delAttr(o, code.names[arg]);
  } finally {
    if (--o.rc === 0) heap.dealloc(o);
  }
  return sp;
}

/** The CALL_KW instruction; returns the stack pointer after it. */
export function opCallKw(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const consts = f.code.consts;
  const n = arg & 0xff;
  const names = consts[arg >> 8] as PyTuple;
  const nkw = names.items.length;
  const base = sp - n - 1;
  const fn = fast[base]!;
  const kw: KwArgs = new Map();
  for (let i = 0; i < nkw; i++) kw.set((names.items[i] as PyStr).v, fast[sp - nkw + i]!);
  f.sp = sp;
  const r = callFromStack(f, fn, base + 1, n - nkw, kw);
  releaseCall(fast, base, sp);
  sp = base;
  fast[sp++] = r;
  return sp;
}

/** The CALL_EX instruction; returns the stack pointer after it. */
export function opCallEx(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const hasKw = arg & 1;
  const base = sp - 2 - hasKw;
  f.sp = sp;
  const r = callEx(fast[base]!, fast[base + 1]!, hasKw ? (fast[base + 2] as PyDict) : null);
  releaseCall(fast, base, sp);
  sp = base;
  fast[sp++] = r;
  return sp;
}

/** The DELETE_SUBSCR instruction; returns the stack pointer after it. */
export function opDeleteSubscr(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const k = fast[sp - 1]!;
  const o = fast[sp - 2]!;
  delItem(o, k);
  sp -= 2;
  fast[sp] = fast[sp + 1] = null;
  if (--o.rc === 0) heap.dealloc(o);
  if (--k.rc === 0) heap.dealloc(k);
  return sp;
}

/** The UNARY instruction; returns the stack pointer after it. */
export function opUnary(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const a = fast[sp - 1]!;
  fast[sp - 1] = unaryOp(a, arg as UnaryOp);
  if (--a.rc === 0) heap.dealloc(a);
  return sp;
}

/** The BUILD_SET instruction; returns the stack pointer after it. */
export function opBuildSet(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const items = fast.slice(sp - arg, sp) as PyObject[];
  for (let i = sp - arg; i < sp; i++) fast[i] = null;
  sp -= arg;
  try {
    fast[sp++] = runtime.buildSet(items);
  } finally {
    for (const x of items) decref(x);
  }
  return sp;
}

/** The BUILD_MAP instruction; returns the stack pointer after it. */
export function opBuildMap(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const d = newDict();
  const start = sp - 2 * arg;
  fast[sp++] = d; // keep it owned while keys may run __hash__
  try {
    for (let i = start; i < start + 2 * arg; i += 2) d.set(fast[i]!, fast[i + 1]!);
  } finally {
    sp--;
    for (let i = start; i < start + 2 * arg; i++) {
      const o = fast[i]!;
      fast[i] = null;
      if (--o.rc === 0) heap.dealloc(o);
    }
    fast[sp] = null;
    sp = start;
  }
  fast[sp++] = d;
  return sp;
}

/** The BUILD_CONST_KEY_MAP instruction; returns the stack pointer after it. */
export function opBuildConstKeyMap(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  // The same _PyDict_FromItems as BUILD_MAP, keys from the constant tuple on top.
  const kt = fast[sp - 1] as PyTuple;
  const start = sp - 1 - arg;
  const d = newDict();
  fast[sp++] = d; // keep it owned while keys may run __hash__
  try {
    for (let i = 0; i < arg; i++) d.set(kt.items[i], fast[start + i]!);
  } finally {
    fast[--sp] = null;
    fast[--sp] = null;
    decref(kt); // a constant: the code object still holds it
    for (let i = start; i < start + arg; i++) {
      const o = fast[i]!;
      fast[i] = null;
      if (--o.rc === 0) heap.dealloc(o);
    }
    sp = start;
  }
  fast[sp++] = d;
  return sp;
}

/** The BUILD_SLICE instruction; returns the stack pointer after it. */
export function opBuildSlice(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const items = fast.slice(sp - arg, sp) as PyObject[];
  for (let i = sp - arg; i < sp; i++) fast[i] = null;
  sp -= arg;
  fast[sp++] = runtime.newSlice(items[0], items[1], arg === 3 ? items[2] : None);
  for (const x of items) decref(x);
  return sp;
}

/** The BUILD_STRING instruction; returns the stack pointer after it. */
export function opBuildString(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  let s = '';
  for (let i = sp - arg; i < sp; i++) {
    s += (fast[i] as PyStr).v;
    decref(fast[i]!);
    fast[i] = null;
  }
  sp -= arg;
  // _PyUnicode_JoinArray of several pieces: PyUnicode_New, never the one-character cache.
  fast[sp++] = freshStr(s);
  return sp;
}

/** The SET_ADD instruction; returns the stack pointer after it. */
export function opSetAdd(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const v = fast[--sp]!;
  fast[sp] = null;
  try {
    runtime.setAdd(fast[sp - arg]!, v);
  } finally {
    if (--v.rc === 0) heap.dealloc(v);
  }
  return sp;
}

/** The MAP_ADD instruction; returns the stack pointer after it. */
export function opMapAdd(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const v = fast[--sp]!;
  const k = fast[--sp]!;
  fast[sp] = fast[sp + 1] = null;
  try {
    (fast[sp - arg] as PyDict).set(k, v);
  } finally {
    if (--k.rc === 0) heap.dealloc(k);
    if (--v.rc === 0) heap.dealloc(v);
  }
  return sp;
}

/** The LIST_EXTEND instruction; returns the stack pointer after it. */
export function opListExtend(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const v = fast[--sp]!;
  fast[sp] = null;
  try {
    extendStarred(fast[sp - arg] as PyList, v);
  } finally {
    if (--v.rc === 0) heap.dealloc(v);
  }
  return sp;
}

/** The SET_UPDATE instruction; returns the stack pointer after it. */
export function opSetUpdate(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const v = fast[--sp]!;
  fast[sp] = null;
  try {
    runtime.setUpdate(fast[sp - arg]!, v);
  } finally {
    if (--v.rc === 0) heap.dealloc(v);
  }
  return sp;
}

/** The LIST_TO_TUPLE instruction; returns the stack pointer after it. */
export function opListToTuple(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const l = fast[sp - 1] as PyList;
  const items = l.items.slice();
  for (const x of items) x.rc++;
  fast[sp - 1] = newTuple(items);
  if (--l.rc === 0) heap.dealloc(l);
  return sp;
}

/** The FORMAT_VALUE instruction; returns the stack pointer after it. */
export function opFormatValue(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  let spec = '';
  if (arg & 4) {
    const s = fast[--sp] as PyStr;
    fast[sp] = null;
    spec = s.v;
    if (--s.rc === 0) heap.dealloc(s);
  }
  const v = fast[sp - 1]!;
  const conv = arg & 3;
  let text: string;
  // PyObject_Str/Repr/ASCII of an exact int (or PyObject_Format's
  // fast path to PyObject_Str) make a new str even for one digit;
  // a spec goes through a writer, which returns the cached one.
  const fresh = spec === '' && v.type === runtime.intType;
  if (conv === 1) text = runtime.formatText(strOf(v), spec);
  else if (conv === 2) text = runtime.formatText(reprOf(v), spec);
  else if (conv === 3) text = runtime.formatText(runtime.ascii(v), spec);
  else if (v instanceof PyStr && spec === '' && v.type === runtime.strType) {
    return sp; // already a str: keep the same object, as CPython does
  } else text = runtime.format(v, spec);
  fast[sp - 1] = fresh ? freshStr(text) : newStr(text);
  if (--v.rc === 0) heap.dealloc(v);
  return sp;
}

/** The UNPACK_SEQUENCE instruction; returns the stack pointer after it. */
export function opUnpackSequence(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const seq = fast[--sp]!;
  fast[sp] = null;
  try {
    let items: PyObject[];
    if ((seq instanceof PyTuple || seq instanceof PyList) && seq.type.native) {
      if (seq.items.length !== arg) unpackError(seq.items.length, arg);
      items = seq.items;
      for (let i = arg - 1; i >= 0; i--) {
        const x = items[i];
        x.rc++;
        fast[sp++] = x;
      }
    } else {
      items = unpackIter(seq, arg);
      for (let i = items.length - 1; i >= 0; i--) fast[sp++] = items[i];
    }
  } finally {
    if (--seq.rc === 0) heap.dealloc(seq);
  }
  return sp;
}

/** The UNPACK_EX instruction; returns the stack pointer after it. */
export function opUnpackEx(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const before = arg & 0xff;
  const after = arg >> 8;
  const seq = fast[--sp]!;
  fast[sp] = null;
  try {
    const out = unpackStarred(seq, before, after);
    for (let i = out.length - 1; i >= 0; i--) fast[sp++] = out[i];
  } finally {
    if (--seq.rc === 0) heap.dealloc(seq);
  }
  return sp;
}

/** The MAKE_FUNCTION instruction; returns the stack pointer after it. */
export function opMakeFunction(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const codeObj = fast[--sp] as PyCode;
  fast[sp] = null;
  const fn = newFunction(codeObj, f.globals);
  if (--codeObj.rc === 0) heap.dealloc(codeObj);
  if (arg & 8) {
    fn.closure = fast[--sp] as PyTuple;
    fast[sp] = null;
  }
  if (arg & 2) {
    fn.kwdefaults = fast[--sp] as PyDict;
    fast[sp] = null;
  }
  if (arg & 1) {
    fn.defaults = fast[--sp] as PyTuple;
    fast[sp] = null;
  }
  fn.doc = codeObj.doc;
  const modName = f.globals.getStr('__name__');
  fn.module = modName instanceof PyStr ? modName.v : '__main__';
  fast[sp++] = fn;
  return sp;
}

/** The GET_YIELD_FROM_ITER instruction; returns the stack pointer after it. */
export function opGetYieldFromIter(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const o = fast[sp - 1]!;
  if (!runtime.isGenerator(o)) {
    fast[sp - 1] = getIter(o);
    if (--o.rc === 0) heap.dealloc(o);
  }
  return sp;
}

/** The RAISE_VARARGS instruction; returns the stack pointer after it. */
export function opRaiseVarargs(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  if (arg === 0) {
    const h = runtime.handled;
    if (h === null) throwError(runtime.RuntimeError, 'No active exception to reraise');
    h.rc++;
    const t = new PyThrow(h as PyException);
    t.reraise = true;
    throw t;
  }
  let cause: PyObject | null = null;
  if (arg === 2) {
    cause = fast[--sp]!;
    fast[sp] = null;
  }
  const o = fast[--sp]!;
  fast[sp] = null;
  let exc: PyException;
  try {
    exc = makeRaisable(o);
  } finally {
    if (--o.rc === 0) heap.dealloc(o);
  }
  if (cause !== null) {
    let c: PyObject | null = null;
    try {
      if (cause === None) c = null;
      else if (cause instanceof PyType) c = makeRaisable(cause);
      else if (cause instanceof PyException) c = incref(cause);
      else {
        if (--exc.rc === 0) heap.dealloc(exc);
        throwError(TypeError, 'exception causes must derive from BaseException');
      }
    } finally {
      if (--cause.rc === 0) heap.dealloc(cause);
    }
    if (exc.cause !== null) decref(exc.cause);
    exc.cause = c;
    exc.suppressContext = true;
  }
  raiseWithContext(exc);
  return sp;
}

/** The RERAISE instruction; returns the stack pointer after it. */
export function opReraise(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const exc = fast[--sp] as PyException;
  fast[sp] = null;
  const t = new PyThrow(exc);
  t.reraise = true;
  throw t;
}

/** The PUSH_EXC_INFO instruction; returns the stack pointer after it. */
export function opPushExcInfo(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const exc = fast[sp - 1]!;
  const prev = runtime.handled ?? None;
  fast[sp - 1] = prev; // the runtime's reference moves to the stack
  exc.rc++;
  runtime.handled = exc;
  fast[sp++] = exc;
  return sp;
}

/** The POP_EXCEPT instruction; returns the stack pointer after it. */
export function opPopExcept(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const prev = fast[--sp]!;
  fast[sp] = null;
  const cur = runtime.handled;
  runtime.handled = prev === None ? null : prev;
  if (prev === None) decref(prev);
  if (cur !== null && --cur.rc === 0) heap.dealloc(cur);
  return sp;
}

/** The POP_EXCEPT_RERAISE instruction; returns the stack pointer after it. */
export function opPopExceptReraise(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const exc = fast[--sp] as PyException;
  const prev = fast[--sp]!;
  fast[sp] = fast[sp + 1] = null;
  const cur = runtime.handled;
  runtime.handled = prev === None ? null : prev;
  if (prev === None) decref(prev);
  if (cur !== null && --cur.rc === 0) heap.dealloc(cur);
  const t = new PyThrow(exc);
  t.reraise = true;
  throw t;
}

/** The CHECK_EXC_MATCH instruction; returns the stack pointer after it. */
export function opCheckExcMatch(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const t = fast[sp - 1]!;
  const exc = fast[sp - 2]!;
  const m = runtime.excMatches(exc, t);
  fast[sp - 1] = newBool(m);
  if (--t.rc === 0) heap.dealloc(t);
  return sp;
}

/** The BEFORE_WITH instruction; returns the stack pointer after it. */
export function opBeforeWith(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const ctx = fast[sp - 1]!;
  const enter = runtime.specialMethod(ctx, '__enter__');
  if (enter === null) throwError(TypeError, `'${ctx.type.name}' object does not support the context manager protocol`);
  const exit = runtime.specialMethod(ctx, '__exit__');
  if (exit === null) {
    if (--enter.rc === 0) heap.dealloc(enter);
    throwError(TypeError, `'${ctx.type.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  fast[sp - 1] = exit;
  if (--ctx.rc === 0) heap.dealloc(ctx);
  let r: PyObject;
  try {
    r = callObject(enter, [], null);
  } finally {
    if (--enter.rc === 0) heap.dealloc(enter);
  }
  fast[sp++] = r;
  return sp;
}

/** The WITH_EXIT instruction; returns the stack pointer after it. */
export function opWithExit(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const exit = fast[--sp]!;
  fast[sp] = null;
  try {
    decref(callObject(exit, [None, None, None], null));
  } finally {
    if (--exit.rc === 0) heap.dealloc(exit);
  }
  return sp;
}

/** The WITH_EXCEPT_START instruction; returns the stack pointer after it. */
export function opWithExceptStart(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const exc = fast[sp - 1] as PyException;
  const exit = fast[sp - 3]!;
  const r = callObject(exit, [exc.type, exc, exc.tb ?? None], null);
  let v: boolean;
  try {
    v = isTrue(r);
  } finally {
    if (--r.rc === 0) heap.dealloc(r);
  }
  fast[sp++] = newBool(v);
  return sp;
}

/** The IMPORT_NAME instruction; returns the stack pointer after it. */
export function opImportName(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const fromlist = fast[--sp]!;
  const level = fast[--sp]!;
  fast[sp] = fast[sp + 1] = null;
  if (--fromlist.rc === 0) heap.dealloc(fromlist);
  if (--level.rc === 0) heap.dealloc(level);
  fast[sp++] = runtime.importModule(code.names[arg]);
  return sp;
}

/** The IMPORT_FROM instruction; returns the stack pointer after it. */
export function opImportFrom(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const m = fast[sp - 1]!;
  const name = code.names[arg];
  const v = runtime.importFrom(m, name);
  fast[sp++] = v;
  return sp;
}
