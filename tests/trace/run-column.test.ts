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

  it('keeps one entry per run, not per step', () => {
    const c = new RunColumn();
    for (let i = 0; i < 100_000; i++) c.push(i < 99_000 ? 0 : 12);
    expect(c.get(98_999)).toBe(0);
    expect(c.get(99_000)).toBe(12);
    expect((c as unknown as { starts: { length: number } }).starts.length).toBe(2);
  });
});
