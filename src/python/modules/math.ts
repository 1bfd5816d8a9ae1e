/**
 * The `math` module (Modules/mathmodule.c): CPython's argument handling,
 * special values and error rules ("math domain error" when a finite input
 * gives NaN or an infinity that is not an overflow, "math range error" on
 * overflow), over glibc's algorithms (cbrt here, the rest in ../num/) where
 * CPython prints their last digits, which are not always V8's, and over the JS
 * Math functions elsewhere.
 */
import { varargsFunction } from '../hidden-allocs';
import { callSpecial, toArray } from '../abstract';
import { bindArgs, noKwargs } from '../args';
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { exponential } from '../num/math-exp';
import { glibcPow } from '../num/math-pow';
import { hyperbolicCosine, hyperbolicSine, hyperbolicTangent } from '../num/math-hyperbolic';
import { expm1 } from '../num/math-expm1';
import { log10 } from '../num/math-log10';
import { log2 } from '../num/math-log2';
import { log1p } from '../num/math-log1p';
import { exp2 } from '../num/math-exp2';
import { inverseHyperbolicCosine, inverseHyperbolicSine, inverseHyperbolicTangent } from '../num/math-inverse-hyperbolic';
import { atan, atan2 } from '../num/math-atan';
import { acos, asin } from '../num/math-asin';
import { pow2 } from '../num/arith';
import { SPLIT } from '../num/fma';
import { naturalLog } from '../num/math-log';
import { cosine, sine } from '../num/math-sin';
import { tangent } from '../num/math-tan';
import { PyObject } from '../object';
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from '../types/exception';
import { newFloat, PyFloat } from '../types/float';
import { asDouble } from '../types/float-methods';
import { newBool, newInt, PyInt, PyLong } from '../types/int';
import { intFromFloat } from '../types/int-methods';
import { newTuple } from '../types/tuple';
import { makeBuiltin, type NativeFn } from '../types/type';
import { comb, factorial, fsum, gcd, isqrt, lcm, perm, prod } from './math-int';
import { newModuleWith } from './module-util';

function domain(): never {
  throwError(ValueError, 'math domain error');
}

function range(): never {
  throwError(OverflowError, 'math range error');
}

/** math_1: one float in, one float out, with CPython's error classification. */
function math1(fn: (x: number) => number, canOverflow: boolean): (o: PyObject) => PyObject {
  return (o) => {
    const x = asDouble(o);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!isFinite(r) && !Number.isNaN(r) && isFinite(x)) (canOverflow ? range : domain)();
    return newFloat(r);
  };
}

/** A METH_O function: `math.name() takes exactly one argument (n given)`. */
function unary(name: string, fn: (o: PyObject) => PyObject): PyObject {
  return makeBuiltin(name, (args, kw) => {
    noKwargs(`math.${name}`, kw);
    if (args.length !== 1) throwError(TypeError, `math.${name}() takes exactly one argument (${args.length} given)`);
    return fn(args[0]);
  });
}

/** A fixed-arity fastcall function: `name expected 2 arguments, got 1`. */
function binary(name: string, fn: (a: PyObject, b: PyObject) => PyObject): PyObject {
  return makeBuiltin(name, (args, kw) => {
    noKwargs(name, kw);
    if (args.length !== 2) throwError(TypeError, `${name} expected 2 arguments, got ${args.length}`);
    return fn(args[0], args[1]);
  });
}

function varargs(name: string, fn: NativeFn): PyObject {
  return makeBuiltin(name, (args, kw) => {
    noKwargs(name, kw);
    return fn(args, null);
  });
}

// ---------------------------------------------------------------- glibc's cbrt

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** frexp: [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !isFinite(x)) return [x, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let hi = buf.getUint32(0);
  let exp = (hi >>> 20) & 0x7ff;
  let shift = 0;
  if (exp === 0) {
    // Subnormal: scale into the normal range first.
    buf.setFloat64(0, x * 2 ** 54);
    hi = buf.getUint32(0);
    exp = (hi >>> 20) & 0x7ff;
    shift = 54;
  }
  const e = exp - 1022 - shift;
  buf.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [buf.getFloat64(0), e];
}

