/**
 * 2^x as glibc computes it (sysdeps/ieee754/dbl-64/e_exp2.c, Arm's
 * optimized-routines) over exp's table of 2^(i/128) (math-exp-data.ts). V8 computes
 * `2 ** x` with a pow of its own, and one result in ten ends in another digit.
 *
 * x = k/128 + r with |r| <= 1/256; 2^x = 2^(k/128) * 2^r, 2^r - 1 a polynomial.
 */
import { fromBits, highWord, lowWord, top12 } from './double-bits';
import { expEnds, expRange } from './math-exp';
import { EXP_TABLE } from './math-exp-data';

const SHIFT = 6755399441055744 / 128; // 0x1.8p52 / 128
const C1 = fromBits(0x3fe62e42, 0xfefa39ef);
const C2 = fromBits(0x3fcebfbd, 0xff82c424);
const C3 = fromBits(0x3fac6b08, 0xd70cf4b5);
const C4 = fromBits(0x3f83b2ab, 0xd24650cc);
const C5 = fromBits(0x3f55d7e0, 0x9b4e3a84);

/** exp2(x) for a double, as glibc's exp2 returns it. */
export function exp2(x: number): number {
  const abstop = top12(x) & 0x7ff;
  const range = expRange(abstop);
  const end = expEnds(x, abstop, range);
  if (end !== null) return end;
  // Huge negative x above -1075 still has a subnormal result.
  if (range === 'huge' && x <= -1075) return 0;
  // |x| past 928: the scale is built with care below.
  const large = range !== null && Math.abs(x) > 928;
  const kd0 = x + SHIFT;
  const kiLo = lowWord(kd0);
  const kd = kd0 - SHIFT;
  const r = x - kd;
  const idx = 4 * (kiLo & 127);
  const tail = fromBits(EXP_TABLE[idx]!, EXP_TABLE[idx + 1]!);
  const sbitsHi = (EXP_TABLE[idx + 2]! + ((kiLo << 13) >>> 0)) >>> 0;
  const sbitsLo = EXP_TABLE[idx + 3]!;
  const r2 = r * r;
  const tmp = tail + r * C1 + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  if (large) {
    if ((kiLo & 0x80000000) === 0) {
      // k > 0: the scale's exponent may have overflowed by one.
      const scale = fromBits((sbitsHi - (1 << 20)) >>> 0, sbitsLo);
      return 2 * (scale + scale * tmp);
    }
    const scale = fromBits((sbitsHi + (1022 << 20)) >>> 0, sbitsLo);
    let y = scale + scale * tmp;
    if (y < 1) {
      let lo = scale - y + scale * tmp;
      const hi = 1 + y;
      lo = 1 - hi + y + lo;
      y = hi + lo - 1;
      if (y === 0) y = 0;
    }
    return 2 ** -1022 * y;
  }
  const scale = fromBits(sbitsHi, sbitsLo);
  return scale + scale * tmp;
}
