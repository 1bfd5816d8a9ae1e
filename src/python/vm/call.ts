/**
 * Calling Python functions: binding arguments to parameters with CPython's
 * rules and messages, building the frame (cells, closure), and running it or
 * wrapping it in a generator. Arguments taken from the caller's stack are
 * moved into the new frame, as CPython 3.11 does, so a callee's
 * `sys.getrefcount(arg)` sees exactly CPython's count.
 */
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { beginTpCall, endTpCall } from '../hidden-allocs';
import { PyObject } from '../object';
import { newCell, PyCell } from '../types/cell';
import { CodeFlag, type PyCode } from '../types/code';
import { baseExceptionType } from '../types/exception';
import { newInstance } from '../types/instance';
import { None } from '../types/none';
import { objectType } from '../types/type';
import type { PyType } from '../object';
import { newDict, PyDict } from '../types/dict';
import { RecursionError, TypeError } from '../types/exception';
import { PyFunction } from '../types/function';
import { PyStr } from '../types/str';
import { emptyTuple, newTuple, PyTuple } from '../types/tuple';
import type { KwArgs } from '../types/type';
import { ctx } from '../context';
import { Frame, FRAME_POOL_SIZE } from './frame';
import { execute } from './interpreter';
import { refuseReentry } from './recursion-guard';
import { hooks, runtime } from './state';
import { newGenerator } from '../types/generator';

