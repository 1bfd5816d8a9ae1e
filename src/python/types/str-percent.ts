/**
 * `format % args` for str (CPython's PyUnicode_Format): `%[(key)][flags][width][.prec][hlL]type`
 * with types s r a c d i u o x X e E f F g G and `%%`, a tuple of positional
 * arguments, a single value, or a mapping for `%(key)s`. The result is the
 * formatted object itself when the whole output is one exact str (`'%s' % s is s`).
 */
import { getItem, nativeGetItem } from '../abstract';
import { isPyError, throwError } from '../errors';
import { floatToText, intToDecimal } from '../format-spec';
import { decref, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { repr, str as strOf } from '../ops';
import { asciiOf, specCall } from '../format';
import { OverflowError, TypeError, ValueError } from './exception';
import { asDouble } from './float-methods';
import { PyFloat } from './float';
import { PyInt, PyLong } from './int';
import { numberIndex, numberLong } from './int-methods';
import { PyDict } from './dict';
import { PyList } from './list';
import { newStr, PyStr, strLen, strType } from './str';
import { PyTuple } from './tuple';

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

function hasGetItem(t: PyType): boolean {
  if (t.lookup('__getitem__') !== null) return true;
  for (const b of t.mro) if (nativeGetItem.has(b)) return true;
  return false;
}

/** PyMapping_Check minus tuple and str: what makes `%` look keys up in its argument. */
function isMappingArg(o: PyObject): boolean {
  if (o instanceof PyTuple || o instanceof PyStr) return false;
  return o instanceof PyDict || o instanceof PyList || hasGetItem(o.type);
}

function hasUser(o: PyObject, name: string): boolean {
  return !o.type.native && o.type.lookup(name) !== null;
}

/** PyNumber_Check: does the object claim to be a number? */
function isNumberLike(o: PyObject): boolean {
  if (o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat) return true;
  return hasUser(o, '__index__') || hasUser(o, '__int__') || hasUser(o, '__float__');
}

/** _PyUnicode_FormatLong: digits of an int for d/i/u/o/x/X with precision and `#`. */
function formatLong(v: bigint, alt: boolean, prec: number, type: string): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = '';
  if (type === 'o') {
    digits = a.toString(8);
    prefix = alt ? '0o' : '';
  } else if (type === 'x' || type === 'X') {
    digits = a.toString(16);
    prefix = alt ? '0x' : '';
  } else digits = specCall(() => intToDecimal(a));
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let out = (neg ? '-' : '') + prefix + digits;
  if (type === 'X') out = out.toUpperCase();
  return out;
}

function wrongType(type: string, o: PyObject): never {
  if (type === 'o' || type === 'x' || type === 'X')
    throwError(TypeError, `%${type} format: an integer is required, not ${o.type.name}`);
  throwError(TypeError, `%${type} format: a real number is required, not ${o.type.name}`);
}

function intArg(o: PyObject, type: string): bigint {
  if (o instanceof PyInt || o instanceof PyLong) return typeof o.v === 'number' ? BigInt(o.v) : o.v;
  if (!isNumberLike(o)) wrongType(type, o);
  let r: PyObject;
  try {
    r = type === 'o' || type === 'x' || type === 'X' ? numberIndex(o) : numberLong(o);
  } catch (e) {
    if (isPyError(e, TypeError)) {
      decref(e.exc);
      wrongType(type, o);
    }
    throw e;
  }
  const v = (r as PyInt | PyLong).v;
  decref(r);
  return typeof v === 'number' ? BigInt(v) : v;
}

