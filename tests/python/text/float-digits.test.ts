import { describe, expect, it } from 'vitest';
import {
  decimalExponent,
  decompose,
  fixedDigits,
  precisionDigits,
  roundScaled,
  pow10,
} from '../../../src/python/text/float-digits';

/** Slow reference: always the exact BigInt path. */
function refFixed(x: number, nd: number) {
  const { m, e } = decompose(Math.abs(x));
  const n = roundScaled(m, e, nd);
  if (n === 0n) return { digits: '', decpt: -nd };
  const s = n.toString();
  return { digits: s.replace(/0+$/, ''), decpt: s.length - nd };
}
function refPrec(x: number, p: number) {
  let E = decimalExponent(x);
  const { m, e } = decompose(Math.abs(x));
  let n = roundScaled(m, e, p - 1 - E);
  if (n === pow10(p)) { n = pow10(p - 1); E++; }
  return { digits: n.toString().replace(/0+$/, ''), decpt: E + 1 };
}

function rnd(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('float digits', () => {
  it('decomposes doubles exactly', () => {
    expect(decompose(1)).toEqual({ m: 1n, e: 0 });
    expect(decompose(0.375)).toEqual({ m: 3n, e: -3 });
    expect(decompose(5e-324)).toEqual({ m: 1n, e: -1074 });
    expect(decompose(2 ** 1023 * 1.5)).toEqual({ m: 3n, e: 1022 });
  });

  it('rounds ties to even where JS rounds up', () => {
    expect(fixedDigits(0.125, 2)).toEqual({ digits: '12', decpt: 0 });
    expect(fixedDigits(0.375, 2)).toEqual({ digits: '38', decpt: 0 });
    expect(fixedDigits(2.5, 0)).toEqual({ digits: '2', decpt: 1 });
    expect(fixedDigits(2.675, 2)).toEqual({ digits: '267', decpt: 1 });
    expect(fixedDigits(0.0004, 3)).toEqual({ digits: '', decpt: -3 });
    expect(fixedDigits(1250, -2)).toEqual({ digits: '12', decpt: 4 });
    expect(fixedDigits(1e22, 2)).toEqual({ digits: '1', decpt: 23 });
    expect(precisionDigits(125, 2)).toEqual({ digits: '12', decpt: 3 });
    expect(precisionDigits(9.96, 2)).toEqual({ digits: '1', decpt: 2 });
    expect(precisionDigits(0.5, 1)).toEqual({ digits: '5', decpt: 0 });
  });

  it('fast paths agree with the exact path', () => {
    const r = rnd(7);
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 20000; i++) {
      let x: number;
      const kind = i % 3;
      if (kind === 0) x = (r() - 0.5) * 10 ** Math.floor(r() * 30 - 10);
      else if (kind === 1) x = Math.round(r() * 100000) / 2 ** Math.floor(r() * 12);
      else {
        view.setUint32(0, Math.floor(r() * 2 ** 32));
        view.setUint32(4, Math.floor(r() * 2 ** 32));
        x = view.getFloat64(0);
        if (!Number.isFinite(x) || x === 0) continue;
      }
      if (x === 0) continue;
      const nd = Math.floor(r() * 25) - 3;
      expect(fixedDigits(x, nd)).toEqual(refFixed(x, nd));
      const p = 1 + Math.floor(r() * 20);
      expect(precisionDigits(x, p)).toEqual(refPrec(x, p));
    }
  });
});
