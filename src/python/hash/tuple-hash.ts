/**
 * hash(tuple) and hash(frozenset) as CPython 3.11 computes them on 64-bit
 * builds: tuplehash (the xxHash-derived scheme of 3.8+, Objects/tupleobject.c)
 * and frozenset_hash (Objects/setobject.c). Callers hash the items themselves
 * (which may run Python `__hash__`) and pass the item hashes in.
 */
import { hashFromWords, hashHi, hashLo, type PyHash } from './numeric-hash';
import { add64, mul64, r, rotl64, shl64, shr64 } from './u64';

// _PyHASH_XXPRIME_1/2/5 split into 32-bit words (high, low) as int32.
const P1H = 0x9e3779b1 | 0;
const P1L = 0x85ebca87 | 0;
const P2H = 0xc2b2ae3d | 0;
const P2L = 0x27d4eb4f | 0;
const P5H = 0x27d4eb2f | 0;
const P5L = 0x165667c5 | 0;
// _PyHASH_XXPRIME_5 ^ 3527539, the constant that keeps hash(()) at its historical value.
const LEN_XOR_H = P5H;
const LEN_XOR_L = (P5L ^ 3527539) | 0;

/**
 * tuplehash: acc = P5; per item acc = rotl31(acc + lane * P2) * P1; then
 * acc += len ^ (P5 ^ 3527539); an all-ones result becomes 1546275796.
 */
export function hashTuple(itemHashes: ArrayLike<PyHash> | Iterable<PyHash>): PyHash {
  const arr: ArrayLike<PyHash> =
    Array.isArray(itemHashes) || !(Symbol.iterator in (itemHashes as object))
      ? (itemHashes as ArrayLike<PyHash>)
      : Array.from(itemHashes as Iterable<PyHash>);
  const len = arr.length;
  let ah = P5H;
  let al = P5L;
  for (let i = 0; i < len; i++) {
    const lane = arr[i];
    let lh: number;
    let ll: number;
    if (typeof lane === 'number') {
      ll = lane | 0;
      lh = Math.floor(lane / 4294967296) | 0;
    } else {
      ll = hashLo(lane);
      lh = hashHi(lane);
    }
    mul64(lh, ll, P2H, P2L);
    add64(ah, al, r.hi, r.lo);
    rotl64(r.hi, r.lo, 31);
    mul64(r.hi, r.lo, P1H, P1L);
    ah = r.hi;
    al = r.lo;
  }
  // len < 2**32 here, so only the low word of (len ^ K) differs from K.
  add64(ah, al, LEN_XOR_H, (len ^ LEN_XOR_L) | 0);
  if (r.hi === -1 && r.lo === -1) return 1546275796;
  return hashFromWords(r.hi, r.lo);
}

/** _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167, mod 2**64, into r. */
function shuffle(h: number, l: number): void {
  shl64(h, l, 16);
  const xh = h ^ r.hi;
  const xl = l ^ 89869747 ^ r.lo;
  mul64(xh, xl, 0, 3644798167 | 0);
}

/**
 * frozenset_hash from the hashes of the set's items (any order: the items'
 * shuffled hashes are combined with xor). CPython xors every table slot and then
 * cancels the empty and dummy slots, which equals xoring the active ones only.
 */
export function hashFrozenset(itemHashes: Iterable<PyHash>): PyHash {
  let hh = 0;
  let hl = 0;
  let n = 0;
  for (const h of itemHashes) {
    shuffle(hashHi(h), hashLo(h));
    hh ^= r.hi;
    hl ^= r.lo;
    n++;
  }
  return finishFrozensetHash(hh, hl, n);
}

/**
 * The tail of frozenset_hash given the xor of the shuffled item hashes (words
 * hh:hl) and the number of items; SetTable uses it to hash its own slots.
 */
export function finishFrozensetHash(hh: number, hl: number, n: number): PyHash {
  mul64(0, n + 1, 0, 1927868237);
  hh ^= r.hi;
  hl ^= r.lo;
  shr64(hh, hl, 11);
  const ah = r.hi;
  const al = r.lo;
  shr64(hh, hl, 25);
  hh ^= ah ^ r.hi;
  hl ^= al ^ r.lo;
  mul64(hh, hl, 0, 69069);
  add64(r.hi, r.lo, 0, 907133923);
  if (r.hi === -1 && r.lo === -1) return 590923713;
  return hashFromWords(r.hi, r.lo);
}

/** Writes _shuffle_bits of one item hash (words h:l) into the u64 scratch `r`; SetTable xors these itself. */
export function shuffleWords(h: number, l: number): void {
  shuffle(h, l);
}
