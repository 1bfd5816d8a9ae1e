/**
 * The dispatch loop's rarely run instructions (names, attributes, calls with
 * keywords, building sets and dicts; cold-ops-flow.ts has the rest), out of
 * line. Why: every local a JavaScript function declares takes its own slot in
 * the function's interpreter frame, in every activation, and execute() is on
 * the JavaScript stack once per Python function that native code calls (a
 * __repr__, an __eq__, a key function). With these instructions' locals in
 * execute() its frame was 1,792 bytes, now 864, and recursion through special
 * methods goes about half as deep again before a browser worker's stack runs
 * out. Each function takes the frame, its value stack and stack pointer and
 * the instruction's argument, and returns the stack pointer after the
 * instruction; the bodies are the loop's own, unchanged. If one raises, the
 * loop unwinds from its stack pointer of before the instruction, skipping the
 * slots the instruction's pops left null (after releasing first the operands
 * CPython releases before its `goto error`: loop-helpers.ts releaseFailedOperands).
 */
import { delAttr, delItem } from '../abstract';
import { decref, heap, touch, counted, countLog, incref } from '../memory';
import { PyObject } from '../object';
import { unaryOp, UnaryOp } from '../ops';
import type { PyCell } from '../types/cell';
import { newDict, PyDict } from '../types/dict';
import { PyList } from '../types/list';
import { None } from '../types/none';
import { freshStr, PyStr } from '../types/str';
import { newTuple, PyTuple } from '../types/tuple';
import type { KwArgs } from '../types/type';
import type { Frame } from './frame';
import { loadCached, storeCached } from './name-cache';
import { callEx, extendStarred } from './call-ex';
import { runtime } from './state';
import { callFromStack, freeError, nameError, nameKey, releaseCall, unboundLocal } from './loop-helpers';

/** The DELETE_FAST instruction; returns the stack pointer after it. */
export function opDeleteFast(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const old = fast[arg];
  if (old === null) unboundLocal(code, arg);
  fast[arg] = null;
  if (countLog !== null) counted(old); if (--old.rc === 0) heap.dealloc(old);
  return sp;
}

/** The LOAD_CLASSDEREF instruction; returns the stack pointer after it. */
export function opLoadClassderef(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const cellBase = f.code.varnames.length;
  const name = arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
  const fromNs = f.locals!.getStr(name);
  if (fromNs !== null) {
    fromNs.rc++; if (countLog !== null) counted(fromNs);
    fast[sp++] = fromNs;
    return sp;
  }
  const v = (fast[cellBase + arg] as PyCell).ref;
  if (v === null) freeError(code, arg);
  v.rc++; if (countLog !== null) counted(v);
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
  touch(cell);
  cell.ref = null;
  if (countLog !== null) counted(old); if (--old.rc === 0) heap.dealloc(old);
  return sp;
}

