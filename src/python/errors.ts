/**
 * Raising Python exceptions from native code. A raised exception travels as a
 * JS throw of `PyThrow` (not an Error, so no JS stack is captured); anything
 * else that reaches the interpreter loop is an engine bug and is reported as
 * an InternalError naming the line being run.
 *
 * Native code raises as CPython's C code does with PyErr_SetString and
 * PyErr_Format: only the type and the message exist at first (the thread
 * state's unnormalized `(type, value, traceback)`). The instance and its
 * `args` tuple are made when the exception is normalized: when the
 * interpreter hands it to a handler (exception_unwind), when native code needs
 * the instance (`PyThrow.exc`), or at once if another exception is being
 * handled (_PyErr_SetObject normalizes to chain it). So the call's packed
 * argument tuple, and the stack the unwinding frees, are freed first, and
 * `args` takes the block of the tuple freed last.
 */
import { PyObject, PyType } from './object';
import { decref, xdecref } from './memory';
import { newException, PyException, type TracebackEntry } from './types/exception';
import { newStr } from './types/str';
import { newTuple } from './types/tuple';
import { runtime } from './vm/state';

/** An exception raised lazily and not yet made: what CPython's thread state holds before normalizing it. */
class Unmade {
  /** Traceback lines and objects added while the instance does not exist (moved to it when it is made). */
  traceback: TracebackEntry[] = [];
  tb: PyObject | null = null;
  /** `value`: the message, or with `isArgs` the args tuple itself (owned). */
  constructor(
    readonly type: PyType,
    readonly value: PyObject,
    readonly isArgs = false,
  ) {}
}

/** A Python exception in flight; the exception (or, before it is made, its message and traceback) is owned. */
export class PyThrow {
  /** Set by the VM while a bare `raise` or a finally block re-raises it (no new traceback line). */
  reraise = false;
  /** Set once the exception has left a frame (its context is then fixed). */
  fromFrame = false;
  private made: PyException | null;
  private unmade: Unmade | null = null;

  constructor(exc: PyException | null) {
    this.made = exc;
  }

  /** PyErr_SetString: raises `type` with message `msg` (stolen), the instance left to normalization. */
  static lazy(type: PyType, msg: PyObject): PyThrow {
    const t = new PyThrow(null);
    t.unmade = new Unmade(type, msg);
    return t;
  }

  /**
   * _PyErr_SetObject with a tuple value (as _PyErr_SetKeyError raises): the tuple (stolen) is
   * made now and becomes the instance's `args` when the exception is normalized.
   */
  static lazyArgs(type: PyType, args: PyObject): PyThrow {
    const t = new PyThrow(null);
    t.unmade = new Unmade(type, args, true);
    return t;
  }

  /** The exception instance (owned by this throw), made now if it was raised lazily (PyErr_NormalizeException). */
  get exc(): PyException {
    return this.made !== null ? this.made : this.normalize();
  }

  /** The exception's type, without making the instance (PyErr_ExceptionMatches). */
  get type(): PyType {
    return this.made !== null ? this.made.type : this.unmade!.type;
  }

  /**
   * Where the traceback gathers: the instance's `traceback` and `tb`, or this throw's own
   * until the instance is made (PyTraceBack_Here on an unnormalized exception).
   */
  get tracebackHolder(): { traceback: TracebackEntry[]; tb: PyObject | null } {
    return this.made !== null ? this.made : this.unmade!;
  }

  /** The objects this throw holds, with nothing made (what a trace step shows in flight). */
  held(): PyObject[] {
    if (this.made !== null) return [this.made];
    const u = this.unmade;
    if (u === null) return [];
    return u.tb !== null ? [u.value, u.tb] : [u.value];
  }

  /**
   * PyErr_Clear: drops the exception without making it (a lazily raised one never gets an
   * instance). The throw is spent.
   */
  drop(): void {
    const e = this.made;
    const u = this.unmade;
    this.made = null;
    this.unmade = null;
    if (e !== null) decref(e);
    else if (u !== null) {
      decref(u.value);
      xdecref(u.tb);
    }
  }

  /**
   * _PyErr_CreateException with the message: calling the type with one argument packs it
   * in a tuple (from the free list when it can), which becomes `args` (a tuple value is
   * `args` as it is); then the instance, which takes the traceback gathered so far.
   */
  private normalize(): PyException {
    const u = this.unmade!;
    this.unmade = null;
    const e = newException(u.type, u.isArgs ? (u.value as ReturnType<typeof newTuple>) : newTuple([u.value]));
    e.traceback = u.traceback;
    e.tb = u.tb;
    this.made = e;
    return e;
  }
}

/** Builds an exception instance whose args are `(msg,)`. */
export function newError(type: PyType, msg: string): PyException {
  return newException(type, newTuple([newStr(msg)]));
}

/** Builds an exception instance with no arguments. */
export function newBareError(type: PyType): PyException {
  return newException(type, newTuple([]));
}

/**
 * Raises `type(msg)` as PyErr_SetString / PyErr_Format do: lazily, the instance made when the
 * exception is normalized; at once while another exception is being handled, as
 * _PyErr_SetObject normalizes to chain it.
 */
export function throwError(type: PyType, msg: string): never {
  const t = PyThrow.lazy(type, newStr(msg));
  if (runtime.handled !== null) void t.exc;
  throw t;
}

/**
 * Raises `type` with the args tuple `args` (stolen) as _PyErr_SetObject does with a tuple
 * value: the tuple exists now, the instance is made when the exception is normalized (at
 * once while another exception is being handled).
 */
export function throwLazyArgs(type: PyType, args: PyObject): never {
  const t = PyThrow.lazyArgs(type, args);
  if (runtime.handled !== null) void t.exc;
  throw t;
}

/** Raises an exception built with the given args (references stolen). */
export function throwWithArgs(type: PyType, args: PyObject[]): never {
  throw new PyThrow(newException(type, newTuple(args)));
}

/** True when a JS value caught by native code is a Python exception of (a subclass of) `type`. */
export function isPyError(e: unknown, type: PyType): e is PyThrow {
  return e instanceof PyThrow && e.type.isSubtype(type);
}

/**
 * How CPython's argument parsing (_PyArg_BadArgument) names a wrong
 * argument's type: "None" for None, the type's name otherwise.
 */
export function argTypeName(o: PyObject): string {
  return o.type.name === 'NoneType' ? 'None' : o.type.name;
}
