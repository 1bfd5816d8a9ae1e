/**
 * The format-spec mini-language of format(), f-strings and str.format for
 * int, float and str, ported from CPython 3.11's Python/formatter_unicode.c
 * (parse_internal_render_format_spec, calc_number_widths, fill_number,
 * _PyUnicode_InsertThousandsGrouping) and Python/pystrtod.c
 * (format_float_short). Plain JS values in, strings out: bigint for int,
 * number for float, string for str. The C locale is assumed, as python3 runs
 * without setlocale(), so 'n' never groups.
 *
 * Lengths, widths and precisions count code points, as CPython's do, so a
 * string holding astral characters (surrogate pairs in JS) pads and truncates
 * like Python's.
 */

import { shortestDigits } from './float-repr';
import { fixedDigits, precisionDigits, type DecimalDigits } from './float-digits';
import { getIntMaxStrDigits, intToStrLimitMessage, unicodeDecimalValue } from './int-text';

/** A format() failure: `pyType` names the Python exception the runtime should raise with `message`. */
export class FormatError extends Error {
  constructor(
    public pyType: 'ValueError' | 'TypeError' | 'OverflowError',
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

function fail(pyType: FormatError['pyType'], message: string): never {
  throw new FormatError(pyType, message);
}

/**
 * A parsed spec, `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
 * `fill`/`align` are already resolved against the type's defaults (so the
 * backwards-compatible '0' flag shows up as fill '0', align '=' for numbers).
 */
export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '^' | '=';
  /** '' when no sign option was given. */
  sign: '' | '+' | '-' | ' ';
  /** The 'z' option (3.11): negative zero after rounding prints as zero. */
  noNegZero: boolean;
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  /** '' | ',' | '_'; for b/o/x/X '_' groups by four. */
  grouping: '' | ',' | '_';
  /** -1 when absent. */
  precision: number;
  /** The presentation type, or the type's default ('d' for int, '' for float, 's' for str). */
  type: string;
}

/**
 * What parsing needs to know about the formatted object's type: CPython parses
 * with per-type defaults, and some messages name the type (which may be a
 * subclass name such as 'bool').
 */
export interface SpecDefaults {
  typeName: string;
  defaultType: string;
  defaultAlign: '<' | '>';
}

/** int.__format__'s defaults. */
export const INT_SPEC: SpecDefaults = { typeName: 'int', defaultType: 'd', defaultAlign: '>' };
/** float.__format__'s defaults. */
export const FLOAT_SPEC: SpecDefaults = { typeName: 'float', defaultType: '', defaultAlign: '>' };
/** str.__format__'s defaults. */
export const STR_SPEC: SpecDefaults = { typeName: 'str', defaultType: 's', defaultAlign: '<' };

const SSIZE_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

/** Reads a decimal integer at cps[pos]; returns [value (-1 if none), new pos]. */
function readInt(cps: number[], pos: number): [number, number] {
  let acc = 0;
  let big: bigint | null = null;
  let i = pos;
  for (; i < cps.length; i++) {
    // Any Unicode decimal digit counts, as in CPython's get_integer ('١٠' is 10).
    const d = unicodeDecimalValue(cps[i]);
    if (d < 0) break;
    if (big === null && acc < 1e14) acc = acc * 10 + d;
    else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > SSIZE_MAX) fail('ValueError', 'Too many decimal digits in format string');
    }
  }
  if (i === pos) return [-1, pos];
  return [big === null ? acc : Number(big), i];
}

const isAlign = (c: number | undefined) => c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e;

function typeCharText(cp: number): string {
  return cp > 32 && cp < 128 ? String.fromCharCode(cp) : '\\x' + cp.toString(16);
}

/**
 * Parses a format spec the way CPython does before it looks at the value,
 * raising CPython's ValueErrors for malformed specs and for grouping with an
 * unsupported type. Type-specific checks (sign on strings, precision on ints)
 * happen in the formatters.
 */
