import { describe, expect, it } from 'vitest';
import { floatToBigInt, roundFloat, roundInt } from '../../../src/python/text/round';
import data from './fixtures/round.json';
import { fromBits, fromPyHex } from './helpers';

const same = (a: number, b: number) => Object.is(a, b) || (a !== a && b !== b);

/** What the runtime does for round(x): round, then int(). */
function roundToInt(x: number): bigint {
  return floatToBigInt(roundFloat(x, null));
}

describe('round', () => {
  it('rounds floats like CPython', () => {
    expect(roundFloat(2.675, 2)).toBe(2.67);
    expect(roundFloat(0.5, null)).toBe(0);
    expect(roundFloat(1.5, null)).toBe(2);
    expect(Object.is(roundFloat(-0.5, 0), -0)).toBe(true);
    expect(roundFloat(1234.5, -2)).toBe(1200);
    expect(roundFloat(0.1, 1000)).toBe(0.1);
    expect(() => roundFloat(1.7976931348623157e308, -308)).toThrow('rounded value too large to represent');
    expect(roundInt(1250n, -2)).toBe(1200n);
    expect(roundInt(1350n, -2)).toBe(1400n);
    expect(roundInt(-1250n, -2)).toBe(-1200n);
    expect(roundInt(5n, -1000000)).toBe(0n);
    expect(() => floatToBigInt(Infinity)).toThrow('cannot convert float infinity to integer');
    expect(() => floatToBigInt(NaN)).toThrow('cannot convert float NaN to integer');
    expect(floatToBigInt(-1e20)).toBe(-100000000000000000000n);
  });

  it(`matches python3 on ${data.floats.length} float cases`, () => {
    const bad: string[] = [];
    for (const [b, n, want] of data.floats as [string, number | null, string | [string, string]][]) {
      const x = fromBits(b);
      let got: string;
      try {
        got = n === null ? String(roundToInt(x)) : String(roundFloat(x, n)) + '/' + (Object.is(roundFloat(x, n), -0) ? '-' : '');
      } catch (e) {
        got = (e as Error).message;
      }
      let exp: string;
      if (Array.isArray(want)) exp = want[1];
      else if (n === null) exp = String(fromPyHex(want));
      else exp = String(fromBits(want)) + '/' + (Object.is(fromBits(want), -0) ? '-' : '');
      if (got !== exp && !(n !== null && !Array.isArray(want) && same(roundFloat(x, n), fromBits(want)))) {
        bad.push(`${x} ${n}: ${got} != ${exp}`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it(`matches python3 on ${data.ints.length} int cases`, () => {
    for (const [v, n, want] of data.ints as [string, number, string][]) {
      expect(roundInt(fromPyHex(v), n)).toBe(fromPyHex(want));
    }
  });
});
