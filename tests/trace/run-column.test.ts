import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RunColumn } from '../../src/trace/run-column';

describe('RunColumn', () => {
  it('gives back every step\'s value, however the runs fall', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 200 }), (values) => {
        const c = new RunColumn();
        for (const v of values) c.push(v);
        expect(c.length).toBe(values.length);
        values.forEach((v, i) => expect(c.get(i)).toBe(v));
      }),
    );
  });

  it('hands out the runs from any step on, which rebuild the values from there', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 200 }), fc.nat(210), (values, from) => {
        const c = new RunColumn();
        for (const v of values) c.push(v);
        const runs = c.runsFrom(from);
        const rebuilt: number[] = [];
        for (let k = 0; k < runs.length; k += 2) {
          const end = k + 2 < runs.length ? runs[k + 2]! : values.length;
          for (let i = runs[k]!; i < end; i++) rebuilt.push(runs[k + 1]!);
          if (k > 0) expect(runs[k + 1]).not.toBe(runs[k - 1]);
        }
        expect(rebuilt).toEqual(values.slice(from));
        if (from < values.length) expect(runs[0]).toBe(from);
      }),
    );
  });

  it('keeps one entry per run, not per step', () => {
    const c = new RunColumn();
    for (let i = 0; i < 100_000; i++) c.push(i < 99_000 ? 0 : 12);
    expect(c.get(98_999)).toBe(0);
    expect(c.get(99_000)).toBe(12);
    expect((c as unknown as { starts: { length: number } }).starts.length).toBe(2);
  });
});
