/**
 * str: an immutable sequence of code points stored as a JS string (UTF-16).
 *
 * Invariants: `cpLen` is the length in code points once known (-1 before);
 * the empty string and one-character Latin-1 strings made at run time are the
 * shared objects from `charStr`; identifier-like constants are interned through
 * `intern` (one object per text, shared, never freed).
 */
import { born, makeStatic, incref } from '../memory';
import { Flag, PyObject } from '../object';
import { newBuiltinType } from './type';

/** `str`. */
export const strType = newBuiltinType('str', undefined, { basicSize: 49 });

/** A str object. */
export class PyStr extends PyObject {
  /** Cached hash, or -1. */
  h = -1;
  /** Length in code points, or -1 until computed. */
  cpLen = -1;
  constructor(public v: string) {
    super(); // the header is written here: see PyObject's constructor
    this.type = strType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.size = 0;
  }
}

/** Bytes CPython 3.11 uses for a str with this text (compact ASCII / Latin-1 / UCS-2 / UCS-4). */
export function strSize(s: string): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 128) return 49 + s.length;
  let cps = 0;
  let astral = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      i++;
    }
    cps++;
  }
  if (astral) return 76 + 4 * (cps + 1);
  if (max < 256) return 73 + cps + 1;
  return 74 + 2 * (cps + 1);
}

const CHARS: PyStr[] = [];
for (let i = 0; i < 256; i++) {
  const s = makeStatic(new PyStr(String.fromCharCode(i)));
  s.cpLen = 1;
  CHARS.push(s);
}
/** The shared empty string. */
export const emptyStr: PyStr = makeStatic(new PyStr(''));
emptyStr.cpLen = 0;

const interned = new Map<string, PyStr>();

/** The shared one-character string for a Latin-1 code (borrowed). */
export function charStr(code: number): PyStr {
  return CHARS[code];
}

/** A new reference to a str with this text; "" and one Latin-1 char give the shared objects. */
export function newStr(s: string): PyStr {
  const n = s.length;
  if (n <= 1) {
    const o = n === 0 ? emptyStr : s.charCodeAt(0) < 256 ? CHARS[s.charCodeAt(0)] : null;
    if (o !== null) {
      incref(o);
      return o;
    }
  }
  return born(new PyStr(s), strSize(s));
}

/**
 * A new str object even for one Latin-1 character ("" stays the shared empty
 * string): what CPython's PyUnicode_New-built results are (case mapping,
 * replace, join of several pieces, padding, an int's decimal text), where
 * only substrings, indexing and writer-built results go through the
 * one-character cache.
 */
export function freshStr(s: string): PyStr {
  if (s.length === 0) return newStr(s);
  return born(new PyStr(s), strSize(s));
}

/** The interned string for this text (a new reference); identifier constants and `sys.intern` use it. */
export function intern(s: string): PyStr {
  if (s.length <= 1) return newStr(s);
  let o = interned.get(s);
  if (o === undefined) {
    o = makeStatic(new PyStr(s));
    o.flags |= Flag.Interned;
    interned.set(s, o);
  }
  incref(o);
  return o;
}

/** The interned object for a text if one exists. */
export function internedOf(s: string): PyStr | undefined {
  return interned.get(s);
}

/** Interns an existing str object (sys.intern): returns the canonical one (new reference). */
export function internObject(o: PyStr): PyStr {
  const existing = interned.get(o.v);
  if (existing !== undefined) {
    incref(existing);
    return existing;
  }
  // The argument becomes the canonical copy; it stays alive as CPython's interned dict keeps it.
  o.flags |= Flag.Interned | Flag.Shared;
  interned.set(o.v, o);
  incref(o);
  return o;
}

/** Length in code points (cached). */
export function strLen(o: PyStr): number {
  if (o.cpLen >= 0) return o.cpLen;
  const s = o.v;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  o.cpLen = n;
  return n;
}

/** True when the JS string has no surrogate pairs (so UTF-16 indexes are code-point indexes). */
export function isBmpOnly(o: PyStr): boolean {
  return strLen(o) === o.v.length;
}