/** The builtins namespace of the current run (set by runtime.ts). */
export const env: { builtins: PyDict } = { builtins: null as unknown as PyDict };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Fills a new frame's parameters, in the order of CPython 3.11's initialize_locals
 * (the **kwargs dict first, then the positional arguments, the *args tuple, the
 * keywords, and only then the checks of the counts, so a keyword error is the one
 * reported). `take(i)` yields the i-th positional argument and `takeKw(i)` the value
 * of the i-th keyword (in kw's order) as owned references: the frame keeps what it
 * binds, an extra positional argument is released at once, and when a keyword
 * cannot be bound that keyword's value and the ones after it are released (kw_fail).
 */
function bind(fn: PyFunction, f: Frame, n: number, take: (i: number) => PyObject, kw: KwArgs, takeKw: (i: number) => PyObject): void {
  const code = fn.code;
  const fast = f.fast;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const total = argcount + kwonly;
  const hasVarargs = (code.coFlags & CodeFlag.VarArgs) !== 0;
  const hasKwargs = (code.coFlags & CodeFlag.VarKeywords) !== 0;
  const name = fn.qualname;
  let kwdict: PyDict | null = null;
  if (hasKwargs) {
    kwdict = newDict();
    fast[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const npos = Math.min(n, argcount);
  for (let i = 0; i < npos; i++) fast[i] = take(i);
  if (hasVarargs) {
    if (n > argcount) {
      const extra: PyObject[] = [];
      for (let i = argcount; i < n; i++) extra.push(take(i));
      fast[total] = newTuple(extra);
    } else {
      incref(emptyTuple);
      fast[total] = emptyTuple;
    }
  } else if (n > argcount) {
    // Too many positional arguments: released now, reported after the keywords.
    for (let i = argcount; i < n; i++) decref(take(i));
  }
  if (kw !== null) {
    let i = 0;
    let error: string | null = null;
    for (const k of kw.keys()) {
      let idx = -1;
      for (let j = code.posonlyargcount; j < total; j++) {
        if (code.varnames[j] === k) {
          idx = j;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== null) {
          const key = runtime.intern(k);
          const v = takeKw(i);
          kwdict.set(key, v);
          decref(key);
          decref(v);
          i++;
          continue;
        }
        const posonly = positionalOnlyPassed(code, kw);
        error = posonly.length
          ? `${name}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`
          : `${name}() got an unexpected keyword argument '${k}'`;
        break;
      }
      if (fast[idx] !== null) {
        error = `${name}() got multiple values for argument '${k}'`;
        break;
      }
      fast[idx] = takeKw(i);
      i++;
    }
    if (error !== null) {
      // kw_fail: this keyword's value and the ones after it go, first to last.
      for (; i < kw.size; i++) decref(takeKw(i));
      throwError(TypeError, error);
    }
  }
  if (n > argcount && !hasVarargs) {
    const ndef = fn.defaults ? fn.defaults.items.length : 0;
    let kwGiven = 0;
    for (let i = argcount; i < total; i++) if (fast[i] !== null) kwGiven++;
    const takes = ndef ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`;
    const kwPart = kwGiven ? ` positional argument${n === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')}) were given` : ` ${n === 1 ? 'was' : 'were'} given`;
    throwError(
      TypeError,
      `${name}() takes ${takes} positional argument${argcount === 1 && !ndef ? '' : 's'} but ${n}${kwPart}`,
    );
  }
  if (n < argcount) {
    const defaults = fn.defaults;
    const ndef = defaults ? defaults.items.length : 0;
    const firstDefault = argcount - ndef;
    const missing: string[] = [];
    for (let i = n; i < firstDefault; i++) if (fast[i] === null) missing.push(code.varnames[i]);
    if (missing.length)
      throwError(TypeError, `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
    for (let i = Math.max(n, firstDefault); i < argcount; i++) {
      if (fast[i] !== null) continue;
      const d = defaults!.items[i - firstDefault];
      incref(d);
      fast[i] = d;
    }
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== null) continue;
      const d = fn.kwdefaults?.getStr(code.varnames[i]) ?? null;
      if (d !== null) {
        incref(d);
        fast[i] = d;
      } else missing.push(code.varnames[i]);
    }
    if (missing.length)
      throwError(TypeError, `${name}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
  }
}

/** positional_only_passed_as_keyword: the keywords naming positional-only parameters, in the parameters' order. */
function positionalOnlyPassed(code: PyCode, kw: Map<string, PyObject>): string[] {
  const found: string[] = [];
  for (let j = 0; j < code.posonlyargcount; j++) if (kw.has(code.varnames[j])) found.push(code.varnames[j]);
  return found;
}

/** Creates cells for the frame's cell variables and installs the closure's cells. */
export function setupCells(f: Frame, closure: PyTuple | null): void {
  const code = f.code;
  const base = code.varnames.length;
  const fast = f.fast;
  for (let i = 0; i < code.cellvars.length; i++) {
    const c = newCell(code.cellvars[i]);
    const a = code.cell2arg[i];
    if (a >= 0) {
      c.ref = fast[a];
      fast[a] = null;
    }
    fast[base + i] = c;
  }
  if (closure !== null) {
    const nc = code.cellvars.length;
    for (let i = 0; i < closure.items.length; i++) {
      const c = closure.items[i] as PyCell;
      incref(c);
      fast[base + nc + i] = c;
    }
  }
}

/** Runs a prepared frame to completion (or makes a generator of it). Result: new reference. */
export function runFrame(fn: PyFunction, f: Frame): PyObject {
  if (fn.code.coFlags & CodeFlag.Generator) return newGenerator(f);
  try {
    return runToEnd(f);
  } finally {
    f.release();
  }
}

/** Pushes a frame on the call stack, runs it and clears it. */
export function runToEnd(f: Frame): PyObject {
  if (runtime.depth >= ctx.recursionLimit) {
    f.clear();
    throwError(RecursionError, 'maximum recursion depth exceeded');
  }
  if (runtime.reentries >= runtime.reentryLimit) {
    f.clear();
    refuseReentry();
  }
  f.back = runtime.current;
  f.depth = runtime.depth + 1;
  runtime.current = f;
  runtime.depth++;
  runtime.reentries++;
  f.code.warmUp(); // its RESUME
  const tracer = hooks.tracer;
  let result: PyObject | null = null;
  try {
    if (tracer !== null) tracer.call(f);
    result = execute(f);
    return result;
  } finally {
    // First, and without a call: a JavaScript stack overflow cannot skip it.
    runtime.reentries--;
    if (tracer !== null) tracer.ret(f, result);
    runtime.depth--;
    runtime.current = f.back;
    f.back = null;
    f.clear();
  }
}

/** Code flags that rule out the plain call path (arguments bound one to one). */
const NOT_PLAIN = CodeFlag.VarArgs | CodeFlag.VarKeywords | CodeFlag.Generator;

/**
 * True when n positional arguments and no keywords bind one to one, the
 * missing trailing parameters taking their defaults: then none of bind()'s
 * checks can fail.
 */
export function isPlainCall(fn: PyFunction, code: PyCode, n: number, kw: KwArgs): boolean {
  if (kw !== null || code.kwonlyargcount !== 0 || (code.coFlags & NOT_PLAIN) !== 0) return false;
  const argc = code.argcount;
  if (n === argc) return true;
  return n < argc && fn.defaults !== null && n >= argc - fn.defaults.items.length;
}

/** Fills parameters n.. of a plain call from the defaults (new references). */
function fillDefaults(fn: PyFunction, fast: (PyObject | null)[], n: number, argc: number): void {
  const defaults = fn.defaults!.items;
  const first = argc - defaults.length;
  for (let i = n; i < argc; i++) {
    const d = defaults[i - first];
    incref(d);
    fast[i] = d;
  }
}

/**
 * The common call, written out in one function so that its speed does not
 * depend on what the JIT chooses to inline: positional arguments moved one to
 * one into a pooled frame, run, cleared, pooled again.
 */
function callPlain(fn: PyFunction, code: PyCode, stack: (PyObject | null)[], start: number, n: number, borrowed: boolean): PyObject {
  // Checked before the frame takes its arguments, so a refused call leaves them where they were.
  if (runtime.reentries >= runtime.reentryLimit) refuseReentry();
  const f = enterPlain(fn, code, stack, start, n, borrowed, false);
  runtime.reentries++;
  let result: PyObject | null = null;
  try {
    result = execute(f);
    return result;
  } finally {
    // First, and without a call: a JavaScript stack overflow cannot skip it.
    runtime.reentries--;
    leaveFrame(f, result);
  }
}

/** The class's `__init__` when a call to it may take the fast path (object's __new__, a Python __init__, not an exception), else null. */
function plainInitOf(t: PyType): PyFunction | null {
  // (object.__new__ is looked up here: vm/classes.ts defines it after this module loads.)
  if (t.native || t.lookup('__new__') !== objectType.dict.get('__new__') || t.isSubtype(baseExceptionType)) return null;
  const init = t.lookup('__init__');
  return init instanceof PyFunction ? init : null;
}

/**
 * Calls a user class from a caller's stack, when that is object.__new__
 * followed by a plain call of a Python __init__ (the common `Node(a, b)`):
 * the new instance is lent the callable's stack slot as `self`, so no
 * argument array is built. Returns null when the class needs the general
 * path (vm/classes.ts callType).
 */
export function constructFromStack(t: PyType, stack: (PyObject | null)[], start: number, n: number): PyObject | null {
  if (t.ctorVersion !== t.version) {
    t.ctorVersion = t.version;
    t.ctorInit = plainInitOf(t);
  }
  const init = t.ctorInit as PyFunction | null;
  if (init === null || !isPlainCall(init, init.code, n + 1, null)) return null;
  // A class has no vectorcall in 3.11: _PyObject_MakeTpCall packs the arguments first.
  const blk = beginTpCall(n, 0);
  try {
    return constructPlain(t, init, stack, start, n);
  } finally {
    endTpCall(n, 0, blk);
  }
}

/** constructFromStack once the argument tuple is made: object.__new__, then the plain __init__. */
function constructPlain(t: PyType, init: PyFunction, stack: (PyObject | null)[], start: number, n: number): PyObject {
  const obj = newInstance(t);
  const callable = stack[start - 1]!;
  stack[start - 1] = obj;
  runtime.lent.push(callable);
  let r: PyObject;
  try {
    r = callPlain(init, init.code, stack, start - 1, n + 1, true);
  } catch (e) {
    decref(obj);
    throw e;
  } finally {
    stack[start - 1] = callable;
    runtime.lent.pop();
  }
  if (r !== None) {
    const name = r.type.name;
    decref(r);
    decref(obj);
    throwError(TypeError, `__init__() should return None, not '${name}'`);
  }
  decref(r);
  return obj;
}

/**
 * The first half of a plain call (isPlainCall): a pooled frame with the
 * arguments bound, pushed on the call stack. The interpreter uses it to run
 * a Python-to-Python call inside its own loop (as CPython 3.11 does), so deep
 * recursion does not grow the JS stack. Raises RecursionError past the limit.
 */
/**
 * Enters a plain Python function: its frame on top of the stack, arguments moved (or,
 * `borrowed`, copied) from the caller's slots. `inlined` says the caller's dispatch loop
 * runs it (no builtin code between them); it is set before the tracer sees the call.
 */
export function enterPlain(fn: PyFunction, code: PyCode, stack: (PyObject | null)[], start: number, n: number, borrowed: boolean, inlined: boolean): Frame {
  // The common case stays small, so the JIT inlines it into the interpreter
  // loop: a pooled frame, arguments moved one to one, no cells, no tracer.
  const pool = code.framePool as Frame[];
  if (borrowed || pool.length === 0 || n !== code.argcount || code.cellvars.length !== 0 || fn.closure !== null || hooks.tracer !== null || runtime.depth >= ctx.recursionLimit)
    return enterPlainGeneral(fn, code, stack, start, n, borrowed, inlined);
  const f = pool.pop()!;
  f.reuseFor(fn, env.builtins);
  f.inlined = inlined;
  const fast = f.fast;
  for (let i = 0; i < n; i++) {
    fast[i] = stack[start + i];
    stack[start + i] = null;
  }
  f.back = runtime.current;
  f.depth = runtime.depth + 1;
  runtime.current = f;
  runtime.depth++;
  code.warmUp(); // its RESUME
  return f;
}

/** enterPlain for everything else: a new frame, borrowed arguments, defaults, cells, the recursion limit, the tracer. */
function enterPlainGeneral(fn: PyFunction, code: PyCode, stack: (PyObject | null)[], start: number, n: number, borrowed: boolean, inlined: boolean): Frame {
  const pool = code.framePool as Frame[];
  let f: Frame;
  if (pool.length !== 0) {
    f = pool.pop()!;
    f.reuseFor(fn, env.builtins);
  } else {
    f = new Frame(code, fn, fn.globals, env.builtins, null);
  }
  const fast = f.fast;
  if (borrowed) {
    for (let i = 0; i < n; i++) {
      const o = stack[start + i]!;
      incref(o);
      fast[i] = o;
    }
  } else {
    for (let i = 0; i < n; i++) {
      fast[i] = stack[start + i];
      stack[start + i] = null;
    }
  }
  if (n !== code.argcount) fillDefaults(fn, fast, n, code.argcount);
  if (code.cellvars.length !== 0 || fn.closure !== null) setupCells(f, fn.closure);
  if (runtime.depth >= ctx.recursionLimit) {
    f.clear();
    pool.push(f);
    throwError(RecursionError, 'maximum recursion depth exceeded');
  }
  f.back = runtime.current;
  f.depth = runtime.depth + 1;
  runtime.current = f;
  runtime.depth++;
  code.warmUp(); // its RESUME
  // Inlined before the call event: no builtin code stands between it and its caller, and the recording must see so.
  f.inlined = inlined;
  if (hooks.tracer !== null) hooks.tracer.call(f);
  return f;
}

/** The second half of a plain call: pops the frame, clears it and pools it. `result` is null when it raised. */
export function leaveFrame(f: Frame, result: PyObject | null): void {
  if (hooks.tracer !== null) hooks.tracer.ret(f, result);
  runtime.depth--;
  runtime.current = f.back;
  f.back = null;
  f.clear();
  const pool = f.code.framePool as Frame[];
  if (pool.length < FRAME_POOL_SIZE) pool.push(f);
}


/** Calls a Python function with arguments moved from a caller's stack slots. */
export function callFunctionFromStack(
  fn: PyFunction,
  stack: (PyObject | null)[],
  start: number,
  n: number,
  kw: KwArgs,
): PyObject {
  const code = fn.code;
  if (isPlainCall(fn, code, n, kw)) return callPlain(fn, code, stack, start, n, false);
  const f = Frame.acquire(code, fn, fn.globals, env.builtins);
  try {
    // The keywords' values sit on the stack after the positional arguments: the frame takes them too.
    const take = (i: number): PyObject => {
      const o = stack[start + i]!;
      stack[start + i] = null;
      return o;
    };
    bind(fn, f, n, take, kw, (i) => take(n + i));
    setupCells(f, fn.closure);
  } catch (e) {
    f.clear();
    f.release();
    throw e;
  }
  return runFrame(fn, f);
}

/** Calls a Python function with borrowed arguments (from native code). */
export function callFunction(fn: PyFunction, args: PyObject[], kw: KwArgs): PyObject {
  if (isPlainCall(fn, fn.code, args.length, kw)) return callPlain(fn, fn.code, args, 0, args.length, true);
  const f = Frame.acquire(fn.code, fn, fn.globals, env.builtins);
  try {
    bind(fn, f, args.length, (i) => {
      const o = args[i];
      incref(o);
      return o;
    }, kw, kwValueAt(kw));
    setupCells(f, fn.closure);
  } catch (e) {
    f.clear();
    f.release();
    throw e;
  }
  return runFrame(fn, f);
}

/** takeKw for borrowed keywords: a new reference to the i-th value. */
function kwValueAt(kw: KwArgs): (i: number) => PyObject {
  let values: PyObject[] | null = null;
  return (i) => {
    if (values === null) values = [...kw!.values()];
    const o = values[i];
    incref(o);
    return o;
  };
}

/** Keyword names as JS strings from a dict of str keys (for f(**d)). */
export function kwFromDict(d: PyDict): KwArgs {
  if (d.used === 0) return null;
  const kw = new Map<string, PyObject>();
  for (const [k, v] of d.entries()) {
    if (!(k instanceof PyStr)) throwError(TypeError, 'keywords must be strings');
    kw.set(k.v, v);
  }
  return kw;
}
