/**
 * hash(str). CPython randomizes string hashes per process (PYTHONHASHSEED), so no
 * program's output may depend on them, and any well-mixed function with a fixed
 * seed is a faithful stand-in. Two things are kept from CPython: hash('') == 0,
 * and -1 never appears.
 *
 * The result is deliberately a signed 31-bit value, V8's small-integer range:
 * strings are the most common set members and dict keys, a number hash keeps them
 * on the allocation-free path of the hash tables, and a str caching a small integer
 * needs no boxed double beside it (a wider value boxed the cache of every str).
 * CPython's own range is 64 bits, but since its values are random, a smaller range
 * is indistinguishable.
 */
import type { PyHash } from './numeric-hash';

const SEED1 = 0x3c6ef372;
const SEED2 = 0xa54ff53a;

/** The hash of a string (over its UTF-16 code units, which identify the code points). */
export function hashStr(s: string): PyHash {
  const n = s.length;
  if (n === 0) return 0;
  // Two independent multiply-rotate lanes, cross-mixed at the end (the cyrb53
  // construction): enough avalanche for table use, and cheap per character.
  let h1 = SEED1 ^ n;
  let h2 = SEED2 ^ n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const v = (h1 ^ Math.imul(h2, 0x9e3779b1)) >> 1;
  return v === -1 ? -2 : v;
}
