/**
 * expm1 as glibc computes it (sysdeps/ieee754/dbl-64/s_expm1.c: fdlibm's method with
 * the polynomial split for pipelined processors, which V8's Math.expm1 does not
 * have, so their last digits differ for about one input in 800).
 *
 * x = k ln2 + r with |r| <= ln2/2 and a correction c; expm1(r) from a rational
 * approximation in r; scaled back by 2^k.
 */
import { fma } from './fma';
import { fromBits, highWord, lowWord } from './double-bits';

const O_THRESHOLD = fromBits(0x40862e42, 0xfefa39ef);
/** fdlibm's split of ln 2: the high part has its last 21 bits zero, so k * LN2_HI is exact for |k| < 2^20 (expm1 and log1p). */
export const LN2_HI = fromBits(0x3fe62e42, 0xfee00000);
export const LN2_LO = fromBits(0x3dea39ef, 0x35793c76);
const INV_LN2 = fromBits(0x3ff71547, 0x652b82fe);
const Q1 = fromBits(0xbfa11111, 0x111110f4);
const Q2 = fromBits(0x3f5a01a0, 0x19fe5585);
const Q3 = fromBits(0xbf14ce19, 0x9eaadbb7);
const Q4 = fromBits(0x3ed0cfca, 0x86e65239);
const Q5 = fromBits(0xbe8afdb7, 0x6e09c32d);

/** y with `k` added to its exponent (SET_HIGH_WORD (y, high + (k << 20))). */
function scaled(y: number, k: number): number {
  return fromBits((highWord(y) + (k << 20)) >>> 0, lowWord(y));
}

/** expm1(x) for a double, as glibc's expm1 returns it. */
export function expm1(x: number): number {
  let hx = highWord(x);
  const negative = hx >>> 31 === 1;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2.
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if ((hx & 0xfffff) !== 0 || lowWord(x) !== 0) return x + x;
        return negative ? -1 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2: reduced by k ln2.
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(fma(INV_LN2, x, negative ? -0.5 : 0.5));
      hi = fma(-k, LN2_HI, x);
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    // |x| < 2^-54: x itself.
    return x;
  } else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = fma(hxs * hxs * (hxs * hxs), fma(hxs, Q5, Q4), fma(hxs * hxs, fma(hxs, Q3, Q2), fma(hxs, Q1, 1)));
  const t = fma(-r1, hfx, 3);
  let e = hxs * ((r1 - t) / fma(-x, t, 6));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : fma(2, x - e, 1);
  if (k <= -2 || k > 56) return scaled(1 - (e - x), k) - 1;
  if (k < 20) return scaled(fromBits(0x3ff00000 - (0x200000 >> k), 0) - (e - x), k);
  const y = x - (e + fromBits((0x3ff - k) << 20, 0)) + 1;
  return scaled(y, k);
}
