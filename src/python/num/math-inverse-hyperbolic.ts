/**
 * asinh, acosh and atanh as glibc 2.36 computes them (sysdeps/ieee754/dbl-64/
 * s_asinh.c, e_acosh.c, e_atanh.c: fdlibm's methods) over glibc's log and log1p
 * (math-log.ts, math-log1p.ts), where V8's Math.asinh and acosh use a log of their
 * own and print another last digit for 3-4% of inputs.
 */
import { highWord } from './double-bits';
import { naturalLog } from './math-log';
import { log1p } from './math-log1p';

const LN2 = 0.6931471805599453; // 0x3FE62E42 FEFA39EF

/** asinh(x) for a double, as glibc's asinh returns it. */
export function inverseHyperbolicSine(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = naturalLog(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = naturalLog(2 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    else {
      const t = xa * xa;
      w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return x < 0 ? -w : w;
}

/** acosh(x) for a double, as glibc's acosh returns it. */
export function inverseHyperbolicCosine(x: number): number {
  if (x > 2) {
    if (x >= 2 ** 28) return x === Infinity ? x : naturalLog(x) + LN2;
    const t = x * x;
    return naturalLog(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  if (x > 1) {
    const t = x - 1;
    return log1p(t + Math.sqrt(2 * t + t * t));
  }
  if (x === 1) return 0;
  return NaN;
}

/** atanh(x) for a double, as glibc's atanh returns it. */
export function inverseHyperbolicTangent(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) t = 0.5 * log1p((xa + xa) / (1 - xa));
  else if (xa > 1) return NaN;
  else return x / 0;
  return x < 0 ? -t : t;
}
