/**
 * glibc's reduction of a huge argument of sin, cos and tan
 * (sysdeps/ieee754/dbl-64/branred.c, IBM's Accurate Mathematical Library): for
 * |x| >= 105414350 the few-part pi/2 of the other paths loses the low bits, so x is
 * cut in two halves, each multiplied by the 2/pi digits its exponent needs, the
 * integral quarters are dropped and the rest scaled back by pi/2 in double-double.
 * glibc builds this file without FMA even in its FMA build (the x86-64 code has
 * no fused operation), so nothing here is fused.
 */
import { SPLIT } from './fma';
import { fromBits, highWord } from './double-bits';
import { HP0, HP1, MP1, TOINT as BIG } from './math-half-pi';

/** 2/pi in base 2^24 digits. */
const TOVERP = [
  10680707, 7228996, 1387004, 2578385, 16069853, 12639074, 9804092, 4427841, 16666979, 11263675, 12935607, 2387514,
  4345298, 14681673, 3074569, 13734428, 16653803, 1880361, 10960616, 8533493, 3062596, 8710556, 7349940, 6258241,
  3772886, 3769171, 3798172, 8675211, 12450088, 3874808, 9961438, 366607, 15675153, 9132554, 7151469, 3571407,
  2607881, 12013382, 4155038, 6285869, 7677882, 13102053, 15825725, 473591, 9065106, 15363067, 6271263, 9264392,
  5636912, 4652155, 7056368, 13614112, 10155062, 1944035, 9527646, 15080200, 6658437, 6231200, 6832269, 16767104,
  5075751, 3212806, 1398474, 7579849, 6349435, 12618859, 4703257, 12806093, 14477321, 2786137, 12875403, 9837734,
  14528324, 13719321, 343717,
];

const TM600 = fromBits(0x1a700000, 0); // 2^-600
const TM24 = fromBits(0x3e700000, 0); // 2^-24
const BIG1 = fromBits(0x43580000, 0); // 1.5 * 2^54: rounds to multiples of 4
/** pi/2 past MP1's 28 bits, in 24 (branred's own split: not usncs.h's MP2). */
const MP2_24 = fromBits(0xbe4dde97, 0x40000000);

const r = new Float64Array(6);
let partSum = 0;
let partHi = 0;
let partLo = 0;

/**
 * One half's share: x * 2/pi as an integral part (partSum, mod 4) and a fraction
 * partHi + partLo, from the six 24-bit digits of 2/pi that its exponent reaches.
 */
function half(x: number): void {
  let k = Math.trunc((((highWord(x) >>> 20) & 2047) - 450) / 24);
  if (k < 0) k = 0;
  // 2^(576 - 24k)
  let gor = fromBits(0x63f00000 - ((k * 24) << 20), 0);
  for (let i = 0; i < 6; i++) {
    r[i] = x * TOVERP[k + i]! * gor;
    gor *= TM24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = r[i]! + BIG - BIG;
    sum += s;
    r[i] -= s;
  }
  let t = 0;
  for (let i = 5; i >= 0; i--) t += r[i]!;
  let bb = r[0]! - t + r[1]! + r[2]! + r[3]! + r[4]! + r[5]!;
  const s = t + BIG - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  partSum = sum - (sum + BIG1 - BIG1);
  partHi = b;
  partLo = bb;
}

/**
 * x = n pi/2 + (a + aa) with |a + aa| <= pi/4, for a finite |x| >= 105414350:
 * returns n mod 4 and writes a and aa to `out`.
 */
export function reduceHuge(x: number, out: Float64Array): number {
  x *= TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  half(x1);
  const sum1 = partSum;
  const b1 = partHi;
  const bb1 = partLo;
  half(x2);
  let sum = sum1 + partSum;
  const b2 = partHi;
  const bb2 = partLo;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1;
    sum += 1;
  } else if (b < -0.5) {
    b += 1;
    sum -= 1;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = t1 * MP1 - b + t1 * MP2_24 + t2 * MP1 + (t2 * MP2_24 + s * HP1 + t * HP0);
  s = b + bb;
  out[0] = s;
  out[1] = b - s + bb;
  return Math.trunc(sum) & 3;
}
