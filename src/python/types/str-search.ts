/**
 * str methods that search, split, join, strip and pad (CPython's
 * Objects/unicodeobject.c and Objects/stringlib), with CPython's argument
 * errors and its identity rules: a method that finds nothing to change
 * returns the receiver itself, and split/partition put the receiver itself in
 * the result when there is nothing to split.
 */
import { clinicCall } from '../hidden-allocs';
import { getIter, iterNext } from '../abstract';
import { isPyError, argTypeName, throwError } from '../errors';
import { decref, incref } from '../memory';
import { PyObject } from '../object';
import { MemoryError, NotImplementedError, TypeError, ValueError } from './exception';
import { newBool, newInt } from './int';
import { newList, PyList } from './list';
import { listResize as growthResize, SPLIT_PREALLOC } from '../collections/list-growth';
import { None } from './none';
import { emptyStr, freshStr, isBmpOnly, newStr, PyStr, strLen, strType } from './str';
import { isSpaceCp } from './str-unicode';
import {
  adjustRange,
  cpIndex,
  indexArg,
  isExactStr,
  kwArgs,
  oneArg,
  rangeArgs,
  sameOrNew,
  sliceIndex,
  tupleArgs,
  unitIndex,
} from './str-util';
import { newTuple, PyTuple } from './tuple';
import { defMethod, type KwArgs, type NativeMethod } from './type';

/** Longest str built by padding (JS strings top out near 2**29 UTF-16 units). */
const MAX_STR = 2 ** 28;

function def(name: string, fn: (self: PyStr, args: PyObject[], kw: KwArgs) => PyObject): void {
  defMethod(strType, name, fn as NativeMethod);
}

/** Steals the references in items. */
function list(items: PyObject[]): PyList {
  return newList(items);
}

/**
 * The list split()/rsplit() return: stringlib makes it with
 * PyList_New(PREALLOC_SIZE(maxsplit)) (at most 12 slots, 12 for no maxsplit),
 * sets the first pieces into those slots and appends the rest, then only sets
 * the size, so sys.getsizeof sees that allocation even for one piece.
 */
function splitList(items: PyObject[], max: number): PyList {
  const prealloc = max < 0 || max >= SPLIT_PREALLOC ? SPLIT_PREALLOC : max + 1;
  let allocated = prealloc;
  for (let n = prealloc; n < items.length; n++) allocated = growthResize(allocated, n, n + 1);
  const l = newList(items);
  l.allocated = allocated;
  l.hasBuffer = true;
  return l;
}

/** Storage width of a text (1, 2 or 4 bytes a code point), PyUnicode_KIND. */
function kindOf(s: string): number {
  let max = 0;
  for (const ch of s) max = Math.max(max, ch.codePointAt(0)!);
  return max < 256 ? 1 : max < 0x10000 ? 2 : 4;
}

function piece(s: string, a: number, b: number): PyObject {
  return newStr(s.slice(a, b));
}

function isSpaceUnit(c: number): boolean {
  return isSpaceCp(c);
}

// ---------------------------------------------------------------- split

function splitWhitespace(self: PyStr, max: number): PyObject[] {
  const s = self.v;
  const n = s.length;
  const out: PyObject[] = [];
  let i = 0;
  let j = 0;
  let count = max < 0 ? Infinity : max;
  while (count-- > 0) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i === n) break;
    j = i;
    i++;
    while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
    if (j === 0 && i === n && isExactStr(self)) {
      out.push(incref(self));
      return out;
    }
    out.push(piece(s, j, i));
  }
  if (i < n) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i !== n) out.push(piece(s, i, n));
  }
  return out;
}

