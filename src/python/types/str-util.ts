/**
 * Helpers shared by str's slot and method files: identity-preserving results,
 * code-point/UTF-16 index conversion, and CPython's index-argument rules.
 */
import { asIndex } from '../abstract';
import { throwError } from '../errors';
import { incref } from '../memory';
import { PyObject } from '../object';
import { OverflowError, TypeError, ValueError } from './exception';
import { PyInt, PyLong } from './int';
import { None } from './none';
import { charStr, newStr, PyStr, strType } from './str';
import type { KwArgs } from './type';

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** True when every character of `s` is ASCII (PyUnicode_IS_ASCII, str.isascii). */
export function isAsciiText(s: string): boolean {
  return ASCII.test(s);
}

/** True for an object of exactly type str (CPython's PyUnicode_CheckExact). */
export function isExactStr(o: PyObject): o is PyStr {
  return o instanceof PyStr && o.type === strType;
}

/** `self` itself when the text is unchanged and self is an exact str, else a new str. */
export function sameOrNew(self: PyStr, text: string): PyStr {
  if (text === self.v && self.type === strType) return incref(self);
  return newStr(text);
}

/** UTF-16 offset of code point index `cp` (strings without astral characters map 1:1). */
export function unitIndex(s: string, cp: number, bmp: boolean): number {
  if (bmp) return cp;
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset `u`. */
export function cpIndex(s: string, u: number, bmp: boolean): number {
  if (bmp) return u;
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < u) i++;
    n++;
  }
  return n;
}

/** A one-code-point str (shared for Latin-1), as indexing and iteration produce. */
export function charObject(cp: number): PyStr {
  if (cp < 256) return incref(charStr(cp));
  return newStr(String.fromCodePoint(cp));
}

/** CPython's _PyEval_SliceIndex: None → null; ints (clamped) and __index__ objects → number. */
export function sliceIndex(o: PyObject): number | null {
  if (o === None) return null;
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyLong) return o.v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  if (!o.type.native && o.type.lookup('__index__') !== null) return asIndex(o);
  throwError(TypeError, 'slice indices must be integers or None or have an __index__ method');
}

/** ADJUST_INDICES of the find family: clamps start/end (null = default) to 0..len. */
export function adjustRange(start: number | null, end: number | null, len: number): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

/** An `__index__`-able argument as a JS number, with CPython's TypeError and OverflowError. */
export function indexArg(o: PyObject): number {
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyLong) {
    if (o.v > 9223372036854775807n || o.v < -9223372036854775808n)
      throwError(OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(o.v);
  }
  if (!o.type.native && o.type.lookup('__index__') !== null) return asIndex(o);
  throwError(TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** Compares by code point (JS compares UTF-16 units, which differs for astral characters). */
export function compareText(x: string, y: string): number {
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  let i = 0;
  while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (i === n) return x.length - y.length;
  return x.codePointAt(i)! - y.codePointAt(i)!;
}

/** A slice object as types/slice.ts defines it (read by shape so this file does not depend on it). */
export interface SliceLike {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
}

export function isSlice(k: PyObject): k is PyObject & SliceLike {
  return k.type.name === 'slice' && k.type.native && 'step' in k;
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength] for a sequence of `len`. */
export function sliceIndices(k: SliceLike, len: number): [number, number, number, number] {
  let step = sliceIndex(k.step) ?? 1;
  if (step === 0) throwError(ValueError, 'slice step cannot be zero');
  const s0 = sliceIndex(k.start);
  const e0 = sliceIndex(k.stop);
  let start: number;
  let stop: number;
  if (s0 === null) start = step < 0 ? len - 1 : 0;
  else {
    start = s0 < 0 ? s0 + len : s0;
    if (start < 0) start = step < 0 ? -1 : 0;
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (e0 === null) stop = step < 0 ? -1 : len;
  else {
    stop = e0 < 0 ? e0 + len : e0;
    if (stop < 0) stop = step < 0 ? -1 : 0;
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  if (step > Number.MAX_SAFE_INTEGER) step = Number.MAX_SAFE_INTEGER;
  return [start, stop, step, n];
}


// ---------------------------------------------------------------- argument checks
// str's methods come from three generations of CPython argument parsing, and
// their error messages differ accordingly; each helper reproduces one style.

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Rejects keyword arguments the way a vectorcall method does (`str.center() takes no keyword arguments`). */
export function noKw(name: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throwError(TypeError, `str.${name}() takes no keyword arguments`);
}

/** `str.upper() takes no arguments (1 given)`. */
export function noArgs(name: string, args: PyObject[], kw: KwArgs): void {
  noKw(name, kw);
  if (args.length !== 0) throwError(TypeError, `str.${name}() takes no arguments (${args.length} given)`);
}

/** `str.join() takes exactly one argument (0 given)`. */
export function oneArg(name: string, args: PyObject[], kw: KwArgs): PyObject {
  noKw(name, kw);
  if (args.length !== 1) throwError(TypeError, `str.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic's positional range: `center expected at least 1 argument, got 0`. */
export function rangeArgs(name: string, args: PyObject[], kw: KwArgs, min: number, max: number): void {
  noKw(name, kw);
  const n = args.length;
  if (n < min) throwError(TypeError, `${name} expected at least ${plural(min, 'argument')}, got ${n}`);
  if (n > max) throwError(TypeError, `${name} expected at most ${plural(max, 'argument')}, got ${n}`);
}

/** PyArg_ParseTuple's range: `count() takes at least 1 argument (0 given)`. */
export function tupleArgs(name: string, args: PyObject[], kw: KwArgs, min: number, max: number): void {
  noKw(name, kw);
  const n = args.length;
  if (n < min) throwError(TypeError, `${name}() takes at least ${plural(min, 'argument')} (${n} given)`);
  if (n > max) throwError(TypeError, `${name}() takes at most ${plural(max, 'argument')} (${n} given)`);
}

/** Argument Clinic with keywords (split, splitlines, expandtabs, encode): one slot per name, null when absent. */
export function kwArgs(name: string, args: PyObject[], kw: KwArgs, names: string[]): (PyObject | null)[] {
  const nkw = kw === null ? 0 : kw.size;
  const total = args.length + nkw;
  if (total > names.length) {
    const what = args.length === 0 ? 'keyword argument' : 'argument';
    throwError(TypeError, `${name}() takes at most ${plural(names.length, what)} (${total} given)`);
  }
  const out: (PyObject | null)[] = names.map((_, i) => args[i] ?? null);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throwError(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
      if (i < args.length) throwError(TypeError, `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}
