/**
 * CPython 3.11 (64-bit) hash functions, free of the object model: callers pass
 * values or already-computed item hashes. See numeric-hash.ts for the PyHash
 * representation (number when safe, else bigint).
 */
export {
  type PyHash,
  HASH_MODULUS,
  HASH_INF,
  canonicalHash,
  hashLo,
  hashHi,
  hashFromWords,
  hashFromU64,
  hashInt,
  hashBool,
  hashPointer,
  hashNone,
  hashFloat,
  hashToPython,
} from './numeric-hash';
export { hashTuple, hashFrozenset } from './tuple-hash';
export { hashStr } from './str-hash';