function rsplitWhitespace(self: PyStr, max: number): PyObject[] {
  const s = self.v;
  const n = s.length;
  const out: PyObject[] = [];
  let i = n - 1;
  let j: number;
  let count = max < 0 ? Infinity : max;
  while (count-- > 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i < 0) break;
    j = i;
    i--;
    while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
    if (j === n - 1 && i < 0 && isExactStr(self)) {
      out.push(incref(self));
      return out;
    }
    out.push(piece(s, i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(piece(s, 0, i + 1));
  }
  return out.reverse();
}

function splitSep(self: PyStr, sep: string, max: number): PyObject[] {
  const s = self.v;
  const out: PyObject[] = [];
  let i = 0;
  let count = max < 0 ? Infinity : max;
  while (count-- > 0) {
    const pos = s.indexOf(sep, i);
    if (pos < 0) break;
    out.push(piece(s, i, pos));
    i = pos + sep.length;
  }
  if (out.length === 0 && isExactStr(self)) out.push(incref(self));
  else out.push(piece(s, i, s.length));
  return out;
}

function rsplitSep(self: PyStr, sep: string, max: number): PyObject[] {
  const s = self.v;
  const out: PyObject[] = [];
  let i = s.length;
  let count = max < 0 ? Infinity : max;
  while (count-- > 0) {
    const pos = i - sep.length < 0 ? -1 : s.lastIndexOf(sep, i - sep.length);
    if (pos < 0) break;
    out.push(piece(s, pos + sep.length, i));
    i = pos;
  }
  if (out.length === 0 && isExactStr(self)) out.push(incref(self));
  else out.push(piece(s, 0, i));
  return out.reverse();
}

function splitMethod(name: string, right: boolean) {
  return (self: PyStr, args: PyObject[], kw: KwArgs): PyObject => {
    clinicCall('str.' + name, 2, args.length, 0, 2, kw);
    const [sepO, maxO] = kwArgs(name, args, kw, ['sep', 'maxsplit']);
    const max = maxO === null ? -1 : indexArg(maxO);
    if (sepO === null || sepO === None) return splitList(right ? rsplitWhitespace(self, max) : splitWhitespace(self, max), max);
    if (!(sepO instanceof PyStr)) throwError(TypeError, `must be str or None, not ${sepO.type.name}`);
    if (sepO.v === '') throwError(ValueError, 'empty separator');
    // A separator longer or wider than the text: PyList_New(1) holding the text itself.
    if (strLen(self) < strLen(sepO) || kindOf(self.v) < kindOf(sepO.v)) return list([incref(self)]);
    return splitList(right ? rsplitSep(self, sepO.v, max) : splitSep(self, sepO.v, max), max);
  };
}

def('split', splitMethod('split', false));
def('rsplit', splitMethod('rsplit', true));

function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

def('splitlines', (self, args, kw) => {
  clinicCall('str.splitlines', 1, args.length, 0, 1, kw);
  const [keepO] = kwArgs('splitlines', args, kw, ['keepends']);
  const keep = keepO !== null && indexArg(keepO) !== 0;
  const s = self.v;
  const n = s.length;
  const out: PyObject[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (keep) eol = i;
    }
    if (j === 0 && eol === n && isExactStr(self)) {
      out.push(incref(self));
      break;
    }
    out.push(piece(s, j, eol));
    j = i;
  }
  // PyList_New(0) and an append per line: list_resize's growth, not an exact list.
  let allocated = 0;
  for (let k = 0; k < out.length; k++) allocated = growthResize(allocated, k, k + 1);
  const l = list(out);
  l.allocated = allocated;
  return l;
});

// ---------------------------------------------------------------- join

/** `sep.join(iterable)` (PyUnicode_Join); a single exact str item is returned itself. */
export function strJoin(sep: PyStr, iterable: PyObject): PyObject {
  let items: PyObject[];
  let owned = false;
  if (iterable instanceof PyList || iterable instanceof PyTuple) items = iterable.items.slice();
  else {
    let it: PyObject;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (isPyError(e, TypeError)) {
        e.drop();
        throwError(TypeError, 'can only join an iterable');
      }
      throw e;
    }
    items = [];
    owned = true;
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) items.push(x);
    } catch (e) {
      for (const x of items) decref(x);
      throw e;
    } finally {
      decref(it);
    }
  }
  try {
    if (items.length === 1 && isExactStr(items[0])) return incref(items[0]);
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (!(x instanceof PyStr)) throwError(TypeError, `sequence item ${i}: expected str instance, ${x.type.name} found`);
      parts.push(x.v);
      size += x.v.length + sep.v.length;
      if (size > MAX_STR) throwError(MemoryError, '');
    }
    // Several pieces are copied into a PyUnicode_New buffer: a new object even for one character.
    return freshStr(parts.join(sep.v));
  } finally {
    if (owned) for (const x of items) decref(x);
  }
}

