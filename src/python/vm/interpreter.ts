/**
 * The dispatch loop (CPython's ceval.c): executes one frame's instructions
 * until it returns, yields or raises. Every push is a new reference and every
 * pop hands one over, exactly as CPython's stack does, so temporaries (the
 * argument that makes `sys.getrefcount` one higher, a `for` loop's iterator)
 * count and die when CPython's do.
 *
 * This file is long on purpose: one switch keeps the hot loop in one function.
 * The rarely run instructions are out of line (cold-ops.ts): every local the
 * function declares is a slot of its JavaScript stack frame, and that frame is
 * on the stack once per Python function native code calls (recursion through
 * __repr__ or __eq__ is as deep as the JavaScript stack holds such frames).
 */
import {
  contains,
  nativeGetAttr,
  getAttr,
  getMethodAttr,
  getItem,
  getIter,
  isTrue,
  iterNext,
  setAttr,
  setItem,
  throwKeyError,
} from '../abstract';
import { PyThrow, throwError } from '../errors';
import { decref, heap, touch, counted, countLog, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { binaryOp, BinOp, richCompare, CmpOp } from '../ops';
import { INPLACE, LOOP_HEAD, Op } from '../compiler/opcodes';
import { PyCell, newCell } from '../types/cell';
import type { PyCode } from '../types/code';
import { dictType, PyDict } from '../types/dict';
import {
  AssertionError,
  PyException,
  StopIteration,
  SystemError,
} from '../types/exception';
import { PyFunction } from '../types/function';
import { PyInstance } from '../types/instance';
import { False, IntArith, newBool, newInt, newIntArith, PyInt, True } from '../types/int';
import { newList, PyList, listResize } from '../types/list';
import { listAppend } from '../types/list-ops';
import { newMethod } from '../types/method';
import { None } from '../types/none';
import { PyStr } from '../types/str';
import { newTuple } from '../types/tuple';
import { PyMethodDescr, typeType } from '../types/type';
import { callSlotWrapperOn } from '../types/method-wrapper';
import { Frame } from './frame';
import { newFrameObject, newTraceback, type PyTraceback } from '../types/frame-object';
import { enterPlain, isPlainCall, leaveFrame } from './call';
import { enterRecursiveCall, IN_CALL, leaveRecursiveCall } from './recursion-guard';
import { loadCached } from './name-cache';
import { instanceAttrSite, methodSite } from './attr-cache';
import { mergeCallKwargs } from './call-ex';
import { hooks, runtime } from './state';
import {
  opBuildConstKeyMap,
  opBuildMap,
  opBuildSet,
  opBuildSlice,
  opBuildString,
  opCallEx,
  opCallKw,
  opDeleteAttr,
  opDeleteDeref,
  opDeleteFast,
  opDeleteSubscr,
  opListExtend,
  opListToTuple,
  opLoadClassderef,
  opLoadName,
  opMapAdd,
  opSetAdd,
  opSetUpdate,
  opStoreGlobal,
  opStoreName,
  opUnary,
} from './cold-ops';
import {
  opBeforeWith,
  opCheckExcMatch,
  opFormatValue,
  opGetYieldFromIter,
  opImportFrom,
  opImportName,
  opMakeFunction,
  opPopExcept,
  opPopExceptReraise,
  opPushExcInfo,
  opRaiseVarargs,
  opReraise,
  opUnpackEx,
  opUnpackSequence,
  opWithExceptStart,
  opWithExit,
} from './cold-ops-flow';
import {
  callFromStack,
  freeError,
  linkContext,
  nameError,
  nameKey,
  releaseCall,
  releaseFailedOperands,
  unboundLocal,
  makeRaisable,
} from './loop-helpers';

/**
 * Pushes a traceback line for frame f onto an exception passing through it (onto the
 * throw itself while a lazily raised exception is not made yet).
 */
function addTraceback(t: PyThrow, f: Frame, pc: number): void {
  const into = t.tracebackHolder;
  const p = 3 * ((pc - 2) >> 1);
  const at = f.code.positions;
  into.traceback.unshift({ filename: f.code.filename, line: f.line, name: f.code.name, col: at[p] ?? -1, endLine: at[p + 1] ?? -1, endCol: at[p + 2] ?? -1 });
  // PyTraceBack_Here: the traceback object holds the frame's frame object (made now if needed).
  let fo = f.frameObj;
  if (fo === null) fo = f.frameObj = newFrameObject(f.code, f.line);
  fo.rc++; if (countLog !== null) counted(fo);
  into.tb = newTraceback(fo, into.tb as PyTraceback | null, f.line);
  // A made exception is in the graph: its __traceback__ changed (an unmade one is seen through the throw).
  if (into instanceof PyObject) touch(into);
}

/** The line of the instruction at pc (the one just fetched). */
function lineAt(code: PyCode, pc: number): number {
  return code.lines[(pc - 2) >> 1];
}

/**
 * Runs a frame until it returns (result: new reference), yields (frame.yielded
 * set; result is the yielded value) or raises (throws PyThrow).
 */

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
  // An exception a generator's throw() or close() raises at its resume point: no instruction failed.
  let injected: PyThrow | null = null;
  for (;;) {
    try {
      if (f.pendingThrow !== null) {
        injected = f.pendingThrow;
        f.pendingThrow = null;
        throw injected;
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
            c.rc++; if (countLog !== null) counted(c);
            fast[sp++] = c;
            break;
          }
          case Op.LOAD_FAST: {
            const v = fast[arg];
            if (v === null) unboundLocal(code, arg);
            v.rc++; if (countLog !== null) counted(v);
            fast[sp++] = v;
            break;
          }
          case Op.STORE_FAST: {
            const old = fast[arg];
            fast[arg] = fast[--sp];
            fast[sp] = null;
            if (old !== null) { if (countLog !== null) counted(old); if (--old.rc === 0) { f.pc = pc; decref0(old); } }
            break;
          }
          case Op.DELETE_FAST:
            f.pc = pc;
            sp = opDeleteFast(f, fast, sp, arg);
            break;
          case Op.LOAD_DEREF: {
            const v = (fast[cellBase + arg] as PyCell).ref;
            if (v === null) freeError(code, arg);
            v.rc++; if (countLog !== null) counted(v);
            fast[sp++] = v;
            break;
          }
          case Op.LOAD_CLASSDEREF:
            sp = opLoadClassderef(f, fast, sp, arg);
            break;
          case Op.STORE_DEREF: {
            const cell = fast[cellBase + arg] as PyCell;
            const old = cell.ref;
            touch(cell);
            cell.ref = fast[--sp];
            fast[sp] = null;
            if (old !== null) { if (countLog !== null) counted(old); if (--old.rc === 0) { f.pc = pc; heap.dealloc(old); } }
            break;
          }
          case Op.DELETE_DEREF:
            f.pc = pc;
            sp = opDeleteDeref(f, fast, sp, arg);
            break;
          case Op.LOAD_CLOSURE: {
            const c = fast[cellBase + arg]!;
            c.rc++; if (countLog !== null) counted(c);
            fast[sp++] = c;
            break;
          }
          case Op.LOAD_GLOBAL: {
            const v = loadCached(code, arg, f.globals, f.builtins);
            if (v === null) nameError(code.names[arg], f);
            v.rc++; if (countLog !== null) counted(v);
            fast[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL:
            f.pc = pc;
            sp = opStoreGlobal(f, fast, sp, arg);
            break;
          case Op.DELETE_GLOBAL:
            f.pc = pc;
            if (!f.globals.delete(nameKey(code, arg))) nameError(code.names[arg], f);
            break;
          case Op.LOAD_NAME:
            sp = opLoadName(f, fast, sp, arg);
            break;
          case Op.STORE_NAME:
            f.pc = pc;
            sp = opStoreName(f, fast, sp, arg);
            break;
          case Op.DELETE_NAME:
            f.pc = pc;
            if (!f.locals!.delete(nameKey(code, arg))) nameError(code.names[arg], f);
            break;
          case Op.LOAD_ATTR: {
            const o = fast[sp - 1]!;
            const name = code.names[arg];
            let v: PyObject | undefined;
            if (o instanceof PyInstance && instanceAttrSite(code, pc, o, name, false) && (v = o.attrs.get(name)) !== undefined) { v.rc++; if (countLog !== null) counted(v); }
            else v = getAttr(o, name);
            fast[sp - 1] = v;
            if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
            break;
          }
          case Op.STORE_ATTR: {
            f.pc = pc;
            const o = fast[--sp]!;
            const v = fast[--sp]!;
            fast[sp] = fast[sp + 1] = null;
            const name = code.names[arg];
            if (o instanceof PyInstance && instanceAttrSite(code, pc, o, name, true)) {
              // The stack's reference to v moves into the table.
              const old = o.attrs.get(name);
              o.attrs.set(name, v);
              touch(o);
              if (old !== undefined) { if (countLog !== null) counted(old); if (--old.rc === 0) heap.dealloc(old); }
              if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
              break;
            }
            try {
              setAttr(o, code.names[arg], v);
            } finally {
              // STORE_ATTR releases the value, then the object (whether or not the store raised).
              if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
              if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
            }
            break;
          }
          case Op.DELETE_ATTR:
            f.pc = pc;
            sp = opDeleteAttr(f, fast, sp, arg);
            break;
          case Op.LOAD_METHOD: {
            const o = fast[sp - 1]!;
            const name = code.names[arg];
            const m = methodSite(code, pc, o.type, name, plainMethod);
            if (m !== null && (!o.type.instanceAttrs || !hasOwnAttr(o, name))) {
              m.rc++; if (countLog !== null) counted(m);
              fast[sp - 1] = m;
              fast[sp++] = o; // the reference moves to the self slot
            } else {
              fast[sp - 1] = getMethodAttr(o, name);
              if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
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
              const callee = enterPlain(fn, fn.code, fast, base + 1, arg, false, true);
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
                const callee = enterPlain(fn, fn.code, fast, base + 2 - self, arg + self, false, true);
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
                None.rc++; if (countLog !== null) counted(None);
                r = None;
              } else {
                enterRecursiveCall(IN_CALL); // method_enter_call (a slot wrapper's: _PyObject_MakeTpCall)
                try {
                  const args = fast.slice(base + 2, sp) as PyObject[];
                  r = fn.isSlotWrapper ? callSlotWrapperOn(fn, self, args, null) : fn.fn(self, args, null);
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
          case Op.CALL_KW:
            f.pc = pc;
            sp = opCallKw(f, fast, sp, arg);
            break;
          case Op.CALL_EX:
            f.pc = pc;
            sp = opCallEx(f, fast, sp, arg);
            break;
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
              r.rc++; if (countLog !== null) counted(r);
            } else if (o.type === dictType) {
              // BINARY_SUBSCR_DICT: an exact dict (no __missing__) needs no look-up of its type's slot.
              const v = (o as PyDict).get(k);
              if (v === null) throwKeyError(k);
              r = v;
              r.rc++; if (countLog !== null) counted(r);
            } else r = getItem(o, k);
            sp--;
            fast[sp] = null;
            fast[sp - 1] = r;
            if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
            if (countLog !== null) counted(k); if (--k.rc === 0) heap.dealloc(k);
            break;
          }
          case Op.STORE_SUBSCR: {
            f.pc = pc;
            const k = fast[sp - 1]!;
            const o = fast[sp - 2]!;
            const v = fast[sp - 3]!;
            if (o.type === dictType) (o as PyDict).set(k, v); // STORE_SUBSCR_DICT
            else setItem(o, k, v);
            sp -= 3;
            fast[sp] = fast[sp + 1] = fast[sp + 2] = null;
            if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
            if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
            if (countLog !== null) counted(k); if (--k.rc === 0) heap.dealloc(k);
            break;
          }
          case Op.DELETE_SUBSCR:
            f.pc = pc;
            sp = opDeleteSubscr(f, fast, sp, arg);
            break;
          case Op.BINARY_OP: {
            const b = fast[sp - 1]!;
            const a = fast[sp - 2]!;
            const r = a instanceof PyInt && b instanceof PyInt && a.type === runtime.intType && b.type === runtime.intType
              ? exactIntOp(a.v, b.v, arg & ~INPLACE) ?? binaryOp(a, b, arg & ~INPLACE)
              : binaryOp(a, b, arg & ~INPLACE, (arg & INPLACE) !== 0);
            sp--;
            fast[sp] = null;
            fast[sp - 1] = r;
            if (countLog !== null) counted(a); if (--a.rc === 0) heap.dealloc(a);
            if (countLog !== null) counted(b); if (--b.rc === 0) heap.dealloc(b);
            break;
          }
          case Op.UNARY:
            sp = opUnary(f, fast, sp, arg);
            break;
          case Op.UNARY_NOT: {
            const a = fast[sp - 1]!;
            const v = isTrue(a);
            fast[sp - 1] = newBool(!v);
            if (countLog !== null) counted(a); if (--a.rc === 0) heap.dealloc(a);
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
              r.rc++; if (countLog !== null) counted(r);
            } else r = richCompare(a, b, arg as CmpOp);
            sp--;
            fast[sp] = null;
            fast[sp - 1] = r;
            if (countLog !== null) counted(a); if (--a.rc === 0) heap.dealloc(a);
            if (countLog !== null) counted(b); if (--b.rc === 0) heap.dealloc(b);
            break;
          }
          case Op.IS_OP: {
            const b = fast[--sp]!;
            const a = fast[sp - 1]!;
            fast[sp] = null;
            fast[sp - 1] = newBool((a === b) !== (arg === 1));
            if (countLog !== null) counted(a); if (--a.rc === 0) heap.dealloc(a);
            if (countLog !== null) counted(b); if (--b.rc === 0) heap.dealloc(b);
            break;
          }
          case Op.CONTAINS_OP: {
            const b = fast[sp - 1]!;
            const a = fast[sp - 2]!;
            const v = contains(b, a);
            sp--;
            fast[sp] = null;
            fast[sp - 1] = newBool(v !== (arg === 1));
            if (countLog !== null) counted(a); if (--a.rc === 0) heap.dealloc(a);
            if (countLog !== null) counted(b); if (--b.rc === 0) heap.dealloc(b);
            break;
          }
          case Op.POP_TOP: {
            const o = fast[--sp];
            fast[sp] = null;
            if (o !== null) { if (countLog !== null) counted(o); if (--o.rc === 0) { f.pc = pc; heap.dealloc(o); } }
            break;
          }
          case Op.COPY: {
            const o = fast[sp - arg]!;
            o.rc++; if (countLog !== null) counted(o);
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
          case Op.JUMP_BACKWARD:
            code.warmUp();
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
              fast[sp++] = o; // on the stack while its __bool__ or __len__ runs, for the error path
              const v = isTrue(o);
              fast[--sp] = null;
              if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
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
              fast[sp++] = o; // on the stack while its __bool__ or __len__ runs, for the error path
              const v = isTrue(o);
              fast[--sp] = null;
              if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
              if (v) pc = arg;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP: {
            const o = fast[sp - 1]!;
            if (!isTrue(o)) pc = arg;
            else {
              fast[--sp] = null;
              if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
            }
            break;
          }
          case Op.JUMP_IF_TRUE_OR_POP: {
            const o = fast[sp - 1]!;
            if (isTrue(o)) pc = arg;
            else {
              fast[--sp] = null;
              if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
            }
            break;
          }
          case Op.GET_ITER: {
            const o = fast[sp - 1]!;
            fast[sp - 1] = getIter(o);
            if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
            break;
          }
          case Op.FOR_ITER: {
            const it = fast[sp - 1]!;
            f.pc = pc;
            f.sp = sp;
            const v = iterNext(it);
            if (v === null) {
              fast[--sp] = null;
              if (countLog !== null) counted(it); if (--it.rc === 0) heap.dealloc(it);
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
          case Op.BUILD_SET:
            sp = opBuildSet(f, fast, sp, arg);
            break;
          case Op.BUILD_MAP:
            sp = opBuildMap(f, fast, sp, arg);
            break;
          case Op.BUILD_CONST_KEY_MAP:
            sp = opBuildConstKeyMap(f, fast, sp, arg);
            break;
          case Op.BUILD_SLICE:
            sp = opBuildSlice(f, fast, sp, arg);
            break;
          case Op.BUILD_STRING:
            sp = opBuildString(f, fast, sp, arg);
            break;
          case Op.LIST_APPEND: {
            const v = fast[--sp]!;
            fast[sp] = null;
            const l = fast[sp - arg] as PyList;
            listResize(l, l.items.length + 1);
            l.items.push(v);
            break;
          }
          case Op.SET_ADD:
            sp = opSetAdd(f, fast, sp, arg);
            break;
          case Op.MAP_ADD:
            sp = opMapAdd(f, fast, sp, arg);
            break;
          case Op.LIST_EXTEND:
            sp = opListExtend(f, fast, sp, arg);
            break;
          case Op.SET_UPDATE:
            sp = opSetUpdate(f, fast, sp, arg);
            break;
          case Op.DICT_UPDATE:
          case Op.DICT_MERGE: {
            const v = fast[--sp]!;
            fast[sp] = null;
            try {
              // DICT_MERGE builds a call's keywords: the callee sits below the positional arguments.
              if (op === Op.DICT_MERGE) mergeCallKwargs(fast[sp - arg - 2]!, fast[sp - arg] as PyDict, v);
              else runtime.dictMerge(fast[sp - arg] as PyDict, v, false);
            } finally {
              if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
            }
            break;
          }
          case Op.LIST_TO_TUPLE:
            sp = opListToTuple(f, fast, sp, arg);
            break;
          case Op.FORMAT_VALUE:
            sp = opFormatValue(f, fast, sp, arg);
            break;
          case Op.UNPACK_SEQUENCE:
            sp = opUnpackSequence(f, fast, sp, arg);
            break;
          case Op.UNPACK_EX:
            sp = opUnpackEx(f, fast, sp, arg);
            break;
          case Op.MAKE_FUNCTION:
            sp = opMakeFunction(f, fast, sp, arg);
            break;
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
          case Op.GET_YIELD_FROM_ITER:
            sp = opGetYieldFromIter(f, fast, sp, arg);
            break;
          case Op.YIELD_FROM: {
            // Stack: iter, value-to-send.
            const v = fast[sp - 1]!;
            const it = fast[sp - 2]!;
            f.pc = pc;
            f.sp = sp;
            const res = runtime.sendTo(it, v);
            fast[--sp] = null;
            if (countLog !== null) counted(v); if (--v.rc === 0) heap.dealloc(v);
            if (res.done) {
              fast[sp - 1] = res.value;
              if (countLog !== null) counted(it); if (--it.rc === 0) heap.dealloc(it);
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
          case Op.RAISE_VARARGS:
            sp = opRaiseVarargs(f, fast, sp, arg);
            break;
          case Op.RERAISE:
            sp = opReraise(f, fast, sp, arg);
            break;
          case Op.PUSH_EXC_INFO:
            sp = opPushExcInfo(f, fast, sp, arg);
            break;
          case Op.POP_EXCEPT:
            sp = opPopExcept(f, fast, sp, arg);
            break;
          case Op.POP_EXCEPT_RERAISE:
            sp = opPopExceptReraise(f, fast, sp, arg);
            break;
          case Op.CHECK_EXC_MATCH:
            sp = opCheckExcMatch(f, fast, sp, arg);
            break;
          case Op.BEFORE_WITH:
            sp = opBeforeWith(f, fast, sp, arg);
            break;
          case Op.WITH_EXIT:
            sp = opWithExit(f, fast, sp, arg);
            break;
          case Op.WITH_EXCEPT_START:
            sp = opWithExceptStart(f, fast, sp, arg);
            break;
          case Op.IMPORT_NAME:
            sp = opImportName(f, fast, sp, arg);
            break;
          case Op.IMPORT_FROM:
            sp = opImportFrom(f, fast, sp, arg);
            break;
          case Op.LOAD_BUILD_CLASS: {
            const b = runtime.buildClass;
            b.rc++; if (countLog !== null) counted(b);
            fast[sp++] = b;
            break;
          }
          case Op.LOAD_ASSERTION_ERROR:
            AssertionError.rc++; if (countLog !== null) counted(AssertionError);
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
      // The instruction at pc - 2 raised, its operands still in their slots (not so for an
      // injected exception, nor for a JavaScript stack overflow, which may strike once an
      // instruction has taken its operands off; nor in a caller an inlined frame's exception
      // reaches, whose call left nothing of CPython's on its stack).
      let failed = e === t && t !== injected;
      injected = null;
      // Unwinds inlined frames until one has a handler; a frame this call was started with rethrows.
      for (;;) {
        f.line = lineAt(code, pc);
        if (!t.reraise) {
          // Any exception raised while another is being handled gets it as __context__ (native raises too).
          if (!t.fromFrame && runtime.handled !== null) {
            const exc = t.exc;
            if (exc.context === null && runtime.handled !== exc) linkContext(exc);
          }
          t.fromFrame = true;
          // ceval.c releases the operands of most instructions before its `goto error`: they
          // die before the traceback entry is made, bottom first (`a > b` frees a, then b).
          if (failed) sp = releaseFailedOperands(fast, sp, ops[pc - 2], ops[pc - 1]);
          addTraceback(t, f, pc);
        }
        else t.reraise = false;
        failed = false;
        if (hooks.tracer !== null) {
          f.sp = sp; // what the failed instruction kept on the stack is still there
          hooks.tracer.exception(f, t);
        }
        const blocks = f.blocks;
        if (blocks.length !== 0) {
          const level = blocks.pop()!;
          const handler = blocks.pop()!;
          while (sp > level) {
            const o = fast[--sp];
            fast[sp] = null;
            if (o !== null) { if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o); }
          }
          // exception_unwind normalizes the exception for its handler only now, after the
          // stack is popped: a lazily raised one is made here (PyThrow.exc).
          fast[sp++] = t.exc;
          pc = handler;
          break;
        }
        // No handler: exception_unwind pops the whole value stack, top first, as the
        // exception leaves the frame, so the operands of the failed instruction (and
        // any half-built call or display) die now, not with the traceback that keeps
        // the frame object (which takes over only the locals).
        while (sp > f.stackBase) {
          const o = fast[--sp];
          fast[sp] = null;
          if (o !== null) { if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o); }
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
  // A class's attributes come from type_getattro (its own MRO before the metatype's
  // methods), which _PyObject_GetMethod leaves to the full look-up: `object.__init__(x)`.
  if (t.isSubtype(typeType)) return null;
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


export { StopIteration, SystemError, newMethod, newCell, makeRaisable };

/**
 * `x op y` for two exact ints whose result is a safe integer, as int's own methods
 * would give it; null sends the operation down the general path (overflow to a
 * bigint, a negative operand of // or %, a zero divisor, any other operator).
 */
function exactIntOp(x: number, y: number, op: number): PyObject | null {
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
  if (!Number.isSafeInteger(v)) return null;
  // Operands of one digit each make an exact result; longer ones size it by themselves.
  if (op <= BinOp.Mul && (x <= -1073741824 || x >= 1073741824 || y <= -1073741824 || y >= 1073741824))
    return newIntArith(v, x, y, op as number as IntArith);
  return newInt(v);
}
