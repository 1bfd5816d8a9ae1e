import { describe, expect, it } from 'vitest';
import { callMethod } from '../../../src/python/abstract';
import { repr } from '../../../src/python/ops';
import { nativeNew } from '../../../src/python/types/constructors';
import { floatType, newFloat } from '../../../src/python/types/float';
import { floatHex, parseFloatText, roundFloat } from '../../../src/python/types/float-methods';
import { newInt } from '../../../src/python/types/int';
import { fixtureCases, mismatches, type Case } from './pycases';

const isFloat = (c: Case) => JSON.stringify(c.recv ?? '').startsWith('{"f"');

describe('float against recorded CPython results', () => {
  it('repr and hash', () => expect(mismatches(fixtureCases('float-slot')).slice(0, 20).join('\n')).toBe(''));
  it('methods', () => expect(mismatches(fixtureCases('num-method', isFloat)).slice(0, 20).join('\n')).toBe(''));
  it('float() constructor', () =>
    expect(mismatches(fixtureCases('ctor', (c) => c.type === 'float')).slice(0, 20).join('\n')).toBe(''));
});

describe('float', () => {
  it('float(x) of an exact float is x itself', () => {
    const x = newFloat(2.5);
    expect(nativeNew.get(floatType)!(floatType, [x], null)).toBe(x);
  });

  it('parses CPython float literals only', () => {
    expect(parseFloatText(' 1_000.5 ')).toBe(1000.5);
    expect(parseFloatText('-iNfInItY')).toBe(-Infinity);
    expect(parseFloatText('0x10')).toBe(null);
    expect(parseFloatText('1__0')).toBe(null);
    expect(parseFloatText('Infinity')).toBe(Infinity);
  });

  it('round() is correctly rounded on the exact value', () => {
    expect(roundFloat(2.675, 2)).toBe(2.67);
    expect(roundFloat(0.125, 2)).toBe(0.12);
    expect(roundFloat(1234.5678, -2)).toBe(1200);
    expect(Object.is(roundFloat(-0.4, 0), -0)).toBe(true);
    expect(repr(callMethod(newFloat(2.5), '__round__', []))).toBe('2');
    expect(repr(callMethod(newFloat(3.5), '__round__', []))).toBe('4');
    expect(repr(callMethod(newFloat(12345.678), '__round__', [newInt(-2)]))).toBe('12300.0');
  });

  it('hex()', () => {
    expect(floatHex(2.5)).toBe('0x1.4000000000000p+1');
    expect(floatHex(5e-324)).toBe('0x0.0000000000001p-1022');
    expect(floatHex(-0)).toBe('-0x0.0p+0');
  });
});
