import { describe, expect, it } from 'vitest';
import { PyThrow } from '../../../src/python/errors';
import { formatObject, formatValue, strFormat } from '../../../src/python/format';
import { decref, incref } from '../../../src/python/memory';
import { PyObject, PyType } from '../../../src/python/object';
import { str } from '../../../src/python/ops';
import { newFloat } from '../../../src/python/types/float';
import { False, newInt, True } from '../../../src/python/types/int';
import { newStr, PyStr } from '../../../src/python/types/str';
import { objectType, PyMethodDescr, typeType } from '../../../src/python/types/type';
import { fixtureCases, mismatches } from './pycases';

function err(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (e) {
    if (e instanceof PyThrow) return `${e.exc.type.name}: ${str(e.exc)}`;
    throw e;
  }
}

/** A user class (not native) whose instances are plain objects. */
function userClass(name: string, attrs: Record<string, (self: PyObject, args: PyObject[]) => PyObject> = {}): PyType {
  const t = new PyType(typeType, name, [objectType], { native: false, module: '__main__' });
  t.mro = [t, objectType];
  for (const [k, fn] of Object.entries(attrs)) t.dict.set(k, new PyMethodDescr(t, k, (self, args) => fn(self, args)));
  return t;
}

describe('format() against recorded CPython results', () => {
  it('format(value, spec) for int, bool, float, str and other builtins', () =>
    expect(mismatches(fixtureCases('format')).slice(0, 20).join('\n')).toBe(''));
  it('printf-style % formatting', () => expect(mismatches(fixtureCases('percent')).slice(0, 20).join('\n')).toBe(''));
});

describe('the format protocol', () => {
  it('bool formats as True/False only with an empty spec', () => {
    expect(formatValue(True, '')).toBe('True');
    expect(formatValue(False, '^7')).toBe('   0   ');
    expect(formatValue(True, '.2f')).toBe('1.00');
    expect(err(() => formatValue(True, 's'))).toBe("ValueError: Unknown format code 's' for object of type 'bool'");
  });

  it("a user class without __format__ accepts only an empty spec (object's)", () => {
    const Node = userClass('Node');
    const n = new PyObject(Node);
    expect(err(() => formatValue(n, '>10'))).toBe('TypeError: unsupported format string passed to Node.__format__');
    expect(formatValue(n, '')).toMatch(/^<__main__\.Node object at 0x[0-9a-f]+>$/);
  });

  it("a user __format__ receives the spec and its str result is used as is", () => {
    const saved = newStr('kept');
    const Temp = userClass('Temp', {
      __format__: (_self, args) => (args[0] as PyStr).v === 'c' ? incref(saved) : newStr('spec=' + (args[0] as PyStr).v),
    });
    const t = new PyObject(Temp);
    expect(formatValue(t, '.1f')).toBe('spec=.1f');
    expect(formatObject(t, 'c')).toBe(saved);
    expect(strFormat('[{0:x}] [{0:c}]', [t], null)).toBe('[spec=x] [kept]');
  });

  it('__format__ must return a str', () => {
    const Bad = userClass('Bad', { __format__: () => newInt(3) });
    expect(err(() => formatValue(new PyObject(Bad), ''))).toBe('TypeError: __format__ must return a str, not int');
  });

  it('str.format takes keyword arguments from a JS map', () => {
    const name = newStr('Ada');
    expect(strFormat('{name!r:>8}|{0:05.1f}', [newFloat(3.14159)], new Map([['name', name as PyObject]]))).toBe(
      "   'Ada'|003.1",
    );
    decref(name);
  });
});

describe('numbers through the protocol', () => {
  it('rounds half to even on the exact binary value', () => {
    expect(formatValue(newFloat(0.125), '.2f')).toBe('0.12');
    expect(formatValue(newFloat(2.675), '.2f')).toBe('2.67');
    expect(formatValue(newFloat(2.5), '.0f')).toBe('2');
  });

  it('groups digits into zero padding, and names the type in errors', () => {
    expect(formatValue(newInt(12345), '08,d')).toBe('0,012,345');
    expect(formatValue(newFloat(12345.5), '012,.1f')).toBe('00,012,345.5');
    expect(err(() => formatValue(newFloat(1.5), 'd'))).toBe("ValueError: Unknown format code 'd' for object of type 'float'");
  });
});
