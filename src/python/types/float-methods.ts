/**
 * float's Python-visible behaviour: repr/str (shortest round-trip, CPython's
 * exponent rules), hash (_Py_HashDouble), the methods and getters, round()
 * with correctly rounded decimal semantics, and the `float(x)` constructor
 * with CPython's string grammar (underscores, inf/nan, Unicode digits).
 */
import { callSpecial } from '../abstract';
import { throwError } from '../errors';
import { fixedDigits } from '../text/float-digits';
import { floatRepr } from '../text/float-repr';
import { hashFloat, type PyHash } from '../hash';
import { decref, incref } from '../memory';
import { PyObject } from '../object';
import { BinOp, binaryOpFor, CmpOp, divmodNumbers, nativeCompare, nativeHash, nativeRepr, richCompare } from '../ops';
import { nativeNew } from './constructors';
import { OverflowError, TypeError, ValueError } from './exception';
import { floatType, newFloat, PyFloat } from './float';
import { newBool, newInt, newIntBig, PyInt, PyLong } from './int';
import { bigOf, intFromFloat, numberIndex } from './int-methods';
import { None, NotImplemented } from './none';
import { newStr, PyStr } from './str';
import { strRepr } from '../text/str-repr';
import { decimalValue, isSpaceCp } from './str-unicode';
import { newTuple } from './tuple';
import { defGetter, defMethod, type KwArgs, type NativeMethod } from './type';

/** int → float with CPython's OverflowError. */
export function intToFloat(o: PyInt | PyLong): number {
  if (o instanceof PyInt) return o.v;
  const x = Number(o.v);
  if (!isFinite(x)) throwError(OverflowError, 'int too large to convert to float');
  return x;
}

function hasUser(o: PyObject, name: string): boolean {
  return !o.type.native && o.type.lookup(name) !== null;
}

/**
 * PyFloat_AsDouble: a float's value, an int converted, or `__float__` /
 * `__index__` of a user object; TypeError "must be real number, not X" otherwise.
 */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt || o instanceof PyLong) return intToFloat(o);
  if (hasUser(o, '__float__')) return floatDunder(o);
  if (hasUser(o, '__index__')) {
    const i = numberIndex(o) as PyInt | PyLong;
    try {
      return intToFloat(i);
    } finally {
      decref(i);
    }
  }
  throwError(TypeError, `must be real number, not ${o.type.name}`);
}

