import { describe, expect, it } from 'vitest';
import {
  IntTextError,
  intToString,
  invalidIntLiteral,
  parseIntText,
  unicodeDecimalValue,
} from '../../../src/python/text/int-text';
import cases from './fixtures/int-text.json';
import { fromPyHex } from './helpers';

function pyHex(v: bigint): string {
  return v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16);
}

describe('int text', () => {
  it('prints ints like str/bin/oct/hex', () => {
    expect(intToString(-255n, 16)).toBe('-0xff');
    expect(intToString(5n, 2)).toBe('0b101');
    expect(intToString(8n, 8)).toBe('0o10');
    expect(intToString(-(10n ** 4300n - 1n), 10).length).toBe(4301);
    expect(() => intToString(10n ** 4300n, 10)).toThrow(
      new IntTextError(
        'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
      ),
    );
    expect(intToString(10n ** 5000n, 16).length).toBe(4155);
  });

  it('knows Unicode decimal digits', () => {
    expect(unicodeDecimalValue(0x0663)).toBe(3);
    expect(unicodeDecimalValue(0x1d7d9)).toBe(1);
    expect(unicodeDecimalValue(0x00b2)).toBe(-1); // superscript two is a digit, not a decimal
  });

  it(`matches python3 on ${cases.length} int(text, base) cases`, () => {
    const bad: string[] = [];
    for (const [text, base, want] of cases as [string, number, string | [string, string]][]) {
      let got: string | [string, string];
      try {
        const v = parseIntText(text, base);
        got = v === null ? ['ValueError', invalidIntLiteral(text, base)] : pyHex(v);
      } catch (e) {
        got = [(e as IntTextError).pyType, (e as Error).message];
      }
      if (typeof want === 'string' && typeof got === 'string' && fromPyHex(want) === fromPyHex(got)) continue;
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        bad.push(`${JSON.stringify(text).slice(0, 60)} ${base}: ${JSON.stringify(got).slice(0, 200)} != ${JSON.stringify(want).slice(0, 200)}`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
