/**
 * repr(str), ascii() and str.isprintable() as CPython 3.11 computes them
 * (Objects/unicodeobject.c unicode_repr): the quote choice, the short escapes
 * \\ \' \n \r \t, and \xhh / \uhhhh / \Uhhhhhhhh for everything
 * non-printable. JS strings are UTF-16, so a valid surrogate pair is treated
 * as the single code point Python would hold, and a lone surrogate as an
 * unprintable code point of its own (repr '\ud800').
 */

import { UNPRINTABLE } from './unicode-printable';

/** Py_UNICODE_ISPRINTABLE for one code point (lone surrogates are unprintable). */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  if (cp < 0xa1) return false;
  return !UNPRINTABLE.has(cp);
}

const HEX = '0123456789abcdef';

function hexEscape(cp: number): string {
  if (cp <= 0xff) return '\\x' + HEX[cp >> 4] + HEX[cp & 15];
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** True when every unit is printable ASCII other than the quote and backslash: repr is just quoting. */
function plainAscii(s: string, quote: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c || c === quote) return false;
  }
  return true;
}

/**
 * Python's repr() of a str: single quotes unless the text contains ' and no ",
 * escapes as CPython's unicode_repr. `asciiOnly` also escapes printable
 * non-ASCII characters (ascii()).
 */
function reprImpl(s: string, asciiOnly: boolean): string {
  let quote = 0x27;
  if (s.includes("'") && !s.includes('"')) quote = 0x22;
  const q = String.fromCharCode(quote);
  if (plainAscii(s, quote)) return q + s + q;
  let out = q;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (cp >= 0x20 && cp < 0x7f && cp !== 0x5c && cp !== quote) continue;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        width = 2;
      }
    }
    let esc: string | null;
    if (cp === quote || cp === 0x5c) esc = '\\' + String.fromCharCode(cp);
    else if (cp === 0x09) esc = '\\t';
    else if (cp === 0x0a) esc = '\\n';
    else if (cp === 0x0d) esc = '\\r';
    else if (cp < 0x20 || cp === 0x7f) esc = hexEscape(cp);
    else if (!asciiOnly && isPrintableCodePoint(cp)) esc = null;
    else esc = hexEscape(cp);
    if (esc !== null) {
      out += s.slice(runStart, i) + esc;
      runStart = i + width;
    }
    i += width - 1;
  }
  return out + s.slice(runStart) + q;
}

/** repr(s) for a Python str, byte-for-byte as CPython 3.11 prints it. */
export function strRepr(s: string): string {
  return reprImpl(s, false);
}

/**
 * ascii(s) for a str: repr with every non-ASCII character escaped (CPython
 * applies backslashreplace to the repr, which yields the same escapes).
 */
export function asciiRepr(s: string): string {
  return reprImpl(s, true);
}

/** str.isprintable(): true for '' and when every code point is printable (the space counts as printable). */
export function isPrintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0x20 && cp < 0x7f) continue;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (!isPrintableCodePoint(cp)) return false;
  }
  return true;
}

/** Characters of a str the diagram's value text shows; the rest is cut to `…`. */
export const STR_TEXT_LENGTH = 40;

/** A str's value text in the diagram: its repr, cut after STR_TEXT_LENGTH characters. */
export function strValueText(v: string): string {
  const cut = v.length > STR_TEXT_LENGTH;
  const r = strRepr(cut ? v.slice(0, STR_TEXT_LENGTH) : v);
  return cut ? r.slice(0, -1) + '…' + r.slice(-1) : r;
}
