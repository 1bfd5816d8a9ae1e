import { describe, expect, it } from 'vitest';
import {
  ArithError,
  bigIntBitLength,
  floatDivmod,
  floatFloorDiv,
  floatMod,
  floatPow,
  gcd,
  intPowMod,
  intTrueDiv,
  isqrt,
} from '../../../src/python/num/arith';
import data from './fixtures/arith.json';

const dv = new DataView(new ArrayBuffer(8));
function fromBits(h: string): number {
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}
const big = (s: string) => (s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s));
const same = (a: number, b: number) => Object.is(a, b) || (a !== a && b !== b);

function thrown(fn: () => unknown): [string, string] | null {
  try {
    fn();
    return null;
  } catch (e) {
    return [(e as ArithError).pyType, (e as Error).message];
  }
}

describe('float divmod', () => {
  it('has CPython signs', () => {
    expect(floatDivmod(-0, 1)).toEqual([-0, 0]);
    expect(floatDivmod(0, -1)).toEqual([-0, -0]);
    expect(floatDivmod(-1, Infinity)).toEqual([-1, Infinity]);
    expect(floatMod(-7.5, 2)).toBe(0.5);
    expect(floatFloorDiv(7.5, -2)).toBe(-4);
  });

  it(`matches python3 on ${data.divmod.length} cases`, () => {
    const bad: string[] = [];
    for (const [a, b, q, m] of data.divmod) {
      const [gq, gm] = floatDivmod(fromBits(a), fromBits(b));
      if (!same(gq, fromBits(q)) || !same(gm, fromBits(m))) bad.push(`${fromBits(a)} ${fromBits(b)}: ${gq},${gm}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('float pow', () => {
  it('handles the special cases', () => {
    expect(floatPow(0, -1)).toEqual({ kind: 'zeroDivision', message: '0.0 cannot be raised to a negative power' });
    expect(floatPow(10, 400)).toEqual({ kind: 'overflow', message: "(34, 'Numerical result out of range')" });
    expect(floatPow(-8, 1 / 3)).toEqual({ kind: 'complex' });
    expect(floatPow(-1, 1e300)).toEqual({ kind: 'value', value: 1 });
    expect(floatPow(NaN, 0)).toEqual({ kind: 'value', value: 1 });
    expect(floatPow(2, -1075)).toEqual({ kind: 'value', value: 0 });
    expect(floatPow(93, 25)).toEqual({ kind: 'value', value: 1.6295726004499715e49 });
  });

  it(`matches python3 on ${data.pow.length} cases`, () => {
    const bad: string[] = [];
    for (const [a, b, want] of data.pow as [string, string, string | string[]][]) {
      const r = floatPow(fromBits(a), fromBits(b));
      const ok = Array.isArray(want)
        ? r.kind === want[0] && (r.kind === 'complex' || ('message' in r && r.message === want[1]))
        : r.kind === 'value' && same(r.value, fromBits(want));
      if (!ok) bad.push(`${fromBits(a)} ** ${fromBits(b)}: ${JSON.stringify(r)} != ${Array.isArray(want) ? want : fromBits(want)}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('integer arithmetic', () => {
  it(`true division matches python3 on ${data.truediv.length} cases`, () => {
    expect(intTrueDiv(10n ** 30n, 3n)).toBe(3.333333333333333e29);
    expect(Object.is(intTrueDiv(0n, -5n), -0)).toBe(true);
    for (const [a, b, want] of data.truediv as [string, string, string | string[]][]) {
      if (Array.isArray(want)) expect(thrown(() => intTrueDiv(big(a), big(b)))).toEqual(want);
      else expect(intTrueDiv(big(a), big(b))).toBe(fromBits(want));
    }
  });

  it(`3-argument pow matches python3 on ${data.powmod.length} cases`, () => {
    expect(intPowMod(3n, -1n, -7n)).toBe(-2n);
    for (const [a, e, m, want] of data.powmod as [string, string, string, string | string[]][]) {
      if (Array.isArray(want)) expect(thrown(() => intPowMod(big(a), big(e), big(m)))).toEqual(want);
      else expect(intPowMod(big(a), big(e), big(m))).toBe(big(want));
    }
    expect(thrown(() => intPowMod(2n, 3n, 0n))).toEqual(['ValueError', 'pow() 3rd argument cannot be 0']);
  });

  it('isqrt, gcd and bit_length match python3', () => {
    for (const [v, want] of data.isqrt) expect(isqrt(big(v))).toBe(big(want));
    for (const [a, b, want] of data.gcd) expect(gcd(big(a), big(b))).toBe(big(want));
    expect(thrown(() => isqrt(-1n))).toEqual(['ValueError', 'isqrt() argument must be nonnegative']);
    expect(gcd(0n, 0n)).toBe(0n);
    expect(bigIntBitLength(0n)).toBe(0);
    expect(bigIntBitLength(-255n)).toBe(8);
    expect(bigIntBitLength(1n << 1000n)).toBe(1001);
  });
});
