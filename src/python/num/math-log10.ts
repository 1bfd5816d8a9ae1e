/**
 * log10 as glibc computes it (sysdeps/ieee754/dbl-64/e_log10.c, fdlibm's method):
 * x = 2^n * m, log10(x) = n * log10(2) + log(m) / ln(10), over glibc's log
 * (math-log.ts). V8's Math.log10 uses a log of its own and prints another last digit
 * for one input in 500.
 */
import { fromBits, highWord, lowWord } from './double-bits';
import { naturalLog } from './math-log';

const TWO54 = 18014398509481984;
const IVLN10 = fromBits(0x3fdbcb7b, 0x1526e50e);
const LOG10_2HI = fromBits(0x3fd34413, 0x509f6000);
const LOG10_2LO = fromBits(0x3d59fef3, 0x11f12b36);

/** log10(x) for a double, as glibc's log10 returns it. */
export function log10(x: number): number {
  let hx = highWord(x) | 0;
  let k = 0;
  if (hx < 0x00100000) {
    // Zero, negative or subnormal.
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x) | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  // m in [1, 2) for n >= 0, [0.5, 1) for n < 0, so that n + log10(m) loses nothing near 1.
  const i = k < 0 ? 1 : 0;
  const m = fromBits((hx & 0x000fffff) | ((0x3ff - i) << 20), lowWord(x));
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * naturalLog(m);
  return z + y * LOG10_2HI;
}