def('join', (self, args, kw) => strJoin(self, oneArg('join', args, kw)));

// ---------------------------------------------------------------- strip

function stripMethod(name: string, left: boolean, right: boolean) {
  return (self: PyStr, args: PyObject[], kw: KwArgs): PyObject => {
    rangeArgs(name, args, kw, 0, 1);
    const charsO = args.length ? args[0] : None;
    let test: (cp: number) => boolean;
    if (charsO === None) test = isSpaceCp;
    else if (charsO instanceof PyStr) {
      const set = new Set<number>();
      for (const ch of charsO.v) set.add(ch.codePointAt(0)!);
      test = (cp) => set.has(cp);
    } else throwError(TypeError, `${name} arg must be None or str`);
    const s = self.v;
    // Astral characters are compared whole; a BMP-only text is scanned by unit.
    const cps = isBmpOnly(self) ? null : Array.from(s, (ch) => ch.codePointAt(0)!);
    const at = cps === null ? (k: number) => s.charCodeAt(k) : (k: number) => cps[k];
    const n = cps === null ? s.length : cps.length;
    let i = 0;
    let j = n;
    if (left) while (i < j && test(at(i))) i++;
    if (right) while (j > i && test(at(j - 1))) j--;
    if (i === 0 && j === n) return sameOrNew(self, s);
    if (cps === null) return newStr(s.slice(i, j));
    return newStr(String.fromCodePoint(...cps.slice(i, j)));
  };
}

def('strip', stripMethod('strip', true, true));
def('lstrip', stripMethod('lstrip', true, false));
def('rstrip', stripMethod('rstrip', false, true));

// ---------------------------------------------------------------- replace

def('replace', (self, args, kw) => {
  rangeArgs('replace', args, kw, 2, 3);
  const [oldO, newO] = args;
  if (!(oldO instanceof PyStr)) throwError(TypeError, `replace() argument 1 must be str, not ${oldO.type.name}`);
  if (!(newO instanceof PyStr)) throwError(TypeError, `replace() argument 2 must be str, not ${newO.type.name}`);
  let count = args.length > 2 ? indexArg(args[2]) : -1;
  if (count < 0) count = Infinity;
  const s = self.v;
  if (count === 0 || oldO === newO) return sameOrNew(self, s);
  const old = oldO.v;
  const rep = newO.v;
  let out: string;
  if (old === '') {
    const chars = Array.from(s);
    const n = Math.min(count, chars.length + 1);
    out = '';
    for (let i = 0; i < n; i++) out += rep + (chars[i] ?? '');
    out += chars.slice(n).join('');
    if (out.length > MAX_STR) throwError(MemoryError, '');
  } else {
    const parts = s.split(old);
    if (parts.length === 1) return sameOrNew(self, s);
    if (parts.length - 1 <= count) out = parts.join(rep);
    else out = parts.slice(0, count + 1).join(rep) + old + parts.slice(count + 1).join(old);
  }
  return freshStr(out); // PyUnicode_New, even for one character
});

// ---------------------------------------------------------------- find family

interface Sub {
  sub: string;
  start: number;
  end: number;
  /** Code point length of the receiver. */
  len: number;
  bmp: boolean;
}

/** Parses `(sub[, start[, end]])` with the old-style argument errors and adjusts the range. */
function findArgs(name: string, self: PyStr, args: PyObject[], kw: KwArgs): Sub {
  tupleArgs(name, args, kw, 1, 3);
  const subO = args[0];
  const start = args.length > 1 ? sliceIndex(args[1]) : null;
  const end = args.length > 2 ? sliceIndex(args[2]) : null;
  if (!(subO instanceof PyStr)) throwError(TypeError, `must be str, not ${subO.type.name}`);
  const len = strLen(self);
  const [s, e] = adjustRange(start, end, len);
  return { sub: subO.v, start: s, end: e, len, bmp: isBmpOnly(self) && isBmpOnly(subO) };
}

