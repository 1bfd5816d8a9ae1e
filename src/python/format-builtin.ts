/**
 * The builtin types' own `__format__` (str, int, bool, float): their text, and what
 * CPython makes on the way to it, which moves the allocator and generation 0's count
 * as CPython's does: int.__format__ off its fast path writes the digits to a str of
 * their own first, an int formatted as a float becomes a float, a one-character
 * result is the cached character and the writer's own str for it goes.
 */
import { throwError } from './errors';
import { FreeList } from './free-lists';
import { heap, incref, makeStatic } from './memory';
import type { PyObject } from './object';
import { str as strOf } from './ops';
import { FLOAT_SPEC, FormatError, formatFloat, formatInt, formatStr, INT_SPEC, parseFormatSpec } from './text/format-spec';
import { OverflowError, TypeError, ValueError } from './types/exception';
import { PyFloat } from './types/float';
import { False, intType, intValueBig, PyInt, PyLong, True } from './types/int';
import { newStr, PyStr, strSize, strType } from './types/str';

/** Runs a format-spec engine call, turning its FormatError into the Python exception. */
function specCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FormatError) {
      const type = e.pyType === 'OverflowError' ? OverflowError : e.pyType === 'TypeError' ? TypeError : ValueError;
      throwError(type, e.message);
    }
    throw e;
  }
}

/** The static strings bool_repr returns (&_Py_ID(True), &_Py_ID(False)): never a new object (none_repr makes one). */
const STATIC_TEXTS = new Map<PyObject, PyStr>();

/** The static str that str() and repr() of True or False return; null for any other object. */
export function staticText(o: PyObject): PyStr | null {
  if (o !== True && o !== False) return null;
  let s = STATIC_TEXTS.get(o);
  if (s === undefined) STATIC_TEXTS.set(o, (s = makeStatic(new PyStr(o === True ? 'True' : 'False'))));
  return s;
}

/**
 * The builtin `__format__` of str, int, bool and float (a new reference), or
 * null for any other object. An exact str comes back itself when the spec leaves
 * it unchanged, as CPython's fast path does. What CPython makes on
 * the way (scratchOf) is taken before the result and freed after it.
 */
export function builtinFormat(o: PyObject, spec: string): PyObject | null {
  if (!(o instanceof PyStr || o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat)) return null;
  // (An empty spec formats a bool as str() does: the static 'True' or 'False'.)
  const fixed = spec === '' ? staticText(o) : null;
  if (fixed !== null) return incref(fixed);
  if (o instanceof PyStr) {
    const text = specCall(() => formatStr(o.v, spec));
    // format_string_internal's fast path (no width past the length, no precision short of it) writes the str as it is.
    if (o.type === strType && text === o.v) return incref(o);
    const buffer = oneCharBuffer(text);
    const r = newStr(text);
    if (buffer >= 0) heap.hiddenFree(FreeList.None, strSize(text), buffer);
    return r;
  }
  if (spec === '') return newStr(o instanceof PyFloat ? specCall(() => formatFloat(o.v, '', o.type.name)) : strOf(o));
  return formatNumber(o, spec, newStr, true);
}

/**
 * An int or float formatted with a spec that is not empty, as `make` turns the text
 * into what it returns: with what CPython makes on the way (scratchOf) taken before
 * and freed after. With `ownWriter` (PyObject_Format's own writer, not a template's),
 * a one-character result is the cached character, and the str the writer made for it
 * is freed last.
 */
export function formatNumber<T>(o: PyInt | PyLong | PyFloat, spec: string, make: (text: string) => T, ownWriter: boolean): T {
  const scratch = specCall(() => scratchOf(o, spec));
  let buffer = -1;
  let text = '';
  try {
    text = specCall(() => (o instanceof PyFloat ? formatFloat(o.v, spec, o.type.name) : formatInt(intValueBig(o), spec, o.type.name)));
    // (A float's fast path writes its digits as a str made from them, which for one is the cached
    // character: only its slow path, which made the digits' str, and an int's paths have a writer's str.)
    const took = (kind: FreeList) => scratch.some((x, k) => k % 3 === 0 && x === kind);
    const floatPath = o instanceof PyFloat || took(FreeList.Float);
    if (ownWriter && (!floatPath || took(FreeList.None))) buffer = oneCharBuffer(text);
    return make(text);
  } finally {
    for (let k = scratch.length - 3; k >= 0; k -= 3) heap.hiddenFree(scratch[k] as FreeList, scratch[k + 2]!, scratch[k + 1]!);
    if (buffer >= 0) heap.hiddenFree(FreeList.None, strSize(text), buffer);
  }
}

/**
 * A writer's result of one Latin-1 character is the cached character
 * (_PyUnicodeWriter_Finish), and the str the writer made for it goes: takes that
 * str's block, for the caller to free once the result is made; -1 for any other text.
 */
function oneCharBuffer(text: string): number {
  return text.length === 1 && text.charCodeAt(0) < 256 ? heap.hiddenTake(FreeList.None, strSize(text)) : -1;
}

/** A float object's size (the temporary float of an int formatted with a float type). */
const FLOAT_BYTES = 24;

/**
 * What int.__format__ and float.__format__ make on the way to their result, as
 * (free list, block, bytes) triples in the order taken: outside its fast path (a width, a '+' or
 * ' ' sign, grouping, type 'n'; for an int also type 'X' or an int subclass such as
 * bool) the number's text is first made as a str of its own (_PyLong_Format, with its
 * base's prefix; a float's digits from PyOS_double_to_string, unless just one), freed once the result
 * is made; an int formatted with a float type is first made a float (PyNumber_Float).
 * Nothing for a spec whose formatting stops earlier ('c', a precision given an int).
 */
function scratchOf(o: PyInt | PyLong | PyFloat, spec: string): number[] {
  const isFloat = o instanceof PyFloat;
  const f = parseFormatSpec(spec, { ...(isFloat ? FLOAT_SPEC : INT_SPEC), typeName: o.type.name });
  const out: number[] = [];
  const take = (kind: FreeList, bytes: number) => out.push(kind, heap.hiddenTake(kind, bytes), bytes);
  const slow = f.sign === '+' || f.sign === ' ' || f.width !== -1 || f.type === 'n' || f.grouping !== '';
  if (!isFloat && 'bdoxXn'.includes(f.type)) {
    if (f.precision !== -1 || !(slow || f.type === 'X' || o.type !== intType)) return out;
    const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
    const v = intValueBig(o);
    const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
    take(FreeList.None, strSize(`${v < 0n ? '-' : ''}${prefix}${(v < 0n ? -v : v).toString(base)}`));
    return out;
  }
  if (!isFloat && !'eEfFgG%'.includes(f.type)) return out;
  if (!isFloat) take(FreeList.Float, FLOAT_BYTES);
  if (slow) {
    // The digits as PyOS_double_to_string gives them: the type, precision and '#' and 'z' options, nothing else.
    const bare = `${f.alternate ? '#' : ''}${f.noNegZero ? 'z' : ''}${f.precision >= 0 ? '.' + f.precision : ''}${f.type === 'n' ? 'g' : f.type}`;
    const digits = formatFloat(isFloat ? o.v : Number(intValueBig(o)), bare, o.type.name);
    // (Made by _PyUnicode_FromASCII: one digit is the cached character.)
    if (digits.length > 1) take(FreeList.None, strSize(digits));
  }
  return out;
}

