/**
 * Correctly rounded decimal digits of a double, the two fixed-length modes of
 * David Gay's _Py_dg_dtoa that CPython's float formatting and round() use:
 * mode 3 (a given number of digits after the point, 'f') and mode 2 (a given
 * number of significant digits, 'e' and 'g').
 *
 * CPython rounds the exact binary value half-to-even. JS's toFixed and
 * toExponential are exact too, but break exact ties upwards and refuse large
 * arguments, so they serve as a fast path only when the value provably is not
 * a tie; every other case is computed exactly with BigInt (a finite double is
 * m·2^e, so x·10^k is a rational with a power-of-two denominator).
 */

/** dtoa's result: the value is 0.DIGITS × 10^decpt; no trailing zeros; '' means it rounded to zero. */
export interface DecimalDigits {
  digits: string;
  decpt: number;
}

const view = new DataView(new ArrayBuffer(8));

/**
 * |x| = m·2^e exactly with m odd (m = 0 for zero), for finite x. Normalising m
 * to odd makes "is x·10^k half an integer" a one-comparison test on e.
 */
export function decompose(x: number): { m: bigint; e: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mhi |= 0x100000;
    e = bexp - 1075;
  }
  let m = (BigInt(mhi) << 32n) | BigInt(lo);
  if (m === 0n) return { m, e: 0 };
  while ((m & 0xffffffffn) === 0n) {
    m >>= 32n;
    e += 32;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e += 1;
  }
  return { m, e };
}

const pow10Cache: bigint[] = [];

/** 10^k as a BigInt, cached because formatting asks for the same few powers over and over. */
export function pow10(k: number): bigint {
  if (k < 400) {
    let p = pow10Cache[k];
    if (p === undefined) pow10Cache[k] = p = 10n ** BigInt(k);
    return p;
  }
  return 10n ** BigInt(k);
}

/** round-half-even(m·2^e · 10^k) for m ≥ 0: the single exact primitive every slow path rests on. */
export function roundScaled(m: bigint, e: number, k: number): bigint {
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Sign of m·2^e − 10^k, exactly. */
function cmpPow10(m: bigint, e: number, k: number): number {
  let a = m;
  let b = 1n;
  if (e >= 0) a <<= BigInt(e);
  else b <<= BigInt(-e);
  if (k >= 0) b *= pow10(k);
  else a *= pow10(-k);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** floor(log10(|x|)) for finite nonzero x, exactly (Math.log10 can be off by one next to powers of ten). */
export function decimalExponent(x: number): number {
  const ax = Math.abs(x);
  let k = Math.floor(Math.log10(ax));
  const { m, e } = decompose(ax);
  while (cmpPow10(m, e, k) < 0) k--;
  while (cmpPow10(m, e, k + 1) >= 0) k++;
  return k;
}

function fromScaledInteger(n: bigint, k: number): DecimalDigits {
  if (n === 0n) return { digits: '', decpt: -k };
  const s = n.toString();
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  return { digits: s.slice(0, end), decpt: s.length - k };
}

/**
 * dtoa mode 3: |x| correctly rounded to `ndigits` places after the point
 * (negative ndigits rounds to tens, hundreds, ... as round() needs). Zero gives
 * digits '0' with decpt 1, as in dtoa.
 */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  const ax = Math.abs(x);
  if (ax === 0) return { digits: '0', decpt: 1 };
  const { m, e } = decompose(ax);
  // x·10^n is exactly half an integer iff e = -n-1 (m odd): only then can JS
  // round differently from CPython.
  if (ndigits >= 0 && ndigits <= 100 && ax < 1e21 && e !== -ndigits - 1) {
    const s = ax.toFixed(ndigits);
    const dot = s.indexOf('.');
    const intPart = dot < 0 ? s : s.slice(0, dot);
    const all = dot < 0 ? s : intPart + s.slice(dot + 1);
    let lead = 0;
    while (lead < all.length && all.charCodeAt(lead) === 48) lead++;
    if (lead === all.length) return { digits: '', decpt: -ndigits };
    let end = all.length;
    while (all.charCodeAt(end - 1) === 48) end--;
    return { digits: all.slice(lead, end), decpt: intPart.length - lead };
  }
  return fromScaledInteger(roundScaled(m, e, ndigits), ndigits);
}

/**
 * dtoa mode 2: |x| correctly rounded to `ndigits` (≥ 1) significant digits,
 * trailing zeros stripped. Zero gives '0' with decpt 1.
 */
export function precisionDigits(x: number, ndigits: number): DecimalDigits {
  const ax = Math.abs(x);
  if (ax === 0) return { digits: '0', decpt: 1 };
  if (ndigits < 1) ndigits = 1;
  const { m, e } = decompose(ax);
  if (ndigits <= 101) {
    const s = ax.toExponential(ndigits - 1);
    const ePos = s.indexOf('e');
    const exp = Number(s.slice(ePos + 1));
    // The rounding place is 10^(E-ndigits+1) for the value's own exponent E,
    // which the rounded result's exponent gives to within one; a tie needs
    // e+1 to equal that place, so anything near it takes the exact path.
    const place = exp - ndigits + 1;
    if (e + 1 < place - 1 || e + 1 > place + 1) {
      const mant = ndigits === 1 ? s.slice(0, ePos) : s[0] + s.slice(2, ePos);
      let end = mant.length;
      while (end > 1 && mant.charCodeAt(end - 1) === 48) end--;
      return { digits: mant.slice(0, end), decpt: exp + 1 };
    }
  }
  let E = decimalExponent(ax);
  let n = roundScaled(m, e, ndigits - 1 - E);
  if (n === pow10(ndigits)) {
    n = pow10(ndigits - 1);
    E += 1;
  }
  const r = fromScaledInteger(n, ndigits - 1 - E);
  return r;
}
