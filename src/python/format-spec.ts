/**
 * The format-spec mini-language and float-to-text conversion, as pure text
 * functions (no objects): CPython's Python/formatter_unicode.c and
 * Python/pystrtod.c's format_float_short layout over the correctly rounded
 * digits of the shared text library (text/float-digits.ts). Errors are thrown
 * as FormatError values carrying the Python exception name, so this file needs
 * no runtime.
 */

import { fixedDigits, precisionDigits, type DecimalDigits } from './text/float-digits';
import { floatRepr, shortestDigits } from './text/float-repr';

/** A formatting failure: `type` names the Python exception to raise. */
export class FormatError {
  constructor(
    public type: 'ValueError' | 'OverflowError' | 'TypeError',
    public message: string,
  ) {}
}

function fail(type: FormatError['type'], message: string): never {
  throw new FormatError(type, message);
}

/** A parsed format spec (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`). */
export interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  width: number;
  /** '' (none), ',' or '_'; '_4' once validated for b/o/x/X. */
  grouping: string;
  precision: number;
  type: string;
}

const ALIGN = '<>=^';

function readInt(spec: string, pos: number): [number, number] {
  let n = 0;
  let i = pos;
  while (i < spec.length && spec.charCodeAt(i) >= 48 && spec.charCodeAt(i) <= 57) {
    n = n * 10 + (spec.charCodeAt(i) - 48);
    if (n > 2147483647) fail('ValueError', 'Too many decimal digits in format string');
    i++;
  }
  return [n, i - pos];
}

/**
 * Parses a spec as parse_internal_render_format_spec does; `typeName` is the
 * formatted object's type (for the messages), `defType`/`defAlign` the type's defaults.
 */