/** The STORE_GLOBAL instruction; returns the stack pointer after it. */
export function opStoreGlobal(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const code = f.code;
  const v = fast[--sp]!;
  fast[sp] = null;
  const old = storeCached(code, arg, f.globals, v);
  if (old !== null) {
    if (countLog !== null) counted(old); if (--old.rc === 0) heap.dealloc(old);
  } else {
    f.globals.set(nameKey(code, arg), v);
    if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
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
  v.rc++; if (countLog !== null) counted(v);
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
    if (countLog !== null) counted(old); if (--old.rc === 0) heap.dealloc(old);
  } else {
    f.locals!.set(nameKey(code, arg), v);
    if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
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
    if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
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
  if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
  if (countLog !== null) counted(k); if (--k.rc === 0) heap.dealloc(k);
  return sp;
}

/** The UNARY instruction; returns the stack pointer after it. */
export function opUnary(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const a = fast[sp - 1]!;
  fast[sp - 1] = unaryOp(a, arg as UnaryOp);
  if (countLog !== null) counted(a); if (--a.rc === 0) heap.dealloc(a);
  return sp;
}

/** The BUILD_SET instruction; returns the stack pointer after it. */
export function opBuildSet(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  // The set takes the items off the stack one by one (see buildSet), even when it raises.
  const s = runtime.buildSet(fast, sp - arg, arg);
  sp -= arg;
  fast[sp++] = s;
  return sp;
}

/**
 * Releases the `n` stack slots below `top`, top first, as ceval.c's `Py_DECREF(POP())`
 * loops do after BUILD_MAP and BUILD_CONST_KEY_MAP: a value or key the dict did not keep
 * (a repeated key) dies in that order.
 */
function popReleasing(fast: (PyObject | null)[], top: number, n: number): void {
  for (let i = top - 1; i >= top - n; i--) {
    const o = fast[i]!;
    fast[i] = null;
    if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
  }
}

/**
 * The BUILD_MAP instruction; returns the stack pointer after it. If a key cannot be
 * stored, _PyDict_FromItems frees the dict, and the keys and values are released top
 * first all the same, before the traceback entry is made (CPython 3.11.7's generation
 * 0 count inside their __del__ shows it).
 */
export function opBuildMap(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const d = newDict();
  const start = sp - 2 * arg;
  fast[sp] = d; // keep it owned while keys may run __hash__
  try {
    for (let i = start; i < sp; i += 2) d.set(fast[i]!, fast[i + 1]!);
  } catch (e) {
    fast[sp] = null;
    heap.keepSlack++; // a MemoryError keeps its slack until its traceback entry is made
    try {
      decref(d);
      popReleasing(fast, sp, 2 * arg);
    } finally {
      heap.keepSlack--;
    }
    throw e;
  }
  fast[sp] = null;
  popReleasing(fast, sp, 2 * arg);
  sp = start;
  fast[sp++] = d;
  return sp;
}

/** The BUILD_CONST_KEY_MAP instruction; returns the stack pointer after it. */
export function opBuildConstKeyMap(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  // The same _PyDict_FromItems as BUILD_MAP, keys from the constant tuple on top.
  const kt = fast[sp - 1] as PyTuple;
  const start = sp - 1 - arg;
  const d = newDict();
  fast[sp] = d; // keep it owned while keys may run __hash__
  try {
    for (let i = 0; i < arg; i++) d.set(kt.items[i], fast[start + i]!);
  } catch (e) {
    fast[sp] = null;
    heap.keepSlack++; // a MemoryError keeps its slack until its traceback entry is made
    try {
      decref(d);
      popReleasing(fast, sp, arg + 1);
    } finally {
      heap.keepSlack--;
    }
    throw e;
  }
  fast[sp] = null;
  // The keys' tuple first, then the values top first.
  popReleasing(fast, sp, arg + 1);
  sp = start;
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
  for (let i = sp - arg; i < sp; i++) s += (fast[i] as PyStr).v;
  // _PyUnicode_JoinArray of several pieces: PyUnicode_New, never the one-character cache,
  // made while the pieces are alive; then they are popped, the last one first.
  const joined = freshStr(s);
  for (let i = sp - 1; i >= sp - arg; i--) {
    const piece = fast[i]!;
    fast[i] = null;
    decref(piece);
  }
  sp -= arg;
  fast[sp++] = joined;
  return sp;
}

/** The SET_ADD instruction; returns the stack pointer after it. */
export function opSetAdd(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const v = fast[--sp]!;
  fast[sp] = null;
  try {
    runtime.setAdd(fast[sp - arg]!, v);
  } finally {
    if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
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
    if (countLog !== null) counted(k); if (--k.rc === 0) heap.dealloc(k);
    if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
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
    if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
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
    if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
  }
  return sp;
}

/** The LIST_TO_TUPLE instruction; returns the stack pointer after it. */
export function opListToTuple(f: Frame, fast: (PyObject | null)[], sp: number, arg: number): number {
  const l = fast[sp - 1] as PyList;
  const items = l.items.slice();
  for (const x of items) { x.rc++; if (countLog !== null) counted(x); }
  fast[sp - 1] = newTuple(items);
  if (countLog !== null) counted(l); if (--l.rc === 0) heap.dealloc(l);
  return sp;
}
