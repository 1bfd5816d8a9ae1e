/**
 * Fused multiply-add for ports of glibc's math functions: glibc's x86-64 FMA build
 * lets the compiler fuse each multiply into the add that uses it, and its results
 * differ from separately rounded steps in the last bit, so the ports fuse where it
 * does. JS has no fma: the product's rounding error is found exactly (Dekker's
 * split) and added back with one more rounding (exact in all but rare ties).
 */

/** 2^27 + 1: Veltkamp-Dekker's splitter, which cuts a double into two halves whose products are exact. */
export const SPLIT = 134217729;

/** The rounding error of the product p = a * b (a * b = p + error exactly; Dekker). */
export function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** fma(a, b, c): a*b + c with (all but in rare ties) one rounding. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const e = productError(a, b, p);
  const s = p + c;
  const bb = s - p;
  return s + (p - (s - bb) + (c - bb) + e);
}
