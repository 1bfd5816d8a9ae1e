import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/dicts.json';
import {
  type DictSizing,
  SharedKeysSizing,
  dictClear,
  dictCopy,
  dictDelete,
  dictDisplayPlan,
  dictDisplaySizing,
  dictFromKeysPresized,
  dictInsertNew,
  dictMergeBegin,
  dictPopItem,
  dictReplace,
  dictSizeof,
  newDictSizing,
} from '../../../src/python/collections/dict-sizing';

/** A dict as the runtime would track it: ordered keys (repr tokens) plus the sizing state. */
interface D {
  keys: string[];
  s: DictSizing;
}
const isStr = (tok: string) => tok.startsWith("'");

function set(d: D, k: string) {
  if (d.keys.includes(k)) dictReplace(d.s, isStr(k));
  else {
    d.keys.push(k);
    dictInsertNew(d.s, isStr(k));
  }
}
function del(d: D, k: string) {
  const rank = d.keys.indexOf(k);
  d.keys.splice(rank, 1);
  dictDelete(d.s, rank);
}
function empty(): D {
  return { keys: [], s: newDictSizing() };
}
function merge(d: D, e: D) {
  if (d === e) return;
  if (dictMergeBegin(d.s, e.s)) {
    d.keys = [...e.keys];
    return;
  }
  for (const k of e.keys) set(d, k);
}
function copy(e: D): D {
  return { keys: [...e.keys], s: dictCopy(e.s) };
}

function build(r: { kind: string; keys: string[] }): D {
  const dedup = [...new Set(r.keys)];
  switch (r.kind) {
    case 'empty':
      return empty();
    case 'literal':
    case 'literal_var':
      return { keys: dedup, s: dictDisplaySizing(r.keys.map(isStr), r.keys) };
    case 'comp':
    case 'pairs':
    case 'kwargs':
    case 'fromkeys_list': {
      const d = empty();
      for (const k of r.keys) set(d, k);
      return d;
    }
    case 'fromkeys_set': {
      const d = { keys: [] as string[], s: dictFromKeysPresized(r.keys.length, false) };
      for (const k of r.keys) set(d, k);
      return d;
    }
  }
  throw new Error(r.kind);
}

interface Op {
  op: string;
  a: number;
  b: number;
  k?: string;
  ks?: string[];
  order: string[];
  size: number;
}

describe('dict sizing replays python3 programs', () => {
  for (const style of ['str', 'int', 'mixed']) {
    it(`${style} keys: sys.getsizeof after every operation`, () => {
      fixtures.programs
        .filter((p) => p.style === style)
        .forEach((p, pi) => {
          const D = p.recipe.map((r, i) => {
            const d = build(r);
            expect(d.keys, `program ${pi} recipe ${i} ${r.kind}`).toEqual(r.order);
            expect(dictSizeof(d.s), `program ${pi} recipe ${i} ${r.kind} ${JSON.stringify(r.keys)}`).toBe(r.size);
            return d;
          });
          (p.ops as Op[]).forEach((op, oi) => {
            const where = `${style} program ${pi} op ${oi} ${op.op}`;
            const d = D[op.a];
            const e = D[op.b];
            switch (op.op) {
              case 'set_new':
              case 'set_old':
              case 'setdefault':
                if (op.op !== 'setdefault' || !d.keys.includes(op.k!)) set(d, op.k!);
                break;
              case 'sets':
              case 'update_pairs':
                for (const k of op.ks!) set(d, k);
                break;
              case 'del':
              case 'pop':
                del(d, op.k!);
                break;
              case 'popitem':
                expect(d.keys[d.keys.length - 1], where).toBe(op.k);
                d.keys.pop();
                dictPopItem(d.s);
                break;
              case 'dels':
                for (const k of op.ks!) del(d, k);
                break;
              case 'clear':
                d.keys = [];
                dictClear(d.s);
                break;
              case 'update':
              case 'ior':
                merge(d, e);
                break;
              case 'copy':
                D[op.a] = copy(e);
                break;
              case 'or': {
                const n = copy(d);
                merge(n, e);
                D[op.a] = n;
                break;
              }
              case 'dict_of':
              case 'unpack': {
                const n = empty();
                merge(n, e);
                D[op.a] = n;
                break;
              }
              case 'fromkeys_dict': {
                const n = { keys: [] as string[], s: dictFromKeysPresized(e.keys.length, e.s.unicode) };
                for (const k of e.keys) set(n, k);
                D[op.a] = n;
                break;
              }
              default:
                throw new Error(op.op);
            }
            expect(D[op.a].keys, where).toEqual(op.order);
            expect(dictSizeof(D[op.a].s), where).toBe(op.size);
          });
        });
    });
  }
});

