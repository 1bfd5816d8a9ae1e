/**
 * cosh as glibc computes it (sysdeps/ieee754/dbl-64/e_cosh.c, fdlibm's method):
 * over glibc's exp (math-exp.ts), where V8's Math.cosh uses an exp of its own and
 * prints another last digit for one input in twelve. Near zero it goes through
 * expm1, which V8's Math.expm1 computes as glibc does (fdlibm's) but for rare ties.
 */
import { exponential, highWord, lowWord } from './math-exp';

/** cosh(x) for a double, as glibc's cosh returns it. */
export function hyperbolicCosine(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  const a = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| below 22.
    if (ix < 0x3fd62e43) {
      // |x| up to ln2/2: 1 + expm1(|x|)^2 / (2 exp(|x|)).
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(a);
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
