/**
 * Helpers of the dispatch loop (interpreter.ts) and of its out-of-line
 * instructions (cold-ops.ts, cold-ops-flow.ts): the errors a name look-up
 * raises, raising with __context__, releasing a call's stack slots, unpacking,
 * and calling an object with arguments from a frame's stack.
 */
import { callObject, getIter, iterNext } from '../abstract';
import { newError, PyThrow, throwError } from '../errors';
import { decref, heap, incref, touch, counted, countLog } from '../memory';
import { PyObject, PyType } from '../object';
import { Op } from '../compiler/opcodes';
import type { PyCode } from '../types/code';
import { PyDict } from '../types/dict';
import { baseExceptionType, NameError, PyException, TypeError, UnboundLocalError, ValueError } from '../types/exception';
import { PyFunction } from '../types/function';
import { newList } from '../types/list';
import { intern, internedOf, PyStr } from '../types/str';
import type { KwArgs } from '../types/type';
import type { Frame } from './frame';
import { constructFromStack } from './call';
import { enterRecursiveCall, IN_CALL, leaveRecursiveCall } from './recursion-guard';
import { runtime } from './state';
import { strObject } from '../format';

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
    o.rc++; if (countLog !== null) counted(o);
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
      handled.rc++; if (countLog !== null) counted(handled);
      exc.context = handled;
      touch(exc);
    }
  }
}

/** UnboundLocalError for the local in fast slot i. */
export function unboundLocal(code: PyCode, i: number): never {
  throwError(UnboundLocalError, `cannot access local variable '${code.varnames[i]}' where it is not associated with a value`);
}

/**
 * A NameError made at once with its `name` set, as format_exc_check_arg normalizes a
 * NameError to record the name (an UnboundLocalError it leaves lazy).
 */
function newNameError(msg: string, name: string): PyException {
  const e = newError(NameError, msg);
  e.attrs = new Map<string, PyObject>([['name', intern(name)]]);
  return e;
}

/** NameError for `name`; with the frame, the traceback can suggest a similar name. */
export function nameError(name: string, f?: Frame): never {
  const e = newNameError(`name '${name}' is not defined`, name);
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
  throw new PyThrow(newNameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, name));
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
    if (o !== null) { if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o); }
  }
}

/**
 * The error path of the instruction `op` (argument `arg`) that just raised with the
 * stack at `sp`: releases the operands CPython 3.11's ceval.c releases before its
 * `goto error` (so before the traceback entry is made and before the stack is popped
 * top first) and returns the stack pointer after them. Its binary and in-place
 * operators, comparisons, `in`, subscripts (get, store, delete), unary operators,
 * `not`, GET_ITER and GET_YIELD_FROM_ITER, a conditional jump's test
 * (PyObject_IsTrue), f-string formatting and CHECK_EXC_MATCH release their operands
 * bottom first (left before right; value, container, key for a store; value before
 * spec); a call not run in this loop releases the callable and then the arguments
 * first to last, as after a call that returned; SEND (YIELD_FROM) releases the value
 * sent, not the iterator. The other instructions either release their operands
 * themselves before they raise (a store of a name or attribute, the unpackings,
 * BUILD_SET, BUILD_MAP, DICT_UPDATE, LIST_EXTEND...) or leave them on the stack as
 * CPython does (LOAD_ATTR, LOAD_METHOD, FOR_ITER, JUMP_IF_*_OR_POP, BEFORE_WITH...).
 * The stack slots of an instruction's operands stay filled until it succeeds, so
 * this is the only cost: the loop pays nothing.
 */
export function releaseFailedOperands(fast: (PyObject | null)[], sp: number, op: number, arg: number): number {
  let n: number;
  switch (op) {
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.CONTAINS_OP:
    case Op.BINARY_SUBSCR:
    case Op.DELETE_SUBSCR:
      n = 2;
      break;
    case Op.STORE_SUBSCR:
      n = 3;
      break;
    case Op.UNARY:
    case Op.UNARY_NOT:
    case Op.GET_ITER:
    case Op.GET_YIELD_FROM_ITER:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.CHECK_EXC_MATCH:
    case Op.YIELD_FROM:
      n = 1;
      break;
    case Op.FORMAT_VALUE:
      n = arg & 4 ? 2 : 1;
      break;
    case Op.CALL:
      n = arg + 1;
      break;
    case Op.CALL_METHOD:
      n = arg + 2;
      break;
    case Op.CALL_KW:
      n = (arg & 0xff) + 1;
      break;
    case Op.CALL_EX:
      n = 2 + (arg & 1);
      break;
    default:
      return sp;
  }
  const base = sp - n;
  // A MemoryError's slack lasts until its traceback entry is made (memory.ts lowerCeiling).
  heap.keepSlack++;
  try {
    releaseCall(fast, base, sp);
  } finally {
    heap.keepSlack--;
  }
  return base;
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
    if (e instanceof PyThrow && e.type === TypeError) {
      e.drop();
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
    // unpack_iterable's error path: the items taken so far, the last taken first.
    for (let i = out.length - 1; i >= 0; i--) decref(out[i]);
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
    touch(rest);
    for (const v of rest.items.splice(n - after)) out.push(v);
  } catch (e) {
    // unpack_iterable's error path: the items taken so far, the last taken first.
    for (let i = out.length - 1; i >= 0; i--) decref(out[i]);
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
    } else if (n === 1 && fn === runtime.strType && f.code.quickened) {
      // CPython 3.11's PRECALL_NO_KW_STR_1: str(x) is PyObject_Str(x), no argument tuple.
      // Only in quickened code: before, the call goes through type_call, which packs one.
      return strObject(fast[start]!);
    }
  }
  const args = fast.slice(start, start + n) as PyObject[];
  return callObject(fn, args, kw);
}
