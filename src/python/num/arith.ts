/**
 * Numeric kernels whose exact results CPython 3.11 defines and JS does not
 * provide: float floor division/modulo with CPython's sign rules, float
 * power (CPython's special cases over glibc's pow, since JS's Math.pow is
 * off by an ulp in roughly one case in ten), three-argument pow,
 * correctly rounded int / int, bit_length, isqrt and gcd. Plain JS values in
 * and out; failures are returned (floatPow) or thrown as ArithError carrying
 * the Python exception name and CPython's message.
 */
import { glibcPow } from './math-pow';

/** A failure the runtime should raise as Python exception `pyType` with `message`. */
export class ArithError extends Error {
  constructor(
    public pyType: 'ValueError' | 'ZeroDivisionError' | 'OverflowError',
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

// ---------------------------------------------------------------------------
// float // and %

/**
 * divmod(a, b) for floats, CPython's _float_div_mod: the remainder takes the
 * divisor's sign (a zero remainder too), the quotient is snapped to an
 * integral value, and a zero quotient keeps the sign of a/b. b must be
 * nonzero: the caller raises ZeroDivisionError ('float divmod()',
 * 'float modulo', 'float floor division by zero' depending on the operator).
 */
export function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b; // fmod: exact, sign of a
  let div = (a - mod) / b;
  // C truth tests: NaN counts as nonzero.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = a / b;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** a % b for floats (CPython's float_rem: same remainder as floatDivmod). b nonzero. */
export function floatMod(a: number, b: number): number {
  return floatDivmod(a, b)[1];
}

/** a // b for floats (CPython's float_floor_div). b nonzero. */
export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b)[0];
}

// ---------------------------------------------------------------------------
// Exact binary helpers

const view = new DataView(new ArrayBuffer(8));

/** 2^k as a double for -1074 ≤ k ≤ 1023, built from bits (Math.pow is not trustworthy here). */
export function pow2(k: number): number {
  if (k >= -1022) {
    view.setUint32(0, (k + 1023) << 20);
    view.setUint32(4, 0);
  } else {
    const s = k + 1074; // 0..51
    view.setUint32(0, s >= 32 ? 1 << (s - 32) : 0);
    view.setUint32(4, s < 32 ? (1 << s) >>> 0 : 0);
  }
  return view.getFloat64(0);
}

/** x·2^k for any integer k, exact whenever the result is representable, correctly rounded into the subnormal range. */
function scale2(x: number, k: number): number {
  while (k > 1000) {
    x *= pow2(1000);
    k -= 1000;
    if (!Number.isFinite(x)) return x;
  }
  while (k < -1000) {
    // Keep one rounding only: stop before entering the subnormal range.
    if (x !== 0 && Math.abs(x) < pow2(-1000)) break;
    x *= pow2(-1000);
    k += 1000;
  }
  return k >= -1074 ? x * pow2(k) : x * pow2(-1074) * pow2(k + 1074);
}

/** Number of bits of |v| (int.bit_length()). */
export function bigIntBitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  const s = v.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

/**
 * a/b correctly rounded (half-even) to a double, for a ≥ 0, b > 0, with
 * gradual underflow; Infinity when it rounds past the largest double.
 */
function ratioToDouble(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const e = bigIntBitLength(a) - bigIntBitLength(b);
  // a/b is in [2^(e-1), 2^(e+1)); E = floor(log2(a/b)) exactly.
  const E = (e >= 0 ? a >= b << BigInt(e) : a << BigInt(-e) >= b) ? e : e - 1;
  if (E > 1023) return Infinity;
  let k = Math.max(E, -1022) - 52;
  const num = k < 0 ? a << BigInt(-k) : a;
  const den = k > 0 ? b << BigInt(k) : b;
  let n = num / den;
  const r2 = (num - n * den) * 2n;
  if (r2 > den || (r2 === den && (n & 1n) === 1n)) n += 1n;
  if (n === 1n << 53n) {
    n = 1n << 52n;
    k += 1;
  }
  if (k + 52 > 1023) return Infinity;
  return Number(n) * pow2(k);
}

/** m·2^e as an exact bigint ratio [num, den]. */
function ratioOf(m: bigint, e: number): [bigint, bigint] {
  return e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
}

/** |x| = m·2^e, m a (not necessarily odd) integer, for finite x. */
function decompose(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = (hi & 0xfffff) | (bexp ? 0x100000 : 0);
  return [(BigInt(mhi) << 32n) | BigInt(lo), bexp ? bexp - 1075 : -1074];
}

