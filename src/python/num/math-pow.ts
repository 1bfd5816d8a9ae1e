/**
 * x ** y as CPython's C library computes it. glibc's pow is not correctly rounded
 * (its worst case is 0.54 ulp), so neither V8's Math.pow (9% of results differ from
 * glibc's in the last bit) nor a correctly rounded pow (one in 1,300) prints what
 * CPython prints: `3.145492510426877e-64 ** 0.5` is 1.7735536390047177e-32 in CPython,
 * an ulp below the square root. This takes glibc's steps
 * (sysdeps/ieee754/dbl-64/e_pow.c, Arm's optimized-routines), fusing multiplies into
 * adds as x86-64's FMA build does: log(x) to about 68 bits as hi + lo over a table
 * of 128 subintervals (math-pow-data.ts), then exp(y * log(x)) with the tail of the
 * product carried into exp's reduced argument (math-exp.ts's expReduced).
 *
 * Doubles' bits are handled as two 32-bit words (JS has no 64-bit integers but
 * BigInt, far too slow here).
 */
import { fma } from './fma';
import { fromBits, highWord, lowWord, top12 } from './double-bits';
import { expRange, expReduced, SIGN_BIAS } from './math-exp';
import { POW_LOG_TABLE } from './math-pow-data';

const LN2_HI = fromBits(0x3fe62e42, 0xfefa3800); // 0x1.62e42fefa3800p-1
const LN2_LO = fromBits(0x3d2ef357, 0x93c76730); // 0x1.ef35793c76730p-45
// The polynomial for log1p(r) - r - A0 r^2, its coefficients scaled as the evaluation expects.
const A0 = -0.5;
const A1 = fromBits(0x3fd55555, 0x55555560) * -2; // 0x1.555555555556p-2
const A2 = fromBits(0xbfd00000, 0x00000006) * -2; // -0x1.0000000000006p-2
const A3 = fromBits(0x3fc99999, 0x9959554e) * 4; // 0x1.999999959554ep-3
const A4 = fromBits(0xbfc55555, 0x5529a47a) * 4; // -0x1.555555529a47ap-3
const A5 = fromBits(0x3fc2495b, 0x9b4845e9) * -8; // 0x1.2495b9b4845e9p-3
const A6 = fromBits(0xbfc0002b, 0x8b263fc3) * -8; // -0x1.0002b8b263fc3p-3

/** The high word of OFF = 0x3fe6955500000000, where the table's first subinterval starts (its low word is 0). */
const OFF_HI = 0x3fe69555;

/** log(x) as hi + `logTail`, for the bits (hi word, lo word) of a positive x, a subnormal one scaled as glibc scales it. */
let logTail = 0;

