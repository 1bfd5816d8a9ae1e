/**
 * float(text) and float(int) as CPython 3.11 computes them
 * (Objects/floatobject.c PyFloat_FromString, Python/pystrtod.c,
 * Objects/longobject.c PyLong_AsDouble). The syntax is checked here, exactly
 * as CPython accepts it; the decimal-to-binary rounding is left to JS's
 * Number(), which every engine implements correctly rounded (the same result
 * as David Gay's strtod that CPython uses).
 */

import { strRepr } from './str-repr';
import { unicodeDecimalValue } from './int-text';

/** Py_UNICODE_ISSPACE for non-ASCII code points. */
function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * float(text) for a str: the double, or null where CPython raises
 * "could not convert string to float" (see invalidFloatLiteral). Accepts
 * surrounding whitespace, a sign, '_' only between digits, non-ASCII decimal
 * digits, and inf/infinity/nan in any case; no hex, no empty text.
 */
export function parseFloatText(text: string): number | null {
  let s = text;
  // _PyUnicode_TransformDecimalAndSpaceToASCII, skipped for plain ASCII.
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 127) {
      s = '';
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (cp < 127) s += ch;
        else if (isUnicodeSpace(cp)) s += ' ';
        else {
          const d = unicodeDecimalValue(cp);
          if (d < 0) return null;
          s += String.fromCharCode(48 + d);
        }
      }
      break;
    }
  }
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  s = s.slice(a, b);
  if (s.includes('_')) {
    // _Py_string_to_number_with_underscores: each '_' between two digits.
    let out = '';
    let prev = '';
    for (const ch of s) {
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9')) return null;
      } else {
        if (prev === '_' && !(ch >= '0' && ch <= '9')) return null;
        out += ch;
      }
      prev = ch;
    }
    if (prev === '_') return null;
    s = out;
  }
  if (DECIMAL.test(s)) return Number(s);
  const m = SPECIAL.exec(s);
  if (m) {
    if (m[2].toLowerCase() === 'nan') return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  return null;
}

/** CPython's ValueError message for float(text) on invalid text (full repr, no truncation). */
export function invalidFloatLiteral(text: string): string {
  return `could not convert string to float: ${strRepr(text)}`;
}

/**
 * float(v) for an int, correctly rounded half-to-even (ECMAScript defines
 * Number(bigint) exactly so). Throws RangeError when the result would
 * overflow; the caller raises OverflowError("int too large to convert to float").
 */
export function floatFromBigInt(v: bigint): number {
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw new RangeError('int too large to convert to float');
  return x;
}
