/**
 * str's protocol slots (repr, hash, comparison, +, *, %, len, iteration,
 * indexing, `in`) and the str iterators. Loading this file
 * registers everything for str, including the methods in str-search.ts and
 * str-case.ts.
 *
 * Identity matters in this project (`is`, ids, the memory diagram): results
 * equal to the receiver are the receiver itself exactly where CPython returns
 * it unchanged, and everything else is a new object except "" and one-char
 * Latin-1 strings, which are shared.
 */
import { asIndex, nativeContains, nativeGetItem, nativeIter, nativeLen, nativeNext } from '../abstract';
import { newBareError, PyThrow, throwError } from '../errors';
import { hashStr } from '../hash';
import { born, decref, incref, touch } from '../memory';
import { PyObject, type Visit } from '../object';
import { BinOp, CmpOp, nativeBinary, nativeCompare, nativeHash, nativeRepr, nativeStr } from '../ops';
import { IndexError, MemoryError, OverflowError, StopIteration, TypeError } from './exception';
import { newBool, newInt, PyInt, PyLong } from './int';
import { NotImplemented } from './none';
import { isBmpOnly, newStr, PyStr, strLen, strType } from './str';
import { nativeNew } from './constructors';
import { strObject } from '../format';
import { charObject, compareText, cpIndex, isSlice, sliceIndices, unitIndex } from './str-util';
import { percentFormat } from './str-percent';
import { strRepr } from '../text/str-repr';
import { defMethod, newBuiltinType, objectType, type KwArgs } from './type';
import './str-search';
import './str-case';

// ---------------------------------------------------------------- comparison, hash

