/**
 * Replays the recorded CPython cases of fixtures/text-cases.json through the
 * engine's natives: decodes the encoded values to objects, performs the
 * operation (method call, format(), %, constructor, repr, hash, indexing,
 * operators) and renders the result as CPython's repr, or the exception as
 * "Type: message".
 */
import { callMethod, callObject, contains, getAttr, getItem, getIter, iterNext, length, nativeGetItem, throwKeyError } from '../../../src/python/abstract';
import { PyThrow, throwError } from '../../../src/python/errors';
import { formatValue } from '../../../src/python/format';
import { decref, incref } from '../../../src/python/memory';
import { PyObject } from '../../../src/python/object';
import { BinOp, binaryOp, CmpOp, hashOf, nativeRepr, repr, richCompare, str } from '../../../src/python/ops';
import { nativeNew } from '../../../src/python/types/constructors';
import { dictType, newDict, PyDict } from '../../../src/python/types/dict';
import { IndexError, TypeError } from '../../../src/python/types/exception';
import { floatType, newFloat, PyFloat } from '../../../src/python/types/float';
import { floatHash } from '../../../src/python/types/float-methods';
import { intHash } from '../../../src/python/types/int-methods';
import { boolType, intType, newBool, newIntBig, PyInt, PyLong } from '../../../src/python/types/int';
import { listType, newList, PyList } from '../../../src/python/types/list';
import { None, noneType } from '../../../src/python/types/none';
import { newStr, strType } from '../../../src/python/types/str';
import { newTuple, PyTuple, tupleType } from '../../../src/python/types/tuple';
import { newBuiltinType, objectType } from '../../../src/python/types/type';
import fixtures from './fixtures/text-cases.json';
import '../../../src/python/types/exception-methods';
import '../../../src/python/types/str-methods';
import '../../../src/python/types/int-methods';
import '../../../src/python/types/float-methods';
import '../../../src/python/types/bool-methods';
import '../../../src/python/format';

export type Enc =
  | { n: 0 }
  | { b: boolean }
  | { i: string }
  | { ix: string }
  | { f: string }
  | { s: string }
  | { t: Enc[] }
  | { l: Enc[] }
  | { d: [Enc, Enc][] }
  | { sl: [Enc, Enc, Enc] };

export interface Case {
  op: string;
  ok?: string;
  err?: string;
  [k: string]: unknown;
}

/** Parses Python's float.hex() output (or 'inf', '-inf', 'nan'). */
export function fromHex(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error('bad hex float ' + s);
  const frac = m[3] || '0';
  const mant = Number(BigInt('0x' + m[2] + frac));
  const exp = Number(m[4]) - 4 * frac.length;
  const v = exp < -1000 ? mant * 2 ** (exp + 600) * 2 ** -600 : mant * 2 ** exp;
  return m[1] ? -v : v;
}

// Slice objects belong to the containers' files; a stand-in with the same shape serves until they exist.
const sliceType = newBuiltinType('slice', objectType, { basicSize: 40 });
class FakeSlice extends PyObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {
    super(sliceType);
  }
}

// Item access on lists and dicts belongs to the containers' files; minimal stand-ins when absent.
if (!nativeGetItem.has(dictType)) {
  nativeGetItem.set(dictType, (o, k) => {
    const v = (o as PyDict).get(k);
    if (v === null) throwKeyError(k);
    return incref(v);
  });
}
if (!nativeGetItem.has(listType)) {
  nativeGetItem.set(listType, (o, k) => {
    if (!(k instanceof PyInt)) throwError(TypeError, `list indices must be integers or slices, not ${k.type.name}`);
    const items = (o as PyList).items;
    const i = k.v < 0 ? k.v + items.length : k.v;
    if (i < 0 || i >= items.length) throwError(IndexError, 'list index out of range');
    return incref(items[i]);
  });
}

// repr of None and containers belongs to other files; stand-ins when they are not loaded.
if (!nativeRepr.has(noneType)) nativeRepr.set(noneType, () => 'None');
for (const t of [listType, tupleType, dictType]) if (!nativeRepr.has(t)) nativeRepr.set(t, (o) => pyRepr(o));

/** A new reference to the decoded value. */
export function decode(e: Enc): PyObject {
  if ('n' in e) return incref(None);
  if ('b' in e) return newBool(e.b);
  if ('i' in e) return newIntBig(BigInt(e.i));
  if ('ix' in e) return newIntBig(e.ix.startsWith('-') ? -BigInt('0x' + e.ix.slice(1)) : BigInt('0x' + e.ix));
  if ('f' in e) return newFloat(fromHex(e.f));
  if ('s' in e) return newStr(e.s);
  if ('t' in e) return newTuple(e.t.map(decode));
  if ('l' in e) return newList(e.l.map(decode));
  if ('d' in e) {
    const d = newDict();
    for (const [k, v] of e.d) {
      const ko = decode(k);
      const vo = decode(v);
      d.set(ko, vo);
      decref(ko);
      decref(vo);
    }
    return d;
  }
  return new FakeSlice(decode(e.sl[0]), decode(e.sl[1]), decode(e.sl[2]));
}

