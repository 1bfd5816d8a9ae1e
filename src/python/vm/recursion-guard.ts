/**
 * CPython 3.11 keeps one recursion counter per thread (recursion_remaining)
 * and charges it both for each Python frame and for each C-level
 * Py_EnterRecursiveCall: PyObject_Repr, PyObject_Str, PyObject_RichCompare,
 * and every call of a builtin function or method (cfunction_enter_call) or of
 * an object without vectorcall (_PyObject_MakeTpCall: a class, an instance
 * with __call__). So a __repr__ that reprs its own instance through repr()
 * stops after about 333 levels, an __eq__ recursing through == after about
 * 499, and the message names the check that ran out ("... while getting the
 * repr of an object"). The engine's runtime.depth is that one counter.
 *
 * A second, engine-only limit counts the Python functions that native code
 * runs (a special method, a key function, a class's __init__): each holds its
 * own interpreter loop on the JavaScript stack, which a browser's Web Worker
 * cannot enlarge. Past runtime.reentryLimit of them the call raises
 * RecursionError before the stack runs out, at the same depth every time
 * (a JavaScript stack overflow strikes where the JIT's frame sizes of the
 * moment put it, and may strike again inside the clean-up of the frames it
 * unwinds). Plain Python-to-Python calls run inside one loop and are not
 * counted. README's Limits section documents the value.
 */
import { ctx } from '../context';
import { throwError } from '../errors';
import { RecursionError } from '../types/exception';
import { runtime } from './state';

/** _Py_EnterRecursiveCall's messages (the `where` suffix). */
export const IN_REPR = ' while getting the repr of an object';
export const IN_STR = ' while getting the str of an object';
export const IN_COMPARISON = ' in comparison';
export const IN_CALL = ' while calling a Python object';

/**
 * How many Python functions run by native code may be running at once by
 * default (the module's frame is the first). Chromium's Web Worker, with the
 * recorder on and the JIT cold, held about 225 levels of a __repr__ recursing
 * through repr() (11 JavaScript frames a level), 288 of __len__, 322 of __eq__
 * and 438 of __getattr__ in one measurement, but fewer than 200 of __repr__ in
 * another: the recorder's census and its batches posted to the page take stack
 * at the deepest point too, more or less as timing has it. 150 leaves a third
 * of the stack spare. README, Limits, documents the value.
 */
export const DEFAULT_REENTRY_LIMIT = 150;

/**
 * The same limit for a run on a 16 MB stack (scripts/py.mjs, the fuzzer's
 * engine): there the deepest such recursion measured, a sort key calling
 * sorted() again at about 3.5 KB of JavaScript stack a level before the JIT
 * warms up, reaches 4,600 levels. So CPython's own recursion limit, 1000,
 * always stops it first, as in CPython, unless the program raises that limit.
 */
export const REENTRY_LIMIT_16MB = 3000;

/** Charges one level; past the limit raises RecursionError with CPython's message for that check. */
export function enterRecursiveCall(where: string): void {
  if (runtime.depth >= ctx.recursionLimit) throwError(RecursionError, 'maximum recursion depth exceeded' + where);
  runtime.depth++;
}

/** Gives back the level enterRecursiveCall charged (call it in a finally). */
export function leaveRecursiveCall(): void {
  runtime.depth--;
}

/**
 * Raises the RecursionError for a Python frame that native code would run
 * while runtime.reentries is at runtime.reentryLimit. The callers check, count
 * and uncount inline (vm/call.ts), so the uncounting in their `finally` makes
 * no call that a JavaScript stack overflow could cut short.
 */
export function refuseReentry(): never {
  // CPython's own check for this case (_Py_EnterRecursiveCall in _PyObject_Call and the slot wrappers) names the call.
  throwError(RecursionError, 'maximum recursion depth exceeded' + IN_CALL);
}