describe('dict displays', () => {
  it('presize up to 16 items, append in runs of 17, merge the chunks', () => {
    for (const d of fixtures.displays)
      expect(dictSizeof(dictDisplaySizing(d.keys.map(isStr), d.keys)), JSON.stringify(d.keys)).toBe(d.size);
  });
  it('splits like compiler_dict', () => {
    expect(dictDisplayPlan(16)).toEqual([{ start: 0, end: 16, byAppends: true }]);
    expect(dictDisplayPlan(15)).toEqual([{ start: 0, end: 15, byAppends: false }]);
    expect(dictDisplayPlan(17)).toEqual([{ start: 0, end: 17, byAppends: true }]);
    expect(dictDisplayPlan(20)).toEqual([
      { start: 0, end: 17, byAppends: true },
      { start: 17, end: 20, byAppends: false },
    ]);
  });
  it('known sizes: {} 64, {"a": 1} 184, {1: 1} 224', () => {
    expect(dictSizeof(dictDisplaySizing([]))).toBe(64);
    expect(dictSizeof(dictDisplaySizing([true]))).toBe(184);
    expect(dictSizeof(dictDisplaySizing([false]))).toBe(224);
  });
  it('fromkeys of an empty set or dict still allocates a minimum table', () => {
    expect(dictSizeof(dictFromKeysPresized(0, false))).toBe(fixtures.empty_fromkeys_set);
    expect(dictSizeof(dictFromKeysPresized(0, true))).toBe(fixtures.empty_fromkeys_dict);
  });
});

describe('shared instance keys', () => {
  it('sys.getsizeof(obj.__dict__) follows instances created and attributes added', () => {
    for (const steps of fixtures.shared_keys as (string | number)[][][]) {
      const k = new SharedKeysSizing();
      const names = new Set<string>();
      for (const [act, arg] of steps) {
        if (act === 'new') k.onNewInstance();
        else if (act === 'attr') {
          if (!names.has(arg as string)) {
            names.add(arg as string);
            k.onNewAttribute();
          }
        } else expect(k.splitDictSizeof(), JSON.stringify(steps)).toBe(arg);
      }
    }
  });
});

describe('sizing helpers', () => {
  it('calculate_log2_keysize keeps CPython 64-bit quirk (1..7 -> 16 slots, 16 -> 32)', async () => {
    const { calculateLog2Keysize, estimateLog2Keysize, dictKeysSize } = await import('../../../src/python/collections/dict-sizing');
    expect([0, 1, 3, 7, 8, 9, 15, 16, 17, 32].map(calculateLog2Keysize)).toEqual([3, 4, 4, 4, 3, 4, 4, 5, 5, 6]);
    expect([0, 1, 2, 5, 6, 10, 11, 21].map(estimateLog2Keysize)).toEqual([3, 4, 4, 3, 4, 4, 5, 6]);
    expect(dictKeysSize(3, true)).toBe(120);
    expect(dictKeysSize(3, false)).toBe(160);
    expect(dictKeysSize(8, false)).toBe(32 + 512 + 170 * 24);
  });
  it('popitem skips trailing holes when cutting nentries back', () => {
    const s = newDictSizing();
    for (let i = 0; i < 5; i++) dictInsertNew(s, true);
    dictDelete(s, 3); // entry 3
    dictDelete(s, 1); // entry 1
    expect(s.holes).toEqual([1, 3]);
    dictPopItem(s); // pops entry 4, nentries -> 4, hole 3 now trailing
    expect([s.nentries, s.used]).toEqual([4, 2]);
    dictPopItem(s); // skips hole 3, pops entry 2
    expect([s.nentries, s.used, s.holes]).toEqual([2, 1, [1]]);
  });
});