/** repr() with list/tuple/dict rendered here (their own repr lives in the containers' files). */
export function pyRepr(o: PyObject): string {
  if (o === None) return 'None';
  if (o instanceof PyList) return '[' + o.items.map(pyRepr).join(', ') + ']';
  if (o instanceof PyTuple) return o.items.length === 1 ? `(${pyRepr(o.items[0])},)` : '(' + o.items.map(pyRepr).join(', ') + ')';
  if (o instanceof PyDict) return '{' + [...o.entries()].map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ') + '}';
  return repr(o);
}

const BIN: Record<string, BinOp> = { '+': BinOp.Add, '*': BinOp.Mul, '%': BinOp.Mod, '&': BinOp.And, '|': BinOp.Or, '^': BinOp.Xor, '-': BinOp.Sub };
const CMP: Record<string, CmpOp> = { '<': CmpOp.Lt, '<=': CmpOp.Le, '==': CmpOp.Eq, '!=': CmpOp.Ne, '>': CmpOp.Gt, '>=': CmpOp.Ge };
const TYPES = { int: intType, float: floatType, str: strType, bool: boolType };

function kwOf(kw: Record<string, Enc> | undefined): Map<string, PyObject> | null {
  if (kw === undefined) return null;
  const keys = Object.keys(kw);
  if (keys.length === 0) return null;
  return new Map(keys.map((k) => [k, decode(kw[k])]));
}

function perform(c: Case): string {
  switch (c.op) {
    case 'call': {
      const recv = decode(c.recv as Enc);
      const args = (c.args as Enc[]).map(decode);
      return pyRepr(callMethod(recv, c.name as string, args, kwOf(c.kw as Record<string, Enc> | undefined)));
    }
    case 'static': {
      const f = getAttr(strType, c.name as string);
      return pyRepr(callObject(f, (c.args as Enc[]).map(decode), null));
    }
    case 'format':
      return repr(newStr(formatValue(decode(c.v as Enc), c.spec as string)));
    case 'mod':
      return pyRepr(binaryOp(decode(c.a as Enc), decode(c.b as Enc), BinOp.Mod));
    case 'new': {
      const t = TYPES[c.type as keyof typeof TYPES];
      return pyRepr(nativeNew.get(t)!(t, (c.args as Enc[]).map(decode), kwOf(c.kw as Record<string, Enc> | undefined)));
    }
    case 'repr':
      return repr(decode(c.v as Enc));
    case 'hash': {
      // The hash registry carries JS numbers; the exact values come from the types' own functions.
      const o = decode(c.v as Enc);
      if (o instanceof PyFloat) return String(floatHash(o));
      if (o instanceof PyInt || o instanceof PyLong) return String(intHash(o));
      return String(hashOf(o));
    }
    case 'len':
      return String(length(decode(c.v as Enc)));
    case 'list': {
      const it = getIter(decode(c.v as Enc));
      const items: PyObject[] = [];
      for (let x = iterNext(it); x !== null; x = iterNext(it)) items.push(x);
      return pyRepr(newList(items));
    }
    case 'getitem':
      return pyRepr(getItem(decode(c.v as Enc), decode(c.k as Enc)));
    case 'bin': {
      const a = decode(c.a as Enc);
      const b = decode(c.b as Enc);
      const o = c.o as string;
      if (o === 'in') return contains(b, a) ? 'True' : 'False';
      if (o in CMP) return pyRepr(richCompare(a, b, CMP[o]));
      return pyRepr(binaryOp(a, b, BIN[o]));
    }
  }
  throw new Error('unknown op ' + c.op);
}

/** Runs a case: the repr of the result, or "Type: message" for a Python exception. */
export function run(c: Case): string {
  try {
    return perform(c);
  } catch (e) {
    if (e instanceof PyThrow) return `${e.exc.type.name}: ${str(e.exc)}`;
    return `JS ${(e as Error).stack ?? e}`;
  }
}

/** What CPython printed for the case. */
export function expected(c: Case): string {
  return c.ok !== undefined ? c.ok : (c.err as string);
}

/** The recorded cases of one group, optionally filtered. */
export function fixtureCases(group: string, keep: (c: Case) => boolean = () => true): Case[] {
  return ((fixtures as unknown as Record<string, Case[]>)[group] ?? []).filter(keep);
}

/** Mismatches of a group of cases, described for a readable failure. */
export function mismatches(cases: Case[]): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const got = run(c);
    const want = expected(c);
    if (got !== want) {
      const { ok: _o, err: _e, ...rest } = c;
      out.push(`${JSON.stringify(rest)}\n    want ${want}\n    got  ${got}`);
    }
  }
  return out;
}

