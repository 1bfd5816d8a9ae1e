/**
 * Calls with `*args` / `**kwargs` (CALL_FUNCTION_EX and the DICT_MERGE that
 * builds its keywords), with CPython 3.11's checks and messages, which name
 * the callee as `_PyObject_FunctionStr` does (`__main__.f()`, `len()`).
 */
import { callObject, getAttrOrNull, toArray } from '../abstract';
import { isPyError, throwError } from '../errors';
import type { PyList } from '../types/list';
import { runtime } from './state';
import { decref } from '../memory';
import { beginVarargs, clearPackedArgs, endVarargs, isVarargsFunction, kwCount, passPackedArgs, TP_CALL_TYPES } from '../hidden-allocs';
import { PyType } from '../object';
import { baseExceptionType } from '../types/exception';
import { PyBuiltinFunction, PyMethodDescr } from '../types/type';
import { PyMethodWrapper } from '../types/method-wrapper';
import type { PyObject } from '../object';
import { dictType, PyDict } from '../types/dict';
import { TypeError } from '../types/exception';
import { PyStr } from '../types/str';
import { PyTuple, tupleType } from '../types/tuple';
import type { KwArgs } from '../types/type';
import { dictMergeKwargs } from '../types/containers';

/** _PyObject_FunctionStr: "module.qualname()", "qualname()" for builtins, else str(f). */
export function functionStr(f: PyObject): string {
  const q = getAttrOrNull(f, '__qualname__');
  if (!(q instanceof PyStr)) {
    if (q !== null) decref(q);
    return f.type.name;
  }
  const m = getAttrOrNull(f, '__module__');
  const mod = m instanceof PyStr && m.v !== 'builtins' ? m.v + '.' : '';
  if (m !== null) decref(m);
  decref(q);
  return `${mod}${q.v}()`;
}

/** check_args_iterable: whether `*o` in a call can iterate it (tp_iter or a sequence). */
function isStarIterable(o: PyObject): boolean {
  const t = o.type;
  if (t.lookup('__iter__') !== null) return true;
  return t.lookup('__getitem__') !== null && !t.isSubtype(dictType);
}

/** DICT_MERGE: `**other` into the call's keyword dict, naming `fn` in its errors (format_kwargs_error). */
export function mergeCallKwargs(fn: PyObject, d: PyDict, other: PyObject): void {
  dictMergeKwargs(d, other, () => functionStr(fn));
}

/** LIST_EXTEND (`[*x]`, `f(a, *x)`): CPython names a non-iterable "Value after *". */
export function extendStarred(l: PyList, v: PyObject): void {
  try {
    runtime.listExtend(l, v);
  } catch (e) {
    if (isPyError(e, TypeError) && !isStarIterable(v)) {
      e.drop();
      throwError(TypeError, `Value after * must be an iterable, not ${v.type.name}`);
    }
    throw e;
  }
}

/** CALL_FUNCTION_EX: fn(*args, **kwargs) with borrowed operands; a new reference. */
export function callEx(fn: PyObject, args: PyObject, kwargs: PyDict | null): PyObject {
  let items: PyObject[];
  let owned = false;
  if (args instanceof PyTuple && args.type === tupleType) items = args.items;
  else {
    if (!isStarIterable(args))
      throwError(TypeError, `${functionStr(fn)} argument after * must be an iterable, not ${args.type.name}`);
    items = toArray(args);
    owned = true;
  }
  // PySequence_Tuple: a starred non-tuple becomes a tuple, freed after the call.
  const tupleBlk = owned ? beginVarargs(items.length) : -1;
  try {
    let kw: KwArgs = null;
    if (kwargs !== null && kwargs.used !== 0) {
      kw = new Map();
      for (const [k, v] of kwargs.entries()) {
        if (!(k instanceof PyStr)) throwError(TypeError, 'keywords must be strings');
        kw.set(k.v, v);
      }
    }
    return callWithTupleAndDict(fn, items, kw);
  } finally {
    if (owned) {
      endVarargs(items.length, tupleBlk);
      for (const x of items) decref(x);
    }
  }
}

/**
 * PyObject_Call with CALL_FUNCTION_EX's tuple and dict: a callee with tp_call (a class,
 * a builtin type without vectorcall, a METH_VARARGS function) takes them as they are, so
 * its packing makes nothing; a vectorcall callee given keywords gets them unpacked
 * (_PyStack_UnpackDict: a tuple of their names, freed after the call).
 */
export function callWithTupleAndDict(fn: PyObject, items: PyObject[], kw: KwArgs): PyObject {
  // (An instance's __call__ gets the dict unpacked as a vectorcall callee does: slot_tp_call.)
  const tpCall =
    fn instanceof PyType
      ? fn.native
        ? TP_CALL_TYPES.has(fn.name)
        : !fn.isSubtype(baseExceptionType)
      : (fn instanceof PyBuiltinFunction && isVarargsFunction(fn.fn)) || fn instanceof PyMethodWrapper || (fn instanceof PyMethodDescr && fn.isSlotWrapper);
  if (tpCall) {
    passPackedArgs();
    try {
      return callObject(fn, items, kw);
    } finally {
      clearPackedArgs();
    }
  }
  const nkw = kwCount(kw);
  const blk = nkw > 0 ? beginVarargs(nkw) : -1;
  try {
    return callObject(fn, items, kw);
  } finally {
    if (nkw > 0) endVarargs(nkw, blk);
  }
}

