/**
 * str methods about characters: case conversion (with Greek final sigma),
 * the is*() predicates, maketrans/translate, and format/format_map (which
 * delegate to format.ts). Character facts come from str-unicode.ts.
 */
import { getItem } from '../abstract';
import { isPyError, throwError } from '../errors';
import { decref } from '../memory';
import { PyObject } from '../object';
import { strFormatMapObject, strFormatObject } from '../format';
import { LookupError, MemoryError, TypeError, ValueError } from './exception';
import { newDict, PyDict } from './dict';
import { newBool, newInt, PyInt, PyLong } from './int';
import { None } from './none';
import { freshStr, newStr, PyStr, strLen, strType } from './str';
import {
  foldCp,
  isAlnumCp,
  isAlphaCp,
  isCasedCp,
  isDecimalCp,
  isDigitCp,
  isIdContinueCp,
  isIdStartCp,
  isLowerCp,
  isNumericCp,
  isPrintableCp,
  isSpaceCp,
  isTitleCp,
  isUpperCp,
  lowerCp,
  titleCp,
  upperCp,
} from './str-unicode';
import { isAsciiText, noArgs, oneArg, rangeArgs } from './str-util';
import { defMethod, type KwArgs, type NativeMethod } from './type';

function def(name: string, fn: (self: PyStr, args: PyObject[], kw: KwArgs) => PyObject): void {
  defMethod(strType, name, fn as NativeMethod);
}

function codePoints(s: string): number[] {
  return Array.from(s, (ch) => ch.codePointAt(0)!);
}

// ---------------------------------------------------------------- case conversion

const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

function caseIgnorable(cp: number): boolean {
  return CASE_IGNORABLE.test(String.fromCodePoint(cp));
}

/** Lowercase of the code point at i, in context: a capital sigma ending a word becomes `ς`. */
function lowerAt(cps: number[], i: number): string {
  const cp = cps[i];
  if (cp !== 0x3a3) return lowerCp(cp);
  let j = i - 1;
  while (j >= 0 && caseIgnorable(cps[j])) j--;
  const after = j >= 0 && isCasedCp(cps[j]);
  j = i + 1;
  while (j < cps.length && caseIgnorable(cps[j])) j++;
  const before = j < cps.length && isCasedCp(cps[j]);
  return after && !before ? '\u03c2' : '\u03c3';
}

// Characters whose mapping newer Unicode changed; their presence sends upper() down the per-character path.
const UPPER_FIXED = /[\u019b\u0264\ua7d3\ua7d5]/;
const MAX_STR = 2 ** 28;

function checkSize(s: string): string {
  if (s.length > MAX_STR) throwError(MemoryError, '');
  return s;
}

/** str.upper(). */
export function strUpper(s: string): string {
  if (isAsciiText(s) || !UPPER_FIXED.test(s)) return s.toUpperCase();
  return codePoints(s).map(upperCp).join('');
}

/** str.lower(): the JS mapping already applies the final-sigma rule CPython uses. */
export function strLower(s: string): string {
  return s.toLowerCase();
}

// Case mapping builds its result with PyUnicode_New: a new object even for one character.
def('upper', (self, args, kw) => {
  noArgs('upper', args, kw);
  return freshStr(checkSize(strUpper(self.v)));
});

def('lower', (self, args, kw) => {
  noArgs('lower', args, kw);
  return freshStr(strLower(self.v));
});

def('casefold', (self, args, kw) => {
  noArgs('casefold', args, kw);
  if (isAsciiText(self.v)) return freshStr(self.v.toLowerCase());
  return freshStr(checkSize(codePoints(self.v).map(foldCp).join('')));
});

def('swapcase', (self, args, kw) => {
  noArgs('swapcase', args, kw);
  const cps = codePoints(self.v);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (isUpperCp(cp)) out += lowerAt(cps, i);
    else if (isLowerCp(cp)) out += upperCp(cp);
    else out += String.fromCodePoint(cp);
  }
  return freshStr(checkSize(out));
});

def('capitalize', (self, args, kw) => {
  noArgs('capitalize', args, kw);
  const cps = codePoints(self.v);
  if (cps.length === 0) return freshStr('');
  let out = titleCp(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return freshStr(checkSize(out));
});

def('title', (self, args, kw) => {
  noArgs('title', args, kw);
  const cps = codePoints(self.v);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleCp(cp);
    prevCased = isCasedCp(cp);
  }
  return freshStr(checkSize(out));
});

// ---------------------------------------------------------------- predicates

/** A predicate true when the string is non-empty and every code point passes. */
function allChars(name: string, test: (cp: number) => boolean): void {
  def(name, (self, args, kw) => {
    noArgs(name, args, kw);
    const s = self.v;
    if (s.length === 0) return newBool(false);
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if (!test(cp)) return newBool(false);
    }
    return newBool(true);
  });
}

allChars('isalpha', isAlphaCp);
allChars('isalnum', isAlnumCp);
allChars('isdigit', isDigitCp);
allChars('isdecimal', isDecimalCp);
allChars('isnumeric', isNumericCp);
allChars('isspace', isSpaceCp);