function cmpResult(c: number, op: CmpOp): boolean {
  switch (op) {
    case CmpOp.Lt:
      return c < 0;
    case CmpOp.Le:
      return c <= 0;
    case CmpOp.Eq:
      return c === 0;
    case CmpOp.Ne:
      return c !== 0;
    case CmpOp.Gt:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** hash(s) (fixed seed), cached in the object; a JS number as the hash registry wants. */
export function strHash(o: PyStr): number {
  if (o.h !== -1) return o.h;
  const h = hashStr(o.v);
  o.h = typeof h === 'number' ? h : Number(h);
  return o.h;
}

// ---------------------------------------------------------------- + * %

/** `a + b` for two strs: an empty operand yields the other one unchanged, as unicode_concat does. */
export function strConcat(a: PyStr, b: PyStr): PyStr {
  if (a.v.length === 0 && b.type === strType) return incref(b);
  if (b.v.length === 0 && a.type === strType) return incref(a);
  return newStr(a.v + b.v);
}

/** Longest str this engine builds (JS strings top out near 2**29 units). */
const MAX_STR = 2 ** 28;

function repeat(s: PyStr, countObj: PyObject): PyObject {
  let n: number;
  if (countObj instanceof PyInt || countObj instanceof PyLong) {
    if (countObj instanceof PyLong && (countObj.v > 9223372036854775807n || countObj.v < -9223372036854775808n))
      throwError(OverflowError, "cannot fit 'int' into an index-sized integer");
    n = Number(countObj.v);
  } else if (!countObj.type.native && countObj.type.lookup('__index__') !== null) {
    n = asIndex(countObj);
  } else {
    if (!countObj.type.native && countObj.type.lookup('__rmul__') !== null) return NotImplemented;
    throwError(TypeError, `can't multiply sequence by non-int of type '${countObj.type.name}'`);
  }
  if (n <= 0 || s.v.length === 0) return newStr('');
  if (n === 1 && s.type === strType) return incref(s);
  if (s.v.length * n > MAX_STR) {
    if (s.v.length * n > 9223372036854775807) throwError(OverflowError, 'repeated string is too long');
    throwError(MemoryError, '');
  }
  return newStr(s.v.repeat(n));
}

function strBinary(a: PyObject, b: PyObject, op: BinOp): PyObject {
  if (op === BinOp.Add) {
    if (a instanceof PyStr && b instanceof PyStr) return strConcat(a, b);
    return NotImplemented;
  }
  if (op === BinOp.Mul) {
    if (a instanceof PyStr) return repeat(a, b);
    if (b instanceof PyStr) return repeat(b, a);
    return NotImplemented;
  }
  if (op === BinOp.Mod && a instanceof PyStr) return percentFormat(a, b);
  return NotImplemented;
}

// ---------------------------------------------------------------- iteration

/** A str iterator; `pos` is a UTF-16 offset into `seq`, which is dropped once exhausted. */
export class PyStrIter extends PyObject {
  seq: PyStr | null;
  pos: number;
  constructor(type: typeof strIterType, seq: PyStr) {
    super(type);
    this.seq = seq;
    this.pos = 0;
  }
}

const iterSlots = {
  traverse(o: PyObject, visit: Visit) {
    const it = o as PyStrIter;
    if (it.seq !== null) visit(it.seq, 'seq');
  },
  clear(o: PyObject) {
    const it = o as PyStrIter;
    const s = it.seq;
    it.seq = null;
    if (s !== null) decref(s);
  },
};

/** `str_iterator` (strings with non-ASCII characters). */
export const strIterType = newBuiltinType('str_iterator', objectType, { basicSize: 32, gcType: true, baseType: false, slots: iterSlots });
/** `str_ascii_iterator`: what CPython 3.11 uses for pure-ASCII strings. */
export const strAsciiIterType = newBuiltinType('str_ascii_iterator', objectType, {
  basicSize: 32,
  gcType: true,
  baseType: false,
  slots: iterSlots,
});

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

function strIter(o: PyObject): PyObject {
  const s = o as PyStr;
  incref(s);
  return born(new PyStrIter(NON_ASCII.test(s.v) ? strIterType : strAsciiIterType, s));
}

function strIterNext(o: PyObject): PyObject | null {
  const it = o as PyStrIter;
  const s = it.seq;
  if (s === null) return null;
  if (it.pos >= s.v.length) {
    touch(it);
    it.seq = null;
    decref(s);
    return null;
  }
  const cp = s.v.codePointAt(it.pos)!;
  it.pos += cp > 0xffff ? 2 : 1;
  return charObject(cp);
}

for (const t of [strIterType, strAsciiIterType]) {
  nativeNext.set(t, strIterNext);
  nativeIter.set(t, (o) => incref(o));
  defMethod(t, '__next__', (self) => {
    const r = strIterNext(self);
    if (r === null) throwStop();
    return r;
  });
  defMethod(t, '__iter__', (self) => incref(self));
  defMethod(t, '__length_hint__', (self) => {
    const it = self as PyStrIter;
    if (it.seq === null) return newInt(0);
    return newInt(cpIndex(it.seq.v, it.seq.v.length, isBmpOnly(it.seq)) - cpIndex(it.seq.v, it.pos, isBmpOnly(it.seq)));
  });
}

function throwStop(): never {
  throw new PyThrow(newBareError(StopIteration));
}

// ---------------------------------------------------------------- indexing

function strGetItem(o: PyObject, k: PyObject): PyObject {
  const s = o as PyStr;
  const bmp = isBmpOnly(s);
  const len = strLen(s);
  if (isSlice(k)) {
    const [start, , step, n] = sliceIndices(k, len);
    if (n <= 0) return newStr('');
    if (start === 0 && step === 1 && n === len && s.type === strType) return incref(s);
    if (bmp) {
      if (step === 1) return newStr(s.v.slice(start, start + n));
      let out = '';
      for (let i = 0, j = start; i < n; i++, j += step) out += s.v[j];
      return newStr(out);
    }
    const cps = Array.from(s.v);
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += cps[j];
    return newStr(out);
  }
  let i: number;
  if (k instanceof PyInt) i = k.v;
  else if (k instanceof PyLong) throwError(IndexError, "cannot fit 'int' into an index-sized integer");
  else if (!k.type.native && k.type.lookup('__index__') !== null) i = asIndex(k);
  else throwError(TypeError, `string indices must be integers, not '${k.type.name}'`);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throwError(IndexError, 'string index out of range');
  if (bmp) return charObject(s.v.charCodeAt(i));
  return charObject(s.v.codePointAt(unitIndex(s.v, i, false))!);
}

function strContains(o: PyObject, k: PyObject): boolean {
  if (!(k instanceof PyStr)) throwError(TypeError, `'in <string>' requires string as left operand, not ${k.type.name}`);
  return (o as PyStr).v.includes(k.v);
}

// ---------------------------------------------------------------- registration

nativeRepr.set(strType, (o) => strRepr((o as PyStr).v));
nativeStr.set(strType, (o) => (o as PyStr).v);
nativeHash.set(strType, (o) => strHash(o as PyStr));
nativeCompare.set(strType, (a, b, op) => {
  if (!(a instanceof PyStr) || !(b instanceof PyStr)) return NotImplemented;
  return newBool(cmpResult(compareText(a.v, b.v), op));
});
nativeBinary.set(strType, (a, b, op) => strBinary(a, b, op));
nativeLen.set(strType, (o) => strLen(o as PyStr));
nativeIter.set(strType, strIter);
nativeGetItem.set(strType, strGetItem);
nativeContains.set(strType, strContains);


// ---------------------------------------------------------------- constructor

/** `str()`, `str(object)`; decoding bytes is outside the subset. */
nativeNew.set(strType, (type, args, kw) => {
  const s = exactStrNew(args, kw);
  if (type === strType) return s;
  // A str subclass (unicode_subtype_new): a fresh object of that type with the same text.
  const sub = new PyStr(s.v);
  sub.type = type;
  if (!type.native) incref(type);
  decref(s);
  // Not a compact string: the object is the class's basic size, the text another block.
  return born(sub);
});

/** str(...) as an exact str. */
function exactStrNew(args: PyObject[], kw: KwArgs): PyStr {
  const total = args.length + (kw === null ? 0 : kw.size);
  if (total > 3) throwError(TypeError, `str() takes at most 3 arguments (${total} given)`);
  const slots: (PyObject | null)[] = [args[0] ?? null, args[1] ?? null, args[2] ?? null];
  if (kw !== null) {
    const names = ['object', 'encoding', 'errors'];
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throwError(TypeError, `'${k}' is an invalid keyword argument for str()`);
      if (slots[i] !== null) throwError(TypeError, `argument for str() given by name ('${k}') and position (${i + 1})`);
      slots[i] = v;
    }
  }
  const [obj, encoding, errors] = slots;
  if (encoding !== null || errors !== null) {
    if (obj === null) return newStr('');
    if (obj instanceof PyStr) throwError(TypeError, 'decoding str is not supported');
    throwError(TypeError, `decoding to str: need a bytes-like object, ${obj.type.name} found`);
  }
  if (obj === null) return newStr('');
  return strObject(obj) as PyStr;
}

// ---------------------------------------------------------------- dunders
// For explicit calls such as `str.__add__(a, b)` or `s.__len__()`; operators use the slots above.

function dunder(name: string, nargs: number, fn: (self: PyStr, args: PyObject[]) => PyObject): void {
  defMethod(strType, name, (self, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `str.${name}() takes no keyword arguments`);
    if (args.length !== nargs)
      throwError(TypeError, nargs === 0 ? `str.${name}() takes no arguments (${args.length} given)` : `expected ${nargs} argument, got ${args.length}`);
    if (!(self instanceof PyStr)) throwError(TypeError, `descriptor '${name}' requires a 'str' object but received a '${self.type.name}'`);
    return fn(self, args);
  });
}

