/**
 * Slot wrappers and method-wrappers (CPython's Objects/descrobject.c): a builtin
 * type's slot under its dunder name (`int.__add__`, a `wrapper_descriptor`, one per
 * type and name, static) and the same bound to an object (`(1).__add__`, a
 * `method-wrapper`: 32 bytes plus the GC header, holding the descriptor and `self`).
 * Neither has a vectorcall in 3.11, so every call through one goes through
 * _PyObject_MakeTpCall, which packs the arguments in a tuple; the descriptor called
 * with `self` first (`int.__add__(1, 2)`, or `x.__eq__(y)` through LOAD_METHOD) also
 * slices `self` off into a second tuple (wrapperdescr_call). The interpreter's own
 * use of a slot (`1 + 2`) calls the slot itself and makes nothing.
 *
 * Their attributes and reprs are in function-attrs.ts. Invariants: a method-wrapper holds a strong reference to `self` (its one
 * traversed reference; the descriptor is static); the tuples live for the call.
 */
import { throwError } from '../errors';
import { kwCount, packedCall, withHiddenTuple } from '../hidden-allocs';
import { born, incref } from '../memory';
import { PyObject } from '../object';
import { TypeError } from './exception';
import { boundSelfSlots, newBuiltinType, objectType, type PyMethodDescr, type KwArgs } from './type';

/** A slot wrapper bound to an object (`(1).__add__`). */
export class PyMethodWrapper extends PyObject {
  constructor(
    public readonly descr: PyMethodDescr,
    /** The receiver (a strong reference), null once cleared. */
    public self: PyObject | null,
  ) {
    super(methodWrapperType);
  }
}

/** `method-wrapper`. */
export const methodWrapperType = newBuiltinType('method-wrapper', objectType, {
  basicSize: 32,
  gcType: true,
  baseType: false,
  slots: boundSelfSlots,
});

/** Binds slot wrapper `descr` to `self` (wrapperdescr_get); new reference. */
export function newMethodWrapper(descr: PyMethodDescr, self: PyObject): PyMethodWrapper {
  return born(new PyMethodWrapper(descr, incref(self)));
}

/** Slot wrappers that take keywords (PyWrapperFlag_KEYWORDS); the others refuse them. */
const TAKES_KEYWORDS = new Set(['__init__', '__call__']);

/** Slot wrappers that take no argument (wrap_unaryfunc, wrap_lenfunc, wrap_next...: check_num_args(args, 0)). */
const NO_ARGUMENT = new Set([
  '__repr__', '__str__', '__hash__', '__iter__', '__next__', '__len__', '__bool__', '__neg__', '__pos__', '__abs__',
  '__invert__', '__int__', '__float__', '__index__', '__del__',
]);

/** Slot wrappers that unpack two arguments with PyArg_UnpackTuple(args, "", 2, 2): wrap_setattr, wrap_objobjargproc, wrap_descr_set. */
const TWO_ARGUMENTS = new Set(['__setattr__', '__setitem__', '__set__']);

/** Slot wrappers that take one or two (wrap_ternaryfunc, wrap_descr_get: PyArg_UnpackTuple(args, "", 1, 2)). */
const ONE_OR_TWO = new Set(['__pow__', '__rpow__', '__get__']);

const plural = (n: number) => (n === 1 ? '' : 's');

/** Refuses a call with the wrong number of arguments as the slot's wrapper function does. */
function checkArgumentCount(name: string, n: number): void {
  if (TAKES_KEYWORDS.has(name)) return;
  if (ONE_OR_TWO.has(name)) {
    if (n < 1) throwError(TypeError, ` expected at least 1 argument, got ${n}`);
    if (n > 2) throwError(TypeError, ` expected at most 2 arguments, got ${n}`);
    return;
  }
  if (TWO_ARGUMENTS.has(name)) {
    if (n !== 2) throwError(TypeError, ` expected 2 arguments, got ${n}`);
    return;
  }
  const expected = NO_ARGUMENT.has(name) ? 0 : 1;
  if (n !== expected) throwError(TypeError, `expected ${expected} argument${plural(expected)}, got ${n}`);
}

/** wrapperdescr_raw_call: the slot itself, on `self` and the arguments after it. */
function rawCall(descr: PyMethodDescr, self: PyObject, args: PyObject[], kw: KwArgs): PyObject {
  if (kwCount(kw) > 0 && !TAKES_KEYWORDS.has(descr.name)) throwError(TypeError, `wrapper ${descr.name}() takes no keyword arguments`);
  checkArgumentCount(descr.name, args.length);
  return descr.fn(self, args, kw);
}

/** Calls a method-wrapper (wrapper_call, through _PyObject_MakeTpCall); new reference. */
export function callMethodWrapper(w: PyMethodWrapper, args: PyObject[], kw: KwArgs): PyObject {
  const self = w.self!;
  return packedCall(args.length, kwCount(kw), () => rawCall(w.descr, self, args, kw));
}

/**
 * Calls slot wrapper `descr` on `self` and `args` (wrapperdescr_call, through
 * _PyObject_MakeTpCall): the packed tuple of `self` and the arguments, then the
 * slice without `self`; new reference.
 */
export function callSlotWrapperOn(descr: PyMethodDescr, self: PyObject, args: PyObject[], kw: KwArgs): PyObject {
  return packedCall(args.length + 1, kwCount(kw), () => {
    if (!self.type.isSubtype(descr.owner)) {
      throwError(TypeError, `descriptor '${descr.name}' requires a '${descr.owner.name}' object but received a '${self.type.name}'`);
    }
    return withHiddenTuple(args.length, () => rawCall(descr, self, args, kw));
  });
}

/** Calls slot wrapper `descr` with `self` as the first of `args` (`int.__add__(1, 2)`); new reference. */
export function callSlotWrapper(descr: PyMethodDescr, args: PyObject[], kw: KwArgs): PyObject {
  if (args.length === 0) {
    return packedCall(0, kwCount(kw), () => throwError(TypeError, `descriptor '${descr.name}' of '${descr.owner.name}' object needs an argument`));
  }
  return callSlotWrapperOn(descr, args[0]!, args.slice(1), kw);
}
