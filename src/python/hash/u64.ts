/**
 * Unsigned 64-bit arithmetic on pairs of 32-bit words, for the hash functions
 * that CPython computes in `Py_uhash_t` (tuple, frozenset). BigInt would be
 * simpler but allocates on every operation; tuples of small ints are hashed in
 * hot loops (sets of coordinates), so the words stay in plain numbers.
 *
 * Results are written to the module-level `r` record instead of returned, so a
 * chain of operations allocates nothing. Words are stored as int32 (`| 0`).
 */

/** Scratch result of the last operation: high and low 32-bit words (int32). */
export const r = { hi: 0, lo: 0 };

const TWO32 = 4294967296;

/** r = (ah:al) * (bh:bl) mod 2**64. */
export function mul64(ah: number, al: number, bh: number, bl: number): void {
  // Full 64-bit product of the low words from 16-bit halves (each partial product
  // stays below 2**32, so doubles hold them exactly); the cross terms only feed
  // the high word, where Math.imul's wrap-around is exactly mod 2**32.
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0;
  const low = a0 * b0 + (mid % 65536) * 65536;
  const carry = Math.floor(low / TWO32);
  r.lo = low | 0;
  r.hi = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

/** r = (ah:al) + (bh:bl) mod 2**64. */
export function add64(ah: number, al: number, bh: number, bl: number): void {
  const low = (al >>> 0) + (bl >>> 0);
  r.lo = low | 0;
  r.hi = (ah + bh + (low >= TWO32 ? 1 : 0)) | 0;
}

/** r = (h:l) rotated left by n bits, 0 < n < 64. */
export function rotl64(h: number, l: number, n: number): void {
  if (n >= 32) {
    const t = h;
    h = l;
    l = t;
    n -= 32;
  }
  if (n === 0) {
    r.hi = h | 0;
    r.lo = l | 0;
    return;
  }
  r.hi = ((h << n) | (l >>> (32 - n))) | 0;
  r.lo = ((l << n) | (h >>> (32 - n))) | 0;
}

/** r = (h:l) >>> n (logical), 0 <= n < 64. */
export function shr64(h: number, l: number, n: number): void {
  if (n === 0) {
    r.hi = h | 0;
    r.lo = l | 0;
  } else if (n < 32) {
    r.lo = ((l >>> n) | (h << (32 - n))) | 0;
    r.hi = (h >>> n) | 0;
  } else {
    r.lo = (h >>> (n - 32)) | 0;
    r.hi = 0;
  }
}

/** r = (h:l) << n, 0 <= n < 64. */
export function shl64(h: number, l: number, n: number): void {
  if (n === 0) {
    r.hi = h | 0;
    r.lo = l | 0;
  } else if (n < 32) {
    r.hi = ((h << n) | (l >>> (32 - n))) | 0;
    r.lo = (l << n) | 0;
  } else {
    r.hi = (l << (n - 32)) | 0;
    r.lo = 0;
  }
}
