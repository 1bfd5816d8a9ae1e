/**
 * round() for floats and ints, and float → int truncation, as CPython 3.11
 * computes them (Objects/floatobject.c float___round___impl/double_round,
 * Objects/longobject.c long_round). Float rounding to n digits is exact:
 * CPython rounds the binary value half-to-even in decimal through dtoa and
 * reads the digits back, which is why round(2.675, 2) is 2.67.
 */

import { fixedDigits } from './float-digits';

// Beyond these, every double rounds to itself / to a signed zero.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x) (ndigits null) or round(x, ndigits) for a float. With null the
 * result is the half-even integral value as a double (inf and nan pass
 * through): the caller turns it into an int with floatToBigInt, which raises
 * for inf/nan as CPython does. With ndigits the result is a float; throws
 * RangeError('rounded value too large to represent') where CPython raises
 * OverflowError (e.g. round(1.7e308, -308)).
 */
export function roundFloat(x: number, ndigits: number | null): number {
  if (ndigits === null) {
    if (!Number.isFinite(x)) return x;
    const t = Math.trunc(x);
    const diff = Math.abs(x - t);
    if (diff > 0.5 || (diff === 0.5 && t % 2 !== 0)) return t + (x < 0 ? -1 : 1);
    return t === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : t;
  }
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  const { digits, decpt } = fixedDigits(x, ndigits);
  const neg = x < 0 || Object.is(x, -0);
  const r = Number((neg ? '-0' : '0') + digits + 'e' + (decpt - digits.length));
  if (!Number.isFinite(r)) throw new RangeError('rounded value too large to represent');
  return r;
}

/**
 * round(v, ndigits) for an int: v itself for ndigits ≥ 0, else the nearest
 * multiple of 10^-ndigits, ties to even (round(1250, -2) == 1200). Huge
 * negative ndigits give 0 without building the power of ten.
 */
export function roundInt(v: bigint, ndigits: number): bigint {
  if (ndigits >= 0) return v;
  const k = -ndigits;
  const a = v < 0n ? -v : v;
  // |v| < 10^(len) ≤ 10^k / 10, so the nearest multiple of 10^k is 0.
  if (k > a.toString().length + 1) return 0n;
  const p = 10n ** BigInt(k);
  let q = v / p;
  if (v % p !== 0n && v < 0n) q -= 1n;
  const r2 = (v - q * p) * 2n;
  if (r2 > p || (r2 === p && (q & 1n) !== 0n)) q += 1n;
  return q * p;
}

/**
 * int(x) for a float: truncation toward zero, exact for every finite double.
 * Throws RangeError with CPython's message for inf ('cannot convert float
 * infinity to integer', an OverflowError) and nan ('cannot convert float NaN
 * to integer', a ValueError); the caller maps it.
 */
export function floatToBigInt(x: number): bigint {
  if (x !== x) throw new RangeError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new RangeError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}
