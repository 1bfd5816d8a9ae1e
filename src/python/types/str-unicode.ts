/**
 * Character classes and case mappings of str methods, per code point, as
 * CPython 3.11 (Unicode 14) answers them. The JS engine's own Unicode tables
 * (regex property escapes, toUpperCase/toLowerCase) do most of the work; the
 * small tables below are the places where Python's definitions differ from
 * the JS properties (measured against python3 over every code point).
 * ASCII takes table-free fast paths since nearly all text is ASCII.
 */

import { unicodeDecimalValue } from '../text/int-text';
import { isPrintableCodePoint } from '../text/str-repr';

const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_ID_START = /^\p{XID_Start}$/u;
const RE_ID_CONT = /^\p{XID_Continue}$/u;

/** Parses "a-b,c" hex ranges into a sorted flat [lo, hi, lo, hi...] array. */
function ranges(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-');
    out.push(parseInt(a, 16), parseInt(b ?? a, 16));
  }
  return out;
}

function inRanges(r: number[], cp: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Numeric_Type=Digit characters that are not Nd (superscripts, circled digits...).
const DIGIT_EXTRA = ranges(
  'b2-b3,b9,1369-1371,19da,2070,2074-2079,2080-2089,2460-2468,2474-247c,2488-2490,24ea,24f5-24fd,24ff,' +
    '2776-277e,2780-2788,278a-2792,10a40-10a43,10e60-10e68,11052-1105a,1f100-1f10a',
);
// Letters with a numeric value (CJK numerals) that Python's isnumeric accepts.
const NUMERIC_EXTRA = ranges(
  '3405,3483,382a,3b4d,4e00,4e03,4e07,4e09,4e5d,4e8c,4e94,4e96,4ebf-4ec0,4edf,4ee8,4f0d,4f70,5104,5146,5169,' +
    '516b,516d,5341,5343-5345,534c,53c1-53c4,56db,58f1,58f9,5e7a,5efe-5eff,5f0c-5f0e,5f10,62fe,634c,67d2,6f06,' +
    '7396,767e,8086,842c,8cae,8cb3,8d30,9621,9646,964c,9678,96f6,f96b,f973,f978,f9b2,f9d1,f9d3,f9fd,20001,' +
    '20064,200e2,20121,2092a,20983,2098c,2099c,20aea,20afd,20b19,22390,22998,23b1b,2626d,2f890',
);
// Lowercase in newer Unicode, not in 3.11's (U+0295 goes the other way).
const NOT_LOWER = ranges('10fc,a7f2-a7f4,ab69');
// XID_Continue characters that newer Unicode added and 3.11 rejects.
const NOT_ID_CONT = ranges('200c-200d,30fb,ff65');

/** The code point of s at UTF-16 index i (surrogate pairs combined). */
export function cpAt(s: string, i: number): number {
  return s.codePointAt(i)!;
}

/** `ch.isalpha()` for one code point. */
export function isAlphaCp(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return RE_ALPHA.test(String.fromCodePoint(cp));
}

/** `ch.isdecimal()`. */
export function isDecimalCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return RE_DECIMAL.test(String.fromCodePoint(cp));
}

/** `ch.isdigit()`. */
export function isDigitCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return isDecimalCp(cp) || inRanges(DIGIT_EXTRA, cp);
}

/** `ch.isnumeric()`. */
export function isNumericCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return RE_NUMBER.test(String.fromCodePoint(cp)) || inRanges(NUMERIC_EXTRA, cp);
}

/** `ch.isalnum()`. */
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isNumericCp(cp);
}

