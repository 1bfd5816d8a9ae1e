import { describe, expect, it } from 'vitest';
import { callMethod } from '../../../src/python/abstract';
import { PyThrow } from '../../../src/python/errors';
import { PyObject } from '../../../src/python/object';
import { BinOp, nativeBinary, repr, str } from '../../../src/python/ops';
import { nativeNew } from '../../../src/python/types/constructors';
import { boolType, False, intSize, intType, newInt, newIntBig, True } from '../../../src/python/types/int';
import { intDigits } from '../../../src/python/sizes';
import { parseIntText } from '../../../src/python/types/int-methods';
import { newStr } from '../../../src/python/types/str';
import { objectType, PyMethodDescr, typeType } from '../../../src/python/types/type';
import { PyType } from '../../../src/python/object';
import { fixtureCases, mismatches, type Case } from './pycases';

const isInt = (c: Case) => { const r = JSON.stringify(c.recv ?? ''); return r.startsWith('{"i"') || r.startsWith('{"b"'); };
const ctorOf = (...names: string[]) => (c: Case) => names.includes(c.type as string);

function err(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (e) {
    if (e instanceof PyThrow) return `${e.exc.type.name}: ${str(e.exc)}`;
    throw e;
  }
}

describe('int and bool against recorded CPython results', () => {
  it('repr and hash', () => expect(mismatches(fixtureCases('int-slot')).slice(0, 20).join('\n')).toBe(''));
  it('methods', () => expect(mismatches(fixtureCases('num-method', isInt)).slice(0, 20).join('\n')).toBe(''));
  it('int(), bool() and str() constructors', () =>
    expect(mismatches(fixtureCases('ctor', ctorOf('int', 'bool', 'str'))).slice(0, 20).join('\n')).toBe(''));
});

describe('int', () => {
  it('sizes a huge int in time linear in it (robustness case 9477 of seed 90012: a 300,000-digit hex literal took 6 s)', () => {
    const big = (1n << 3_000_000n) - 1n;
    expect(intSize(big)).toBe(24 + 4 * 100_000);
    expect(intDigits(-big - 1n)).toBe(100_001);
    expect(intDigits(0n)).toBe(1);
    expect(intSize(1n << 30n)).toBe(32);
  });
  it('repr refuses more than 4300 decimal digits', () => {
    expect(err(() => repr(newIntBig(10n ** 4300n)))).toBe(
      'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    );
    expect(repr(newIntBig(10n ** 4299n)).length).toBe(4300);
  });

  it('parses literals like int(s, base)', () => {
    expect(parseIntText(' -0x_1F ', 0)).toBe(-31n);
    expect(parseIntText('\u0663\u0664', 10)).toBe(34n);
    expect(err(() => parseIntText('010', 0))).toBe("ValueError: invalid literal for int() with base 0: '010'");
  });

  it('int(x) uses __index__ and __int__ of user objects, checking their results', () => {
    const t = new PyType(typeType, 'Idx', [objectType], { native: false, module: '__main__' });
    t.mro = [t, objectType];
    t.dict.set('__index__', new PyMethodDescr(t, '__index__', () => newInt(7)));
    const o = new PyObject(t);
    expect(repr(nativeNew.get(intType)!(intType, [o], null))).toBe('7');
    expect(repr(nativeNew.get(intType)!(intType, [newStr('11'), o], null))).toBe('8');
    t.dict.set('__int__', new PyMethodDescr(t, '__int__', () => newStr('x')));
    t.invalidate();
    expect(err(() => nativeNew.get(intType)!(intType, [o], null))).toBe('TypeError: __int__ returned non-int (type str)');
  });

  it('round() to negative digits rounds half to even', () => {
    expect(repr(callMethod(newInt(25), '__round__', [newInt(-1)]))).toBe('20');
    expect(repr(callMethod(newInt(35), '__round__', [newInt(-1)]))).toBe('40');
    expect(repr(callMethod(newInt(-250), '__round__', [newInt(-2)]))).toBe('-200');
  });
});

describe('bool', () => {
  it('repr, and & | ^ between bools stay bool (through bool\'s own slot)', () => {
    expect(repr(True)).toBe('True');
    const slot = nativeBinary.get(boolType)!;
    expect(slot(True, False, BinOp.Or, false)).toBe(True);
    expect(slot(True, True, BinOp.Xor, false)).toBe(False);
    expect(repr(slot(True, newInt(6), BinOp.And, false))).toBe('0');
    expect(repr(slot(True, True, BinOp.Add, false))).toBe('2');
    expect(repr(callMethod(True, '__and__', [True]))).toBe('True');
    expect(repr(callMethod(True, '__or__', [newInt(2)]))).toBe('3');
  });

  it('bool(x) is the truth value', () => {
    const ctor = nativeNew.get(boolType)!;
    expect(ctor(boolType, [], null)).toBe(False);
    expect(ctor(boolType, [newStr('x')], null)).toBe(True);
    expect(err(() => ctor(boolType, [], new Map([['x', True]])))).toBe('TypeError: bool() takes no keyword arguments');
  });
});
