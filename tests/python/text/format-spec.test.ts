import { describe, expect, it } from 'vitest';
import {
  FormatError,
  formatFloat,
  formatInt,
  formatStr,
  parseFormatSpec,
  INT_SPEC,
} from '../../../src/python/text/format-spec';
import cases from './fixtures/format-spec.json';
import { fromBits, fromPyHex, outcome } from './helpers';

describe('format-spec', () => {
  it('parses every field', () => {
    expect(parseFormatSpec('*^+z#012_.3f')).toEqual({
      fill: '*', align: '^', sign: '+', noNegZero: true, alternate: true, width: 12,
      grouping: '_', precision: 3, type: 'f',
    });
    expect(parseFormatSpec('010', INT_SPEC)).toMatchObject({ fill: '0', align: '=', width: 10, type: 'd' });
  });

  it('raises CPython errors with their Python type', () => {
    expect(() => formatFloat(1.5, 'd')).toThrow(
      new FormatError('ValueError', "Unknown format code 'd' for object of type 'float'"),
    );
    expect(() => formatStr('s', '+')).toThrow('Sign not allowed in string format specifier');
    try {
      formatInt(1n << 70n, 'c');
    } catch (e) {
      expect(e).toBeInstanceOf(FormatError);
      expect((e as FormatError).pyType).toBe('OverflowError');
    }
    expect(() => formatInt(5n, 's', 'bool')).toThrow("Unknown format code 's' for object of type 'bool'");
  });

  it('rounds half-even on the exact binary value', () => {
    expect(formatFloat(0.125, '.2f')).toBe('0.12');
    expect(formatFloat(2.675, '.2f')).toBe('2.67');
    expect(formatFloat(1e22, '.2f')).toBe('10000000000000000000000.00');
    expect(formatFloat(1, '')).toBe('1.0');
    expect(formatFloat(1e20, '')).toBe('1e+20');
    expect(formatFloat(1.5, '.3')).toBe('1.5');
  });

  it(`matches python3 on ${cases.length} fixture cases`, () => {
    const bad: string[] = [];
    for (const [kind, value, spec, want] of cases as [string, string, string, unknown][]) {
      let got;
      if (kind === 'f') got = outcome(() => formatFloat(fromBits(value), spec));
      else if (kind === 'i') got = outcome(() => formatInt(fromPyHex(value), spec));
      else got = outcome(() => formatStr(value, spec));
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        bad.push(`${kind} ${value} ${JSON.stringify(spec)}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      }
    }
    expect(bad.slice(0, 30)).toEqual([]);
  });
});
