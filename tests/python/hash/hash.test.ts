import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/hashes.json';
import {
  canonicalHash,
  hashBool,
  hashFloat,
  hashFromWords,
  hashFrozenset,
  hashHi,
  hashInt,
  hashLo,
  hashNone,
  hashPointer,
  hashStr,
  hashToPython,
  hashTuple,
  type PyHash,
} from '../../../src/python/hash';

type Enc = { i: string } | { f: string } | { b: boolean } | { t: Enc[] } | { fs: Enc[] };

/** Parses Python's float.hex() output. */
function fromHex(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error('bad hex float ' + s);
  const mant = BigInt('0x' + m[2] + (m[3] || '0'));
  const exp = Number(m[4]) - 4 * (m[3] || '0').length;
  let v = Number(mant) * 2 ** exp;
  // Subnormals: multiply in two steps to avoid underflow of 2**exp.
  if (!Number.isFinite(2 ** exp) || 2 ** exp === 0) v = Number(mant) * 2 ** (exp + 600) * 2 ** -600;
  return m[1] ? -v : v;
}

function big(s: string): PyHash {
  return canonicalHash(BigInt(s));
}

function hashOf(e: Enc): PyHash {
  if ('i' in e) return hashInt(BigInt(e.i));
  if ('f' in e) return hashFloat(fromHex(e.f));
  if ('b' in e) return hashBool(e.b);
  if ('t' in e) return hashTuple(e.t.map(hashOf));
  return hashFrozenset(e.fs.map(hashOf));
}

describe('hashInt', () => {
  it('matches CPython for every fixture int (bigint and number inputs)', () => {
    for (const [v, h] of fixtures.ints) {
      expect(hashInt(BigInt(v)), v).toBe(big(h));
      const n = Number(v);
      if (Number.isSafeInteger(n)) expect(hashInt(n), v).toBe(big(h));
    }
  });
  it('keeps small ints as numbers and maps -1 to -2', () => {
    expect(hashInt(5)).toBe(5);
    expect(hashInt(-1)).toBe(-2);
    expect(hashInt(-1n)).toBe(-2);
    expect(hashInt(0)).toBe(0);
    expect(Object.is(hashInt(-0), 0)).toBe(true);
    expect(hashInt(2n ** 61n - 1n)).toBe(0);
    expect(hashInt(-(2n ** 61n))).toBe(-2); // |v| mod P == 1
  });
  it('bool hashes as int', () => {
    expect(hashBool(true)).toBe(1);
    expect(hashBool(false)).toBe(0);
  });
});

describe('hashFloat', () => {
  it('matches CPython for every fixture float', () => {
    for (const [x, h] of fixtures.floats) expect(hashFloat(fromHex(x)), x).toBe(big(h));
  });
  it('integral floats hash like ints, -0.0 like 0', () => {
    expect(hashFloat(3)).toBe(3);
    expect(hashFloat(-1)).toBe(-2);
    expect(Object.is(hashFloat(-0), 0)).toBe(true);
    expect(hashFloat(2 ** 64)).toBe(hashInt(2n ** 64n));
  });
  it('nan hashes by identity', () => {
    const [id, h] = fixtures.nan;
    expect(hashFloat(NaN, BigInt(id))).toBe(big(h));
    expect(hashFloat(NaN, Number(id))).toBe(big(h));
  });
});

describe('hashPointer / hashNone', () => {
  it('rotates the address right by 4 bits', () => {
    for (const [id, h] of fixtures.pointers) {
      expect(hashPointer(BigInt(id)), id).toBe(big(h));
      expect(hashPointer(Number(id)), id).toBe(big(h));
    }
    expect(hashNone(Number(fixtures.none[0]))).toBe(big(fixtures.none[1]));
  });
  it('handles unaligned and large addresses', () => {
    expect(hashPointer(0x10)).toBe(1);
    expect(hashPointer(0x11)).toBe(hashFromWords(0x10000000, 1));
    expect(hashPointer(0xffffffffffffffffn)).toBe(-2); // rotation of all ones is -1
    expect(hashPointer(0x7f3a8c000030)).toBe(0x7f3a8c000030 / 16);
  });
});

describe('hashTuple', () => {
  it('matches CPython for every fixture tuple', () => {
    for (const [t, h] of fixtures.tuples as unknown as [Enc, string][]) expect(hashOf(t), JSON.stringify(t)).toBe(big(h));
  });
  it('accepts arrays and iterables', () => {
    expect(hashTuple([1, 2, 3])).toBe(hashTuple(new Set([1, 2, 3]).values()));
    expect(hashTuple([])).toBe(5740354900026072187n);
  });
});

describe('hashFrozenset', () => {
  it('matches CPython for every fixture frozenset', () => {
    for (const [s, h] of fixtures.frozensets as unknown as [Enc, string][]) expect(hashOf(s), JSON.stringify(s)).toBe(big(h));
  });
  it('does not depend on order', () => {
    expect(hashFrozenset([1, 2, 3])).toBe(hashFrozenset([3, 1, 2]));
  });
});

describe('words and canonical form', () => {
  it('round-trips through hi/lo words', () => {
    const samples: PyHash[] = [0, 1, -1, -2, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1),
      2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n), 1234567890123456789n];
    for (const h of samples) {
      expect(hashFromWords(hashHi(h), hashLo(h))).toBe(hashToPython(h));
    }
    expect(hashToPython(5n)).toBe(5);
    expect(typeof hashFromWords(-2097152, 0)).toBe('bigint');
    expect(hashFromWords(-2097152, 1)).toBe(-(2 ** 53) + 1);
  });
});

describe('hashStr', () => {
  it('is 0 for the empty string, like CPython', () => {
    expect(hashStr('')).toBe(fixtures.empty_str);
  });
  it('is a safe integer, never -1, and deterministic', () => {
    for (const s of ['a', 'b', 'hello', 'é', '😀', 'x'.repeat(1000)]) {
      const h = hashStr(s);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(h).not.toBe(-1);
      expect(hashStr(s)).toBe(h);
    }
  });
  it('spreads short keys over the low bits (few collisions in an 8-bit mask)', () => {
    const words = Array.from({ length: 200 }, (_, i) => 'k' + i);
    const low = new Set(words.map((w) => Number(BigInt.asUintN(16, BigInt(hashStr(w))))));
    expect(low.size).toBeGreaterThan(190);
    const buckets = new Array(256).fill(0);
    for (const w of words) buckets[hashLo(hashStr(w)) & 255]++;
    expect(Math.max(...buckets)).toBeLessThan(8);
  });
});
