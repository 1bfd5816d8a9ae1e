/**
 * log1p as glibc computes it (sysdeps/ieee754/dbl-64/s_log1p.c: fdlibm's method with
 * the polynomial split for pipelined processors), its polynomial fused as x86-64's
 * FMA build fuses it. V8's Math.log1p keeps fdlibm's own polynomial and prints
 * another last digit for one input in 2,400.
 *
 * 1 + x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2), and a correction c for the
 * rounding of 1 + x; log(1 + f) from s = f / (2 + f).
 */
import { fma } from './fma';
import { fromBits, highWord, lowWord } from './double-bits';
import { LN2_HI, LN2_LO } from './math-expm1';

const LP1 = fromBits(0x3fe55555, 0x55555593);
const LP2 = fromBits(0x3fd99999, 0x9997fa04);
const LP3 = fromBits(0x3fd24924, 0x94229359);
const LP4 = fromBits(0x3fcc71c5, 0x1d8e78af);
const LP5 = fromBits(0x3fc74664, 0x96cb03de);
const LP6 = fromBits(0x3fc39a09, 0xd078c69f);
const LP7 = fromBits(0x3fc2f112, 0xdf3e5244);

/** log1p(x) for a double, as glibc's log1p returns it. */
export function log1p(x: number): number {
  const hx = highWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422.
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422: f is x itself.
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = fromBits(hu | 0x3ff00000, lowWord(u));
    else {
      k += 1;
      u = fromBits(hu | 0x3fe00000, lowWord(u));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20.
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + (k * LN2_LO + c);
    const r = hfsq * (1 - 0.66666666666666666 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  // (The build fuses the polynomial, z * Lp1 into the z2 term's sum first, but not the last steps:
  // fusing those, 1 input in 600 came out an ulp off python3's.)
  const r = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}
