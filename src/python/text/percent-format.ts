/**
 * printf-style `str % args`, ported from CPython 3.11's PyUnicode_Format
 * (Objects/unicodeobject.c): argument consumption, flags, '*' widths, %(key)
 * look-ups, and the padding rules of unicode_format_arg_output, with
 * CPython's messages. It knows nothing about Python objects: the runtime
 * describes the right operand as PercentArgs and plugs its own conversions in
 * through PercentConverters, so str()/repr()/__index__ and the runtime's own
 * TypeErrors stay where they belong.
 */

import { doubleToString } from './format-spec';
import { getIntMaxStrDigits, intToStrLimitMessage } from './int-text';

/** A `%` failure raised by the formatter itself; `pyType` is the Python exception. */
export class PercentFormatError extends Error {
  constructor(
    public pyType: 'TypeError' | 'ValueError' | 'OverflowError',
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

/**
 * The right operand of `%`, classified as CPython does: a tuple supplies
 * positional items; any other object is a single item; an object that passes
 * PyMapping_Check (and is not a tuple or str: dicts, but also lists) is a
 * mapping for %(key) look-ups. A mapping is still consumed whole by a spec
 * without a key ('%s' % {'a': 1} prints the dict), so pass it as `item`.
 * `get` may throw the runtime's KeyError/TypeError.
 */
export type PercentArgs =
  | { kind: 'tuple'; items: unknown[] }
  | { kind: 'single'; item: unknown }
  | { kind: 'mapping'; get(key: string): unknown; item?: unknown };

/**
 * The runtime's conversions. toInt/toFloat receive the conversion character
 * ('d', 'x', 'f', ..., '*' for a star width/precision, 'c') so they can raise
 * CPython's own messages ("%x format: an integer is required, not float",
 * "must be real number, not str"); they should throw the runtime's exceptions.
 */
export interface PercentConverters {
  str(o: unknown): string;
  repr(o: unknown): string;
  ascii(o: unknown): string;
  /** int(o) for d/i/u (floats truncate), operator.index(o) for o/x/X, c and '*'. */
  toInt(o: unknown, conv: string): bigint;
  /** float(o) for e/E/f/F/g/G. */
  toFloat(o: unknown, conv: string): number;
  /** True for int and its subclasses (bool included): '*' and %c accept only these. */
  isInt(o: unknown): boolean;
  /** The text of o if o is a str, else null (%c accepts a one-character str). */
  charOf(o: unknown): string | null;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const SSIZE_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

function fail(pyType: PercentFormatError['pyType'], message: string): never {
  throw new PercentFormatError(pyType, message);
}

function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** `len` code points of s starting at code point `start`. */
function cpSubstr(s: string, start: number, len: number): string {
  let i = 0;
  const step = () => {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  };
  for (let k = 0; k < start && i < s.length; k++) step();
  const from = i;
  for (let k = 0; k < len && i < s.length; k++) step();
  return s.slice(from, i);
}

/** Code point index of UTF-16 offset `pos` (error messages count code points). */
function cpIndex(s: string, pos: number): number {
  return cpLength(s.slice(0, pos));
}

/**
 * `fmt % args` as CPython computes it. Errors the formatter detects itself are
 * PercentFormatErrors; anything the converters or `get` throw propagates.
 */
export function percentFormat(fmt: string, args: PercentArgs, conv: PercentConverters): string {
  const isMapping = args.kind === 'mapping';
  const items = args.kind === 'tuple' ? args.items : null;
  let current: unknown = args.kind === 'tuple' ? undefined : args.item;
  let arglen = items ? items.length : -1;
  let argidx = items ? 0 : -2;

  const nextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? current : items![i];
    }
    return fail('TypeError', 'not enough arguments for format string');
  };

  const n = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf('%', pos);
    if (pct < 0) {
      out += pos === 0 ? fmt : fmt.slice(pos);
      break;
    }
    if (pct > pos) out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos >= n) fail('ValueError', 'incomplete format');
    let ch = fmt.charCodeAt(pos);
    if (ch === 37) {
      out += '%';
      pos++;
      continue;
    }
    // unicode_format_arg_parse
    if (ch === 40) {
      if (!isMapping) fail('TypeError', 'format requires a mapping');
      let depth = 1;
      let p = pos + 1;
      const keyStart = p;
      while (depth > 0 && p < n) {
        const c = fmt.charCodeAt(p);
        if (c === 41) depth--;
        else if (c === 40) depth++;
        p++;
      }
      if (depth > 0) fail('ValueError', 'incomplete format key');
      current = args.get(fmt.slice(keyStart, p - 1));
      arglen = -1;
      argidx = -2;
      pos = p;
    }
    let flags = 0;
    for (; pos < n; pos++) {
      ch = fmt.charCodeAt(pos);
      if (ch === 45) flags |= F_LJUST;
      else if (ch === 43) flags |= F_SIGN;
      else if (ch === 32) flags |= F_BLANK;
      else if (ch === 35) flags |= F_ALT;
      else if (ch === 48) flags |= F_ZERO;
      else break;
    }
    if (pos >= n) fail('ValueError', 'incomplete format');
    let width = -1;
    let prec = -1;
    if (ch === 42) {
      const v = nextArg();
      if (!conv.isInt(v)) fail('TypeError', '* wants int');
      const w = conv.toInt(v, '*');
      if (w > SSIZE_MAX || w < -SSIZE_MAX - 1n) fail('OverflowError', 'Python int too large to convert to C ssize_t');
      width = Number(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      pos++;
      ch = pos < n ? fmt.charCodeAt(pos) : ch;
    } else if (ch >= 48 && ch <= 57) {
      let w = ch - 48;
      let big: bigint | null = null;
      for (pos++; pos < n; pos++) {
        ch = fmt.charCodeAt(pos);
        if (ch < 48 || ch > 57) break;
        if (big === null && w < 1e14) w = w * 10 + (ch - 48);
        else {
          big = (big ?? BigInt(w)) * 10n + BigInt(ch - 48);
          if (big > SSIZE_MAX) fail('ValueError', 'width too big');
        }
      }
      width = big === null ? w : Number(big);
    }
    if (ch === 46 && pos < n) {
      prec = 0;
      pos++;
      ch = pos < n ? fmt.charCodeAt(pos) : ch;
      if (ch === 42 && pos < n) {
        const v = nextArg();
        if (!conv.isInt(v)) fail('TypeError', '* wants int');
        const p = conv.toInt(v, '*');
        if (p > BigInt(INT_MAX) || p < -BigInt(INT_MAX) - 1n) fail('OverflowError', 'Python int too large to convert to C int');
        prec = Math.max(0, Number(p));
        pos++;
        ch = pos < n ? fmt.charCodeAt(pos) : ch;
      } else if (ch >= 48 && ch <= 57 && pos < n) {
        prec = ch - 48;
        for (pos++; pos < n; pos++) {
          ch = fmt.charCodeAt(pos);
          if (ch < 48 || ch > 57) break;
          if (prec > (INT_MAX - (ch - 48)) / 10) fail('ValueError', 'precision too big');
          prec = prec * 10 + (ch - 48);
        }
      }
    }
    if (pos < n && (ch === 104 || ch === 108 || ch === 76)) {
      pos++;
      ch = pos < n ? fmt.charCodeAt(pos) : ch;
    }
    if (pos >= n) fail('ValueError', 'incomplete format');
    pos++;
    // unicode_format_arg_format
    const v = nextArg();
    let text: string;
    let numeric = false;
    switch (ch) {
      case 115: // s
      case 114: // r
      case 97: // a
        text = ch === 115 ? conv.str(v) : ch === 114 ? conv.repr(v) : conv.ascii(v);
        break;
      case 105: // i
      case 100: // d
      case 117: // u
      case 111: // o
      case 120: // x
      case 88: // X
        text = formatLong(conv.toInt(v, String.fromCharCode(ch)), flags, prec, ch);
        numeric = true;
        break;
      case 101:
      case 69:
      case 102:
      case 70:
      case 103:
      case 71: {
        const c = String.fromCharCode(ch);
        const lower = c.toLowerCase() as 'e' | 'f' | 'g';
        const x = conv.toFloat(v, c);
        text = doubleToString(x, lower, prec < 0 ? 6 : prec, { upper: c !== lower, alternate: !!(flags & F_ALT) });
        numeric = true;
        break;
      }
      case 99: { // c
        const s = conv.charOf(v);
        if (s !== null) {
          if (cpLength(s) !== 1) fail('TypeError', '%c requires int or char');
          text = s;
        } else if (conv.isInt(v)) {
          const code = conv.toInt(v, 'c');
          if (code < 0n || code > 0x10ffffn) fail('OverflowError', '%c arg not in range(0x110000)');
          text = String.fromCodePoint(Number(code));
        } else {
          fail('TypeError', '%c requires int or char');
        }
        break;
      }
      default: {
        const cp = fmt.codePointAt(pos - 1)!;
        const shown = cp >= 31 && cp <= 126 ? String.fromCharCode(cp) : '?';
        fail('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${cpIndex(fmt, pos - 1)}`);
      }
    }
    out += padArg(text, ch, flags, width, prec, numeric);
    if (isMapping && argidx < arglen) fail('TypeError', 'not all arguments converted during string formatting');
  }
  if (argidx < arglen && !isMapping) fail('TypeError', 'not all arguments converted during string formatting');
  return out;
}

/**
 * _PyUnicode_FormatLong: digits of v for d/i/u/o/x/X, '0o'/'0x' only with '#',
 * zero-filled to `prec` digits. Decimal output obeys the 4300-digit limit.
 */
function formatLong(v: bigint, flags: number, prec: number, ch: number): string {
  if (prec > INT_MAX - 3) fail('OverflowError', 'precision too large');
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = '';
  if (ch === 111) {
    digits = a.toString(8);
    if (flags & F_ALT) prefix = '0o';
  } else if (ch === 120 || ch === 88) {
    digits = a.toString(16);
    if (flags & F_ALT) prefix = '0x';
  } else {
    digits = a.toString();
    const limit = getIntMaxStrDigits();
    if (limit > 0 && digits.length > limit) fail('ValueError', intToStrLimitMessage());
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let s = (neg ? '-' : '') + prefix + digits;
  if (ch === 88) s = s.toUpperCase();
  return s;
}

/** unicode_format_arg_output: sign, '0x' prefix, zero or space padding, truncation for s/r/a. */
function padArg(str: string, ch: number, flags: number, width: number, prec: number, numeric: boolean): string {
  let sign = numeric;
  const fill = sign && flags & F_ZERO ? '0' : ' ';
  let len = cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return str;
  if ((ch === 115 || ch === 114 || ch === 97) && prec >= 0 && len > prec) len = prec;
  let pindex = 0;
  let signchar = '';
  if (sign) {
    const c = str[0];
    if (c === '-' || c === '+') {
      signchar = c;
      len--;
      pindex++;
    } else if (flags & F_SIGN) signchar = '+';
    else if (flags & F_BLANK) signchar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  const altPrefix = !!(flags & F_ALT) && (ch === 120 || ch === 88 || ch === 111);
  if (sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + String.fromCharCode(ch);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signchar;
    if (altPrefix) {
      out += '0' + String.fromCharCode(ch);
      pindex += 2;
    }
  }
  if (len > 0) out += cpSubstr(str, pindex, len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