export function parseSpec(spec: string, typeName: string, defType: string, defAlign: string): Spec {
  const chars = Array.from(spec);
  const s: Spec = { fill: ' ', align: defAlign, sign: '', noNeg0: false, alt: false, width: -1, grouping: '', precision: -1, type: defType };
  let pos = 0;
  let fillSet = false;
  let alignSet = false;
  if (chars.length >= 2 && ALIGN.includes(chars[1])) {
    s.fill = chars[0];
    s.align = chars[1];
    fillSet = alignSet = true;
    pos = 2;
  } else if (chars.length >= 1 && ALIGN.includes(chars[0])) {
    s.align = chars[0];
    alignSet = true;
    pos = 1;
  }
  const rest = chars.slice(pos).join('');
  let i = 0;
  if (rest[i] === '+' || rest[i] === '-' || rest[i] === ' ') s.sign = rest[i++];
  if (rest[i] === 'z') {
    s.noNeg0 = true;
    i++;
  }
  if (rest[i] === '#') {
    s.alt = true;
    i++;
  }
  if (!fillSet && rest[i] === '0') {
    s.fill = '0';
    if (!alignSet && defAlign === '>') s.align = '=';
    i++;
  }
  let [w, used] = readInt(rest, i);
  i += used;
  if (used > 0) s.width = w;
  if (rest[i] === ',') {
    s.grouping = ',';
    i++;
  }
  if (rest[i] === '_') {
    if (s.grouping !== '') fail('ValueError', "Cannot specify both ',' and '_'.");
    s.grouping = '_';
    i++;
  }
  if (rest[i] === ',' && s.grouping === '_') fail('ValueError', "Cannot specify both ',' and '_'.");
  if (rest[i] === '.') {
    i++;
    [w, used] = readInt(rest, i);
    if (used === 0) fail('ValueError', 'Format specifier missing precision');
    s.precision = w;
    i += used;
  }
  const tail = Array.from(rest.slice(i));
  if (tail.length > 1) fail('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (tail.length === 1) s.type = tail[0];
  if (s.grouping !== '') {
    if ('defgEGF%'.includes(s.type) || s.type === '') {
      // PEP 378 types.
    } else if ('boxX'.includes(s.type) && s.grouping === '_') s.grouping = '_4';
    else {
      const t = s.type;
      const shown = t.length === 1 && t > ' ' && t < '\x7f' ? t : '\\x' + t.codePointAt(0)!.toString(16);
      fail('ValueError', `Cannot specify '${s.grouping}' with '${shown}'.`);
    }
  }
  return s;
}

/** "Unknown format code 'x' for object of type 'float'". */
export function unknownCode(type: string, typeName: string): never {
  const cp = type.codePointAt(0)!;
  if (cp > 32 && cp < 128) fail('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
  fail('ValueError', `Unknown format code '\\x${cp.toString(16)}' for object of type '${typeName}'`);
}

/** Left and right padding for `n` characters in the spec's width and alignment. */
function padding(n: number, width: number, align: string): [number, number] {
  const total = width > n ? width : n;
  const lpad = align === '>' ? total - n : align === '^' ? Math.floor((total - n) / 2) : 0;
  return [lpad, total - n - lpad];
}

/** format(str, spec) for a parsed spec of type 's'. */
export function formatStrWith(text: string, s: Spec): string {
  if (s.sign !== '')
    fail('ValueError', s.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (s.noNeg0) fail('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (s.alt) fail('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') fail('ValueError', "'=' alignment not allowed in string format specifier");
  let chars: string[] | null = null;
  let len = text.length;
  if (/[\ud800-\udfff]/.test(text)) {
    chars = Array.from(text);
    len = chars.length;
  }
  if ((s.width === -1 || s.width <= len) && (s.precision === -1 || s.precision >= len)) return text;
  if (s.precision >= 0 && len >= s.precision) {
    text = chars === null ? text.slice(0, s.precision) : chars.slice(0, s.precision).join('');
    len = s.precision;
  }
  const [l, r] = padding(len, s.width, s.align);
  return s.fill.repeat(l) + text + s.fill.repeat(r);
}

/** format(str, spec): the whole of str.__format__. */
export function formatStr(text: string, spec: string): string {
  if (spec === '') return text;
  const s = parseSpec(spec, 'str', 's', '<');
  if (s.type !== 's') unknownCode(s.type, 'str');
  return formatStrWith(text, s);
}

// ---------------------------------------------------------------- numbers

/**
 * _PyUnicode_InsertThousandsGrouping: groups `digits` from the right, padding
 * with zeros on the left until the result is at least `minWidth` long.
 */
function group(digits: string, minWidth: number, size: number, sep: string): string {
  let remaining = digits.length;
  let pos = digits.length;
  const parts: string[] = [];
  let useSep = false;
  let broken = false;
  if (size > 0) {
    for (;;) {
      const l = Math.min(size, Math.max(remaining, minWidth, 1));
      const zeros = Math.max(0, l - remaining);
      const n = Math.max(0, Math.min(remaining, l));
      parts.push(digits.slice(pos - n, pos) + (useSep ? sep : ''));
      if (zeros) parts[parts.length - 1] = '0'.repeat(zeros) + parts[parts.length - 1];
      pos -= n;
      useSep = true;
      remaining -= n;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const l = Math.max(remaining, minWidth, 1);
    const zeros = Math.max(0, l - remaining);
    const n = Math.max(0, Math.min(remaining, l));
    parts.push('0'.repeat(zeros) + digits.slice(pos - n, pos) + (useSep ? sep : ''));
  }
  return parts.reverse().join('');
}

/**
 * calc_number_widths + fill_number: lays out sign, prefix, grouped digits,
 * decimal point and remainder in the spec's width.
 */
function layoutNumber(s: Spec, negative: boolean, prefix: string, digits: string, decimal: boolean, remainder: string, upper: boolean): string {
  let sign = '';
  if (s.sign === '+') sign = negative ? '-' : '+';
  else if (s.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + (decimal ? 1 : 0) + remainder.length;
  const minWidth = s.fill === '0' && s.align === '=' ? s.width - nonDigit : 0;
  const size = s.grouping === ',' || s.grouping === '_' ? 3 : s.grouping === '_4' ? 4 : 0;
  const sep = s.grouping === '_4' ? '_' : s.grouping;
  let grouped = digits.length === 0 ? '' : group(digits, minWidth, size, sep);
  if (upper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const body = grouped + (decimal ? '.' : '') + remainder;
  const pad = s.width - (nonDigit + grouped.length);
  if (pad <= 0) return sign + prefix + body;
  switch (s.align) {
    case '<':
      return sign + prefix + body + s.fill.repeat(pad);
    case '^': {
      const l = Math.floor(pad / 2);
      return s.fill.repeat(l) + sign + prefix + body + s.fill.repeat(pad - l);
    }
    case '=':
      return sign + prefix + s.fill.repeat(pad) + body;
    default:
      return s.fill.repeat(pad) + sign + prefix + body;
  }
}

/** CPython refuses to print ints longer than this in decimal (sys.get_int_max_str_digits()). */
export const INT_MAX_STR_DIGITS = 4300;

/** Decimal text of an int, with CPython's 4300-digit limit. */
export function intToDecimal(v: bigint | number): string {
  const t = v.toString();
  if (t.length > INT_MAX_STR_DIGITS && t.replace('-', '').length > INT_MAX_STR_DIGITS)
    fail(
      'ValueError',
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  return t;
}

/** format(int, spec) for an integer presentation type (b c d o x X n). */
export function formatIntWith(v: bigint, s: Spec): string {
  if (s.precision !== -1) fail('ValueError', 'Precision not allowed in integer format specifier');
  if (s.noNeg0) fail('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (s.type === 'c') {
    if (s.sign !== '') fail('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (s.alt) fail('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 9223372036854775807n || v < -9223372036854775808n) fail('OverflowError', 'Python int too large to convert to C long');
    if (v < 0n || v > 0x10ffffn) fail('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(s, false, '', '', false, String.fromCodePoint(Number(v)), false);
  }
  const negative = v < 0n;
  const a = negative ? -v : v;
  let digits: string;
  let prefix = '';
  switch (s.type) {
    case 'b':
      digits = a.toString(2);
      prefix = '0b';
      break;
    case 'o':
      digits = a.toString(8);
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      digits = a.toString(16);
      prefix = '0x';
      break;
    default:
      digits = intToDecimal(a);
  }
  return layoutNumber(s, negative, s.alt ? prefix : '', digits, false, '', s.type === 'X');
}

// ---------------------------------------------------------------- float to text

/** |x| rounded half to even at 10**-ndigits (ndigits may be negative), as text Number() reads exactly. */
export function roundedText(x: number, ndigits: number): string {
  const a = Math.abs(x);
  if (a === 0 || !isFinite(a)) return String(a);
  const d = fixedDigits(a, ndigits);
  if (d.digits === '') return '0';
  return d.digits + 'e' + (d.decpt - d.digits.length);
}

/**
 * PyOS_double_to_string for types e f g r (lower-case; callers upper-case E F G):
 * the text without any sign for |x|, plus whether x is negative.
 */
function floatBody(x: number, type: string, precision: number, alt: boolean, addDot0: boolean): string {
  const a = Math.abs(x);
  if (a === Infinity) return 'inf';
  if (x !== x) return 'nan';
  let d: DecimalDigits;
  if (a === 0) d = { digits: '0', decpt: 1 };
  else if (type === 'r') d = shortestDigits(a);
  else if (type === 'f') d = fixedDigits(a, precision);
  else d = precisionDigits(a, type === 'e' ? precision + 1 : precision === 0 ? 1 : precision);
  const digits = d.digits;
  const len = digits.length;
  let decpt = d.decpt;
  let vend = len;
  let useExp = false;
  if (type === 'e') {
    useExp = true;
    vend = precision + 1;
  } else if (type === 'f') vend = decpt + precision;
  else if (type === 'g') {
    const p = precision === 0 ? 1 : precision;
    if (decpt <= -4 || decpt > (addDot0 ? p - 1 : p)) useExp = true;
    if (alt) vend = p;
  } else if (decpt <= -4 || decpt > 16) useExp = true;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  let out = '';
  if (decpt <= 0) out += '0'.repeat(decpt - vstart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vstart);
  if (decpt > 0 && decpt <= len) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (len < decpt) out += '0'.repeat(decpt - len) + '.' + '0'.repeat(vend - decpt);
  else out += '0'.repeat(vend - len);
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) out += 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return out;
}

/** repr(float) / str(float), from the shared text library. */
export { floatRepr };

/** True when the formatted body rounds to zero (for the `z` option). */
function allZero(body: string): boolean {
  const mant = body.split('e')[0];
  return /^[0.]*$/.test(mant);
}

/**
 * PyOS_double_to_string(x, type, precision, flags) with the sign handled by the
 * caller: type is one of e E f F g G r; precision as given (already defaulted).
 */
export function floatToText(x: number, type: string, precision: number, alt = false, addDot0 = false, noNeg0 = false): { negative: boolean; body: string } {
  const lower = type.toLowerCase();
  let body = floatBody(x, lower, precision, alt, addDot0);
  if (type !== lower) body = body.toUpperCase();
  let negative = (x < 0 || Object.is(x, -0)) && x === x;
  if (negative && noNeg0 && allZero(body)) negative = false;
  return { negative, body };
}

/** format(float, spec) for a parsed spec whose type is one of '' e E f F g G n %. */
export function formatFloatWith(x: number, s: Spec): string {
  let type = s.type;
  let precision = s.precision;
  let addDot0 = false;
  let defPrecision = 6;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defPrecision;
  else if (type === 'r') type = 'g';
  const { negative, body: raw } = floatToText(x, type, precision, s.alt, addDot0, s.noNeg0);
  const body = pct ? raw + '%' : raw;
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  const hasDecimal = body[i] === '.';
  return layoutNumber(s, negative, '', body.slice(0, i), hasDecimal, body.slice(hasDecimal ? i + 1 : i), false);
}

/** format(float, spec): the whole of float.__format__ (an empty spec is str()). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const s = parseSpec(spec, typeName, '', '>');
  if (!'eEfFgGn%'.includes(s.type) || s.type.length !== 1) {
    if (s.type !== '') unknownCode(s.type, typeName);
  }
  return formatFloatWith(x, s);
}

/** format(int, spec): the whole of int.__format__; float types convert the value first. */
export function formatInt(v: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimal(v);
  const s = parseSpec(spec, typeName, 'd', '>');
  if (s.type.length === 1 && 'bcdoxXn'.includes(s.type)) return formatIntWith(v, s);
  if (s.type.length === 1 && 'eEfFgG%'.includes(s.type)) {
    const x = Number(v);
    if (!isFinite(x)) fail('OverflowError', 'int too large to convert to float');
    return formatFloatWith(x, s);
  }
  unknownCode(s.type, typeName);
}