/** ldexp(x, e) = x * 2**e, exact (scaled in steps so intermediate powers stay finite). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !isFinite(x)) return x;
  let r = x;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
    if (!isFinite(r)) return r;
  }
  while (e < -1000) {
    // Avoid double rounding into subnormals: keep the last step as one multiplication.
    if (e >= -2000) {
      r *= 2 ** (e + 1000);
      e = -1000;
      break;
    }
    r *= 2 ** -1000;
    e += 1000;
  }
  return r * 2 ** e;
}

/** glibc's __cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial guess and one Halley step. */
export function cbrt(x: number): number {
  const [xm, xe] = frexp(Math.abs(x));
  if (xe === 0 && (x === 0 || !isFinite(x))) return x + x;
  const u =
    0.354895765043919860 +
    (1.50819193781584896 +
      (-2.11499494167371287 +
        (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

// ---------------------------------------------------------------- pow, fmod, log

function mathPow(a: PyObject, b: PyObject): PyObject {
  const x = asDouble(a);
  const y = asDouble(b);
  // C99's pow, as glibc computes it, for infinities and NaNs too (math_pow_impl's own special cases agree).
  const r = glibcPow(x, y);
  if (isFinite(x) && isFinite(y) && !isFinite(r)) {
    // A NaN only from a negative base to a non-integer power; an infinity from 0 to a negative power, or overflow.
    if (Number.isNaN(r) || x === 0) domain();
    range();
  }
  return newFloat(r);
}

function fmod(a: PyObject, b: PyObject): PyObject {
  const x = asDouble(a);
  const y = asDouble(b);
  if (!isFinite(y) && isFinite(x)) return newFloat(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
  return newFloat(r);
}

/** loghelper: ints too big for a float are logged through frexp, as CPython does. */
function logOf(o: PyObject, fn: (x: number) => number): number {
  if (o instanceof PyLong || o instanceof PyInt) {
    const v = typeof o.v === 'number' ? BigInt(o.v) : o.v;
    if (v <= 0n) domain();
    const x = Number(v);
    if (isFinite(x)) return fn(x);
    const bits = v.toString(2).length;
    // v = m * 2**bits with 0.5 <= m < 1; the top 64 bits carry all the precision a double can hold.
    const top = Number(v >> BigInt(Math.max(0, bits - 64))) / 2 ** Math.min(bits, 64);
    return fn(top) + fn(2.0) * bits;
  }
  const x = asDouble(o);
  if (Number.isNaN(x)) return x;
  if (x <= 0) {
    if (x === 0 || isFinite(x)) domain();
    domain();
  }
  return fn(x);
}

const log = makeBuiltin('log', varargsFunction((args, kw) => {
  noKwargs('log', kw);
  if (args.length < 1 || args.length > 2) throwError(TypeError, 'math.log requires 1 to 2 arguments');
  const num = logOf(args[0], naturalLog);
  if (args.length === 1) return newFloat(num);
  const den = logOf(args[1], naturalLog);
  if (den === 0) throwError(ZeroDivisionError, 'float division by zero');
  return newFloat(num / den);
}));

// ---------------------------------------------------------------- rounding

function roundVia(name: '__floor__' | '__ceil__', fn: (x: number) => number): (o: PyObject) => PyObject {
  return (o) => {
    if (o instanceof PyFloat && o.type.native) return intFromFloat(fn(o.v));
    const r = callSpecial(o, name, []);
    if (r !== null) return r;
    return intFromFloat(fn(asDouble(o)));
  };
}

function trunc(o: PyObject): PyObject {
  if (o instanceof PyFloat && o.type.native) return intFromFloat(Math.trunc(o.v));
  const r = callSpecial(o, '__trunc__', []);
  if (r === null) throwError(TypeError, `type ${o.type.name} doesn't define __trunc__ method`);
  return r;
}

// ---------------------------------------------------------------- misc

function isclose(args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const [a, b, rt, at] = bindArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], { required: 2, kwOnlyFrom: 2 });
  const x = asDouble(a!);
  const y = asDouble(b!);
  const relTol = rt === null ? 1e-9 : asDouble(rt);
  const absTol = at === null ? 0.0 : asDouble(at);
  if (relTol < 0 || absTol < 0) throwError(ValueError, 'tolerances must be non-negative');
  if (x === y) return newBool(true);
  if (!isFinite(x) || !isFinite(y)) return newBool(false);
  const diff = Math.abs(y - x);
  return newBool((diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x)) || diff <= absTol);
}

/**
 * The Euclidean norm as CPython 3.11's vector_norm computes it (hypot and dist):
 * the coordinates scaled by a power of two so the largest is in [0.5, 1), squared
 * exactly by splitting, summed with compensation (Neumaier's, three accumulators),
 * and the square root corrected by one differential step. Its results are almost
 * always correctly rounded but not always, which is why V8's Math.hypot (a third
 * of random inputs off by an ulp) will not do. A largest coordinate so small that
 * its scale would overflow is divided out instead.
 */
function vectorNorm(v: number[]): number {
  let max = 0;
  let sawNan = false;
  for (const x of v) {
    const a = Math.abs(x);
    if (Number.isNaN(a)) sawNan = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return Infinity;
  if (sawNan) return NaN;
  if (max === 0 || v.length <= 1) return max;
  const maxE = frexp(max)[1];
  let csum = 1;
  let frac1 = 0;
  // (oldcsum - csum) + x: what adding x to csum lost (|csum| >= |x| throughout).
  const add = (x: number): number => {
    const old = csum;
    csum += x;
    return old - csum + x;
  };
  if (maxE < -1023) {
    for (const c of v) {
      const x = Math.abs(c) / max;
      frac1 += add(x * x);
    }
    return max * Math.sqrt(csum - 1 + frac1);
  }
  const scale = pow2(-maxE);
  let frac2 = 0;
  let frac3 = 0;
  for (const c of v) {
    const x = Math.abs(c) * scale;
    const t = x * SPLIT;
    const hi = t - (t - x);
    const lo = x - hi;
    frac1 += add(hi * hi);
    frac2 += add(2 * hi * lo);
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1 + (frac1 + frac2 + frac3));
  const t = h * SPLIT;
  const hi = t - (t - h);
  const lo = h - hi;
  frac1 += add(-hi * hi);
  frac2 += add(-2 * hi * lo);
  frac3 += add(-lo * lo);
  const x = csum - 1 + (frac1 + frac2 + frac3);
  return (h + x / (2 * h)) / scale;
}

function hypot(args: PyObject[]): PyObject {
  return newFloat(vectorNorm(args.map(asDouble)));
}

function dist(p: PyObject, q: PyObject): PyObject {
  const ps = toArray(p);
  const qs = toArray(q);
  try {
    if (ps.length !== qs.length) throwError(ValueError, 'both points must have the same number of dimensions');
    const diffs = ps.map((x, i) => asDouble(x) - asDouble(qs[i]));
    return newFloat(vectorNorm(diffs));
  } finally {
    for (const x of ps) decref(x);
    for (const x of qs) decref(x);
  }
}

function modf(o: PyObject): PyObject {
  const x = asDouble(o);
  if (!isFinite(x)) {
    if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
    return newTuple([newFloat(Math.sign(x) * 0), newFloat(x)]);
  }
  const i = Math.trunc(x);
  const f = x - i;
  return newTuple([newFloat(f === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : f), newFloat(i === 0 && x < 0 ? -0 : i)]);
}

function frexpFn(o: PyObject): PyObject {
  const [m, e] = frexp(asDouble(o));
  return newTuple([newFloat(m), newInt(e)]);
}

function ldexpFn(a: PyObject, b: PyObject): PyObject {
  const x = asDouble(a);
  if (!(b instanceof PyInt || b instanceof PyLong)) throwError(TypeError, 'Expected an int as second argument to ldexp.');
  const e = typeof b.v === 'number' ? b.v : b.v > 100000n ? 100000 : b.v < -100000n ? -100000 : Number(b.v);
  const r = ldexp(x, Math.max(-100000, Math.min(100000, e)));
  if (!isFinite(r) && isFinite(x)) range();
  return newFloat(r);
}

function nextafter(a: PyObject, b: PyObject): PyObject {
  const x = asDouble(a);
  const y = asDouble(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(NaN);
  if (x === y) return newFloat(y);
  if (x === 0) return newFloat(y > 0 ? 5e-324 : -5e-324);
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  buf.setBigUint64(0, bits);
  return newFloat(buf.getFloat64(0));
}

function ulp(o: PyObject): PyObject {
  let x = Math.abs(asDouble(o));
  if (Number.isNaN(x) || !isFinite(x)) return newFloat(x);
  if (x === Number.MAX_VALUE) {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    buf.setBigUint64(0, buf.getBigUint64(0) - 1n);
    return newFloat(x - buf.getFloat64(0));
  }
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  buf.setBigUint64(0, buf.getBigUint64(0) + 1n);
  x = buf.getFloat64(0) - x;
  return newFloat(x);
}

/** m_remainder: IEEE 754 remainder, ties to the even multiple, computed without rounding error. */
function remainder(a: PyObject, b: PyObject): PyObject {
  const x = asDouble(a);
  const y = asDouble(b);
  let r: number;
  if (isFinite(x) && isFinite(y)) {
    if (y === 0) domain();
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let q: number;
    if (m < c) q = m;
    else if (m > c) q = -c;
    else q = m - 2.0 * ((0.5 * (absx - m)) % absy);
    r = (x < 0 || Object.is(x, -0) ? -1 : 1) * q;
  } else if (Number.isNaN(x)) r = x;
  else if (Number.isNaN(y)) r = y;
  else if (!isFinite(x)) domain();
  else r = x;
  return newFloat(r);
}

/**
 * m_atan2: CPython answers infinities, NaNs and a zero y itself (C99's Annex F
 * values) before it asks the C library.
 */
function mathAtan2(a: PyObject, b: PyObject): PyObject {
  const y = asDouble(a);
  const x = asDouble(b);
  const xPositive = x > 0 || Object.is(x, 0);
  const yNegative = y < 0 || Object.is(y, -0);
  let r: number;
  if (Number.isNaN(x) || Number.isNaN(y)) r = NaN;
  else if (!isFinite(y)) {
    const angle = !isFinite(x) ? (xPositive ? 0.25 * Math.PI : 0.75 * Math.PI) : 0.5 * Math.PI;
    r = yNegative ? -angle : angle;
  } else if (!isFinite(x) || y === 0) {
    const angle = xPositive ? 0 : Math.PI;
    r = yNegative ? -angle : angle;
  } else r = atan2(y, x);
  return newFloat(r);
}

const predicate = (fn: (x: number) => boolean) => (o: PyObject) => newBool(fn(asDouble(o)));

/** Static math functions, shared by every run. */
const functions: [string, PyObject][] = [
  ['acos', unary('acos', math1(acos, false))],
  ['acosh', unary('acosh', math1(inverseHyperbolicCosine, false))],
  ['asin', unary('asin', math1(asin, false))],
  ['asinh', unary('asinh', math1(inverseHyperbolicSine, false))],
  ['atan', unary('atan', math1(atan, false))],
  ['atan2', binary('atan2', mathAtan2)],
  ['atanh', unary('atanh', math1(inverseHyperbolicTangent, false))],
  ['cbrt', unary('cbrt', math1(cbrt, false))],
  ['ceil', unary('ceil', roundVia('__ceil__', Math.ceil))],
  ['comb', binary('comb', comb)],
  ['copysign', binary('copysign', (a, b) => {
    const x = Math.abs(asDouble(a));
    const y = asDouble(b);
    return newFloat(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitNaN(y)) ? -x : x);
  })],
  ['cos', unary('cos', math1(cosine, false))],
  ['cosh', unary('cosh', math1(hyperbolicCosine, true))],
  ['degrees', unary('degrees', (o) => newFloat(asDouble(o) * (180.0 / Math.PI)))],
  ['dist', binary('dist', dist)],
  ['exp', unary('exp', math1(exponential, true))],
  ['exp2', unary('exp2', math1(exp2, true))],
  ['expm1', unary('expm1', math1(expm1, true))],
  ['fabs', unary('fabs', math1(Math.abs, false))],
  ['factorial', unary('factorial', factorial)],
  ['floor', unary('floor', roundVia('__floor__', Math.floor))],
  ['fmod', binary('fmod', fmod)],
  ['frexp', unary('frexp', frexpFn)],
  ['fsum', unary('fsum', fsum)],
  ['gcd', varargs('gcd', (args) => gcd(args))],
  ['hypot', varargs('hypot', (args) => hypot(args))],
  ['isclose', makeBuiltin('isclose', isclose)],
  ['isfinite', unary('isfinite', predicate(isFinite))],
  ['isinf', unary('isinf', predicate((x) => x === Infinity || x === -Infinity))],
  ['isnan', unary('isnan', predicate(Number.isNaN))],
  ['isqrt', unary('isqrt', isqrt)],
  ['lcm', varargs('lcm', (args) => lcm(args))],
  ['ldexp', binary('ldexp', ldexpFn)],
  ['log', log],
  ['log10', unary('log10', (o) => newFloat(logOf(o, log10)))],
  ['log1p', unary('log1p', math1(log1p, false))],
  ['log2', unary('log2', (o) => newFloat(logOf(o, log2)))],
  ['modf', unary('modf', modf)],
  ['nextafter', binary('nextafter', nextafter)],
  ['perm', makeBuiltin('perm', (args, kw) => {
    noKwargs('perm', kw);
    if (args.length < 1) throwError(TypeError, `perm expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throwError(TypeError, `perm expected at most 2 arguments, got ${args.length}`);
    return perm(args[0], args.length > 1 && args[1].type.name !== 'NoneType' ? args[1] : null);
  })],
  ['pow', binary('pow', mathPow)],
  ['prod', makeBuiltin('prod', (args, kw) => {
    const [it, start] = bindArgs('prod', args, kw, ['iterable', 'start'], { required: 1, posOnly: 1, kwOnlyFrom: 1 });
    return prod(it!, start);
  })],
  ['radians', unary('radians', (o) => newFloat(asDouble(o) * (Math.PI / 180.0)))],
  ['remainder', binary('remainder', remainder)],
  ['sin', unary('sin', math1(sine, false))],
  ['sinh', unary('sinh', math1(hyperbolicSine, true))],
  ['sqrt', unary('sqrt', math1(Math.sqrt, false))],
  ['tan', unary('tan', math1(tangent, false))],
  ['tanh', unary('tanh', math1(hyperbolicTangent, false))],
  ['trunc', unary('trunc', trunc)],
  ['ulp', unary('ulp', ulp)],
];

function signBitNaN(x: number): boolean {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  return (buf.getUint8(0) & 0x80) !== 0;
}

/** The math module object for a run (constants are new float objects; functions are shared). */
export function makeMathModule(): PyObject {
  return newModuleWith('math', [
    ...functions.map(([k, f]): [string, PyObject] => [k, incref(f)]),
    ['pi', newFloat(Math.PI)],
    ['e', newFloat(Math.E)],
    ['tau', newFloat(2 * Math.PI)],
    ['inf', newFloat(Infinity)],
    ['nan', newFloat(NaN)],
  ]);
}