export function parseFormatSpec(spec: string, defaults: SpecDefaults = FLOAT_SPEC): FormatSpec {
  const cps: number[] = [];
  for (const ch of spec) cps.push(ch.codePointAt(0)!);
  const end = cps.length;
  let pos = 0;
  let fill = ' ';
  let align: FormatSpec['align'] = defaults.defaultAlign;
  let fillSpecified = false;
  let alignSpecified = false;
  if (end >= 2 && isAlign(cps[1])) {
    align = String.fromCharCode(cps[1]) as FormatSpec['align'];
    fill = String.fromCodePoint(cps[0]);
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (end >= 1 && isAlign(cps[0])) {
    align = String.fromCharCode(cps[0]) as FormatSpec['align'];
    alignSpecified = true;
    pos = 1;
  }
  let sign: FormatSpec['sign'] = '';
  if (pos < end && (cps[pos] === 0x2b || cps[pos] === 0x2d || cps[pos] === 0x20)) {
    sign = String.fromCharCode(cps[pos]) as FormatSpec['sign'];
    pos++;
  }
  let noNegZero = false;
  if (pos < end && cps[pos] === 0x7a) {
    noNegZero = true;
    pos++;
  }
  let alternate = false;
  if (pos < end && cps[pos] === 0x23) {
    alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cps[pos] === 0x30) {
    fill = '0';
    if (!alignSpecified && defaults.defaultAlign === '>') align = '=';
    pos++;
  }
  let width: number;
  [width, pos] = readInt(cps, pos);
  let grouping: FormatSpec['grouping'] = '';
  if (pos < end && cps[pos] === 0x2c) {
    grouping = ',';
    pos++;
  }
  if (pos < end && cps[pos] === 0x5f) {
    if (grouping !== '') fail('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (pos < end && cps[pos] === 0x2c && grouping === '_') {
    fail('ValueError', "Cannot specify both ',' and '_'.");
  }
  let precision = -1;
  if (pos < end && cps[pos] === 0x2e) {
    pos++;
    [precision, pos] = readInt(cps, pos);
    if (precision < 0) fail('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    fail('ValueError', `Invalid format specifier '${spec}' for object of type '${defaults.typeName}'`);
  }
  let type = defaults.defaultType;
  let typeCp = type ? type.charCodeAt(0) : 0;
  if (end - pos === 1) {
    typeCp = cps[pos];
    type = String.fromCodePoint(typeCp);
  }
  if (grouping !== '') {
    const ok =
      'defgEG%F'.includes(type) || (grouping === '_' && type !== '' && 'boxX'.includes(type));
    if (!ok) fail('ValueError', `Cannot specify '${grouping}' with '${typeCharText(typeCp)}'.`);
  }
  return { fill, align, sign, noNegZero, alternate, width, grouping, precision, type };
}

function unknownCode(type: string, typeName: string): never {
  fail('ValueError', `Unknown format code '${typeCharText(type.codePointAt(0)!)}' for object of type '${typeName}'`);
}

/** Code point length (astral characters count once, as in Python). */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first `n` code points of s. */
function cpSlice(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, i);
}

/**
 * _PyUnicode_InsertThousandsGrouping: groups `digits` from the right, and when
 * zero-padding ('0' fill with '=' alignment) widens the digits themselves with
 * zeros *and separators* up to minWidth, which is why format(1234, '08,') is
 * '0,001,234' and not '0001,234'. group 0 means no separators.
 */
function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = digits.length;
  let out = '';
  let useSep = false;
  let broken = false;
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      out = '0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const len = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    out = '0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
  }
  return out;
}

/**
 * calc_number_widths + fill_number: lays out
 * <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>.
 * `remainder` is whatever follows the integer digits (fraction, exponent,
 * '%', 'inf', or the character of 'c'); `remLen` is its code point length.
 */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  group: number,
  upper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + cpLength(remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped =
    digits.length === 0 ? '' : groupDigits(digits, minWidth, group, f.grouping === '' ? '' : f.grouping);
  if (upper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const padding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    if (f.align === '<') rpad = padding;
    else if (f.align === '^') {
      lpad = padding >> 1;
      rpad = padding - lpad;
    } else if (f.align === '=') spad = padding;
    else lpad = padding;
  }
  return (
    (lpad ? f.fill.repeat(lpad) : '') +
    sign +
    prefix +
    (spad ? f.fill.repeat(spad) : '') +
    grouped +
    (hasDecimal ? '.' : '') +
    remainder +
    (rpad ? f.fill.repeat(rpad) : '')
  );
}

/**
 * format(int, spec), also used by str.format and f-strings. Types b c d o x X n
 * and none format as integers; e E f F g G % convert to float first, as
 * CPython does (OverflowError for ints beyond the double range). `typeName`
 * is the (sub)class name CPython puts in its messages.
 */
export function formatInt(v: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return decimalString(v);
  const f = parseFormatSpec(spec, typeName === 'int' ? INT_SPEC : { ...INT_SPEC, typeName });
  switch (f.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      const x = Number(v);
      if (!Number.isFinite(x)) fail('OverflowError', 'int too large to convert to float');
      return formatFloatParsed(x, f);
    }
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    default:
      unknownCode(f.type, typeName);
  }
  if (f.precision !== -1) fail('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) fail('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') fail('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) fail('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 9223372036854775807n || v < -9223372036854775808n) {
      fail('OverflowError', 'Python int too large to convert to C long');
    }
    if (v < 0n || v > 0x10ffffn) fail('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', false, String.fromCodePoint(Number(v)), 0, false);
  }
  const negative = v < 0n;
  const a = negative ? -v : v;
  let digits: string;
  let prefix = '';
  switch (f.type) {
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
      digits = a.toString();
      if (tooManyDigits(digits.length)) fail('ValueError', intToStrLimitMessage());
  }
  if (!f.alternate) prefix = '';
  // Parsing already refused grouping with 'n' and ',' with b/o/x/X.
  const group = f.grouping === '' ? 0 : 'boxX'.includes(f.type) ? 4 : 3;
  return layoutNumber(f, negative, prefix, digits, false, '', group, f.type === 'X');
}

