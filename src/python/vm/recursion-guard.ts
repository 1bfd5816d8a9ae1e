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

/** Charges one level; past the limit raises RecursionError with CPython's message for that check. */
export function enterRecursiveCall(where: string): void {
  if (runtime.depth >= ctx.recursionLimit) throwError(RecursionError, 'maximum recursion depth exceeded' + where);
  runtime.depth++;
}

/** Gives back the level enterRecursiveCall charged (call it in a finally). */
export function leaveRecursiveCall(): void {
  runtime.depth--;
}
