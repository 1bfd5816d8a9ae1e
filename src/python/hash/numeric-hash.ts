/**
 * Hashes of numbers, bools, None and identity-hashed objects, as CPython 3.11
 * on a 64-bit build computes them (Python/pyhash.c, Objects/longobject.c).
 *
 * A hash is a signed 64-bit integer. It travels as a `PyHash`: a JS number when
 * it is a safe integer, a bigint otherwise. That is the same split the runtime
 * uses for int values, and it keeps the common case (small ints hash to
 * themselves) free of BigInt allocation. Every function here returns the
 * canonical form, so two equal hashes are always `===`.
 */

/** A CPython hash value (Py_hash_t): a number when it is a safe integer, else a bigint. */
export type PyHash = number | bigint;

/** The modulus of numeric hashing, 2**61 - 1 (a Mersenne prime, so 2**61 ≡ 1). */
export const HASH_MODULUS = 2305843009213693951n;
/** hash(float('inf')); -inf hashes to its negation. */
export const HASH_INF = 314159;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO32 = 4294967296;

/** The canonical PyHash of a bigint: a number when it is a safe integer. */
export function canonicalHash(h: bigint): PyHash {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** Low 32 bits of a hash's two's-complement form, as an int32. */
export function hashLo(h: PyHash): number {
  if (typeof h === 'number') return h | 0;
  return Number(BigInt.asIntN(32, h));
}

/** High 32 bits of a hash's 64-bit two's-complement form, as an int32. */
export function hashHi(h: PyHash): number {
  // Division by a power of two is exact in binary floating point, so floor gives
  // the arithmetic-shift result for negative safe integers too.
  if (typeof h === 'number') return Math.floor(h / TWO32) | 0;
  return Number(BigInt.asIntN(32, h >> 32n));
}

/** The PyHash whose 64-bit two's-complement words are hi:lo (both taken mod 2**32). */
export function hashFromWords(hi: number, lo: number): PyHash {
  hi |= 0;
  // hi in [-2**21, 2**21) keeps the value within ±2**53; -2**53 itself is not safe.
  if (hi < 2097152 && (hi > -2097152 || (hi === -2097152 && lo >>> 0 !== 0))) return hi * TWO32 + (lo >>> 0);
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0));
}

/** The PyHash of a value taken mod 2**64 as a signed 64-bit integer. */
export function hashFromU64(v: bigint): PyHash {
  return canonicalHash(BigInt.asIntN(64, v));
}

/**
 * hash(n) for an int: sign(n) * (|n| mod (2**61 - 1)), with -1 mapped to -2
 * (-1 is CPython's error return). Safe integers are below the modulus, so they
 * hash to themselves without any arithmetic.
 */
export function hashInt(v: number | bigint): PyHash {
  if (typeof v === 'number') {
    if (v === -1) return -2;
    if (v >= -MAX_SAFE && v <= MAX_SAFE) return v + 0; // + 0 folds -0 into 0
    return hashInt(BigInt(v));
  }
  if (v >= -9007199254740991n && v <= 9007199254740991n) return v === -1n ? -2 : Number(v);
  const neg = v < 0n;
  let x = (neg ? -v : v) % HASH_MODULUS;
  if (neg) x = -x;
  if (x === -1n) x = -2n;
  return canonicalHash(x);
}

/** hash(True) / hash(False): bool hashes as the int 1 / 0. */
export function hashBool(b: boolean): PyHash {
  return b ? 1 : 0;
}

/**
 * _Py_HashPointer: an address rotated right by 4 bits (the low bits of an
 * aligned address carry no information), -1 mapped to -2. object.__hash__,
 * None (3.11 has no constant hash for None) and NaN hash this way.
 */
export function hashPointer(id: number | bigint): PyHash {
  if (typeof id === 'number' && id >= 0 && id <= MAX_SAFE) {
    const low4 = id % 16;
    const q = (id - low4) / 16;
    if (low4 === 0) return q;
    return hashFromWords((low4 << 28) | Math.floor(q / TWO32), q % TWO32);
  }
  const y = BigInt.asUintN(64, BigInt(id));
  const rot = BigInt.asIntN(64, (y >> 4n) | (y << 60n));
  return canonicalHash(rot === -1n ? -2n : rot);
}

/** hash(None) in 3.11: the identity hash of the None object, whose id() is `id`. */
export function hashNone(id: number | bigint): PyHash {
  return hashPointer(id);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * hash(x) for a float, as _Py_HashDouble: integral values hash like the equal
 * int, ±inf to ±314159, NaN by identity (3.10+: the float object's id, passed as
 * `id`), and any other finite value as the rational m * 2**e reduced mod
 * 2**61 - 1 (the documented numeric-hash rule, which is what CPython's 28-bit
 * chunk loop computes).
 */
export function hashFloat(x: number, id: number | bigint = 0): PyHash {
  if (Number.isInteger(x)) return hashInt(x);
  if (x !== x) return hashPointer(id);
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  f64[0] = x;
  const hiw = LITTLE ? u32[1] : u32[0];
  const low = LITTLE ? u32[0] : u32[1];
  const biased = (hiw >>> 20) & 0x7ff;
  const frac = (hiw & 0xfffff) * TWO32 + low;
  // x = m * 2**e exactly; a non-integral finite double always has e < 0.
  const m = biased === 0 ? frac : frac + 2 ** 52;
  const e = biased === 0 ? -1074 : biased - 1075;
  // 2**-k ≡ 2**(61 - k mod 61) mod 2**61 - 1, so a negative exponent becomes a rotation.
  const shift = ((e % 61) + 61) % 61;
  let h = (BigInt(m) << BigInt(shift)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return canonicalHash(h);
}

/** What Python's hash() returns for an object whose native hash is `h` (the canonical form). */
export function hashToPython(h: PyHash): PyHash {
  return typeof h === 'bigint' ? canonicalHash(h) : h;
}
