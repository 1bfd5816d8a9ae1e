import { describe, expect, it } from 'vitest';
import { floatRepr } from '../../../src/python/text/float-repr';
import cases from './fixtures/float-repr.json';
import { fromBits } from './helpers';

describe('floatRepr', () => {
  it('matches CPython on the documented layouts', () => {
    const table: [number, string][] = [
      [1, '1.0'], [0.1, '0.1'], [1e16, '1e+16'], [1e-5, '1e-05'], [1.5e-7, '1.5e-07'],
      [123456789012345, '123456789012345.0'], [Infinity, 'inf'], [-Infinity, '-inf'],
      [NaN, 'nan'], [-0, '-0.0'], [0, '0.0'], [0.0001, '0.0001'], [1e22, '1e+22'],
      [1e100, '1e+100'], [5e-324, '5e-324'], [9999999999999998, '9999999999999998.0'],
      [0.1 + 0.2, '0.30000000000000004'], [-1.5, '-1.5'], [0.00015, '0.00015'],
    ];
    for (const [x, r] of table) expect(floatRepr(x)).toBe(r);
  });

  it(`matches python3 on ${cases.length} fixture doubles`, () => {
    const bad: string[] = [];
    for (const [bits, want] of cases as [string, string][]) {
      const got = floatRepr(fromBits(bits));
      if (got !== want) bad.push(`${bits}: ${got} != ${want}`);
    }
    expect(bad).toEqual([]);
  });
});
