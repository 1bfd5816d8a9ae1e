/**
 * int's Python-visible behaviour: repr (with CPython's 4300-digit limit),
 * hash, the methods and getters of int, the `int(x, base)` constructor, and
 * the conversions other types share (PyNumber_Index, PyNumber_Long, int
 * literal parsing). bool's own pieces live in bool-methods.ts.
 */
import { clinicCall } from '../hidden-allocs';
import { callSpecial } from '../abstract';
import { throwError } from '../errors';
import { IntTextError, intToString, invalidIntLiteral, parseIntText as parseIntLiteral } from '../text/int-text';
import { hashInt, type PyHash } from '../hash';
import { decref, incref } from '../memory';
import { PyObject } from '../object';
import { BinOp, binaryOpFor, CmpOp, divmodNumbers, nativeCompare, nativeHash, nativeRepr, richCompare, UnaryOp, unaryOp } from '../ops';
import { nativeNew } from './constructors';
import { OverflowError, TypeError, ValueError } from './exception';
import { newFloat, PyFloat } from './float';
import { intType, intValueBig, newBool, newInt, newIntBig, PyInt, PyLong } from './int';
import { None, NotImplemented } from './none';
import { modPow } from '../num/mod-pow';
import { freshStr, newStr, PyStr } from './str';
import { newTuple } from './tuple';
import { defGetter, defMethod, type KwArgs, type NativeMethod } from './type';
import { bigIntBitLength } from '../num/arith';

/** The value of an int (or bool) as a bigint. */
export function bigOf(o: PyInt | PyLong): bigint {
  return intValueBig(o);
}

/** Decimal text of an int, raising CPython's ValueError past sys.get_int_max_str_digits() digits. */
export function intText(o: PyInt | PyLong): string {
  if (o instanceof PyInt && o.v < 1e15 && o.v > -1e15) return String(o.v);
  try {
    return intToString(bigOf(o), 10);
  } catch (e) {
    if (e instanceof IntTextError) throwError(ValueError, e.message);
    throw e;
  }
}

/** A plain-int copy of an int or bool (int(True) is 1, not True); exact ints come back themselves. */
export function plainInt(o: PyInt | PyLong): PyObject {
  if (o.type === intType) return incref(o);
  return o instanceof PyInt ? newInt(o.v) : newIntBig(o.v);
}

// ---------------------------------------------------------------- conversions

function hasUser(o: PyObject, name: string): boolean {
  return !o.type.native && o.type.lookup(name) !== null;
}