const binaryDunder = (op: BinOp, swap = false) => (self: PyStr, args: PyObject[]) => {
  const r = swap ? strBinary(args[0], self, op) : strBinary(self, args[0], op);
  return r === NotImplemented ? incref(r) : r;
};

dunder('__len__', 0, (s) => newInt(strLen(s)));
dunder('__hash__', 0, (s) => newInt(strHash(s)));
dunder('__repr__', 0, (s) => newStr(strRepr(s.v)));
dunder('__str__', 0, (s) => strObject(s));
dunder('__iter__', 0, (s) => strIter(s));
dunder('__getitem__', 1, (s, a) => strGetItem(s, a[0]));
dunder('__contains__', 1, (s, a) => newBool(strContains(s, a[0])));
dunder('__add__', 1, binaryDunder(BinOp.Add));
dunder('__mul__', 1, binaryDunder(BinOp.Mul));
dunder('__rmul__', 1, binaryDunder(BinOp.Mul, true));
dunder('__mod__', 1, binaryDunder(BinOp.Mod));
dunder('__rmod__', 1, () => incref(NotImplemented));
for (const [name, op] of [
  ['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__eq__', CmpOp.Eq],
  ['__ne__', CmpOp.Ne], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge],
] as const) {
  dunder(name, 1, (s, a) => {
    const b = a[0];
    if (!(b instanceof PyStr)) return incref(NotImplemented);
    return newBool(cmpResult(compareText(s.v, b.v), op));
  });
}
