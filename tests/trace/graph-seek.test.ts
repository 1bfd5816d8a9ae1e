/**
 * Seeking in a recording's copy of the graph reuses one table and goes on from
 * the last step replayed when it can (graph-seek.ts): whatever the order of seeks,
 * a step's image gives the census a fresh replay from its checkpoint gives.
 */
import { describe, expect, it } from 'vitest';
import { censusOf } from '../../src/python/heap-census';
import { CHECKPOINT_EVERY, type GraphStore } from '../../src/trace/graph-store';
import { GraphSeek } from '../../src/trace/graph-seek';
import { Recording, type RecordingBatch } from '../../src/trace/recording';
import { SerialTable } from '../../src/trace/serial-table';
import { traceProgram } from '../../src/trace/trace-run';

/** Objects made and freed at most steps, a frame that comes and goes, and a list that grows. */
const PROGRAM = 'def f(x):\n    return [x, str(x)]\nxs = []\nfor i in range(300):\n    y = f(i)\n    if i % 7 == 0:\n        xs.append(y)\n';

/** The census of step `i` as text, from `seek`. */
function censusText(seek: GraphSeek, i: number): string {
  const image = seek.imageAt(i);
  const c = censusOf(image, image.serialOf);
  return JSON.stringify({ frames: c.frames, objects: c.objects.map((o) => ({ ...o, hidden: [...o.hidden] })) });
}

/** A fresh replay of step `i` (a new seek has nothing to go on from). */
function fresh(store: GraphStore, i: number): string {
  return censusText(new GraphSeek(store), i);
}

describe('seeking in the copy of the graph', () => {
  const { recording } = traceProgram(PROGRAM);
  const store = recording.graph;

  it('gives the same census going on from the last step as replaying from the checkpoint', () => {
    expect(store.length).toBeGreaterThan(3 * CHECKPOINT_EVERY);
    const seek = new GraphSeek(store);
    // Every step of two blocks in order (each goes on from the one before), across a checkpoint.
    for (let i = CHECKPOINT_EVERY - 20; i < 2 * CHECKPOINT_EVERY + 20; i++) expect(censusText(seek, i), `step ${i}`).toBe(fresh(store, i));
  });

  it('gives the same census whatever the order of seeks: backward, forward within a block, to another block', () => {
    const seek = new GraphSeek(store);
    const b = 2 * CHECKPOINT_EVERY;
    for (const i of [b + 100, b + 3, b + 3, b + 200, b + 199, b + 255, b, b + 1, CHECKPOINT_EVERY + 5, b + 50, store.length - 1, 0, 1]) {
      expect(censusText(seek, i), `step ${i}`).toBe(fresh(store, i));
    }
  });

  it('refuses an image read after the next seek (its tables were reused)', () => {
    const seek = new GraphSeek(store);
    const old = seek.imageAt(10);
    seek.imageAt(11);
    expect(() => old.refcount(0)).toThrow(/after the next imageAt/);
  });

  it("gives a recording's snapshots as a fresh recording's, whatever was seen before", () => {
    const batches: RecordingBatch[] = [];
    const { recording: seen } = traceProgram(PROGRAM, { onBatch: (batch) => batches.push(structuredClone(batch)) });
    const steps = [5, 700, 699, 300, 301, 302, CHECKPOINT_EVERY * 2 + 1, CHECKPOINT_EVERY * 2, 40, seen.length - 1];
    for (const i of steps) seen.snapshot(i);
    for (const i of steps) {
      const unseen = new Recording(PROGRAM);
      for (const batch of batches) unseen.appendBatch(batch);
      expect(seen.snapshot(i), `step ${i}`).toEqual(unseen.snapshot(i));
    }
  });
});

describe('the table of serials', () => {
  it('keeps rows, watched serials and node numbers as a Map would, across growth', () => {
    const t = new SerialTable();
    const rows = new Map<number, number>();
    const watched = new Set<number>();
    // Far more entries than the first capacity, with serials spread out and near each other
    // (serials are dense in a recording, but a table may hold a few far apart).
    for (let k = 0; k < 5000; k++) {
      const s = k % 3 === 0 ? k * 41 : k;
      if (k % 5 === 0) {
        t.watch(s);
        watched.add(s);
      }
      t.setRow(s, k);
      rows.set(s, k);
      if (k % 11 === 0) {
        t.setRow(s, -1);
        rows.delete(s);
        watched.delete(s);
      }
      t.setNode(s, k);
    }
    for (const [s, r] of rows) expect(t.row(s)).toBe(r);
    expect(t.row(123_456_789)).toBe(-1);
    // In increasing order: the order the objects were made.
    const out = t.watchedInto(new Int32Array(4));
    expect([...out.subarray(0, t.watchedCount)]).toEqual([...watched].sort((a, b) => a - b));
    expect(t.node(123_456_789)).toBe(-1);
    expect(t.node(3 * 41)).toBe(3);
    t.clearNodes();
    expect(t.node(3 * 41)).toBe(-1);
    expect(t.row(3 * 41)).toBe(3);
    t.clear();
    expect(t.row(3 * 41)).toBe(-1);
    expect(t.watchedInto(out) && t.watchedCount).toBe(0);
    // Dense serials, entered out of order, come back in order too.
    for (let s = 99; s >= 0; s--) {
      t.setRow(s, s);
      if (s % 2) t.watch(s);
    }
    t.setRow(51, -1);
    const dense = t.watchedInto(out);
    expect([...dense.subarray(0, t.watchedCount)]).toEqual([...Array(50).keys()].map((k) => 2 * k + 1).filter((s) => s !== 51));
  });
});