/**
 * CPython's ValueError text for int → str past the default 4300-digit limit.
 * Kept for callers that predate int-text.ts; intToStrLimitMessage() follows
 * sys.set_int_max_str_digits.
 */
export const INT_TO_STR_LIMIT_MESSAGE =
  'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit';

/** The int → str digit limit (sys.get_int_max_str_digits, 0 = none), sign not counted. */
function tooManyDigits(n: number): boolean {
  const limit = getIntMaxStrDigits();
  return limit > 0 && n > limit;
}

function decimalString(v: bigint): string {
  const s = v.toString();
  if (tooManyDigits(s.length - (v < 0n ? 1 : 0))) fail('ValueError', intToStrLimitMessage());
  return s;
}

/**
 * PyOS_double_to_string + format_float_short: the unpadded text of x for
 * code 'e' | 'f' | 'g' | 'r' (repr), without a sign for non-negative values.
 * `addDot0` keeps a '.0' on integral positional output (the no-type case).
 */
export function doubleToString(
  x: number,
  code: 'e' | 'f' | 'g' | 'r',
  precision: number,
  opts: { upper?: boolean; alternate?: boolean; addDot0?: boolean; noNegZero?: boolean; plus?: boolean } = {},
): string {
  const upper = !!opts.upper;
  let negative = x < 0 || Object.is(x, -0);
  if (x !== x) return (opts.plus ? '+' : '') + (upper ? 'NAN' : 'nan');
  if (x === Infinity || x === -Infinity) {
    return (negative ? '-' : opts.plus ? '+' : '') + (upper ? 'INF' : 'inf');
  }
  let d: DecimalDigits;
  switch (code) {
    case 'e':
      precision += 1;
      d = precisionDigits(x, precision);
      break;
    case 'f':
      d = fixedDigits(x, precision);
      break;
    case 'g':
      if (precision === 0) precision = 1;
      d = precisionDigits(x, precision);
      break;
    default:
      d = shortestDigits(x);
  }
  const digits = d.digits;
  const nDigits = digits.length;
  let decpt = d.decpt;
  if (opts.noNegZero && negative && (nDigits === 0 || digits === '0')) negative = false;
  const alt = !!opts.alternate;
  const addDot0 = !!opts.addDot0;
  let useExp = false;
  let vEnd = nDigits;
  switch (code) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = negative ? '-' : opts.plus ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= nDigits) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (nDigits < decpt) out += '0'.repeat(decpt - nDigits) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - nDigits);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}

function formatFloatParsed(x: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) fail('ValueError', 'precision too big');
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  let pct = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const lower = type.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  let buf = doubleToString(x, lower, precision, {
    upper: type !== lower,
    alternate: f.alternate,
    addDot0,
    noNegZero: f.noNegZero,
  });
  if (pct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.grouping === '') return buf;
  let negative = false;
  if (buf.charCodeAt(0) === 45) {
    negative = true;
    buf = buf.slice(1);
  }
  let i = 0;
  while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++;
  const hasDecimal = buf.charCodeAt(i) === 46;
  const remainder = buf.slice(hasDecimal ? i + 1 : i);
  const group = f.grouping === '' || f.type === 'n' ? 0 : 3;
  return layoutNumber(f, negative, '', buf.slice(0, i), hasDecimal, remainder, group, false);
}

/**
 * format(float, spec): types e E f F g G n % and none (repr-like, or 'g' with
 * at least one digit after the point when a precision is given). Correctly
 * rounded half-even on the exact binary value, like CPython.
 */
export function formatFloat(v: number, spec: string, typeName = 'float'): string {
  if (spec === '') return doubleToString(v, 'r', 0, { addDot0: true });
  const f = parseFormatSpec(spec, typeName === 'float' ? FLOAT_SPEC : { ...FLOAT_SPEC, typeName });
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatParsed(v, f);
    default:
      unknownCode(f.type, typeName);
  }
}

/** format(str, spec): type 's' or none; width and alignment, precision truncates. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, typeName === 'str' ? STR_SPEC : { ...STR_SPEC, typeName });
  if (f.type !== 's') unknownCode(f.type, typeName);
  if (f.sign !== '') {
    fail('ValueError', f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNegZero) fail('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) fail('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') fail('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    s = cpSlice(s, f.precision);
    len = f.precision;
  }
  if (f.width <= len) return s;
  const pad = f.width - len;
  const lpad = f.align === '>' ? pad : f.align === '^' ? pad >> 1 : 0;
  return f.fill.repeat(lpad) + s + f.fill.repeat(pad - lpad);
}