function logInline(ixHi: number, ixLo: number): number {
  // x = 2^k z, z in [OFF, 2 OFF): the top bits of ix - OFF give k and the subinterval i.
  const tmpHi = (ixHi - OFF_HI) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromBits((ixHi - (tmpHi & 0xfff00000)) >>> 0, ixLo);
  const t = 6 * i;
  const invc = fromBits(POW_LOG_TABLE[t]!, POW_LOG_TABLE[t + 1]!);
  const logc = fromBits(POW_LOG_TABLE[t + 2]!, POW_LOG_TABLE[t + 3]!);
  const logctail = fromBits(POW_LOG_TABLE[t + 4]!, POW_LOG_TABLE[t + 5]!);
  // log(x) = k ln2 + log(c) + log1p(z/c - 1); r = z/c - 1 is exact.
  const r = fma(z, invc, -1);
  const t1 = fma(k, LN2_HI, logc);
  const t2 = t1 + r;
  const lo1 = fma(k, LN2_LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** 0 when y (its bits, nonzero finite) is not an integer, 1 when odd, 2 when even. */
function checkInt(iyHi: number, iyLo: number): 0 | 1 | 2 {
  const e = (iyHi >>> 20) & 0x7ff;
  if (e < 0x3ff) return 0;
  if (e > 0x3ff + 52) return 2;
  // The fraction bits below the units place, and the units bit: 52 - (e - 0x3ff) of them.
  const below = 0x3ff + 52 - e;
  if (below >= 32) {
    const b = below - 32;
    if (iyLo !== 0 || (b > 0 && (iyHi & ((1 << b) - 1)) !== 0)) return 0;
    return (iyHi >>> b) & 1 ? 1 : 2;
  }
  if ((iyLo & ((1 << below) - 1)) !== 0) return 0;
  return (iyLo >>> below) & 1 ? 1 : 2;
}

/** True for the bits of 0, an infinity or a NaN (either sign). */
function zeroInfNan(hi: number, lo: number): boolean {
  const abs = hi & 0x7fffffff;
  return (abs === 0 && lo === 0) || abs >= 0x7ff00000;
}

/** pow(x, y) as glibc returns it, C99's special cases included (NaN where C signals "invalid"). */
export function glibcPow(x: number, y: number): number {
  let signBias = 0;
  let ixHi = highWord(x);
  let ixLo = lowWord(x);
  const iyHi = highWord(y);
  const iyLo = lowWord(y);
  let topx = ixHi >>> 20;
  const topy = iyHi >>> 20;
  if ((topx - 0x001) >>> 0 >= 0x7ff - 0x001 || ((topy & 0x7ff) - 0x3be) >>> 0 >= 0x43e - 0x3be) {
    // x subnormal, zero, infinite, NaN or negative; |y| below 2^-65, from 2^63, or NaN.
    if (zeroInfNan(iyHi, iyLo)) {
      if (y === 0) return 1;
      if (x === 1) return 1;
      if (x !== x || y !== y) return x + y;
      if (Math.abs(x) === 1) return 1;
      return Math.abs(x) < 1 === y > 0 ? 0 : y * y;
    }
    if (zeroInfNan(ixHi, ixLo)) {
      let x2 = x * x;
      if (ixHi >>> 31 && checkInt(iyHi, iyLo) === 1) x2 = -x2;
      return iyHi >>> 31 ? 1 / x2 : x2;
    }
    // x and y are nonzero and finite.
    if (ixHi >>> 31) {
      const yint = checkInt(iyHi, iyLo);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = SIGN_BIAS;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if (((topy & 0x7ff) - 0x3be) >>> 0 >= 0x43e - 0x3be) {
      // (signBias is 0 here: so large a y is even.)
      if (ixHi === 0x3ff00000 && ixLo === 0) return 1;
      const above = ixHi > 0x3ff00000 || (ixHi === 0x3ff00000 && ixLo !== 0);
      if ((topy & 0x7ff) < 0x3be) return above ? 1 + y : 1 - y;
      return above === topy < 0x800 ? Infinity : 0;
    }
    if (topx === 0) {
      // A subnormal x is scaled up into the normals; its exponent, 52 less, may take the sign bit.
      const scaled = Math.abs(x) * 2 ** 52;
      ixHi = ((highWord(scaled) & 0x7fffffff) - (52 << 20)) >>> 0;
      ixLo = lowWord(scaled);
    }
  }
  const hi = logInline(ixHi, ixLo);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expInline(ehi, elo, signBias);
}

/** The sign of expInline's result, as a sign bias gives it. */
function signed(v: number, signBias: number): number {
  return signBias !== 0 ? -v : v;
}

/** exp(x + xtail), negated by SIGN_BIAS, with pow's handling of tiny and huge x. */
function expInline(x: number, xtail: number, signBias: number): number {
  const range = expRange(top12(x) & 0x7ff);
  if (range === 'tiny') return signed(1 + x, signBias);
  if (range === 'huge') return signed(x < 0 ? 0 : Infinity, signBias);
  return expReduced(x, xtail, signBias, range === 'large');
}
