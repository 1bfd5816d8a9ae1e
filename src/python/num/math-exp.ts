/**
 * The exponential as CPython's C library computes it. V8's Math.exp rounds
 * differently from glibc's in the last bit for some inputs (exp(-3.9995677034393813):
 * glibc ...094147, V8 ...09415), and CPython prints glibc's. So this takes glibc's
 * steps (sysdeps/ieee754/dbl-64/e_exp.c, Arm's optimized-routines), fusing
 * multiplies into adds as x86-64's FMA build does, over its table of 2^(i/128)
 * (math-exp-data.ts).
 *
 * x = k*ln2/128 + r with |r| <= ln2/256; exp(x) = 2^(k/128) * exp(r), where
 * 2^(k/128) is a table entry scaled by 2^(k >> 7) and exp(r) - 1 a polynomial.
 */
import { fma } from './fma';
import { fromBits, lowWord, top12 } from './double-bits';
import { EXP_TABLE } from './math-exp-data';

const INV_LN2_N = fromBits(0x40671547, 0x652b82fe); // 0x1.71547652b82fep0 * 128
const SHIFT = 6755399441055744; // 0x1.8p52
const NEG_LN2_HI_N = fromBits(0xbf762e42, 0xfefa0000); // -0x1.62e42fefa0000p-8
const NEG_LN2_LO_N = fromBits(0xbd0cf79a, 0xbc9e3b3a); // -0x1.cf79abc9e3b3ap-47
const C2 = fromBits(0x3fdfffff, 0xfffffdbd);
const C3 = fromBits(0x3fc55555, 0x5555543c);
const C4 = fromBits(0x3fa55555, 0xcf172b91);
const C5 = fromBits(0x3f811111, 0x67a4d017);

const TOP_TINY = top12(2 ** -54);
const TOP_512 = top12(512);
const TOP_1024 = top12(1024);

/**
 * The exp family's special ranges, by `abstop` (the top 12 bits of |x|): |x| below
 * 2^-54 (`tiny`), from 512 on, of which from 1024 on (`huge`, infinities and NaNs
 * too); null for the usual range.
 */
export function expRange(abstop: number): 'tiny' | 'large' | 'huge' | null {
  if (abstop < TOP_TINY) return 'tiny';
  if (abstop < TOP_512) return null;
  return abstop >= TOP_1024 ? 'huge' : 'large';
}

/**
 * What exp and exp2 give alike at the ends of their `range`: 1 + x for tiny x (0 is
 * common), 0 for -inf, x itself for inf and NaN, inf for huge positive x; null
 * elsewhere (huge negative finite x is each one's own).
 */
export function expEnds(x: number, abstop: number, range: ReturnType<typeof expRange>): number | null {
  if (range === 'tiny') return 1 + x;
  if (range !== 'huge') return null;
  if (x === -Infinity) return 0;
  if (abstop >= 0x7ff) return 1 + x;
  return x > 0 ? Infinity : null;
}

/** exp(x) for a double, as glibc's exp returns it. */
export function exponential(x: number): number {
  const abstop = top12(x) & 0x7ff;
  const range = expRange(abstop);
  const end = expEnds(x, abstop, range);
  if (end !== null) return end;
  if (range === 'huge') return 0;
  // Large |x|, below 1024: the scale is built with care.
  return expReduced(x, 0, 0, range === 'large');
}

/** A sign bias that makes expReduced's result negative (glibc's SIGN_BIAS, 0x800 << 7). */
export const SIGN_BIAS = 0x40000;

/**
 * exp(x + xtail), negated when `signBias` is SIGN_BIAS, from the argument reduction on:
 * exp's own steps, and those of the exp_inline that ends glibc's pow (which adds a
 * tail |xtail| < 2^-15 to the reduced argument). `large`: |x| is past 512, where the
 * scale may over- or underflow.
 */
export function expReduced(x: number, xtail: number, signBias: number, large: boolean): number {
  const kd0 = fma(INV_LN2_N, x, SHIFT);
  // ki is kd0's bits; only its low 32 bits matter (k mod 128 and k << 45 mod 2^64).
  const kiLo = lowWord(kd0);
  const kd = kd0 - SHIFT;
  let r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  if (xtail !== 0) r += xtail;
  const idx = 4 * (kiLo & 127);
  const tail = fromBits(EXP_TABLE[idx]!, EXP_TABLE[idx + 1]!);
  // sbits = T[idx + 1] + ((ki + sign bias) << 45): the shift moves ki's low 19 bits into the high word.
  const sbitsHi = (EXP_TABLE[idx + 2]! + (((kiLo + signBias) << 13) >>> 0)) >>> 0;
  const sbitsLo = EXP_TABLE[idx + 3]!;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (large) return specialCase(tmp, sbitsHi, sbitsLo, kiLo);
  const scale = fromBits(sbitsHi, sbitsLo);
  return fma(scale, tmp, scale);
}

/** Large |x|: the scale's exponent may have over- or underflowed; rebuilt 1009 or 1022 binades away (its sign kept). */
function specialCase(tmp: number, sbitsHi: number, sbitsLo: number, kiLo: number): number {
  if ((kiLo & 0x80000000) === 0) {
    // k > 0: sbits -= 1009 << 52.
    const scale = fromBits((sbitsHi - (1009 << 20)) >>> 0, sbitsLo);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  // k < 0: sbits += 1022 << 52, and care in the subnormal range. (Here glibc's build does not
  // fuse scale + scale * tmp: fused, 5 in 100,000 results below 2^-740 came out an ulp off.)
  const scaleHi = (sbitsHi + (1022 << 20)) >>> 0;
  const scale = fromBits(scaleHi, sbitsLo);
  let y = scale + scale * tmp;
  if (Math.abs(y) < 1) {
    // Rounded to the right precision before it is scaled into the subnormals (no double rounding).
    const one = y < 0 ? -1 : 1;
    let lo = fma(scale, tmp, scale - y);
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    // A zero keeps the scale's sign.
    if (y === 0) y = scaleHi & 0x80000000 ? -0 : 0;
  }
  return 2 ** -1022 * y;
}
