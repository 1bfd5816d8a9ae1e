import { describe, expect, it } from 'vitest';
import { asciiRepr, isPrintable, isPrintableCodePoint, strRepr } from '../../../src/python/text/str-repr';
import data from './fixtures/str-repr.json';

describe('str repr', () => {
  it('quotes and escapes like CPython', () => {
    expect(strRepr('abc')).toBe("'abc'");
    expect(strRepr("it's")).toBe('"it\'s"');
    expect(strRepr('\'"')).toBe("'\\'\"'");
    expect(strRepr('a\nb\t\\')).toBe("'a\\nb\\t\\\\'");
    expect(strRepr('\x00\x7f\xa0é')).toBe("'\\x00\\x7f\\xa0é'");
    expect(strRepr('😀\ud800')).toBe("'😀\\ud800'");
    expect(asciiRepr('é😀')).toBe("'\\xe9\\U0001f600'");
    expect(isPrintable('')).toBe(true);
    expect(isPrintable('a\n')).toBe(false);
  });

  it(`matches python3 on ${data.cases.length} fixture strings`, () => {
    const bad: string[] = [];
    // Inputs are code point lists: JSON fixtures cannot hold lone surrogates.
    for (const [cps, r, a, p] of data.cases as [number[], string, string, boolean][]) {
      const s = cps.map((c) => String.fromCodePoint(c)).join('');
      const got = [strRepr(s), asciiRepr(s), isPrintable(s)];
      if (JSON.stringify(got) !== JSON.stringify([r, a, p])) bad.push(`${JSON.stringify(got)} != ${JSON.stringify([r, a, p])}`);
    }
    expect(bad).toEqual([]);
  });

  it('agrees with str.isprintable on every code point (per-block counts)', () => {
    const counts: number[] = [];
    for (let b = 0; b < 0x110000; b += 4096) {
      let n = 0;
      for (let c = b; c < b + 4096; c++) if (isPrintableCodePoint(c)) n++;
      counts.push(n);
    }
    expect(counts).toEqual(data.printablePerBlock);
  });
});