def('isprintable', (self, args, kw) => {
  noArgs('isprintable', args, kw);
  for (const ch of self.v) if (!isPrintableCp(ch.codePointAt(0)!)) return newBool(false);
  return newBool(true);
});

def('isascii', (self, args, kw) => {
  noArgs('isascii', args, kw);
  return newBool(isAsciiText(self.v));
});

def('isidentifier', (self, args, kw) => {
  noArgs('isidentifier', args, kw);
  const cps = codePoints(self.v);
  if (cps.length === 0 || !isIdStartCp(cps[0])) return newBool(false);
  for (let i = 1; i < cps.length; i++) if (!isIdContinueCp(cps[i])) return newBool(false);
  return newBool(true);
});

def('isupper', (self, args, kw) => {
  noArgs('isupper', args, kw);
  let cased = false;
  for (const ch of self.v) {
    const cp = ch.codePointAt(0)!;
    if (isLowerCp(cp) || isTitleCp(cp)) return newBool(false);
    if (!cased && isUpperCp(cp)) cased = true;
  }
  return newBool(cased);
});

def('islower', (self, args, kw) => {
  noArgs('islower', args, kw);
  let cased = false;
  for (const ch of self.v) {
    const cp = ch.codePointAt(0)!;
    if (isUpperCp(cp) || isTitleCp(cp)) return newBool(false);
    if (!cased && isLowerCp(cp)) cased = true;
  }
  return newBool(cased);
});

def('istitle', (self, args, kw) => {
  noArgs('istitle', args, kw);
  let cased = false;
  let prevCased = false;
  for (const ch of self.v) {
    const cp = ch.codePointAt(0)!;
    if (isUpperCp(cp) || isTitleCp(cp)) {
      if (prevCased) return newBool(false);
      prevCased = cased = true;
    } else if (isLowerCp(cp)) {
      if (!prevCased) return newBool(false);
      prevCased = cased = true;
    } else prevCased = false;
  }
  return newBool(cased);
});

// ---------------------------------------------------------------- maketrans, translate

function ordKey(d: PyDict, cp: number, v: PyObject): void {
  const k = newInt(cp);
  d.set(k, v);
  decref(k);
}

/** `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None. */
function maketrans(args: PyObject[], kw: KwArgs): PyObject {
  rangeArgs('maketrans', args, kw, 1, 3);
  const d = newDict();
  try {
    if (args.length === 1) {
      const x = args[0];
      if (!(x instanceof PyDict)) throwError(TypeError, 'if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of x.entries()) {
        if (k instanceof PyStr) {
          if (strLen(k) !== 1) throwError(ValueError, 'string keys in translate table must be of length 1');
          ordKey(d, k.v.codePointAt(0)!, v);
        } else if (k instanceof PyInt || k instanceof PyLong) d.set(k, v);
        else throwError(TypeError, 'keys in translate table must be strings or integers');
      }
      return d;
    }
    const [x, y] = args;
    if (!(x instanceof PyStr)) throwError(TypeError, `maketrans() argument 1 must be str, not ${x.type.name}`);
    if (!(y instanceof PyStr)) throwError(TypeError, `maketrans() argument 2 must be str, not ${y.type.name}`);
    const z = args[2];
    if (z !== undefined && !(z instanceof PyStr)) throwError(TypeError, `maketrans() argument 3 must be str, not ${z.type.name}`);
    const xs = codePoints(x.v);
    const ys = codePoints(y.v);
    if (xs.length !== ys.length) throwError(ValueError, 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < xs.length; i++) {
      const v = newInt(ys[i]);
      ordKey(d, xs[i], v);
      decref(v);
    }
    if (z instanceof PyStr) for (const cp of codePoints(z.v)) ordKey(d, cp, None);
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

defMethod(strType, 'maketrans', (_self, args, kw) => maketrans(args, kw), 'static');

def('translate', (self, args, kw) => {
  const table = oneArg('translate', args, kw);
  let out = '';
  for (const ch of self.v) {
    const key = newInt(ch.codePointAt(0)!);
    let v: PyObject;
    try {
      v = getItem(table, key);
    } catch (e) {
      if (isPyError(e, LookupError)) {
        e.drop();
        out += ch;
        continue;
      }
      throw e;
    } finally {
      decref(key);
    }
    try {
      if (v === None) continue;
      if (v instanceof PyInt || v instanceof PyLong) {
        const n = Number(v.v);
        if (n < 0 || n > 0x10ffff) throwError(ValueError, 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(n);
      } else if (v instanceof PyStr) out += v.v;
      else throwError(TypeError, 'character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
    checkSize(out);
  }
  return newStr(out);
});

// ---------------------------------------------------------------- format

def('format', (self, args, kw) => strFormatObject(self, args, kw));

def('format_map', (self, args, kw) => strFormatMapObject(self, oneArg('format_map', args, kw)));
