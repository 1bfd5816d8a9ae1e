import { describe, expect, it } from 'vitest';
import { floatFromBigInt, invalidFloatLiteral, parseFloatText } from '../../../src/python/text/float-parse';
import data from './fixtures/float-parse.json';
import { fromBits, fromPyHex } from './helpers';

function same(a: number, b: number): boolean {
  return Object.is(a, b) || (a !== a && b !== b);
}

describe('float parsing', () => {
  it('parses like float(str)', () => {
    expect(parseFloatText(' 1_000.5 ')).toBe(1000.5);
    expect(parseFloatText('-Infinity')).toBe(-Infinity);
    expect(parseFloatText('0x10')).toBeNull();
    expect(parseFloatText('')).toBeNull();
    expect(invalidFloatLiteral("a'b")).toBe('could not convert string to float: "a\'b"');
  });

  it(`matches python3 on ${data.texts.length} float(text) cases`, () => {
    const bad: string[] = [];
    for (const [text, want] of data.texts as [string, string | [string, string]][]) {
      const v = parseFloatText(text);
      if (typeof want === 'string') {
        if (v === null || !same(v, fromBits(want))) bad.push(`${JSON.stringify(text)}: ${v} != ${fromBits(want)}`);
      } else if (v !== null || want[1] !== invalidFloatLiteral(text)) {
        bad.push(`${JSON.stringify(text)}: ${v} / ${invalidFloatLiteral(text)} != ${want[1]}`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it(`matches python3 on ${data.ints.length} float(int) cases`, () => {
    const bad: string[] = [];
    for (const [hex, want] of data.ints as [string, string | [string, string]][]) {
      let got: number | string;
      try {
        got = floatFromBigInt(fromPyHex(hex));
      } catch (e) {
        got = (e as Error).message;
      }
      const ok = typeof want === 'string' ? typeof got === 'number' && same(got, fromBits(want)) : got === want[1];
      if (!ok) bad.push(`${hex.slice(0, 40)}: ${got} != ${want}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
