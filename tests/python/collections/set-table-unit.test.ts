import { describe, expect, it } from 'vitest';
import { SetChangedSizeError, SetMutationError, SetTable } from '../../../src/python/collections/set-table';
import { hashInt, type PyHash } from '../../../src/python/hash';

/** A user object with a fixed __hash__ and an __eq__ that may run arbitrary code. */
class K {
  constructor(
    public n: number,
    public h: number,
  ) {}
  toString() {
    return 'K' + this.n;
  }
}
type Key = number | K;
const hashOf = (k: Key): PyHash => (typeof k === 'number' ? hashInt(k) : k.h);
const show = (s: SetTable<Key>) => s.keys().map(String);

describe('equality callbacks that mutate the set', () => {
  it('restarts the insertion like CPython (python3 prints [2, K1, 9, K2, 20..29])', () => {
    let trigger = false;
    let S!: SetTable<Key>;
    const eq = (a: Key, b: Key) => {
      if (trigger && b instanceof K) {
        trigger = false;
        for (let i = 20; i < 30; i++) S.add(i, hashOf(i));
        S.discard(1, hashOf(1));
      }
      return a instanceof K && b instanceof K && a.n === b.n;
    };
    S = SetTable.fromEntries<Key>(eq, [1, new K(1, 8), 2, 9].map((k) => [k, hashOf(k)] as const));
    trigger = true;
    const k2 = new K(2, 8);
    expect(S.add(k2, hashOf(k2))).toBe(true);
    expect(show(S)).toEqual(['2', 'K1', '9', 'K2', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29']);
  });

  it('restarts a lookup (python3: False, [2, K1, 20..29])', () => {
    let trigger = false;
    let S!: SetTable<Key>;
    const eq = (a: Key, b: Key) => {
      if (trigger && b instanceof K) {
        trigger = false;
        for (let i = 20; i < 30; i++) S.add(i, hashOf(i));
        S.discard(1, hashOf(1));
      }
      return a instanceof K && b instanceof K && a.n === b.n;
    };
    S = SetTable.fromEntries<Key>(eq, [1, new K(1, 9), 2].map((k) => [k, hashOf(k)] as const));
    trigger = true;
    const k3 = new K(3, 9);
    expect(S.has(k3, hashOf(k3))).toBe(false);
    expect(show(S)).toEqual(['2', 'K1', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29']);
  });

  it('gives up with SetMutationError instead of looping forever', () => {
    let S!: SetTable<Key>;
    let n = 100;
    const eq = (a: Key, b: Key) => {
      // Replace the stored key with an equal-hash twin every time: the probe never settles.
      if (a instanceof K && b instanceof K) {
        S.discard(a, a.h);
        S.add(new K(n++, a.h), a.h);
      }
      return false;
    };
    S = new SetTable<Key>(eq);
    S.add(new K(1, 5), 5);
    expect(() => S.add(new K(2, 5), 5)).toThrow(SetMutationError);
  });

  it('propagates exceptions from __eq__ and leaves the table usable', () => {
    const S = new SetTable<Key>(() => {
      throw new Error('boom');
    });
    S.add(new K(1, 3), 3);
    expect(() => S.add(new K(2, 3), 3)).toThrow('boom');
    expect(S.size).toBe(1);
    S.add(4, 4);
    expect(show(S)).toEqual(['K1', '4']);
  });
});

describe('reference hooks', () => {
  it('retains each stored key once and releases on discard, clear and difference', () => {
    const counts = new Map<number, number>();
    const bump = (k: number, d: number) => counts.set(k, (counts.get(k) ?? 0) + d);
    const released: number[] = [];
    const hooks = {
      eq: (a: number, b: number) => a === b,
      retain: (k: number) => bump(k, 1),
      release: (k: number) => {
        bump(k, -1);
        released.push(k);
      },
    };
    const s = new SetTable<number>(hooks);
    for (const k of [5, 3, 5, 11, 3]) s.add(k, k);
    expect([...counts]).toEqual([[5, 1], [3, 1], [11, 1]]);
    const c = s.copy();
    expect(counts.get(5)).toBe(2);
    expect(c.discard(5, 5)).toBe(5);
    expect(c.discard(5, 5)).toBeUndefined();
    expect(counts.get(5)).toBe(1);
    const total = () => [...counts.values()].reduce((x, y) => x + y, 0);
    const before = total();
    s.pop();
    expect(total()).toBe(before); // the popped reference now belongs to the caller
    released.length = 0;
    expect(c.keys()).toEqual([11, 3]); // 11 collides with 3 in slot 3 and jumps to slot 0
    expect(c.clear()).toEqual([11, 3]);
    expect(released).toEqual([11, 3]);
    c.add(1, 1);
    const big = new SetTable<number>(hooks);
    for (let i = 0; i < 100; i++) big.add(i, i);
    c.differenceUpdate(big); // walks the intersection, a temporary that is released afterwards
    expect(c.size).toBe(0);
    expect(counts.get(1)).toBe(1); // only big holds 1 now
  });
});

describe('iteration and misc', () => {
  it('the JS iterator raises when the size changes, like setiter_iternext', () => {
    const s = SetTable.fromEntries<number>((a, b) => a === b, [1, 2, 3].map((k) => [k, k] as const));
    const it = s[Symbol.iterator]();
    expect(it.next().value).toBe(1);
    s.add(4, 4);
    expect(() => it.next()).toThrow(SetChangedSizeError);
  });

  it('pop keeps the finger across clear, and returns undefined when empty', () => {
    const s = SetTable.fromEntries<number>((a, b) => a === b, [1, 2, 3, 4].map((k) => [k, k] as const));
    expect([s.pop(), s.pop()]).toEqual([1, 2]);
    s.clear();
    expect(s.pop()).toBeUndefined();
    for (const k of [0, 1, 2, 3, 4]) s.add(k, k);
    expect(s.pop()).toBe(3); // finger was 3: python3 prints 3 too
  });

  it('nextIndex/keyAt/hashAt walk live slots with their hashes', () => {
    const s = SetTable.fromEntries<bigint>((a, b) => a === b, [[2n ** 70n, hashInt(2n ** 70n)], [7n, 7]]);
    const seen: [bigint, PyHash][] = [];
    for (let i = s.nextIndex(0); i >= 0; i = s.nextIndex(i + 1)) seen.push([s.keyAt(i), s.hashAt(i)]);
    expect(seen).toEqual([...s.entries()]);
    expect(seen.map((e) => e[1]).sort()).toEqual([7, hashInt(2n ** 70n)].sort());
  });

  it('swapBodies exchanges small and large tables', () => {
    const eq = (a: number, b: number) => a === b;
    const a = SetTable.fromEntries<number>(eq, [1, 2].map((k) => [k, k] as const));
    const b = SetTable.fromEntries<number>(eq, Array.from({ length: 20 }, (_, i) => [i * 3, i * 3] as const));
    const ak = a.keys();
    const bk = b.keys();
    a.swapBodies(b);
    expect(a.keys()).toEqual(bk);
    expect(b.keys()).toEqual(ak);
    expect(b.isSmall).toBe(true);
    expect(a.isSmall).toBe(false);
    a.swapBodies(b);
    expect(a.keys()).toEqual(ak);
    expect(b.keys()).toEqual(bk);
  });

  it('holds a million small ints and finds every third one', () => {
    const s = new SetTable<number>((a, b) => a === b);
    for (let i = 0; i < 1_000_000; i++) s.add(i, i);
    let hits = 0;
    for (let i = 0; i < 1_000_000; i += 3) if (s.has(i, i)) hits++;
    expect(hits).toBe(333334);
    expect(s.has(1_000_000, 1_000_000)).toBe(false);
  });
});
