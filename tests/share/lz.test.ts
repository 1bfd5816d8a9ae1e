import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { compressText, decompressText } from '../../src/share/lz';

describe("the bounded reader of lz-string's URI-safe format", () => {
  it('reads back whatever lz-string wrote, as lz-string does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        const compressed = compressToEncodedURIComponent(text);
        expect(compressText(text)).toBe(compressed);
        expect(decompressText(compressed, Infinity)).toEqual({ ok: true, text });
        expect(decompressFromEncodedURIComponent(compressed)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads repetitive text (long dictionary entries) and text at the 8/16-bit boundary', () => {
    for (const text of ['a'.repeat(5000), 'ab'.repeat(3000), '\u00ff\u0100'.repeat(100), '\uffff\u0000'.repeat(50)]) {
      expect(decompressText(compressToEncodedURIComponent(text), Infinity)).toEqual({ ok: true, text });
    }
  });

  it('stops at the limit', () => {
    const compressed = compressToEncodedURIComponent('abc'.repeat(100));
    expect(decompressText(compressed, 300)).toEqual({ ok: true, text: 'abc'.repeat(100) });
    expect(decompressText(compressed, 299)).toEqual({ ok: false, problem: 'too-long' });
  });

  it('reports a stream that ends before its end marker as truncated (lz-string would return "")', () => {
    const compressed = compressToEncodedURIComponent('for i in range(10):\n    print(i * i)\n');
    expect(decompressText(compressed.slice(0, -4), Infinity)).toEqual({ ok: false, problem: 'truncated' });
    expect(decompressText('', Infinity)).toEqual({ ok: false, problem: 'truncated' });
  });

  it('refuses characters outside the alphabet, and impossible codes', () => {
    expect(decompressText('B4Ag<vCC', Infinity)).toEqual({ ok: false, problem: 'invalid' });
    expect(decompressText('$$$$', Infinity)).toEqual({ ok: false, problem: 'invalid' });
    // A first code of 3 is not a literal, and a back-reference past the dictionary is impossible.
    expect(decompressText('w', Infinity)).toEqual({ ok: false, problem: 'invalid' });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-'), maxLength: 200 }), (junk) => {
        const read = decompressText(junk, 10_000);
        if (read.ok) expect(read.text.length).toBeLessThanOrEqual(10_000);
      }),
      { numRuns: 500 },
    );
  });
});

describe('compressText', () => {
  it('gives the same text as lz-string, also when asked again (it keeps the last few)', () => {
    const texts = ['a = 1\n', 'b = 2\n', 'c = 3\n', 'd = 4\n', 'e = 5\n', 'a = 1\n', 'f = 6\n', 'a = 1\n'];
    for (const text of texts) expect(compressText(text)).toBe(compressToEncodedURIComponent(text));
  });
});