/**
 * int / int (true division) correctly rounded like CPython's
 * long_true_divide, e.g. 10**30/3 and (2**1000+1)/2**999. Throws ArithError:
 * ZeroDivisionError 'division by zero', OverflowError 'integer division
 * result too large for a float'. A zero numerator keeps the quotient's sign
 * (0 / -5 is -0.0).
 */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new ArithError('ZeroDivisionError', 'division by zero');
  const negative = a < 0n !== b < 0n;
  const LIM = 1n << 53n;
  if (a < LIM && a > -LIM && b < LIM && b > -LIM) {
    // Both exact as doubles: IEEE division is correctly rounded.
    return Number(a) / Number(b);
  }
  const r = ratioToDouble(a < 0n ? -a : a, b < 0n ? -b : b);
  if (r === Infinity) throw new ArithError('OverflowError', 'integer division result too large for a float');
  return negative ? -r : r;
}

/** What float ** float produced: a value, or the condition CPython raises or escapes to complex on. */
export type FloatPowResult =
  | { kind: 'value'; value: number }
  /** A negative base to a non-integer power: CPython returns a complex number. */
  | { kind: 'complex' }
  /** ZeroDivisionError('0.0 cannot be raised to a negative power'). */
  | { kind: 'zeroDivision'; message: string }
  /** OverflowError((34, 'Numerical result out of range')), printed as that tuple text. */
  | { kind: 'overflow'; message: string };

const isOddInteger = (x: number) => Math.abs(x % 2) === 1;

/**
 * a ** b (and pow(a, b)) for floats, following CPython's float_pow special
 * cases (0**0, nan, infinities, signed zeros, (-1)**huge) and then pow as
 * glibc computes it (num/math-pow.ts), last bits included.
 */
export function floatPow(iv: number, iw: number): FloatPowResult {
  const value = (v: number): FloatPowResult => ({ kind: 'value', value: v });
  if (iw === 0) return value(1);
  if (iv !== iv) return value(iv);
  if (iw !== iw) return value(iv === 1 ? 1 : iw);
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1) return value(1);
    if (iw > 0 === av > 1) return value(Infinity);
    return value(0);
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return value(odd ? iv : Math.abs(iv));
    return value(odd ? (iv < 0 ? -0 : 0) : 0);
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) return { kind: 'zeroDivision', message: '0.0 cannot be raised to a negative power' };
    return value(odd ? iv : 0);
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return { kind: 'complex' };
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return value(negate ? -1 : 1);
  let ix = glibcPow(iv, iw);
  if (negate) ix = -ix;
  if (ix === Infinity || ix === -Infinity) {
    return { kind: 'overflow', message: "(34, 'Numerical result out of range')" };
  }
  return value(ix);
}

// ---------------------------------------------------------------------------
// Integers

/** math.gcd(a, b): always ≥ 0, gcd(0, 0) == 0. */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Inverse of a modulo m (m > 1), or null when gcd(a, m) ≠ 1. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return ((s0 % m) + m) % m;
}

/**
 * pow(base, exp, mod) for ints as CPython's long_pow: the result has the
 * modulus's sign, a negative exponent uses the modular inverse. Throws
 * ArithError ValueError 'pow() 3rd argument cannot be 0' or
 * 'base is not invertible for the given modulus'.
 */
export function intPowMod(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 0n) throw new ArithError('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeOutput = mod < 0n;
  const m = negativeOutput ? -mod : mod;
  if (m === 1n) return 0n;
  if (exp < 0n) {
    const inv = modInverse(base, m);
    if (inv === null) throw new ArithError('ValueError', 'base is not invertible for the given modulus');
    base = inv;
    exp = -exp;
  }
  base %= m;
  if (base < 0n) base += m;
  let result = 1n;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % m;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % m;
  }
  if (negativeOutput && result !== 0n) result -= m;
  return result;
}

/**
 * math.isqrt(v): the floor of the exact square root. Throws ArithError
 * ValueError 'isqrt() argument must be nonnegative' for v < 0.
 */
export function isqrt(v: bigint): bigint {
  if (v < 0n) throw new ArithError('ValueError', 'isqrt() argument must be nonnegative');
  if (v < 1n << 52n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(v))));
    while (r * r > v) r -= 1n;
    while ((r + 1n) * (r + 1n) <= v) r += 1n;
    return r;
  }
  // Newton from above, starting at a power of two no smaller than the root.
  let x = 1n << BigInt((bigIntBitLength(v) + 1) >> 1);
  for (;;) {
    const y = (x + v / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
