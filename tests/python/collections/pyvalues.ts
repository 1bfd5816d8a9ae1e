/**
 * Test-only stand-ins for Python values in fixtures: decoding, ==, and hash
 * (through the real hash functions), so SetTable can be replayed against
 * python3's recorded orders without the object model.
 */
import { hashBool, hashFloat, hashFrozenset, hashInt, hashTuple, type PyHash } from '../../../src/python/hash';

export type Enc = { i: string } | { f: string } | { b: boolean } | { t: Enc[] } | { fs: Enc[] };
export type Val =
  | { k: 'i'; v: bigint }
  | { k: 'f'; v: number }
  | { k: 'b'; v: boolean }
  | { k: 't'; v: Val[] }
  | { k: 'fs'; v: Val[] };

/** Parses Python's float.hex() output. */
export function fromHex(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error('bad hex float ' + s);
  const frac = m[3] || '0';
  const mant = Number(BigInt('0x' + m[2] + frac));
  const exp = Number(m[4]) - 4 * frac.length;
  const v = exp < -1000 ? mant * 2 ** (exp + 600) * 2 ** -600 : mant * 2 ** exp;
  return m[1] ? -v : v;
}

export function decode(e: Enc): Val {
  if ('i' in e) return { k: 'i', v: BigInt(e.i) };
  if ('f' in e) return { k: 'f', v: fromHex(e.f) };
  if ('b' in e) return { k: 'b', v: e.b };
  if ('t' in e) return { k: 't', v: e.t.map(decode) };
  return { k: 'fs', v: e.fs.map(decode) };
}

function asNumber(a: Val): bigint | number | null {
  if (a.k === 'i') return a.v;
  if (a.k === 'b') return a.v ? 1n : 0n;
  if (a.k === 'f') return a.v;
  return null;
}

function numEq(x: bigint | number, y: bigint | number): boolean {
  if (typeof x === 'bigint' && typeof y === 'bigint') return x === y;
  if (typeof x === 'number' && typeof y === 'number') return x === y;
  const f = (typeof x === 'number' ? x : y) as number;
  const i = (typeof x === 'bigint' ? x : y) as bigint;
  return Number.isInteger(f) && BigInt(f) === i;
}

/** Python == for the fixture value kinds. */
export function pyEq(a: Val, b: Val): boolean {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== null || y !== null) return x !== null && y !== null && numEq(x, y);
  if (a.k === 't' && b.k === 't') return a.v.length === b.v.length && a.v.every((e, i) => pyEq(e, b.v[i]));
  if (a.k === 'fs' && b.k === 'fs')
    return a.v.length === b.v.length && a.v.every((e) => b.v.some((f) => pyEq(e, f)));
  return false;
}

/** Python hash() for the fixture value kinds. */
export function pyHash(a: Val): PyHash {
  switch (a.k) {
    case 'i':
      return hashInt(a.v);
    case 'f':
      return hashFloat(a.v);
    case 'b':
      return hashBool(a.v);
    case 't':
      return hashTuple(a.v.map(pyHash));
    case 'fs':
      return hashFrozenset(a.v.map(pyHash));
  }
}
