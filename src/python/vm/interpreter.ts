/**
 * The dispatch loop (CPython's ceval.c): executes one frame's instructions
 * until it returns, yields or raises. Every push is a new reference and every
 * pop hands one over, exactly as CPython's stack does, so temporaries (the
 * argument that makes `sys.getrefcount` one higher, a `for` loop's iterator)
 * count and die when CPython's do.
 *
 * This file is long on purpose: one switch keeps the hot loop in one function.
 */
import {
  callObject,
  contains,
  nativeGetAttr,
  delAttr,
  delItem,
  getAttr,
  getItem,
  getIter,
  isTrue,
  iterNext,
  setAttr,
  setItem,
  throwAttributeError,
  throwKeyError,
} from '../abstract';
import { newError, PyThrow, throwError } from '../errors';
import { decref, heap, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { binaryOp, BinOp, richCompare, str as strOf, repr as reprOf, unaryOp, UnaryOp, CmpOp } from '../ops';
import { INPLACE, LOOP_HEAD, Op } from '../compiler/opcodes';
import { PyCell, newCell } from '../types/cell';
import type { PyCode } from '../types/code';
import { dictType, newDict, PyDict } from '../types/dict';
import {
  AssertionError,
  baseExceptionType,
  NameError,
  PyException,
  StopIteration,
  SystemError,
  TypeError,
  UnboundLocalError,
  ValueError,
} from '../types/exception';
import { newFunction, PyFunction } from '../types/function';
import { PyInstance } from '../types/instance';
import { False, newBool, newInt, PyInt, True } from '../types/int';
import { newList, PyList, listResize } from '../types/list';
import { listAppend } from '../types/list-ops';
import { newMethod } from '../types/method';
import { None } from '../types/none';
import { freshStr, internedOf, newStr, PyStr } from '../types/str';
import { newTuple, PyTuple } from '../types/tuple';
import { PyBuiltinFunction, PyMethodDescr } from '../types/type';
import type { KwArgs } from '../types/type';
import { Frame } from './frame';
import { newFrameObject, newTraceback, type PyTraceback } from '../types/frame-object';
import { constructFromStack, enterPlain, isPlainCall, leaveFrame } from './call';
import { enterRecursiveCall, IN_CALL, leaveRecursiveCall } from './recursion-guard';
import { loadCached, storeCached } from './name-cache';
import { instanceAttrSite, methodSite } from './attr-cache';
import { callEx, extendStarred, mergeCallKwargs } from './call-ex';
import { hooks, runtime } from './state';

/** Pushes a traceback line for frame f onto an exception passing through it. */
function addTraceback(exc: PyException, f: Frame): void {
  exc.traceback.unshift({ filename: f.code.filename, line: f.line, name: f.code.name });
  // PyTraceBack_Here: the traceback object holds the frame's frame object (made now if needed).
  let fo = f.frameObj;
  if (fo === null) fo = f.frameObj = newFrameObject(f.code, f.line);
  fo.rc++;
  exc.tb = newTraceback(fo, exc.tb as PyTraceback | null, f.line);
}

/** The line of the instruction at pc (the one just fetched). */
function lineAt(code: PyCode, pc: number): number {
  return code.lines[(pc - 2) >> 1];
}

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
function raiseWithContext(exc: PyException): never {
  linkContext(exc);
  throw new PyThrow(exc);
}

/** Sets exc.__context__ to the exception being handled, avoiding cycles as CPython does. */
function linkContext(exc: PyException): void {
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

function unboundLocal(code: PyCode, i: number): never {
  throwError(UnboundLocalError, `cannot access local variable '${code.varnames[i]}' where it is not associated with a value`);
}

function nameError(name: string, f?: Frame): never {
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

function freeError(code: PyCode, i: number): never {
  const name = i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
  if (i < code.cellvars.length)
    throwError(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  throwError(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function nameKey(code: PyCode, i: number): PyStr {
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
 * Runs a frame until it returns (result: new reference), yields (frame.yielded
 * set; result is the yielded value) or raises (throws PyThrow).
 */
/**
 * Releases what a call left on the stack, the callable first and then the arguments
 * first to last, as CPython 3.11's CALL does after a builtin (a Python function's frame
 * releases its own locals in the same order), so objects only the call held die in
 * that order.
 */
function releaseCall(fast: (PyObject | null)[], base: number, sp: number): void {
  for (let i = base; i < sp; i++) {
    const o = fast[i];
    fast[i] = null;
    if (o !== null && --o.rc === 0) heap.dealloc(o);
  }
}

export function execute(f: Frame): PyObject {
  // The running frame's state. A plain Python-to-Python call runs its callee
  // in this same loop (CPython 3.11's inlined calls): entering the callee or
  // returning to the caller switches `f` and reloads these. (Written out at
  // each switch rather than in a closure, which would move them off registers.)
  let code = f.code;
  let ops = code.ops;
  let fast = f.fast;
  let consts = code.consts;
  let cellBase = code.varnames.length;
  let pc = f.pc;
  let sp = f.sp;
  for (;;) {
    try {
      if (f.pendingThrow !== null) {
        const t = f.pendingThrow;
        f.pendingThrow = null;
        throw t;
      }
      for (;;) {
        const op = ops[pc];
        const arg = ops[pc + 1];
        pc += 2;
        switch (op) {
          case Op.LINE: {
            const line = arg & ~LOOP_HEAD;
            if (line !== f.line || f.lastLinePc < 0 || (arg & LOOP_HEAD && f.lastLinePc >= pc)) {
              f.line = line;
              f.lastLinePc = pc;
              if (hooks.tracer !== null) {
                f.pc = pc;
                f.sp = sp;
                hooks.tracer.line(f);
              }
            } else f.lastLinePc = pc;
            break;
          }
          case Op.NOP:
            break;
          case Op.LOAD_CONST: {
            const c = consts[arg];
            c.rc++;
            fast[sp++] = c;
            break;
          }
          case Op.LOAD_FAST: {
            const v = fast[arg];
            if (v === null) unboundLocal(code, arg);
            v.rc++;
            fast[sp++] = v;
            break;
          }
          case Op.STORE_FAST: {
            const old = fast[arg];
            fast[arg] = fast[--sp];
            fast[sp] = null;
            if (old !== null && --old.rc === 0) decref0(old);
            break;
          }
          case Op.DELETE_FAST: {
            const old = fast[arg];
            if (old === null) unboundLocal(code, arg);
            fast[arg] = null;
            if (--old.rc === 0) heap.dealloc(old);
            break;
          }
          case Op.LOAD_DEREF: {
            const v = (fast[cellBase + arg] as PyCell).ref;
            if (v === null) freeError(code, arg);
            v.rc++;
            fast[sp++] = v;
            break;
          }
          case Op.LOAD_CLASSDEREF: {
            const name = arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
            const fromNs = f.locals!.getStr(name);
            if (fromNs !== null) {
              fromNs.rc++;
              fast[sp++] = fromNs;
              break;
            }
            const v = (fast[cellBase + arg] as PyCell).ref;
            if (v === null) freeError(code, arg);
            v.rc++;
            fast[sp++] = v;
            break;
          }
          case Op.STORE_DEREF: {
            const cell = fast[cellBase + arg] as PyCell;
            const old = cell.ref;
            cell.ref = fast[--sp];
            fast[sp] = null;
            if (old !== null && --old.rc === 0) heap.dealloc(old);
            break;
          }
          case Op.DELETE_DEREF: {
            const cell = fast[cellBase + arg] as PyCell;
            const old = cell.ref;
            if (old === null) freeError(code, arg);
            cell.ref = null;
            if (--old.rc === 0) heap.dealloc(old);
            break;
          }
          case Op.LOAD_CLOSURE: {
            const c = fast[cellBase + arg]!;
            c.rc++;
            fast[sp++] = c;
            break;
          }
          case Op.LOAD_GLOBAL: {
            const v = loadCached(code, arg, f.globals, f.builtins);
            if (v === null) nameError(code.names[arg], f);
            v.rc++;
            fast[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL: {
            const v = fast[--sp]!;
            fast[sp] = null;
            const old = storeCached(code, arg, f.globals, v);
            if (old !== null) {
              if (--old.rc === 0) heap.dealloc(old);
            } else {
              f.globals.set(nameKey(code, arg), v);
              if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.DELETE_GLOBAL:
            if (!f.globals.delete(nameKey(code, arg))) nameError(code.names[arg], f);
            break;
          case Op.LOAD_NAME: {
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
            break;
          }
          case Op.STORE_NAME: {
            const v = fast[--sp]!;
            fast[sp] = null;
            const old = f.locals === f.globals ? storeCached(code, arg, f.globals, v) : null;
            if (old !== null) {
              if (--old.rc === 0) heap.dealloc(old);
            } else {
              f.locals!.set(nameKey(code, arg), v);
              if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.DELETE_NAME:
            if (!f.locals!.delete(nameKey(code, arg))) nameError(code.names[arg], f);
            break;
          case Op.LOAD_ATTR: {
            const o = fast[sp - 1]!;
            const name = code.names[arg];
            let v: PyObject | undefined;
            if (o instanceof PyInstance && instanceAttrSite(code, pc, o, name, false) && (v = o.attrs.get(name)) !== undefined) v.rc++;
            else v = getAttr(o, name);
            fast[sp - 1] = v;
            if (--o.rc === 0) heap.dealloc(o);
            break;
          }
          case Op.STORE_ATTR: {
            const o = fast[--sp]!;
            const v = fast[--sp]!;
            fast[sp] = fast[sp + 1] = null;
            const name = code.names[arg];
            if (o instanceof PyInstance && instanceAttrSite(code, pc, o, name, true)) {
              // The stack's reference to v moves into the table.
              const old = o.attrs.get(name);
              o.attrs.set(name, v);
              if (old !== undefined && --old.rc === 0) heap.dealloc(old);
              if (--o.rc === 0) heap.dealloc(o);
              break;
            }
            try {
              setAttr(o, code.names[arg], v);
            } finally {
              if (--o.rc === 0) heap.dealloc(o);
              if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.DELETE_ATTR: {
            const o = fast[--sp]!;
            fast[sp] = null;
            try {
              delAttr(o, code.names[arg]);
            } finally {
              if (--o.rc === 0) heap.dealloc(o);
            }
            break;
          }
          case Op.LOAD_METHOD: {
            const o = fast[sp - 1]!;
            const name = code.names[arg];
            const m = methodSite(code, pc, o.type, name, plainMethod);
            if (m !== null && (!o.type.instanceAttrs || !hasOwnAttr(o, name))) {
              m.rc++;
              fast[sp - 1] = m;
              fast[sp++] = o; // the reference moves to the self slot
            } else {
              fast[sp - 1] = getAttr(o, name);
              if (--o.rc === 0) heap.dealloc(o);
              fast[sp++] = null;
            }
            break;
          }
          case Op.PUSH_NULL:
            fast[sp++] = null;
            break;
          case Op.CALL: {
            const base = sp - arg - 1;
            const fn = fast[base]!;
            f.pc = pc;
            f.sp = sp;
            if (fn instanceof PyFunction && isPlainCall(fn, fn.code, arg, null)) {
              const callee = enterPlain(fn, fn.code, fast, base + 1, arg, false);
              callee.inlined = true;
              callee.callerBase = base;
              f = callee;
              code = f.code;
              ops = code.ops;
              fast = f.fast;
              consts = code.consts;
              cellBase = code.varnames.length;
              pc = f.pc;
              sp = f.sp;
              break;
            }
            const r = callFromStack(f, fn, base + 1, arg, null);
            releaseCall(fast, base, sp);
            sp = base;
            fast[sp++] = r;
            break;
          }
          case Op.CALL_METHOD: {
            const base = sp - arg - 2;
            const fn = fast[base]!;
            f.pc = pc;
            f.sp = sp;
            let r: PyObject;
            if (fn instanceof PyFunction) {
              const self = fast[base + 1] !== null ? 1 : 0;
              if (isPlainCall(fn, fn.code, arg + self, null)) {
                const callee = enterPlain(fn, fn.code, fast, base + 2 - self, arg + self, false);
                callee.inlined = true;
                callee.callerBase = base;
                f = callee;
                code = f.code;
                ops = code.ops;
                fast = f.fast;
                consts = code.consts;
                cellBase = code.varnames.length;
                pc = f.pc;
                sp = f.sp;
                break;
              }
            }
            if (fast[base + 1] === null) r = callFromStack(f, fn, base + 2, arg, null);
            else if (fn instanceof PyMethodDescr) {
              const self = fast[base + 1]!;
              if (arg === 1 && fn.name === 'append' && fn.owner === runtime.listType && self.type === runtime.listType) {
                // CPython 3.11's CALL_NO_KW_LIST_APPEND: an exact list's append needs no argument tuple.
                listAppend(self as PyList, fast[base + 2]!);
                None.rc++;
                r = None;
              } else {
                enterRecursiveCall(IN_CALL); // method_enter_call
                try {
                  r = fn.fn(self, fast.slice(base + 2, sp) as PyObject[], null);
                } finally {
                  leaveRecursiveCall();
                }
              }
            } else r = callFromStack(f, fn, base + 1, arg + 1, null);
            releaseCall(fast, base, sp);
            sp = base;
            fast[sp++] = r;
            break;
          }
          case Op.CALL_KW: {
            const n = arg & 0xff;
            const names = consts[arg >> 8] as PyTuple;
            const nkw = names.items.length;
            const base = sp - n - 1;
            const fn = fast[base]!;
            const kw: KwArgs = new Map();
            for (let i = 0; i < nkw; i++) kw.set((names.items[i] as PyStr).v, fast[sp - nkw + i]!);
            f.pc = pc;
            f.sp = sp;
            const r = callFromStack(f, fn, base + 1, n - nkw, kw);
            releaseCall(fast, base, sp);
            sp = base;
            fast[sp++] = r;
            break;
          }
          case Op.CALL_EX: {
            const hasKw = arg & 1;
            const base = sp - 2 - hasKw;
            f.pc = pc;
            f.sp = sp;
            const r = callEx(fast[base]!, fast[base + 1]!, hasKw ? (fast[base + 2] as PyDict) : null);
            releaseCall(fast, base, sp);
            sp = base;
            fast[sp++] = r;
            break;
          }
          case Op.BINARY_SUBSCR: {
            const k = fast[sp - 1]!;
            const o = fast[sp - 2]!;
            let r: PyObject;
            if (o instanceof PyList && k instanceof PyInt && o.type === runtime.listType) {
              let i = k.v;
              const items = o.items;
              if (i < 0) i += items.length;
              if (i < 0 || i >= items.length) throwError(runtime.IndexError, 'list index out of range');
              r = items[i];
              r.rc++;
            } else if (o.type === dictType) {
              // BINARY_SUBSCR_DICT: an exact dict (no __missing__) needs no look-up of its type's slot.
              const v = (o as PyDict).get(k);
              if (v === null) throwKeyError(k);
              r = v;
              r.rc++;
            } else r = getItem(o, k);
            sp--;
            fast[sp] = null;
            fast[sp - 1] = r;
            if (--o.rc === 0) heap.dealloc(o);
            if (--k.rc === 0) heap.dealloc(k);
            break;
          }
          case Op.STORE_SUBSCR: {
            const k = fast[sp - 1]!;
            const o = fast[sp - 2]!;
            const v = fast[sp - 3]!;
            if (o.type === dictType) (o as PyDict).set(k, v); // STORE_SUBSCR_DICT
            else setItem(o, k, v);
            sp -= 3;
            fast[sp] = fast[sp + 1] = fast[sp + 2] = null;
            if (--v.rc === 0) heap.dealloc(v);
            if (--o.rc === 0) heap.dealloc(o);
            if (--k.rc === 0) heap.dealloc(k);
            break;
          }
          case Op.DELETE_SUBSCR: {
            const k = fast[sp - 1]!;
            const o = fast[sp - 2]!;
            delItem(o, k);
            sp -= 2;
            fast[sp] = fast[sp + 1] = null;
            if (--o.rc === 0) heap.dealloc(o);
            if (--k.rc === 0) heap.dealloc(k);
            break;
          }
          case Op.BINARY_OP: {
            const b = fast[sp - 1]!;
            const a = fast[sp - 2]!;
            const r = a instanceof PyInt && b instanceof PyInt && a.type === runtime.intType && b.type === runtime.intType
              ? exactIntOp(a.v, b.v, arg & ~INPLACE) ?? binaryOp(a, b, arg & ~INPLACE)
              : binaryOp(a, b, arg & ~INPLACE, (arg & INPLACE) !== 0);
            sp--;
            fast[sp] = null;
            fast[sp - 1] = r;
            if (--a.rc === 0) heap.dealloc(a);
            if (--b.rc === 0) heap.dealloc(b);
            break;
          }
          case Op.UNARY: {
            const a = fast[sp - 1]!;
            fast[sp - 1] = unaryOp(a, arg as UnaryOp);
            if (--a.rc === 0) heap.dealloc(a);
            break;
          }
          case Op.UNARY_NOT: {
            const a = fast[sp - 1]!;
            const v = isTrue(a);
            fast[sp - 1] = newBool(!v);
            if (--a.rc === 0) heap.dealloc(a);
            break;
          }
          case Op.COMPARE_OP: {
            const b = fast[sp - 1]!;
            const a = fast[sp - 2]!;
            let r: PyObject;
            if (a instanceof PyInt && b instanceof PyInt && a.type === runtime.intType && b.type === runtime.intType) {
              const x = a.v;
              const y = b.v;
              const c =
                arg === CmpOp.Lt ? x < y : arg === CmpOp.Le ? x <= y : arg === CmpOp.Eq ? x === y : arg === CmpOp.Ne ? x !== y : arg === CmpOp.Gt ? x > y : x >= y;
              r = c ? True : False;
              r.rc++;
            } else r = richCompare(a, b, arg as CmpOp);
            sp--;
            fast[sp] = null;
            fast[sp - 1] = r;
            if (--a.rc === 0) heap.dealloc(a);
            if (--b.rc === 0) heap.dealloc(b);
            break;
          }
          case Op.IS_OP: {
            const b = fast[--sp]!;
            const a = fast[sp - 1]!;
            fast[sp] = null;
            fast[sp - 1] = newBool((a === b) !== (arg === 1));
            if (--a.rc === 0) heap.dealloc(a);
            if (--b.rc === 0) heap.dealloc(b);
            break;
          }
          case Op.CONTAINS_OP: {
            const b = fast[sp - 1]!;
            const a = fast[sp - 2]!;
            const v = contains(b, a);
            sp--;
            fast[sp] = null;
            fast[sp - 1] = newBool(v !== (arg === 1));
            if (--a.rc === 0) heap.dealloc(a);
            if (--b.rc === 0) heap.dealloc(b);
            break;
          }
          case Op.POP_TOP: {
            const o = fast[--sp];
            fast[sp] = null;
            if (o !== null && --o.rc === 0) heap.dealloc(o);
            break;
          }
          case Op.COPY: {
            const o = fast[sp - arg]!;
            o.rc++;
            fast[sp++] = o;
            break;
          }
          case Op.SWAP: {
            const t = fast[sp - 1];
            fast[sp - 1] = fast[sp - arg];
            fast[sp - arg] = t;
            break;
          }
          case Op.ROT_THREE: {
            const top = fast[sp - 1];
            fast[sp - 1] = fast[sp - 2];
            fast[sp - 2] = fast[sp - 3];
            fast[sp - 3] = top;
            break;
          }
          case Op.JUMP:
            pc = arg;
            break;
          case Op.POP_JUMP_IF_FALSE: {
            const o = fast[--sp]!;
            fast[sp] = null;
            if (o === False) {
              pc = arg;
              o.rc--;
            } else if (o === True) o.rc--;
            else {
              const v = isTrue(o);
              if (--o.rc === 0) heap.dealloc(o);
              if (!v) pc = arg;
            }
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const o = fast[--sp]!;
            fast[sp] = null;
            if (o === True) {
              pc = arg;
              o.rc--;
            } else if (o === False) o.rc--;
            else {
              const v = isTrue(o);
              if (--o.rc === 0) heap.dealloc(o);
              if (v) pc = arg;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP: {
            const o = fast[sp - 1]!;
            if (!isTrue(o)) pc = arg;
            else {
              fast[--sp] = null;
              if (--o.rc === 0) heap.dealloc(o);
            }
            break;
          }
          case Op.JUMP_IF_TRUE_OR_POP: {
            const o = fast[sp - 1]!;
            if (isTrue(o)) pc = arg;
            else {
              fast[--sp] = null;
              if (--o.rc === 0) heap.dealloc(o);
            }
            break;
          }
          case Op.GET_ITER: {
            const o = fast[sp - 1]!;
            fast[sp - 1] = getIter(o);
            if (--o.rc === 0) heap.dealloc(o);
            break;
          }
          case Op.FOR_ITER: {
            const it = fast[sp - 1]!;
            f.pc = pc;
            f.sp = sp;
            const v = iterNext(it);
            if (v === null) {
              fast[--sp] = null;
              if (--it.rc === 0) heap.dealloc(it);
              pc = arg;
            } else fast[sp++] = v;
            break;
          }
          case Op.BUILD_TUPLE: {
            const items = fast.slice(sp - arg, sp) as PyObject[];
            for (let i = sp - arg; i < sp; i++) fast[i] = null;
            sp -= arg;
            fast[sp++] = newTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = fast.slice(sp - arg, sp) as PyObject[];
            for (let i = sp - arg; i < sp; i++) fast[i] = null;
            sp -= arg;
            fast[sp++] = newList(items);
            break;
          }
          case Op.BUILD_SET: {
            const items = fast.slice(sp - arg, sp) as PyObject[];
            for (let i = sp - arg; i < sp; i++) fast[i] = null;
            sp -= arg;
            try {
              fast[sp++] = runtime.buildSet(items);
            } finally {
              for (const x of items) decref(x);
            }
            break;
          }
          case Op.BUILD_MAP: {
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
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
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
            break;
          }
          case Op.BUILD_SLICE: {
            const items = fast.slice(sp - arg, sp) as PyObject[];
            for (let i = sp - arg; i < sp; i++) fast[i] = null;
            sp -= arg;
            fast[sp++] = runtime.newSlice(items[0], items[1], arg === 3 ? items[2] : None);
            for (const x of items) decref(x);
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let i = sp - arg; i < sp; i++) {
              s += (fast[i] as PyStr).v;
              decref(fast[i]!);
              fast[i] = null;
            }
            sp -= arg;
            // _PyUnicode_JoinArray of several pieces: PyUnicode_New, never the one-character cache.
            fast[sp++] = freshStr(s);
            break;
          }
          case Op.LIST_APPEND: {
            const v = fast[--sp]!;
            fast[sp] = null;
            const l = fast[sp - arg] as PyList;
            listResize(l, l.items.length + 1);
            l.items.push(v);
            break;
          }
          case Op.SET_ADD: {
            const v = fast[--sp]!;
            fast[sp] = null;
            try {
              runtime.setAdd(fast[sp - arg]!, v);
            } finally {
              if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.MAP_ADD: {
            const v = fast[--sp]!;
            const k = fast[--sp]!;
            fast[sp] = fast[sp + 1] = null;
            try {
              (fast[sp - arg] as PyDict).set(k, v);
            } finally {
              if (--k.rc === 0) heap.dealloc(k);
              if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.LIST_EXTEND: {
            const v = fast[--sp]!;
            fast[sp] = null;
            try {
              extendStarred(fast[sp - arg] as PyList, v);
            } finally {
              if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.SET_UPDATE: {
            const v = fast[--sp]!;
            fast[sp] = null;
            try {
              runtime.setUpdate(fast[sp - arg]!, v);
            } finally {
              if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.DICT_UPDATE:
          case Op.DICT_MERGE: {
            const v = fast[--sp]!;
            fast[sp] = null;
            try {
              // DICT_MERGE builds a call's keywords: the callee sits below the positional arguments.
              if (op === Op.DICT_MERGE) mergeCallKwargs(fast[sp - arg - 2]!, fast[sp - arg] as PyDict, v);
              else runtime.dictMerge(fast[sp - arg] as PyDict, v, false);
            } finally {
              if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.LIST_TO_TUPLE: {
            const l = fast[sp - 1] as PyList;
            const items = l.items.slice();
            for (const x of items) x.rc++;
            fast[sp - 1] = newTuple(items);
            if (--l.rc === 0) heap.dealloc(l);
            break;
          }
          case Op.FORMAT_VALUE: {
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
              break; // already a str: keep the same object, as CPython does
            } else text = runtime.format(v, spec);
            fast[sp - 1] = fresh ? freshStr(text) : newStr(text);
            if (--v.rc === 0) heap.dealloc(v);
            break;
          }
          case Op.UNPACK_SEQUENCE: {
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
            break;
          }
          case Op.UNPACK_EX: {
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
            break;
          }
          case Op.MAKE_FUNCTION: {
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
            break;
          }
          case Op.RETURN_VALUE: {
            const r = fast[--sp]!;
            fast[sp] = null;
            f.pc = pc;
            f.sp = sp;
            if (!f.inlined) return r;
            const base = f.callerBase;
            const caller = f.back!;
            leaveFrame(f, r);
            f = caller;
            code = f.code;
            ops = code.ops;
            fast = f.fast;
            consts = code.consts;
            cellBase = code.varnames.length;
            pc = f.pc;
            sp = f.sp;
            releaseCall(fast, base, sp);
            sp = base;
            fast[sp++] = r;
            break;
          }
          case Op.YIELD_VALUE: {
            const r = fast[--sp]!;
            fast[sp] = null;
            f.pc = pc;
            f.sp = sp;
            f.yielded = true;
            return r;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const o = fast[sp - 1]!;
            if (!runtime.isGenerator(o)) {
              fast[sp - 1] = getIter(o);
              if (--o.rc === 0) heap.dealloc(o);
            }
            break;
          }
          case Op.YIELD_FROM: {
            // Stack: iter, value-to-send.
            const v = fast[sp - 1]!;
            const it = fast[sp - 2]!;
            f.pc = pc;
            f.sp = sp;
            const res = runtime.sendTo(it, v);
            fast[--sp] = null;
            if (--v.rc === 0) heap.dealloc(v);
            if (res.done) {
              fast[sp - 1] = res.value;
              if (--it.rc === 0) heap.dealloc(it);
            } else {
              // Re-run this instruction when resumed (the sent value is pushed by the resumer).
              f.pc = pc - 2;
              f.sp = sp;
              f.yielded = true;
              return res.value;
            }
            break;
          }
          case Op.SETUP_FINALLY:
            f.blocks.push(code.handlers[arg * 2], f.stackBase + code.handlers[arg * 2 + 1]);
            break;
          case Op.POP_BLOCK:
            f.blocks.length -= 2;
            break;
          case Op.RAISE_VARARGS: {
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
            break;
          }
          case Op.RERAISE: {
            const exc = fast[--sp] as PyException;
            fast[sp] = null;
            const t = new PyThrow(exc);
            t.reraise = true;
            throw t;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = fast[sp - 1]!;
            const prev = runtime.handled ?? None;
            fast[sp - 1] = prev; // the runtime's reference moves to the stack
            exc.rc++;
            runtime.handled = exc;
            fast[sp++] = exc;
            break;
          }
          case Op.POP_EXCEPT: {
            const prev = fast[--sp]!;
            fast[sp] = null;
            const cur = runtime.handled;
            runtime.handled = prev === None ? null : prev;
            if (prev === None) decref(prev);
            if (cur !== null && --cur.rc === 0) heap.dealloc(cur);
            break;
          }
          case Op.POP_EXCEPT_RERAISE: {
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
          case Op.CHECK_EXC_MATCH: {
            const t = fast[sp - 1]!;
            const exc = fast[sp - 2]!;
            const m = runtime.excMatches(exc, t);
            fast[sp - 1] = newBool(m);
            if (--t.rc === 0) heap.dealloc(t);
            break;
          }
          case Op.BEFORE_WITH: {
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
            break;
          }
          case Op.WITH_EXIT: {
            const exit = fast[--sp]!;
            fast[sp] = null;
            try {
              decref(callObject(exit, [None, None, None], null));
            } finally {
              if (--exit.rc === 0) heap.dealloc(exit);
            }
            break;
          }
          case Op.WITH_EXCEPT_START: {
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
            break;
          }
          case Op.IMPORT_NAME: {
            const fromlist = fast[--sp]!;
            const level = fast[--sp]!;
            fast[sp] = fast[sp + 1] = null;
            if (--fromlist.rc === 0) heap.dealloc(fromlist);
            if (--level.rc === 0) heap.dealloc(level);
            fast[sp++] = runtime.importModule(code.names[arg]);
            break;
          }
          case Op.IMPORT_FROM: {
            const m = fast[sp - 1]!;
            const name = code.names[arg];
            const v = runtime.importFrom(m, name);
            fast[sp++] = v;
            break;
          }
          case Op.LOAD_BUILD_CLASS: {
            const b = runtime.buildClass;
            b.rc++;
            fast[sp++] = b;
            break;
          }
          case Op.LOAD_ASSERTION_ERROR:
            AssertionError.rc++;
            fast[sp++] = AssertionError;
            break;
          case Op.RAISE_UNSUPPORTED:
            throwError(runtime.NotImplementedError, (consts[arg] as PyStr).v);
            break;
          default:
            throw new Error('unknown opcode ' + op);
        }
      }
    } catch (e) {
      let t: PyThrow;
      if (e instanceof PyThrow) t = e;
      else t = runtime.convertJsError(e, f);
      // The frame catching is the running one, at its own depth. A JavaScript stack
      // overflow can also strike inside the `finally` of a frame being unwound (its
      // leaveFrame needs stack too), skipping that frame's depth-- and current reset;
      // without this the counter would stay off and a later recursion would stop at
      // a different depth than CPython's.
      runtime.depth = f.depth;
      runtime.current = f;
      // Unwinds inlined frames until one has a handler; a frame this call was started with rethrows.
      for (;;) {
        f.line = lineAt(code, pc);
        if (!t.reraise) {
          // Any exception raised while another is being handled gets it as __context__ (native raises too).
          if (t.exc.context === null && runtime.handled !== null && runtime.handled !== t.exc && !t.fromFrame)
            linkContext(t.exc);
          t.fromFrame = true;
          addTraceback(t.exc, f);
        }
        else t.reraise = false;
        if (hooks.tracer !== null) {
          f.sp = sp; // the operands of the failed instruction are still on the stack
          hooks.tracer.exception(f, t.exc);
        }
        const blocks = f.blocks;
        if (blocks.length !== 0) {
          const level = blocks.pop()!;
          const handler = blocks.pop()!;
          while (sp > level) {
            const o = fast[--sp];
            fast[sp] = null;
            if (o !== null && --o.rc === 0) heap.dealloc(o);
          }
          fast[sp++] = t.exc;
          pc = handler;
          break;
        }
        f.pc = pc;
        f.sp = sp;
        if (!f.inlined) throw t;
        const caller = f.back!;
        leaveFrame(f, null);
        f = caller;
        code = f.code;
        ops = code.ops;
        fast = f.fast;
        consts = code.consts;
        cellBase = code.varnames.length;
        pc = f.pc;
        sp = f.sp;
      }
    }
  }
}

/** Frees an object whose count just reached zero (out of line to keep the loop small). */
function decref0(o: PyObject): void {
  o.rc = 1;
  decref(o);
}

/** The method LOAD_METHOD may push unbound for instances of t (see methodSite), or null. */
function plainMethod(t: PyType, name: string): PyObject | null {
  const m = t.lookup(name);
  if (!(m instanceof PyFunction || (m instanceof PyMethodDescr && m.kind === 'method'))) return null;
  if (nativeGetAttr.has(t)) return null;
  if (!t.native && (t.lookup('__getattribute__') as PyMethodDescr | null)?.isObjectDefault !== true) return null;
  return m;
}

function hasOwnAttr(o: PyObject, name: string): boolean {
  if (o instanceof PyInstance) return o.attrs.has(name);
  const attrs = o instanceof PyFunction || o instanceof PyException ? o.attrs : null;
  return attrs !== null && attrs.has(name);
}

function unpackError(got: number, want: number): never {
  if (got > want) throwError(ValueError, `too many values to unpack (expected ${want})`);
  throwError(ValueError, `not enough values to unpack (expected ${want}, got ${got})`);
}

/** The iterator an unpacking reads (a non-iterable gets unpacking's own TypeError). */
function unpackingIter(seq: PyObject): PyObject {
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
function unpackIter(seq: PyObject, n: number): PyObject[] {
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
function unpackStarred(seq: PyObject, before: number, after: number): PyObject[] {
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
function callFromStack(f: Frame, fn: PyObject, start: number, n: number, kw: KwArgs): PyObject {
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

export { StopIteration, SystemError, newMethod, newCell };

/**
 * `x op y` for two exact ints whose result is a safe integer, as int's own methods
 * would give it; null sends the operation down the general path (overflow to a
 * bigint, a negative operand of // or %, a zero divisor, any other operator).
 */
function exactIntOp(x: number, y: number, op: number): PyInt | null {
  let v: number;
  switch (op) {
    case BinOp.Add:
      v = x + y;
      break;
    case BinOp.Sub:
      v = x - y;
      break;
    case BinOp.Mul:
      // A product past 2**53 rounds to a value past it too, so isSafeInteger catches every overflow.
      v = x * y + 0; // + 0 turns -0 into 0
      break;
    case BinOp.Mod:
      if (x < 0 || y <= 0) return null;
      v = x % y;
      break;
    case BinOp.FloorDiv:
      if (x < 0 || y <= 0) return null;
      v = (x - (x % y)) / y;
      break;
    default:
      return null;
  }
  return Number.isSafeInteger(v) ? newInt(v) : null;
}