function charArg(o: PyObject): string {
  if (o instanceof PyStr) {
    if (strLen(o) === 1) return o.v;
    throwError(TypeError, '%c requires int or char');
  }
  let v: bigint;
  try {
    const r = numberIndex(o) as PyInt | PyLong;
    v = typeof r.v === 'number' ? BigInt(r.v) : r.v;
    decref(r);
  } catch (e) {
    if (isPyError(e, TypeError)) {
      decref(e.exc);
      throwError(TypeError, '%c requires int or char');
    }
    throw e;
  }
  if (v < 0n || v > 0x10ffffn) throwError(OverflowError, '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(v));
}

/** unicode_format_arg_output: width, sign, zero padding and the `0x` prefix around a converted value. */
function pad(text: string, flags: number, width: number, prec: number, type: string, numeric: boolean): string {
  const chars = Array.from(text);
  let len = chars.length;
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return text;
  if ((type === 's' || type === 'r' || type === 'a') && prec >= 0 && len > prec) len = prec;
  let start = 0;
  let sign = '';
  let signed = numeric;
  if (signed) {
    const c = chars[0];
    if (c === '-' || c === '+') {
      sign = c;
      len--;
      start = 1;
    } else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
    else signed = false;
  }
  const fill = signed || numeric ? (flags & F_ZERO ? '0' : ' ') : ' ';
  if (width < len) width = len;
  let out = '';
  if (signed) {
    if (fill !== ' ') out += sign;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (type === 'x' || type === 'X' || type === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += chars[start] + chars[start + 1];
      start += 2;
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
    if (signed) out += sign;
    if (altPrefix) {
      out += chars[start] + chars[start + 1];
      start += 2;
    }
  }
  out += chars.slice(start, start + len).join('');
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/** `fmt % args` (new reference). */
export function percentFormat(fmtObj: PyStr, args: PyObject): PyObject {
  const fmt = fmtObj.v;
  let arglen: number;
  let argidx: number;
  let items: PyObject[] = [];
  if (args instanceof PyTuple) {
    items = args.items;
    arglen = items.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const dict = isMappingArg(args) ? args : null;
  let current = args;
  let owned: PyObject | null = null;
  const parts: string[] = [];
  let written = false;
  let single: PyObject | null = null;

  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? current : items[i];
    }
    throwError(TypeError, 'not enough arguments for format string');
  };

  try {
    let pos = 0;
    const n = fmt.length;
    while (pos < n) {
      if (fmt[pos] !== '%') {
        const start = pos;
        while (pos < n && fmt[pos] !== '%') pos++;
        if (start === 0 && pos === n && !written && fmtObj.type === strType) single = incref(fmtObj);
        parts.push(fmt.slice(start, pos));
        written = true;
        continue;
      }
      pos++;
      if (fmt[pos] === '%') {
        pos++;
        parts.push('%');
        written = true;
        continue;
      }
      let flags = 0;
      let width = -1;
      let prec = -1;
      let ch = '';
      const read = (): boolean => {
        if (pos >= n) return false;
        ch = fmt[pos++];
        return true;
      };
      if (fmt[pos] === '(') {
        if (dict === null) throwError(TypeError, 'format requires a mapping');
        pos++;
        let depth = 1;
        const keyStart = pos;
        while (pos < n && depth > 0) {
          if (fmt[pos] === ')') depth--;
          else if (fmt[pos] === '(') depth++;
          pos++;
        }
        if (depth > 0) throwError(ValueError, 'incomplete format key');
        const key = newStr(fmt.slice(keyStart, pos - 1));
        try {
          const v = getItem(dict, key);
          if (owned !== null) decref(owned);
          owned = current = v;
        } finally {
          decref(key);
        }
        arglen = -1;
        argidx = -2;
      }
      let more = read();
      while (more) {
        const f = ch === '-' ? F_LJUST : ch === '+' ? F_SIGN : ch === ' ' ? F_BLANK : ch === '#' ? F_ALT : ch === '0' ? F_ZERO : 0;
        if (f === 0) break;
        flags |= f;
        more = read();
      }
      if (more && ch === '*') {
        const v = nextArg();
        if (!(v instanceof PyInt || v instanceof PyLong)) throwError(TypeError, '* wants int');
        width = Number(v.v);
        if (width < 0) {
          flags |= F_LJUST;
          width = -width;
        }
        more = read();
      } else if (more && ch >= '0' && ch <= '9') {
        width = ch.charCodeAt(0) - 48;
        while ((more = read()) && ch >= '0' && ch <= '9') {
          width = width * 10 + (ch.charCodeAt(0) - 48);
          if (width > Number.MAX_SAFE_INTEGER / 10) throwError(ValueError, 'width too big');
        }
      }
      if (more && ch === '.') {
        prec = 0;
        more = read();
        if (more && (ch as string) === '*') {
          const v = nextArg();
          if (!(v instanceof PyInt || v instanceof PyLong)) throwError(TypeError, '* wants int');
          prec = Math.max(0, Number(v.v));
          more = read();
        } else if (more && (ch as string) >= '0' && (ch as string) <= '9') {
          prec = ch.charCodeAt(0) - 48;
          while ((more = read()) && ch >= '0' && ch <= '9') {
            prec = prec * 10 + (ch.charCodeAt(0) - 48);
            if (prec > 2147483647) throwError(ValueError, 'precision too big');
          }
        }
      }
      if (more && (ch === 'h' || ch === 'l' || ch === 'L')) more = read();
      if (!more) throwError(ValueError, 'incomplete format');
      const last = pos >= n;
      const v = nextArg();
      let text: string;
      let obj: PyObject | null = null;
      let numeric = false;
      switch (ch) {
        case 's':
        case 'r':
        case 'a':
          if (ch === 's' && v instanceof PyStr && v.type === strType) obj = v;
          text = ch === 's' ? strOf(v) : ch === 'r' ? repr(v) : asciiOf(v);
          break;
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
          text = formatLong(intArg(v, ch), (flags & F_ALT) !== 0, prec, ch);
          numeric = true;
          break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
          const x = asDouble(v);
          const t = floatToText(x, ch, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0);
          text = (t.negative ? '-' : '') + t.body;
          numeric = true;
          break;
        }
        case 'c':
          text = charArg(v);
          break;
        default: {
          const cp = ch.codePointAt(0)!;
          const shown = cp >= 31 && cp <= 126 ? ch : '?';
          throwError(ValueError, `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pos - 1}`);
        }
      }
      const out = pad(text, flags, width, prec, ch, numeric);
      if (out.length > 0) {
        if (!written && last && obj !== null && out === text) single = incref(obj);
        parts.push(out);
        written = true;
      }
      if (dict !== null && argidx < arglen) throwError(TypeError, 'not all arguments converted during string formatting');
    }
    if (argidx < arglen && dict === null) throwError(TypeError, 'not all arguments converted during string formatting');
  } catch (e) {
    if (single !== null) decref(single);
    throw e;
  } finally {
    if (owned !== null) decref(owned);
  }
  if (single !== null && parts.length === 1) return single;
  if (single !== null) decref(single);
  return newStr(parts.join(''));
}