/** `ch.isspace()`: bidi class WS/B/S or category Zs (includes \x1c-\x1f, excludes \ufeff). */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  if (cp === 0x85 || cp === 0xa0 || cp === 0x1680 || cp === 0x2028 || cp === 0x2029) return true;
  if (cp >= 0x2000 && cp <= 0x200a) return true;
  return cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** `ch.isprintable()` (the shared text library's Unicode 14 table). */
export const isPrintableCp = isPrintableCodePoint;

/** Python's "Uppercase" flag of a code point. */
export function isUpperCp(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return RE_UPPER.test(String.fromCodePoint(cp));
}

/** Python's "Lowercase" flag of a code point. */
export function isLowerCp(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  if (cp === 0x295) return true;
  return RE_LOWER.test(String.fromCodePoint(cp)) && !inRanges(NOT_LOWER, cp);
}

/** Titlecase letter (category Lt: `ǅ`). */
export function isTitleCp(cp: number): boolean {
  if (cp < 128) return false;
  return RE_TITLE.test(String.fromCodePoint(cp));
}

/** Cased: uppercase, lowercase or titlecase. */
export function isCasedCp(cp: number): boolean {
  return isUpperCp(cp) || isLowerCp(cp) || isTitleCp(cp);
}

/** May start an identifier (XID_Start or `_`). */
export function isIdStartCp(cp: number): boolean {
  if (cp < 128) return cp === 95 || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return RE_ID_START.test(String.fromCodePoint(cp));
}

/** May continue an identifier (XID_Continue). */
export function isIdContinueCp(cp: number): boolean {
  if (cp < 128) return cp === 95 || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return RE_ID_CONT.test(String.fromCodePoint(cp)) && !inRanges(NOT_ID_CONT, cp);
}

/** The decimal digit value of a code point (0..9), or -1 (Python 3.11's Unicode 14 table). */
export const decimalValue = unicodeDecimalValue;

// ---------------------------------------------------------------- case mappings

// Code points whose simple mapping newer Unicode changed (Python 3.11 leaves them alone).
const CASE_FIXED = new Set([0x19b, 0x264, 0xa7d3, 0xa7d5]);

/** Titlecase mappings that differ from the uppercase one. */
const TITLE: Map<number, string> = new Map([
  [0xdf, 'Ss'], [0x587, '\u0535\u0582'], [0x1c4, '\u01c5'], [0x1c5, '\u01c5'], [0x1c6, '\u01c5'],
  [0x1c7, '\u01c8'], [0x1c8, '\u01c8'], [0x1c9, '\u01c8'], [0x1ca, '\u01cb'], [0x1cb, '\u01cb'],
  [0x1cc, '\u01cb'], [0x1f1, '\u01f2'], [0x1f2, '\u01f2'], [0x1f3, '\u01f2'],
  [0x1fb2, '\u1fba\u0345'], [0x1fb4, '\u0386\u0345'], [0x1fb7, '\u0391\u0342\u0345'],
  [0x1fc2, '\u1fca\u0345'], [0x1fc4, '\u0389\u0345'], [0x1fc7, '\u0397\u0342\u0345'],
  [0x1ff2, '\u1ffa\u0345'], [0x1ff4, '\u038f\u0345'], [0x1ff7, '\u03a9\u0342\u0345'],
  [0xfb00, 'Ff'], [0xfb01, 'Fi'], [0xfb02, 'Fl'], [0xfb03, 'Ffi'], [0xfb04, 'Ffl'], [0xfb05, 'St'],
  [0xfb06, 'St'], [0xfb13, '\u0544\u0576'], [0xfb14, '\u0544\u0565'], [0xfb15, '\u0544\u056b'],
  [0xfb16, '\u054e\u0576'], [0xfb17, '\u0544\u056d'], [0x1fb3, '\u1fbc'], [0x1fbc, '\u1fbc'],
  [0x1fc3, '\u1fcc'], [0x1fcc, '\u1fcc'], [0x1ff3, '\u1ffc'], [0x1ffc, '\u1ffc'],
]);

/** Full uppercase mapping of one code point (may be several characters: `ß` → `SS`). */
export function upperCp(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 97 && cp <= 122 ? cp - 32 : cp);
  if (CASE_FIXED.has(cp)) return String.fromCodePoint(cp);
  return String.fromCodePoint(cp).toUpperCase();
}

/** Full lowercase mapping of one code point, outside any final-sigma context. */
export function lowerCp(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  return String.fromCodePoint(cp).toLowerCase();
}

/** Full titlecase mapping of one code point. */
export function titleCp(cp: number): string {
  if (cp < 128) return upperCp(cp);
  const t = TITLE.get(cp);
  if (t !== undefined) return t;
  // Georgian Mkhedruli and Greek letters with ypogegrammeni are their own titlecase.
  if ((cp >= 0x10d0 && cp <= 0x10fa) || (cp >= 0x10fd && cp <= 0x10ff)) return String.fromCodePoint(cp);
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCodePoint(cp | 8);
  return upperCp(cp);
}

/** Full case folding of one code point (`ß` → `ss`, `ς` → `σ`). */
export function foldCp(cp: number): string {
  if (cp < 128) return lowerCp(cp);
  if (cp === 0x131 || (cp >= 0x13a0 && cp <= 0x13f5)) return String.fromCodePoint(cp);
  if (cp >= 0x13f8 && cp <= 0x13fd) return String.fromCodePoint(cp - 8);
  if (cp >= 0xab70 && cp <= 0xabbf) return String.fromCodePoint(cp - 38864);
  if (cp === 0x1e9e) return 'ss';
  let out = '';
  for (const ch of upperCp(cp)) out += ch.toLowerCase();
  return out;
}

// ---------------------------------------------------------------- repr

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** `ascii()` applied to a repr: every non-ASCII code point becomes an escape. */
export function asciiEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 128) out += String.fromCharCode(cp);
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out;
}
