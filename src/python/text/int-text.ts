/**
 * int ↔ text as CPython 3.11 does it: str()/bin()/oct()/hex() of ints and
 * int(text, base) parsing (Objects/longobject.c PyLong_FromString, after
 * _PyUnicode_TransformDecimalAndSpaceToASCII), including the 3.11
 * integer-string-conversion length limit (CVE-2020-10735) with CPython's
 * exact messages.
 */

import { strRepr } from './str-repr';

/** A failure int conversion raises; `pyType` is the Python exception. */
export class IntTextError extends Error {
  pyType = 'ValueError' as const;
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

let maxStrDigits = 4300;

/**
 * sys.set_int_max_str_digits' state (0 = unlimited). The caller validates the
 * argument (CPython refuses 1..639); kept here because every conversion checks it.
 */
export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

/** sys.get_int_max_str_digits(). */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** CPython's ValueError text for int → str beyond the limit. */
export function intToStrLimitMessage(): string {
  return `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
}

/** CPython's ValueError text for str → int beyond the limit (`digits` excludes underscores). */
export function strToIntLimitMessage(digits: number): string {
  return `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`;
}

/**
 * str(v) for base 10 (raising IntTextError past the digit limit, sign not
 * counted), and bin()/oct()/hex() text with their '0b'/'0o'/'0x' prefix for
 * bases 2/8/16, which CPython never limits.
 */
export function intToString(v: bigint, base: 2 | 8 | 10 | 16): string {
  if (base === 10) {
    const s = v.toString();
    if (maxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > maxStrDigits) throw new IntTextError(intToStrLimitMessage());
    return s;
  }
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return v < 0n ? '-' + prefix + (-v).toString(base) : prefix + v.toString(base);
}

// Code points of the Unicode 14 (Python 3.11) decimal digit zeros above ASCII;
// each starts a run of ten. Generated with unicodedata.decimal in python3.
const DIGIT_ZEROS = (
  '660,6f0,7c0,966,9e6,a66,ae6,b66,be6,c66,ce6,d66,de6,e50,ed0,f20,1040,1090,17e0,1810,1946,19d0,' +
  '1a80,1a90,1b50,1bb0,1c40,1c50,a620,a8d0,a900,a9d0,a9f0,aa50,abf0,ff10,104a0,10d30,11066,110f0,' +
  '11136,111d0,112f0,11450,114d0,11650,116c0,11730,118e0,11950,11c50,11d50,11da0,16a60,16ac0,16b50,' +
  '1d7ce,1d7d8,1d7e2,1d7ec,1d7f6,1e140,1e2f0,1e950,1fbf0'
)
  .split(',')
  .map((h) => parseInt(h, 16));

/** Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit (any script), else -1. */
export function unicodeDecimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 0x660) return -1;
  let lo = 0;
  let hi = DIGIT_ZEROS.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const z = DIGIT_ZEROS[mid];
    if (cp < z) hi = mid - 1;
    else if (cp >= z + 10) lo = mid + 1;
    else return cp - z;
  }
  return -1;
}

/** Py_UNICODE_ISSPACE for non-ASCII code points (Python 3.11). */
function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII digits become ASCII
 * digits, non-ASCII spaces become ' ', and the first other non-ASCII
 * character becomes '?' and ends the text (it can only be invalid).
 */
function toAsciiDigits(text: string): string {
  let i = 0;
  for (; i < text.length; i++) if (text.charCodeAt(i) >= 127) break;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (const ch of text.slice(i)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isUnicodeSpace(cp)) out += ' ';
    else {
      const d = unicodeDecimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** _PyLong_DigitValue: 0-9, a-z/A-Z as 10-35, 37 for anything else. */
function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Digits (underscores removed) in `base` to a bigint, exact for any base 2..36. */
function digitsToBigInt(ds: string, base: number): bigint {
  if (base === 10) return BigInt(ds);
  if (base === 16) return BigInt('0x' + ds);
  if (base === 8) return BigInt('0o' + ds);
  if (base === 2) return BigInt('0b' + ds);
  // Chunks of k digits with base^k < 2^53, combined with BigInt.
  let k = 1;
  while (base ** (k + 1) < 2 ** 53) k++;
  const bigBase = BigInt(base) ** BigInt(k);
  const first = ds.length % k || k;
  let acc = BigInt(parseInt(ds.slice(0, first), base));
  for (let i = first; i < ds.length; i += k) acc = acc * bigBase + BigInt(parseInt(ds.slice(i, i + k), base));
  return acc;
}

/**
 * int(text, base): the value, or null where CPython raises "invalid literal"
 * (build that message with invalidIntLiteral). Leading/trailing whitespace,
 * a sign, '_' between digits (and once after a 0x/0o/0b prefix), non-ASCII
 * decimal digits, base 0 with prefixes and no leading zeros on nonzero
 * values. Throws IntTextError for a base outside 0 and 2..36, and for more
 * than the digit limit in a base that is not a power of two.
 */
export function parseIntText(text: string, base: number): bigint | null {
  if ((base !== 0 && base < 2) || base > 36 || !Number.isInteger(base)) {
    throw new IntTextError('int() base must be >= 2 and <= 36, or 0');
  }
  const s = toAsciiDigits(text);
  const n = s.length;
  let p = 0;
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  let negative = false;
  if (s[p] === '+') p++;
  else if (s[p] === '-') {
    negative = true;
    p++;
  }
  let errorIfNonzero = false;
  const c1 = s[p + 1];
  if (base === 0) {
    if (s[p] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      // An old C-style octal literal, now invalid, unless it is zero.
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    s[p] === '0' &&
    ((base === 16 && (c1 === 'x' || c1 === 'X')) ||
      (base === 8 && (c1 === 'o' || c1 === 'O')) ||
      (base === 2 && (c1 === 'b' || c1 === 'B')))
  ) {
    p += 2;
    if (s[p] === '_') p++;
  }
  if (s[p] === '_') return null;
  const start = p;
  let digits = 0;
  let prevUnderscore = false;
  let hasUnderscore = false;
  for (; p < n; p++) {
    const c = s.charCodeAt(p);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = hasUnderscore = true;
    } else if (digitOf(c) < base) {
      digits++;
      prevUnderscore = false;
    } else break;
  }
  if (prevUnderscore) return null;
  if ((base & (base - 1)) !== 0 && maxStrDigits > 0 && digits > maxStrDigits && digits > 640) {
    throw new IntTextError(strToIntLimitMessage(digits));
  }
  if (digits === 0) return null;
  let body = s.slice(start, p);
  if (hasUnderscore) body = body.replace(/_/g, '');
  let v = digitsToBigInt(body, base);
  if (errorIfNonzero && v !== 0n) return null;
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  if (p !== n) return null;
  if (negative) v = -v;
  return v;
}

/** CPython's message for a failed int(text, base): the text's repr, cut to 200 code points. */
export function invalidIntLiteral(text: string, base: number): string {
  let r = strRepr(text);
  if (r.length > 200) r = Array.from(r).slice(0, 200).join('');
  return `invalid literal for int() with base ${base}: ${r}`;
}
