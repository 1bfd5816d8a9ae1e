/**
 * The dispatch loop's rarely run instructions that unpack, make functions,
 * raise and handle exceptions, run `with` blocks, import and format values,
 * out of line for the reason cold-ops.ts gives. Each takes the frame, its
 * value stack and stack pointer and the instruction's argument, and returns
 * the stack pointer after the instruction.
 */
import { callObject, getIter, isTrue } from '../abstract';
import { PyThrow, throwError } from '../errors';
import { decref, heap, incref, touch, counted, countLog } from '../memory';
import { PyObject, PyType } from '../object';
import type { PyCode } from '../types/code';
import { PyDict } from '../types/dict';
import { PyException, TypeError } from '../types/exception';
import { newFunction } from '../types/function';
import { newBool } from '../types/int';
import { PyList } from '../types/list';
import { None } from '../types/none';
import { PyStr } from '../types/str';
import { PyTuple } from '../types/tuple';
import type { Frame } from './frame';
import { runtime } from './state';
import { asciiObject, formatObject, reprObject, strObject } from '../format';
import { makeRaisable, raiseWithContext, unpackError, unpackIter, unpackStarred } from './loop-helpers';

/**
 * The FORMAT_VALUE instruction; returns the stack pointer after it. A conversion
 * (`!s`, `!r`, `!a`) makes its str first and the value goes at once; then
 * PyObject_Format makes the result (an exact str with no spec is its own result),
 * and the value and the spec go, in that order. Until then they stay on the stack,
 * so if formatting raises the interpreter's error path releases them in that order.
 */
export function opFormatValue(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const s = arg & 4 ? (fast[sp - 1] as PyStr) : null;
  const vAt = s !== null ? sp - 2 : sp - 1;
  let v = fast[vAt]!;
  const conv = arg & 3;
  if (conv !== 0) {
    const c = conv === 1 ? strObject(v) : conv === 2 ? reprObject(v) : asciiObject(v);
    fast[vAt] = c;
    if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
    v = c;
  }
  if (s !== null || !(v instanceof PyStr && v.type === runtime.strType)) {
    fast[vAt] = formatObject(v, s !== null ? s.v : '', s);
    if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
  }
  if (s !== null) {
    fast[--sp] = null;
    if (countLog !== null) counted(s); if (--s.rc === 0) heap.dealloc(s);
  }
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
        x.rc++; if (countLog !== null) counted(x);
        fast[sp++] = x;
      }
    } else {
      items = unpackIter(seq, arg);
      for (let i = items.length - 1; i >= 0; i--) fast[sp++] = items[i];
    }
  } finally {
    if (countLog !== null) counted(seq); if (--seq.rc === 0) heap.dealloc(seq);
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
    if (countLog !== null) counted(seq); if (--seq.rc === 0) heap.dealloc(seq);
  }
  return sp;
}

/** The MAKE_FUNCTION instruction; returns the stack pointer after it. */
export function opMakeFunction(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const codeObj = fast[--sp] as PyCode;
  fast[sp] = null;
  const fn = newFunction(codeObj, f.globals);
  if (countLog !== null) counted(codeObj); if (--codeObj.rc === 0) heap.dealloc(codeObj);
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
    if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
  }
  return sp;
}

/** The RAISE_VARARGS instruction; returns the stack pointer after it. */
export function opRaiseVarargs(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  if (arg === 0) {
    const h = runtime.handled;
    if (h === null) throwError(runtime.RuntimeError, 'No active exception to reraise');
    h.rc++; if (countLog !== null) counted(h);
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
    if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
  }
  if (cause !== null) {
    let c: PyObject | null = null;
    try {
      if (cause === None) c = null;
      else if (cause instanceof PyType) c = makeRaisable(cause);
      else if (cause instanceof PyException) c = incref(cause);
      else {
        if (countLog !== null) counted(exc); if (--exc.rc === 0) heap.dealloc(exc);
        throwError(TypeError, 'exception causes must derive from BaseException');
      }
    } finally {
      if (countLog !== null) counted(cause); if (--cause.rc === 0) heap.dealloc(cause);
    }
    if (exc.cause !== null) decref(exc.cause);
    exc.cause = c;
    touch(exc);
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
  exc.rc++; if (countLog !== null) counted(exc);
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
  if (cur !== null) { if (countLog !== null) counted(cur); if (--cur.rc === 0) heap.dealloc(cur); }
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
  if (cur !== null) { if (countLog !== null) counted(cur); if (--cur.rc === 0) heap.dealloc(cur); }
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
  if (countLog !== null) counted(t); if (--t.rc === 0) heap.dealloc(t);
  return sp;
}

/** The BEFORE_WITH instruction; returns the stack pointer after it. */
export function opBeforeWith(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const ctx = fast[sp - 1]!;
  const enter = runtime.specialMethod(ctx, '__enter__');
  if (enter === null) throwError(TypeError, `'${ctx.type.name}' object does not support the context manager protocol`);
  const exit = runtime.specialMethod(ctx, '__exit__');
  if (exit === null) {
    if (countLog !== null) counted(enter); if (--enter.rc === 0) heap.dealloc(enter);
    throwError(TypeError, `'${ctx.type.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  fast[sp - 1] = exit;
  if (countLog !== null) counted(ctx); if (--ctx.rc === 0) heap.dealloc(ctx);
  let r: PyObject;
  try {
    r = callObject(enter, [], null);
  } finally {
    if (countLog !== null) counted(enter); if (--enter.rc === 0) heap.dealloc(enter);
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
    if (countLog !== null) counted(exit); if (--exit.rc === 0) heap.dealloc(exit);
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
    if (countLog !== null) counted(r); if (--r.rc === 0) heap.dealloc(r);
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
  if (countLog !== null) counted(fromlist); if (--fromlist.rc === 0) heap.dealloc(fromlist);
  if (countLog !== null) counted(level); if (--level.rc === 0) heap.dealloc(level);
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