function findIn(self: PyStr, a: Sub, reverse: boolean): number {
  const subLen = a.bmp ? a.sub.length : Array.from(a.sub).length;
  if (a.end - a.start < subLen) return -1;
  if (subLen === 0) return reverse ? a.end : a.start;
  const s = self.v;
  const us = unitIndex(s, a.start, a.bmp);
  const ue = unitIndex(s, a.end, a.bmp);
  const pos = reverse ? s.lastIndexOf(a.sub, ue - a.sub.length) : s.indexOf(a.sub, us);
  if (pos < 0 || pos < us || pos + a.sub.length > ue) return -1;
  return cpIndex(s, pos, a.bmp);
}

function findMethod(name: string, reverse: boolean, raise: boolean) {
  return (self: PyStr, args: PyObject[], kw: KwArgs): PyObject => {
    const r = findIn(self, findArgs(name, self, args, kw), reverse);
    if (r < 0 && raise) throwError(ValueError, 'substring not found');
    return newInt(r);
  };
}

def('find', findMethod('find', false, false));
def('rfind', findMethod('rfind', true, false));
def('index', findMethod('index', false, true));
def('rindex', findMethod('rindex', true, true));

def('count', (self, args, kw) => {
  const a = findArgs('count', self, args, kw);
  const subLen = a.bmp ? a.sub.length : Array.from(a.sub).length;
  if (a.end - a.start < subLen) return newInt(0);
  if (subLen === 0) return newInt(a.end - a.start + 1);
  const s = self.v;
  const ue = unitIndex(s, a.end, a.bmp);
  let n = 0;
  for (let pos = s.indexOf(a.sub, unitIndex(s, a.start, a.bmp)); pos >= 0 && pos + a.sub.length <= ue; ) {
    n++;
    pos = s.indexOf(a.sub, pos + a.sub.length);
  }
  return newInt(n);
});

/** CPython's tailmatch: does `sub` match at the start (or end) of self[start:end]? */
function tailMatch(self: PyStr, sub: PyStr, start: number, end: number, atEnd: boolean): boolean {
  const bmp = isBmpOnly(self) && isBmpOnly(sub);
  const cps = bmp ? null : Array.from(self.v);
  const subLen = strLen(sub);
  const len = cps === null ? self.v.length : cps.length;
  [start, end] = adjustRange(start, end, len);
  end -= subLen;
  if (end < start) return false;
  if (subLen === 0) return true;
  const at = atEnd ? end : start;
  if (cps === null) return self.v.startsWith(sub.v, at);
  return cps.slice(at, at + subLen).join('') === sub.v;
}

function affixMethod(name: string, atEnd: boolean) {
  return (self: PyStr, args: PyObject[], kw: KwArgs): PyObject => {
    tupleArgs(name, args, kw, 1, 3);
    const start = args.length > 1 ? sliceIndex(args[1]) ?? 0 : 0;
    const end = args.length > 2 ? sliceIndex(args[2]) ?? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    const what = args[0];
    if (what instanceof PyTuple) {
      for (const x of what.items) {
        if (!(x instanceof PyStr)) throwError(TypeError, `tuple for ${name} must only contain str, not ${x.type.name}`);
        if (tailMatch(self, x, start, end, atEnd)) return newBool(true);
      }
      return newBool(false);
    }
    if (!(what instanceof PyStr))
      throwError(TypeError, `${name} first arg must be str or a tuple of str, not ${what.type.name}`);
    return newBool(tailMatch(self, what, start, end, atEnd));
  };
}

def('startswith', affixMethod('startswith', false));
def('endswith', affixMethod('endswith', true));

// ---------------------------------------------------------------- partition, prefixes

function partitionMethod(name: string, reverse: boolean) {
  return (self: PyStr, args: PyObject[], kw: KwArgs): PyObject => {
    const sepO = oneArg(name, args, kw);
    if (!(sepO instanceof PyStr)) throwError(TypeError, `must be str, not ${sepO.type.name}`);
    if (sepO.v === '') throwError(ValueError, 'empty separator');
    const s = self.v;
    const pos = reverse ? s.lastIndexOf(sepO.v) : s.indexOf(sepO.v);
    if (pos < 0) {
      const whole = isExactStr(self) ? incref(self) : newStr(s);
      return reverse
        ? newTuple([incref(emptyStr), incref(emptyStr), whole])
        : newTuple([whole, incref(emptyStr), incref(emptyStr)]);
    }
    return newTuple([piece(s, 0, pos), incref(sepO), piece(s, pos + sepO.v.length, s.length)]);
  };
}