/** PyNumber_Index: an int for an int or an `__index__` object (new reference), else TypeError. */
export function numberIndex(o: PyObject): PyObject {
  if (o instanceof PyInt || o instanceof PyLong) return incref(o);
  if (hasUser(o, '__index__')) {
    const r = callSpecial(o, '__index__', [])!;
    if (!(r instanceof PyInt || r instanceof PyLong)) {
      const n = r.type.name;
      decref(r);
      throwError(TypeError, `__index__ returned non-int (type ${n})`);
    }
    return r;
  }
  throwError(TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** int(float): truncation toward zero, with CPython's errors for inf and nan. */
export function intFromFloat(x: number): PyObject {
  if (x !== x) throwError(ValueError, 'cannot convert float NaN to integer');
  if (!isFinite(x)) throwError(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return newInt(t + 0);
  return newIntBig(BigInt(t));
}

function callIntLike(o: PyObject, name: string, what: string): PyObject {
  const r = callSpecial(o, name, [])!;
  if (r instanceof PyInt || r instanceof PyLong) {
    if (r.type === intType) return r;
    const p = plainInt(r);
    decref(r);
    return p;
  }
  const n = r.type.name;
  decref(r);
  throwError(TypeError, `${name} returned non-${what} (type ${n})`);
}

/** PyNumber_Long, i.e. `int(x)` with one argument (new reference). */
export function numberLong(o: PyObject): PyObject {
  if (o instanceof PyInt || o instanceof PyLong) return plainInt(o);
  if (o instanceof PyFloat) return intFromFloat(o.v);
  if (o instanceof PyStr) return newIntBig(parseIntText(o.v, 10));
  if (hasUser(o, '__int__')) return callIntLike(o, '__int__', 'int');
  if (hasUser(o, '__index__')) return callIntLike(o, '__index__', 'int');
  if (hasUser(o, '__trunc__')) {
    const r = callSpecial(o, '__trunc__', [])!;
    if (r instanceof PyInt || r instanceof PyLong) {
      const p = plainInt(r);
      decref(r);
      return p;
    }
    try {
      if (!hasUser(r, '__index__')) throwError(TypeError, `__trunc__ returned non-Integral (type ${r.type.name})`);
      return numberIndex(r);
    } finally {
      decref(r);
    }
  }
  throwError(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`);
}

/**
 * int(s, base) for a str (PyLong_FromUnicodeObject, via the shared text
 * library): raises ValueError with CPython's message for a bad literal or base.
 */
export function parseIntText(s: string, base: number): bigint {
  let v: bigint | null;
  try {
    v = parseIntLiteral(s, base);
  } catch (e) {
    if (e instanceof IntTextError) throwError(ValueError, e.message);
    throw e;
  }
  if (v === null) throwError(ValueError, invalidIntLiteral(s, base));
  return v;
}

// ---------------------------------------------------------------- constructor

/** `int()`, `int(x)`, `int(x, base)`. */
function intNew(_type: unknown, args: PyObject[], kw: KwArgs): PyObject {
  clinicCall('int', 1, args.length, 0, 2, kw);
  const x: PyObject | null = args[0] ?? null;
  let baseObj: PyObject | null = args[1] ?? null;
  const total = args.length + (kw === null ? 0 : kw.size);
  if (total > 2) throwError(TypeError, `int() takes at most 2 arguments (${total} given)`);
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'base') throwError(TypeError, `'${k}' is an invalid keyword argument for int()`);
      if (baseObj !== null) throwError(TypeError, "argument for int() given by name ('base') and position (2)");
      baseObj = v;
    }
  }
  if (x === null) {
    if (baseObj !== null) throwError(TypeError, 'int() missing string argument');
    return newInt(0);
  }
  if (baseObj === null) return numberLong(x);
  const bi = numberIndex(baseObj) as PyInt | PyLong;
  const base = Number(bigOf(bi));
  decref(bi);
  if (!(x instanceof PyStr)) throwError(TypeError, "int() can't convert non-string with explicit base");
  return newIntBig(parseIntText(x.v, base));
}

nativeNew.set(intType, intNew);

// ---------------------------------------------------------------- slots

nativeRepr.set(intType, (o) => intText(o as PyInt | PyLong));
/** hash(n) exactly (a bigint beyond 2**53); the registry below can only carry a JS number. */
export function intHash(o: PyInt | PyLong): PyHash {
  return hashInt(o.v);
}

nativeHash.set(intType, (o) => Number(intHash(o as PyInt | PyLong)));
/** True for the builtin numbers the comparison fast path understands. */
function isNumber(o: PyObject): boolean {
  return (o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat) && o.type.native;
}

// The ops fast path compares builtin numbers; this slot only declines everything else.
nativeCompare.set(intType, (a, b, op) => (isNumber(a) && isNumber(b) ? richCompare(a, b, op) : NotImplemented));

// ---------------------------------------------------------------- methods

function noArgs(owner: string, name: string, args: PyObject[], kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throwError(TypeError, `${owner}.${name}() takes no keyword arguments`);
  if (args.length !== 0) throwError(TypeError, `${owner}.${name}() takes no arguments (${args.length} given)`);
}

function intSelf(self: PyObject): PyInt | PyLong {
  if (self instanceof PyInt || self instanceof PyLong) return self;
  throwError(TypeError, `descriptor requires a 'int' object but received a '${self.type.name}'`);
}

function defNoArgs(name: string, fn: (self: PyInt | PyLong) => PyObject): void {
  defMethod(intType, name, (self, args, kw) => {
    noArgs('int', name, args, kw);
    return fn(intSelf(self));
  });
}

defNoArgs('bit_length', (o) => newInt(o instanceof PyInt ? (o.v === 0 ? 0 : Math.abs(o.v).toString(2).length) : bigIntBitLength(o.v)));
defNoArgs('bit_count', (o) => {
  let v = bigOf(o);
  if (v < 0n) v = -v;
  let n = 0;
  for (const c of v.toString(2)) if (c === '1') n++;
  return newInt(n);
});
defNoArgs('conjugate', plainInt);
defNoArgs('as_integer_ratio', (o) => newTuple([plainInt(o), newInt(1)]));
for (const name of ['__index__', '__int__', '__trunc__', '__floor__', '__ceil__', '__pos__']) defNoArgs(name, plainInt);
defNoArgs('__float__', (o) => {
  const x = Number(bigOf(o));
  if (!isFinite(x)) throwError(OverflowError, 'int too large to convert to float');
  return newFloat(x);
});
defNoArgs('__neg__', (o) => unaryOp(o, UnaryOp.Neg));
defNoArgs('__invert__', (o) => unaryOp(o, UnaryOp.Invert));
defNoArgs('__abs__', (o) => newIntBig(bigOf(o) < 0n ? -bigOf(o) : bigOf(o)));
defNoArgs('__bool__', (o) => newBool(bigOf(o) !== 0n));
// long_to_decimal_string: a new str even for one digit (bool's own methods are elsewhere).
defNoArgs('__repr__', (o) => freshStr(intText(o)));
defNoArgs('__str__', (o) => freshStr(intText(o)));
defNoArgs('__hash__', (o) => newIntBig(BigInt(intHash(o))));

/** round(n, ndigits) for ints: half-to-even at a power of ten when ndigits < 0. */
export function roundInt(o: PyInt | PyLong, ndigits: number | null): PyObject {
  if (ndigits === null || ndigits >= 0) return plainInt(o);
  const v = bigOf(o);
  const m = 10n ** BigInt(-ndigits);
  let q = v / m;
  let r = v % m;
  if (r < 0n) {
    q -= 1n;
    r += m;
  }
  const twice = 2n * r;
  if (twice > m || (twice === m && (q & 1n) === 1n)) q += 1n;
  return newIntBig(q * m);
}

defMethod(intType, '__round__', (self, args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'int.__round__() takes no keyword arguments');
  if (args.length > 1) throwError(TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return plainInt(intSelf(self));
  const nd = numberIndex(args[0]);
  try {
    const n = bigOf(nd as PyInt | PyLong);
    if (n >= 0n) return plainInt(intSelf(self));
    if (n < -1000000n) return newInt(0);
    return roundInt(intSelf(self), Number(n));
  } finally {
    decref(nd);
  }
});

defGetter(intType, 'real', (o) => plainInt(intSelf(o)));
defGetter(intType, 'numerator', (o) => plainInt(intSelf(o)));
defGetter(intType, 'imag', () => newInt(0));
defGetter(intType, 'denominator', () => newInt(1));

defMethod(intType, 'to_bytes', () => throwError(TypeError, 'int.to_bytes() is not supported by Memory Lane (bytes are outside the subset)'));
defMethod(intType, 'from_bytes', () => throwError(TypeError, 'int.from_bytes() is not supported by Memory Lane (bytes are outside the subset)'), 'classmethod');

// Arithmetic and comparison dunders for explicit calls such as `int.__add__(a, b)`.
const arith = binaryOpFor;
const BINARY: [string, (a: PyObject, b: PyObject) => PyObject][] = [
  ['add', arith(BinOp.Add)], ['sub', arith(BinOp.Sub)], ['mul', arith(BinOp.Mul)], ['truediv', arith(BinOp.TrueDiv)],
  ['floordiv', arith(BinOp.FloorDiv)], ['mod', arith(BinOp.Mod)], ['divmod', divmodNumbers], ['pow', arith(BinOp.Pow)],
  ['lshift', arith(BinOp.LShift)], ['rshift', arith(BinOp.RShift)], ['and', arith(BinOp.And)], ['or', arith(BinOp.Or)],
  ['xor', arith(BinOp.Xor)],
];
for (const [name, apply] of BINARY) {
  const method = (reflected: boolean): NativeMethod => (self, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `int.__${reflected ? 'r' : ''}${name}__() takes no keyword arguments`);
    const max = name === 'pow' ? 2 : 1;
    if (args.length < 1 || args.length > max)
      throwError(TypeError, `expected ${max === 1 ? '1 argument' : '1 or 2 arguments'}, got ${args.length}`);
    const other = args[0];
    if (!(other instanceof PyInt || other instanceof PyLong)) return incref(NotImplemented);
    const mod = args[1];
    if (mod !== undefined && mod !== None) {
      // long_pow with a modulus (the ternary slot `pow(a, b, m)` reaches).
      if (!(mod instanceof PyInt || mod instanceof PyLong)) return incref(NotImplemented);
      const [x, y] = reflected ? [other, intSelf(self)] : [intSelf(self), other];
      return newIntBig(modPow(intValueBig(x), intValueBig(y), intValueBig(mod)));
    }
    const a = plainInt(intSelf(self));
    const b = plainInt(other);
    try {
      return reflected ? apply(b, a) : apply(a, b);
    } finally {
      decref(a);
      decref(b);
    }
  };
  defMethod(intType, `__${name}__`, method(false));
  defMethod(intType, `__r${name}__`, method(true));
}

const COMPARE: [string, CmpOp][] = [
  ['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__eq__', CmpOp.Eq],
  ['__ne__', CmpOp.Ne], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge],
];
for (const [name, op] of COMPARE) {
  defMethod(intType, name, (self, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `int.${name}() takes no keyword arguments`);
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const other = args[0];
    if (!(other instanceof PyInt || other instanceof PyLong || other instanceof PyFloat)) return incref(NotImplemented);
    const a = plainInt(intSelf(self));
    try {
      return richCompare(a, other, op);
    } finally {
      decref(a);
    }
  });
}
