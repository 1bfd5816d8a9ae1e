/**
 * cosh, sinh and tanh as glibc computes them (sysdeps/ieee754/dbl-64/e_cosh.c,
 * e_sinh.c, s_tanh.c: fdlibm's methods) over glibc's exp and expm1 (math-exp.ts,
 * math-expm1.ts), where V8's Math.cosh, sinh and tanh use an exp and expm1 of their
 * own: cosh printed another last digit for one input in twelve.
 */
import { fma } from './fma';
import { highWord, lowWord } from './double-bits';
import { exponential } from './math-exp';
import { expm1 } from './math-expm1';

/** cosh(x) for a double, as glibc's cosh returns it. */
export function hyperbolicCosine(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  const a = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| below 22.
    if (ix < 0x3fd62e43) {
      // |x| up to ln2/2: 1 + expm1(|x|)^2 / (2 exp(|x|)).
      if (ix < 0x3c800000) return 1;
      const t = expm1(a);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exponential(a);
    return 0.5 * t + 0.5 / t;
  }
  // Up to log(DBL_MAX): exp(|x|) / 2.
  if (ix < 0x40862e42) return 0.5 * exponential(a);
  // Up to the overflow threshold: exp(|x| / 2) / 2 * exp(|x| / 2).
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) >>> 0 <= 0x8fb9f87d)) {
    const w = exponential(0.5 * a);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** sinh(x) for a double, as glibc's sinh returns it. */
export function hyperbolicSine(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx >>> 31 ? -0.5 : 0.5;
  const a = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| below 22: sign(x) (E + E / (E + 1)) / 2 with E = expm1(|x|).
    if (ix < 0x3e300000) return x;
    const t = expm1(a);
    if (ix < 0x3ff00000) return h * fma(2, t, -((t * t) / (t + 1)));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exponential(a);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) >>> 0 <= 0x8fb9f87d)) {
    const w = exponential(0.5 * a);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}

/** tanh(x) for a double, as glibc's tanh returns it. */
export function hyperbolicTangent(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >>> 31 ? 1 / x - 1 : 1 / x + 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else z = 1;
  return jx >>> 31 ? -z : z;
}