def('partition', partitionMethod('partition', false));
def('rpartition', partitionMethod('rpartition', true));

def('removeprefix', (self, args, kw) => {
  const p = oneArg('removeprefix', args, kw);
  if (!(p instanceof PyStr)) throwError(TypeError, `removeprefix() argument must be str, not ${argTypeName(p)}`);
  if (p.v !== '' && self.v.startsWith(p.v)) return newStr(self.v.slice(p.v.length));
  return sameOrNew(self, self.v);
});

def('removesuffix', (self, args, kw) => {
  const p = oneArg('removesuffix', args, kw);
  if (!(p instanceof PyStr)) throwError(TypeError, `removesuffix() argument must be str, not ${argTypeName(p)}`);
  if (p.v !== '' && self.v.endsWith(p.v)) return newStr(self.v.slice(0, self.v.length - p.v.length));
  return sameOrNew(self, self.v);
});

// ---------------------------------------------------------------- padding

function fillChar(o: PyObject): string {
  if (!(o instanceof PyStr)) throwError(TypeError, `The fill character must be a unicode character, not ${o.type.name}`);
  if (strLen(o) !== 1) throwError(TypeError, 'The fill character must be exactly one character long');
  return o.v;
}

function pad(self: PyStr, left: number, right: number, fill: string): PyObject {
  if (left <= 0 && right <= 0) return sameOrNew(self, self.v);
  if ((left + right) * fill.length + self.v.length > MAX_STR) throwError(MemoryError, '');
  return freshStr(fill.repeat(Math.max(left, 0)) + self.v + fill.repeat(Math.max(right, 0))); // pad(): PyUnicode_New
}

function padMethod(name: string, where: 'center' | 'left' | 'right') {
  return (self: PyStr, args: PyObject[], kw: KwArgs): PyObject => {
    rangeArgs(name, args, kw, 1, 2);
    const width = indexArg(args[0]);
    const fill = args.length > 1 ? fillChar(args[1]) : ' ';
    const len = strLen(self);
    if (len >= width) return sameOrNew(self, self.v);
    const marg = width - len;
    if (where === 'left') return pad(self, 0, marg, fill);
    if (where === 'right') return pad(self, marg, 0, fill);
    // CPython's rounding: the odd column goes left only when width is odd too.
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return pad(self, left, marg - left, fill);
  };
}

def('center', padMethod('center', 'center'));
def('ljust', padMethod('ljust', 'left'));
def('rjust', padMethod('rjust', 'right'));

def('zfill', (self, args, kw) => {
  const width = indexArg(oneArg('zfill', args, kw));
  const len = strLen(self);
  if (len >= width) return sameOrNew(self, self.v);
  if (width > MAX_STR) throwError(MemoryError, '');
  const zeros = '0'.repeat(width - len);
  const s = self.v;
  if (s.length > 0 && (s[0] === '+' || s[0] === '-')) return freshStr(s[0] + zeros + s.slice(1));
  return freshStr(zeros + s);
});

def('expandtabs', (self, args, kw) => {
  const [sizeO] = kwArgs('expandtabs', args, kw, ['tabsize']);
  const size = sizeO === null ? 8 : indexArg(sizeO);
  const s = self.v;
  if (!s.includes('\t')) return sameOrNew(self, s);
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (size > 0) {
        const n = size - (col % size);
        col += n;
        out += ' '.repeat(n);
        if (out.length > MAX_STR) throwError(MemoryError, '');
      }
    } else {
      col++;
      out += ch;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return newStr(out);
});

// ---------------------------------------------------------------- encode

def('encode', (_self, args, kw) => {
  const [enc, errors] = kwArgs('encode', args, kw, ['encoding', 'errors']);
  if (enc !== null && !(enc instanceof PyStr))
    throwError(TypeError, `encode() argument 'encoding' must be str, not ${enc.type.name}`);
  if (errors !== null && !(errors instanceof PyStr))
    throwError(TypeError, `encode() argument 'errors' must be str, not ${errors.type.name}`);
  throwError(NotImplementedError, 'str.encode() is not supported by Memory Lane (bytes are outside the subset)');
});
