/**
 * Raising Python exceptions from native code. A raised exception travels as a
 * JS throw of `PyThrow` (not an Error, so no JS stack is captured); anything
 * else that reaches the interpreter loop is an engine bug and is reported as
 * an InternalError naming the line being run.
 */
import { PyObject, PyType } from './object';
import { newException, PyException } from './types/exception';
import { newStr } from './types/str';
import { newTuple } from './types/tuple';

/** A Python exception in flight; `exc` is an owned reference. */
export class PyThrow {
  /** Set by the VM while a bare `raise` or a finally block re-raises it (no new traceback line). */
  reraise = false;
  /** Set once the exception has left a frame (its context is then fixed). */
  fromFrame = false;
  constructor(public exc: PyException) {}
}

/** Builds an exception instance whose args are `(msg,)`. */
export function newError(type: PyType, msg: string): PyException {
  return newException(type, newTuple([newStr(msg)]));
}

/** Builds an exception instance with no arguments. */
export function newBareError(type: PyType): PyException {
  return newException(type, newTuple([]));
}

/** Raises `type(msg)`. */
export function throwError(type: PyType, msg: string): never {
  throw new PyThrow(newError(type, msg));
}

/** Raises an exception built with the given args (references stolen). */
export function throwWithArgs(type: PyType, args: PyObject[]): never {
  throw new PyThrow(newException(type, newTuple(args)));
}

/** True when a JS value caught by native code is a Python exception of (a subclass of) `type`. */
export function isPyError(e: unknown, type: PyType): e is PyThrow {
  return e instanceof PyThrow && e.exc.type.isSubtype(type);
}

/**
 * How CPython's argument parsing (_PyArg_BadArgument) names a wrong
 * argument's type: "None" for None, the type's name otherwise.
 */
export function argTypeName(o: PyObject): string {
  return o.type.name === 'NoneType' ? 'None' : o.type.name;
}
