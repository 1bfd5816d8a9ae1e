import { describe, expect, it } from 'vitest';
import {
  percentFormat,
  PercentFormatError,
  type PercentArgs,
  type PercentConverters,
} from '../../../src/python/text/percent-format';
import { floatRepr } from '../../../src/python/text/float-repr';
import cases from './fixtures/percent-format.json';
import { fromBits, fromPyHex, outcome } from './helpers';

/** Stand-ins for Python values: a tagged box keeps bool and None apart from numbers. */
type Val = { t: 'i'; v: bigint } | { t: 'f'; v: number } | { t: 's'; v: string } | { t: 'n' } | { t: 'b'; v: boolean };

class PyTypeError extends Error {
  pyType = 'TypeError';
}

function decode(e: unknown[]): Val {
  switch (e[0]) {
    case 'i':
      return { t: 'i', v: fromPyHex(e[1] as string) };
    case 'f':
      return { t: 'f', v: fromBits(e[1] as string) };
    case 's':
      return { t: 's', v: e[1] as string };
    case 'b':
      return { t: 'b', v: e[1] === 1 };
    default:
      return { t: 'n' };
  }
}

const typeName = (o: Val) => ({ i: 'int', f: 'float', s: 'str', n: 'NoneType', b: 'bool' })[o.t];

/** Enough of Python's str/repr/int/float for the fixture's values (ASCII-safe repr only for non-ASCII-free strings). */
const conv: PercentConverters = {
  str(o) {
    const x = o as Val;
    if (x.t === 'i') return x.v.toString();
    if (x.t === 'f') return floatRepr(x.v);
    if (x.t === 's') return x.v;
    if (x.t === 'b') return x.v ? 'True' : 'False';
    return 'None';
  },
  repr(o) {
    const x = o as Val;
    return x.t === 's' ? `'${x.v}'` : conv.str(o);
  },
  ascii(o) {
    const r = conv.repr(o);
    let out = '';
    for (const ch of r) {
      const c = ch.codePointAt(0)!;
      if (c < 128) out += ch;
      else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    }
    return out;
  },
  toInt(o, c) {
    const x = o as Val;
    if (x.t === 'i') return x.v;
    if (x.t === 'b') return x.v ? 1n : 0n;
    if (x.t === 'f' && 'diu'.includes(c)) {
      if (x.v !== x.v) throw Object.assign(new Error('cannot convert float NaN to integer'), { pyType: 'ValueError' });
      if (!Number.isFinite(x.v)) {
        throw Object.assign(new Error('cannot convert float infinity to integer'), { pyType: 'OverflowError' });
      }
      return BigInt(Math.trunc(x.v));
    }
    if ('oxX'.includes(c)) throw new PyTypeError(`%${c} format: an integer is required, not ${typeName(x)}`);
    throw new PyTypeError(`%${c} format: a real number is required, not ${typeName(x)}`);
  },
  toFloat(o) {
    const x = o as Val;
    if (x.t === 'f') return x.v;
    if (x.t === 'i') return Number(x.v);
    if (x.t === 'b') return x.v ? 1 : 0;
    throw new PyTypeError(`must be real number, not ${typeName(x)}`);
  },
  isInt: (o) => (o as Val).t === 'i' || (o as Val).t === 'b',
  charOf: (o) => ((o as Val).t === 's' ? (o as { v: string }).v : null),
};

function toArgs(a: [string, unknown]): PercentArgs {
  if (a[0] === 't') return { kind: 'tuple', items: (a[1] as unknown[][]).map(decode) };
  if (a[0] === '1') return { kind: 'single', item: decode(a[1] as unknown[]) };
  const d = a[1] as Record<string, unknown[]>;
  return {
    kind: 'mapping',
    // The generator's only dict, as str() shows it.
    item: { t: 's', v: "{'a': 1, 'b': 'text', 'c': 2.5, 'a(b)': 'paren', 'n': None}" },
    get(k) {
      if (!(k in d)) throw Object.assign(new Error(`'${k}'`), { pyType: 'KeyError' });
      return decode(d[k]);
    },
  };
}

describe('percentFormat', () => {
  it('formats the common conversions', () => {
    const t = (fmt: string, ...items: Val[]) => percentFormat(fmt, { kind: 'tuple', items }, conv);
    expect(t('%5.2f|%-4d|%x', { t: 'f', v: 3.14159 }, { t: 'i', v: 7n }, { t: 'i', v: 255n })).toBe(
      ' 3.14|7   |ff',
    );
    expect(t('%s%%', { t: 's', v: 'a' })).toBe('a%');
    expect(() => t('%s %s', { t: 'i', v: 1n })).toThrow(
      new PercentFormatError('TypeError', 'not enough arguments for format string'),
    );
    expect(() => t('%y', { t: 'i', v: 1n })).toThrow("unsupported format character 'y' (0x79) at index 1");
  });

  it(`matches python3 on ${cases.length} fixture cases`, () => {
    const bad: string[] = [];
    for (const [fmt, args, want] of cases as [string, [string, unknown], unknown][]) {
      const got = outcome(() => percentFormat(fmt, toArgs(args), conv));
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        bad.push(`${JSON.stringify(fmt)} ${JSON.stringify(args).slice(0, 80)}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      }
    }
    expect(bad.slice(0, 30)).toEqual([]);
  });
});
