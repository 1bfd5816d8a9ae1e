/**
 * `format % args` for str: the object side of printf-style formatting. The
 * shared text library (text/percent-format.ts) parses and lays out; this file
 * classifies the right operand as CPython does, supplies the conversions
 * (str/repr/ascii, int()/__index__/float() with CPython's TypeErrors), and
 * keeps CPython's identities: a template without conversions comes back
 * itself, and `'%s' % s` is s for an exact str s.
 */
import { getItem, nativeGetItem } from '../abstract';
import { isPyError, throwError } from '../errors';
import { asciiObject, reprObject, strObject } from '../format';
import { decref, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { PercentFormatError, percentFormat as formatText, type PercentArgs, type PercentConverters } from '../text/percent-format';
import { PyDict } from './dict';
import { OverflowError, TypeError, ValueError } from './exception';
import { PyFloat } from './float';
import { asDouble } from './float-methods';
import { PyInt, PyLong } from './int';
import { numberIndex, numberLong } from './int-methods';
import { PyList } from './list';
import { newStr, PyStr, strType } from './str';
import { PyTuple } from './tuple';

function hasGetItem(t: PyType): boolean {
  if (t.lookup('__getitem__') !== null) return true;
  for (const b of t.mro) if (nativeGetItem.has(b)) return true;
  return false;
}

/** PyMapping_Check minus tuple and str: what makes `%` look keys up in its operand. */
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

function wrongType(conv: string, o: PyObject): never {
  if (conv === 'o' || conv === 'x' || conv === 'X')
    throwError(TypeError, `%${conv} format: an integer is required, not ${o.type.name}`);
  throwError(TypeError, `%${conv} format: a real number is required, not ${o.type.name}`);
}

function bigOfInt(o: PyObject): bigint {
  const v = (o as PyInt | PyLong).v;
  return typeof v === 'number' ? BigInt(v) : v;
}

/** mainformatlong's conversion: int() for d/i/u, __index__ for o/x/X, with CPython's TypeErrors. */
function toInt(o: PyObject, conv: string): bigint {
  if (o instanceof PyInt || o instanceof PyLong) return bigOfInt(o);
  if (conv === 'c' || conv === '*') {
    const r = numberIndex(o);
    try {
      return bigOfInt(r);
    } finally {
      decref(r);
    }
  }
  if (!isNumberLike(o)) wrongType(conv, o);
  let r: PyObject;
  try {
    r = conv === 'o' || conv === 'x' || conv === 'X' ? numberIndex(o) : numberLong(o);
  } catch (e) {
    if (isPyError(e, TypeError)) {
      e.drop();
      wrongType(conv, o);
    }
    throw e;
  }
  try {
    return bigOfInt(r);
  } finally {
    decref(r);
  }
}

/**
 * The converters of a format: `%s`, `%r` and `%a` make the str PyObject_Str, _Repr or
 * _ASCII gives, write it and let it go, as unicode_format_arg does; `keep`, when
 * given, is handed that str instead (a format that is one conversion and nothing
 * else can give it back as it is).
 */
function convertersFor(keep: ((s: PyStr) => void) | null): PercentConverters {
  const text = (s: PyObject) => {
    const t = (s as PyStr).v;
    if (keep !== null) keep(s as PyStr);
    else decref(s);
    return t;
  };
  return {
    str: (o) => text(strObject(o as PyObject)),
    repr: (o) => text(reprObject(o as PyObject)),
    ascii: (o) => text(asciiObject(o as PyObject)),
    toInt: (o, conv) => toInt(o as PyObject, conv),
    toFloat: (o) => asDouble(o as PyObject),
    isInt: (o) => o instanceof PyInt || o instanceof PyLong,
    charOf: (o) => (o instanceof PyStr ? o.v : null),
  };
}

const converters = convertersFor(null);

// One conversion and nothing else: CPython writes the str it made as it is, and gives it back unless padded or cut.
const SINGLE = /^%(\([^)]*\))?[-#0]*\d*(\.\d+)?[sra]$/;

/** `fmt % args` (new reference). */
export function percentFormat(fmtObj: PyStr, args: PyObject): PyObject {
  const fmt = fmtObj.v;
  // Objects looked up by %(key) stay alive until the text is built.
  const fetched: PyObject[] = [];
  let spec: PercentArgs;
  if (args instanceof PyTuple) spec = { kind: 'tuple', items: args.items };
  else if (isMappingArg(args)) {
    spec = {
      kind: 'mapping',
      item: args,
      get: (key: string) => {
        const k = newStr(key);
        try {
          const v = getItem(args, k);
          fetched.push(v);
          return v;
        } finally {
          decref(k);
        }
      },
    };
  } else spec = { kind: 'single', item: args };
  let text: string;
  // (At most one str is made for a single conversion: it raised, or it is the result, or it goes.)
  const kept: { made: PyStr | null } = { made: null };
  try {
    text = formatText(fmt, spec, SINGLE.test(fmt) ? convertersFor((s) => (kept.made = s)) : converters);
  } catch (e) {
    for (const v of fetched) decref(v);
    if (kept.made !== null) decref(kept.made);
    if (e instanceof PercentFormatError) {
      throwError(e.pyType === 'OverflowError' ? OverflowError : e.pyType === 'ValueError' ? ValueError : TypeError, e.message);
    }
    throw e;
  }
  try {
    if (text === fmt && fmtObj.type === strType && !fmt.includes('%')) return incref(fmtObj);
    const single = kept.made;
    if (single !== null) {
      if (single.v === text && text.length > 0) return single;
      decref(single);
    }
    return newStr(text);
  } finally {
    for (const v of fetched) decref(v);
  }
}