function floatDunder(o: PyObject): number {
  const r = callSpecial(o, '__float__', [])!;
  try {
    if (!(r instanceof PyFloat)) throwError(TypeError, `${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
    return r.v;
  } finally {
    decref(r);
  }
}

/**
 * Parses float() text: surrounding whitespace, sign, digits with single
 * underscores between digits, exponent, inf/infinity/nan in any case.
 * Returns null when the text is not a float literal.
 */
export function parseFloatText(s: string): number | null {
  let t = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) t += ch;
    else if (isSpaceCp(cp)) t += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return null;
      t += String(d);
    }
  }
  t = t.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  const m = /^([+-]?)(.*)$/s.exec(t)!;
  const body = m[2].toLowerCase();
  const neg = m[1] === '-';
  if (body === 'inf' || body === 'infinity') return neg ? -Infinity : Infinity;
  if (body === 'nan') return NaN;
  if (!/^(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/.test(body)) return null;
  const x = Number(body.replace(/_/g, ''));
  return neg ? -x : x;
}

/** PyNumber_Float, i.e. `float(x)` (new reference; an exact float comes back itself). */
export function numberFloat(o: PyObject): PyObject {
  if (o instanceof PyFloat) return o.type === floatType ? incref(o) : newFloat(o.v);
  if (o instanceof PyInt || o instanceof PyLong) return newFloat(intToFloat(o));
  if (o instanceof PyStr) {
    const x = parseFloatText(o.v);
    if (x === null) throwError(ValueError, `could not convert string to float: ${strRepr(o.v)}`);
    return newFloat(x);
  }
  if (hasUser(o, '__float__')) return newFloat(floatDunder(o));
  if (hasUser(o, '__index__')) return newFloat(asDouble(o));
  throwError(TypeError, `float() argument must be a string or a real number, not '${o.type.name}'`);
}

nativeNew.set(floatType, (_type, args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'float() takes no keyword arguments');
  if (args.length > 1) throwError(TypeError, `float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return newFloat(0);
  return numberFloat(args[0]);
});

// ---------------------------------------------------------------- slots

nativeRepr.set(floatType, (o) => floatRepr((o as PyFloat).v));
/** hash(x) exactly (a bigint beyond 2**53; NaN by identity); the registry can only carry a JS number. */
export function floatHash(o: PyFloat): PyHash {
  return hashFloat(o.v, o.addr);
}

nativeHash.set(floatType, (o) => Number(floatHash(o as PyFloat)));
const isNumber = (o: PyObject) => (o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat) && o.type.native;
// The ops fast path compares builtin numbers; this slot only declines everything else.
nativeCompare.set(floatType, (a, b, op) => (isNumber(a) && isNumber(b) ? richCompare(a, b, op) : NotImplemented));

// ---------------------------------------------------------------- rounding

/** round(x): half to even, as an int; inf and nan raise as int(x) does. */
export function roundFloatToInt(x: number): PyObject {
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return intFromFloat(r);
}

/**
 * round(x, ndigits): the correctly rounded decimal (half to even on the
 * exact binary value, as CPython's dtoa-based double_round), read back as a float.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (!isFinite(x)) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const d = fixedDigits(x, ndigits);
  const r = d.digits === '' ? 0 : Number(d.digits + 'e' + (d.decpt - d.digits.length));
  if (!isFinite(r)) throwError(OverflowError, 'rounded value too large to represent');
  return x < 0 || Object.is(x, -0) ? -r : r;
}

// ---------------------------------------------------------------- methods

function selfValue(self: PyObject): number {
  if (self instanceof PyFloat) return self.v;
  throwError(TypeError, `descriptor requires a 'float' object but received a '${self.type.name}'`);
}

function defNoArgs(name: string, fn: (x: number, self: PyObject) => PyObject): void {
  defMethod(floatType, name, (self, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `float.${name}() takes no keyword arguments`);
    if (args.length !== 0) throwError(TypeError, `float.${name}() takes no arguments (${args.length} given)`);
    return fn(selfValue(self), self);
  });
}

const sameFloat = (x: number, self: PyObject) => (self.type === floatType ? incref(self) : newFloat(x));

defNoArgs('is_integer', (x) => newBool(isFinite(x) && Math.trunc(x) === x));
defNoArgs('conjugate', sameFloat);
defNoArgs('__float__', sameFloat);
defNoArgs('__pos__', sameFloat);
defNoArgs('__neg__', (x) => newFloat(-x));
defNoArgs('__abs__', (x) => newFloat(Math.abs(x)));
defNoArgs('__bool__', (x) => newBool(x !== 0));
defNoArgs('__trunc__', (x) => intFromFloat(x));
defNoArgs('__int__', (x) => intFromFloat(x));
defNoArgs('__floor__', (x) => intFromFloat(Math.floor(x)));
defNoArgs('__ceil__', (x) => intFromFloat(Math.ceil(x)));
defNoArgs('__repr__', (x) => newStr(floatRepr(x)));
defNoArgs('__str__', (x) => newStr(floatRepr(x)));
defNoArgs('__hash__', (_x, self) => newIntBig(BigInt(floatHash(self as PyFloat))));
defNoArgs('hex', (x) => newStr(floatHex(x)));
defNoArgs('as_integer_ratio', (x) => {
  if (x !== x) throwError(ValueError, 'cannot convert NaN to integer ratio');
  if (!isFinite(x)) throwError(OverflowError, 'cannot convert Infinity to integer ratio');
  if (x === 0) return newTuple([newInt(0), newInt(1)]);
  const [m, e] = mantissa(x);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else {
    den <<= BigInt(-e);
    while ((num & 1n) === 0n && den > 1n) {
      num >>= 1n;
      den >>= 1n;
    }
  }
  return newTuple([newIntBig(x < 0 ? -num : num), newIntBig(den)]);
});

defMethod(floatType, '__round__', (self, args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'float.__round__() takes no keyword arguments');
  if (args.length > 1) throwError(TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  const x = selfValue(self);
  if (args.length === 0 || args[0] === None) return roundFloatToInt(x);
  const nd = numberIndex(args[0]) as PyInt | PyLong;
  const n = bigOf(nd);
  decref(nd);
  const clamped = n > 10000n ? 10000 : n < -10000n ? -10000 : Number(n);
  return newFloat(roundFloat(x, clamped));
});

defGetter(floatType, 'real', (o) => sameFloat(selfValue(o), o));
defGetter(floatType, 'imag', () => newFloat(0));

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** |x| = m * 2**e with m an integer (x finite, non-zero). */
function mantissa(x: number): [bigint, number] {
  f64[0] = x;
  const hi = LITTLE ? u32[1] : u32[0];
  const lo = LITTLE ? u32[0] : u32[1];
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return [frac, -1074];
  return [frac | (1n << 52n), biased - 1075];
}

/** float.hex(): `0x1.4000000000000p+1`, subnormals as `0x0.…p-1022`. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  f64[0] = x;
  const hi = LITTLE ? u32[1] : u32[0];
  const lo = LITTLE ? u32[0] : u32[1];
  const biased = (hi >>> 20) & 0x7ff;
  const frac = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? 0 : 1}.${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

// Arithmetic and comparison dunders for explicit calls such as `float.__add__(a, b)`.
const arith = binaryOpFor;
const BINARY: [string, (a: PyObject, b: PyObject) => PyObject][] = [
  ['add', arith(BinOp.Add)], ['sub', arith(BinOp.Sub)], ['mul', arith(BinOp.Mul)], ['truediv', arith(BinOp.TrueDiv)],
  ['floordiv', arith(BinOp.FloorDiv)], ['mod', arith(BinOp.Mod)], ['divmod', divmodNumbers], ['pow', arith(BinOp.Pow)],
];
for (const [name, apply] of BINARY) {
  const method = (reflected: boolean): NativeMethod => (self, args, kw: KwArgs) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `float.__${reflected ? 'r' : ''}${name}__() takes no keyword arguments`);
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const other = args[0];
    if (!isNumber(other)) return incref(NotImplemented);
    return reflected ? apply(other, self) : apply(self, other);
  };
  defMethod(floatType, `__${name}__`, method(false));
  defMethod(floatType, `__r${name}__`, method(true));
}

const COMPARE: [string, CmpOp][] = [
  ['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__eq__', CmpOp.Eq],
  ['__ne__', CmpOp.Ne], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge],
];
for (const [name, op] of COMPARE) {
  defMethod(floatType, name, (self, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `float.${name}() takes no keyword arguments`);
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    if (!isNumber(args[0])) return incref(NotImplemented);
    return richCompare(self, args[0], op);
  });
}
