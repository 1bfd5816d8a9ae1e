import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RefKind, RefLists, REF_STRIDE } from '../../src/trace/graph-refs';

/** Writes `refs` (flat, REF_STRIDE[kind] integers each) whole over `last`. */
function writeWhole(lists: RefLists, kind: RefKind, refs: number[], last: number): number {
  const from = lists.data.length;
  for (const v of refs) lists.data.push(v);
  return lists.end(kind, from, last);
}

/** Writes the references of `refs` at `places` as places over `last` (a list of `was` references). */
function writePlaces(lists: RefLists, kind: RefKind, refs: number[], places: number[], last: number): number {
  const stride = REF_STRIDE[kind];
  const from = lists.data.length;
  for (const k of places) {
    lists.data.push(k);
    for (let j = 0; j < stride; j++) lists.data.push(refs[k * stride + j]!);
  }
  return lists.endPatch(kind, from, last, refs.length / stride);
}

function read(lists: RefLists, l: number): number[] {
  const stride = REF_STRIDE[lists.kind.get(l) as RefKind];
  const a = lists.view(l, -1);
  return [...a.subarray(lists.viewFrom, lists.viewFrom + lists.count.get(l) * stride)];
}

/** Patched places in the chain from `l` down to its full list. */
function chainPlaces(lists: RefLists, l: number): number {
  let n = 0;
  for (; lists.base.get(l) >= 0; l = lists.base.get(l)) n += lists.patches.get(l);
  return n;
}

describe('RefLists', () => {
  it('patches a short namespace rebound at every step, a few places per chain, then writes it whole', () => {
    const lists = new RefLists();
    // Five entries (key, value, name, label), as a module of five names.
    const refs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    let l = writeWhole(lists, RefKind.Entries, refs, -1);
    const kinds: string[] = [];
    for (let step = 0; step < 10; step++) {
      refs[4 * 4 + 1] = 100 + step;
      l = writePlaces(lists, RefKind.Entries, refs, [4], l);
      kinds.push(lists.base.get(l) >= 0 ? 'patch' : 'whole');
      expect(read(lists, l)).toEqual(refs);
      expect(chainPlaces(lists, l)).toBeLessThanOrEqual(4);
    }
    expect(kinds).toEqual(['patch', 'patch', 'patch', 'patch', 'whole', 'patch', 'patch', 'patch', 'patch', 'whole']);
  });

  it('never patches a list a patch would not make smaller', () => {
    const lists = new RefLists();
    let l = writeWhole(lists, RefKind.Edges, [1, 2, 3], -1);
    l = writePlaces(lists, RefKind.Edges, [4, 5, 6], [0], l);
    expect(lists.base.get(l)).toBe(-1);
    expect(read(lists, l)).toEqual([4, 5, 6]);
    l = writeWhole(lists, RefKind.Edges, [4, 5, 7], l);
    expect(lists.base.get(l)).toBe(-1);
  });

  it('reads back every version exactly, however its lists were patched, and keeps chains within half a list (or four places)', () => {
    const version = fc.record({
      length: fc.integer({ min: 0, max: 24 }),
      changes: fc.array(fc.tuple(fc.nat(30), fc.integer({ min: 0, max: 50 })), { maxLength: 6 }),
      asPlaces: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.constantFrom(RefKind.Edges, RefKind.Entries), fc.array(version, { minLength: 1, maxLength: 40 }), (kind, versions) => {
        const stride = REF_STRIDE[kind];
        const lists = new RefLists();
        let refs: number[] = [];
        let l = -1;
        const written: Array<[number, number[]]> = [];
        for (const v of versions) {
          const next = refs.slice(0, v.length * stride);
          while (next.length < v.length * stride) next.push(next.length);
          for (const [at, value] of v.changes) if (next.length > 0) next[at % next.length] = value;
          if (v.asPlaces && l >= 0) {
            // Every place that differs, and every position past the old end, as a capture's change notes give them.
            const places: number[] = [];
            for (let k = 0; k < v.length; k++) {
              const changed = k * stride >= refs.length || next.slice(k * stride, (k + 1) * stride).some((x, j) => x !== refs[k * stride + j]);
              if (changed) places.push(k);
            }
            l = writePlaces(lists, kind, next, places, l);
          } else l = writeWhole(lists, kind, next, l);
          refs = next;
          written.push([l, refs]);
          const n = lists.count.get(l);
          expect(chainPlaces(lists, l)).toBeLessThanOrEqual(Math.max(n >> 1, 4));
        }
        for (const [list, want] of written) expect(read(lists, list)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
