import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/sets.json';
import { decode, type Enc, pyEq, pyHash, type Val } from './pyvalues';
import { SetTable, SetChangedSizeError, SetMutationError } from '../../../src/python/collections/set-table';
import { canonicalHash, type PyHash } from '../../../src/python/hash';

/** A key as the runtime would hold it: identity is the value-table index. */
interface Key {
  idx: number;
  val: Val;
  hash: PyHash;
}

interface Op {
  op: string;
  a: number;
  b: number;
  v?: number;
  vs?: number[];
  n?: number;
  r?: number | number[] | boolean | null;
  order: number[];
  size: number;
  fhash: string;
}

const eq = (x: Key, y: Key) => pyEq(x.val, y.val);
const sizeof = (s: SetTable<Key>) => 216 + (s.isSmall ? 0 : (s.mask + 1) * 16);

/** dict.fromkeys(items): first occurrence wins, insertion order kept. */
function dictFromKeys(items: Key[]): Key[] {
  const out: Key[] = [];
  for (const k of items) if (!out.some((o) => o.hash === k.hash && eq(o, k))) out.push(k);
  return out;
}

function replay(prog: { values: unknown[]; ops: unknown[] }, pi: number) {
  const keys: Key[] = (prog.values as Enc[]).map((e, idx) => {
    const val = decode(e);
    return { idx, val, hash: pyHash(val) };
  });
  const entries = (ks: Key[]) => ks.map((k) => [k, k.hash] as const);
  const sets: SetTable<Key>[] = [0, 1, 2, 3].map(() => new SetTable<Key>(eq));
  (prog.ops as Op[]).forEach((op, oi) => {
    const where = `program ${pi} op ${oi} (${op.op} a=${op.a} b=${op.b})`;
    const S = sets[op.a];
    const T = sets[op.b];
    const vs = (op.vs ?? []).map((i) => keys[i]);
    let R: SetTable<Key> = S;
    switch (op.op) {
      case 'add':
        S.add(keys[op.v!], keys[op.v!].hash);
        break;
      case 'adds':
        for (const k of vs) S.add(k, k.hash);
        break;
      case 'discard':
        S.discard(keys[op.v!], keys[op.v!].hash);
        break;
      case 'discards':
        for (const k of vs) S.discard(k, k.hash);
        break;
      case 'pop':
        expect(S.pop()?.idx ?? null, where).toBe(op.r);
        break;
      case 'pops': {
        const got: number[] = [];
        for (let i = 0; i < op.n! && S.size > 0; i++) got.push(S.pop()!.idx);
        expect(got, where).toEqual(op.r);
        break;
      }
      case 'clear':
        S.clear();
        break;
      case 'update_list':
        S.addAll(entries(vs));
        break;
      case 'update_set':
      case 'ior':
        S.update(T);
        break;
      case 'update_dict': {
        const d = dictFromKeys(vs);
        S.updateFromDict(entries(d), d.length);
        break;
      }
      case 'from_list':
        R = SetTable.fromEntries(eq, entries(vs));
        break;
      case 'from_set':
        R = T.copy();
        break;
      case 'from_dict': {
        const d = dictFromKeys(vs);
        R = new SetTable<Key>(eq);
        R.updateFromDict(entries(d), d.length);
        break;
      }
      case 'copy':
        R = T.copy();
        break;
      case 'union':
        R = S.union(T);
        break;
      case 'inter':
        R = S.intersection(T);
        break;
      case 'inter_list':
        R = S.intersectionWithIterable(entries(vs));
        break;
      case 'diff':
        R = S.difference(T);
        break;
      case 'diff_list':
        R = S.differenceWithIterable(entries(vs));
        break;
      case 'diff_dict': {
        const d = dictFromKeys(vs);
        R = S.differenceWithDict({
          size: d.length,
          has: (k, h) => d.some((o) => o.hash === h && eq(o, k)),
          entries: () => entries(d),
        });
        break;
      }
      case 'symdiff':
        R = S.symmetricDifference(T);
        break;
      case 'symdiff_list':
        S.symmetricDifferenceUpdateIterable(entries(vs));
        break;
      case 'symdiff_dict':
        S.symmetricDifferenceUpdateDict(entries(dictFromKeys(vs)));
        break;
      case 'iand':
        S.intersectionUpdate(T);
        break;
      case 'isub':
        S.differenceUpdate(T);
        break;
      case 'ixor':
        S.symmetricDifferenceUpdate(T);
        break;
      case 'isdisjoint':
        expect(S.isDisjoint(T), where).toBe(op.r);
        break;
      case 'issubset':
        expect(S.isSubset(T), where).toBe(op.r);
        break;
      case 'eq':
        expect(S.equals(T), where).toBe(op.r);
        break;
      default:
        throw new Error('unknown op ' + op.op);
    }
    sets[op.a] = R;
    expect(R.keys().map((k) => k.idx), where).toEqual(op.order);
    expect(sizeof(R), where).toBe(op.size);
    expect(R.frozensetHash(), where).toBe(canonicalHash(BigInt(op.fhash)));
  });
}

describe('SetTable replays python3 programs', () => {
  const byStyle = new Map<string, [number, { values: unknown[]; ops: unknown[] }][]>();
  fixtures.programs.forEach((p, i) => {
    if (!byStyle.has(p.style)) byStyle.set(p.style, []);
    byStyle.get(p.style)!.push([i, p as { values: unknown[]; ops: unknown[] }]);
  });
  for (const [style, progs] of byStyle) {
    it(`${style} values: order, pop, size and frozenset hash after every op (${progs.length} programs)`, () => {
      for (const [i, p] of progs) replay(p, i);
    });
  }
});

describe('set displays of constants', () => {
  it('build a frozenset constant (twice, as the compiler merges constants) and merge it into a new set', () => {
    for (const c of fixtures.literals) {
      const ks = c.src.map((n) => ({ idx: n, val: { k: 'i', v: BigInt(n) } as Val, hash: pyHash({ k: 'i', v: BigInt(n) }) }));
      const fromList = SetTable.fromEntries<Key>(eq, ks.map((k) => [k, k.hash] as const));
      expect(fromList.keys().map((k) => String(k.idx))).toEqual(c.list_order);
      const folded = SetTable.fromEntries<Key>(eq, ks.map((k) => [k, k.hash] as const));
      const merged = SetTable.fromEntries<Key>(eq, folded.entries());
      const s = new SetTable<Key>(eq);
      s.update(merged);
      expect(s.keys().map((k) => String(k.idx)), JSON.stringify(c.src)).toEqual(c.order);
    }
  });
});
