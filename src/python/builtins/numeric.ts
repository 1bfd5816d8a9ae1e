/**
 * Numeric builtins (Python/bltinmodule.c): abs, divmod, pow, round, hex, bin,
 * oct, chr, ord, sum, min, max, with CPython's fast paths where they change
 * what a program can observe (sum adds ints and floats without making
 * intermediate objects; min/max compare with `>`/`<` in CPython's order).
 */
import { bindArgs } from '../args';
import { callObject, callSpecial, getIter, iterNext } from '../abstract';
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { clinicCall, varargsFunction } from '../hidden-allocs';
import { modPow } from '../num/mod-pow';
import { PyObject } from '../object';
import { BinOp, binaryOp, CmpOp, divmodNumbers, richCompare } from '../ops';
import { isTrue } from '../abstract';
import { OverflowError, TypeError, ValueError } from '../types/exception';
import { newFloat, PyFloat } from '../types/float';
import { boolType, intType, intValueBig, newInt, newIntBig, PyInt, PyLong } from '../types/int';
import { numberIndex } from '../types/int-methods';
import { None, NotImplemented } from '../types/none';
import { newStr, PyStr, strLen } from '../types/str';
import { charObject } from '../types/str-util';
import { makeBuiltin, type KwArgs } from '../types/type';

function noKw(name: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throwError(TypeError, `${name}() takes no keyword arguments`);
}

function exactly(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) throwError(TypeError, `${name} expected ${n} arguments, got ${args.length}`);
}

function isNativeNumber(o: PyObject): boolean {
  return (o instanceof PyInt || o instanceof PyLong || o instanceof PyFloat) && o.type.native;
}

/** `abs(x)`. */
export const abs = makeBuiltin('abs', (args, kw) => {
  noKw('abs', kw);
  if (args.length !== 1) throwError(TypeError, `abs() takes exactly one argument (${args.length} given)`);
  const x = args[0];
  if (x instanceof PyFloat && x.type.native) return newFloat(Math.abs(x.v));
  if ((x instanceof PyInt || x instanceof PyLong) && x.type.native) {
    const v = intValueBig(x);
    if (v >= 0n && x.type === intType) return incref(x);
    return newIntBig(v < 0n ? -v : v);
  }
  const r = x.type.native ? null : callSpecial(x, '__abs__', []);
  if (r === null) throwError(TypeError, `bad operand type for abs(): '${x.type.name}'`);
  return r;
});

/** `divmod(a, b)`. */
export const divmod = makeBuiltin('divmod', (args, kw) => {
  noKw('divmod', kw);
  exactly('divmod', args, 2);
  const [a, b] = args;
  if (isNativeNumber(a) && isNativeNumber(b)) return divmodNumbers(a, b);
  let r: PyObject = NotImplemented;
  if (!a.type.native && a.type.lookup('__divmod__') !== null) r = callSpecial(a, '__divmod__', [b])!;
  if (r === NotImplemented && !b.type.native && b.type !== a.type && b.type.lookup('__rdivmod__') !== null) {
    r = callSpecial(b, '__rdivmod__', [a])!;
  }
  if (r === NotImplemented) {
    throwError(TypeError, `unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
  }
  return r;
});

/** `pow(base, exp, mod=None)`. */
export const pow = makeBuiltin('pow', (args, kw) => {
  const [base, exp, mod] = bindArgs('pow', args, kw, ['base', 'exp', 'mod'], { required: 2 });
  if (mod === null || mod === None) return binaryOp(base!, exp!, BinOp.Pow);
  const isInt = (o: PyObject) => o instanceof PyInt || o instanceof PyLong;
  if (!isInt(base!) || !isInt(exp!) || !isInt(mod)) {
    throwError(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  return newIntBig(modPow(intValueBig(base as PyInt), intValueBig(exp as PyInt), intValueBig(mod as PyInt)));
});

/** `round(number, ndigits=None)`: the number's `__round__`. */
export const round = makeBuiltin('round', (args, kw) => {
  clinicCall('round', 2, args.length, 1, 2, kw);
  const [x, nd] = bindArgs('round', args, kw, ['number', 'ndigits'], { required: 1 });
  if (x!.type.lookup('__round__') === null) throwError(TypeError, `type ${x!.type.name} doesn't define __round__ method`);
  return callSpecial(x!, '__round__', nd === null || nd === None ? [] : [nd])!;
});

function indexValue(o: PyObject): bigint {
  const r = numberIndex(o) as PyInt | PyLong;
  try {
    return intValueBig(r);
  } finally {
    decref(r);
  }
}

function baseText(name: string, prefix: string, radix: number) {
  return makeBuiltin(name, (args, kw) => {
    noKw(name, kw);
    if (args.length !== 1) throwError(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    const v = indexValue(args[0]);
    return newStr((v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(radix));
  });
}

/** `hex(x)`, `bin(x)`, `oct(x)`. */
export const hex = baseText('hex', '0x', 16);
export const bin = baseText('bin', '0b', 2);
export const oct = baseText('oct', '0o', 8);

/** `chr(i)`. */
export const chr = makeBuiltin('chr', (args, kw) => {
  noKw('chr', kw);
  if (args.length !== 1) throwError(TypeError, `chr() takes exactly one argument (${args.length} given)`);
  const v = indexValue(args[0]);
  if (v > 2147483647n || v < -2147483648n) throwError(OverflowError, 'Python int too large to convert to C int');
  if (v < 0n || v > 0x10ffffn) throwError(ValueError, 'chr() arg not in range(0x110000)');
  return charObject(Number(v));
});

/** `ord(c)`. */
export const ord = makeBuiltin('ord', (args, kw) => {
  noKw('ord', kw);
  if (args.length !== 1) throwError(TypeError, `ord() takes exactly one argument (${args.length} given)`);
  const c = args[0];
  if (!(c instanceof PyStr)) throwError(TypeError, `ord() expected string of length 1, but ${c.type.name} found`);
  const n = strLen(c);
  if (n !== 1) throwError(TypeError, `ord() expected a character, but string of length ${n} found`);
  return newInt(c.v.codePointAt(0)!);
});

// ---------------------------------------------------------------- sum

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** `sum(iterable, /, start=0)`. */
export const sum = makeBuiltin('sum', (args, kw) => {
  clinicCall('sum', 1, args.length, 1, 2, kw);
  if (args.length === 0 && (kw === null || !kw.has('iterable'))) {
    throwError(TypeError, `sum() takes at least 1 positional argument (0 given)`);
  }
  const [iterable, start] = bindArgs('sum', args, kw, ['iterable', 'start'], { required: 1, posOnly: 1 });
  if (start instanceof PyStr) throwError(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(iterable!);
  try {
    return sumFrom(it, start === null ? newInt(0) : incref(start));
  } finally {
    decref(it);
  }
});

/** builtin_sum_impl's three loops: C long, C double, then generic `+`. */
function sumFrom(it: PyObject, result: PyObject): PyObject {
  if (result.type === intType) {
    let acc = intValueBig(result as PyInt);
    if (acc >= LONG_MIN && acc <= LONG_MAX) {
      decref(result);
      for (;;) {
        const item = iterNext(it);
        if (item === null) return newIntBig(acc);
        if ((item instanceof PyInt || item instanceof PyLong) && (item.type === intType || item.type === boolType)) {
          const b = intValueBig(item);
          const s = acc + b;
          if (s >= LONG_MIN && s <= LONG_MAX) {
            acc = s;
            decref(item);
            continue;
          }
        }
        const r = newIntBig(acc);
        try {
          result = binaryOp(r, item, BinOp.Add);
        } finally {
          decref(r);
          decref(item);
        }
        break;
      }
    }
  }
  if (result instanceof PyFloat && result.type.native) {
    let f = result.v;
    decref(result);
    for (;;) {
      const item = iterNext(it);
      if (item === null) return newFloat(f);
      if (item instanceof PyFloat && item.type.native) {
        f += item.v;
        decref(item);
        continue;
      }
      if (item instanceof PyInt || item instanceof PyLong) {
        const v = intValueBig(item);
        if (v >= LONG_MIN && v <= LONG_MAX) {
          f += Number(v);
          decref(item);
          continue;
        }
      }
      const r = newFloat(f);
      try {
        result = binaryOp(r, item, BinOp.Add);
      } finally {
        decref(r);
        decref(item);
      }
      break;
    }
  }
  for (;;) {
    const item = iterNext(it);
    if (item === null) return result;
    try {
      const next = binaryOp(result, item, BinOp.Add);
      decref(result);
      result = next;
    } catch (e) {
      decref(result);
      throw e;
    } finally {
      decref(item);
    }
  }
}

// ---------------------------------------------------------------- min / max

function minMax(name: 'min' | 'max', op: CmpOp, args: PyObject[], kw: KwArgs): PyObject {
  let key: PyObject | null = null;
  let dflt: PyObject | null = null;
  if (kw !== null) {
    // PyArg_ParseTupleAndKeywords counts first, then names.
    if (kw.size > 2) throwError(TypeError, `${name}() takes at most 2 keyword arguments (${kw.size} given)`);
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else throwError(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (args.length === 0) throwError(TypeError, `${name} expected at least 1 argument, got 0`);
  const positional = args.length > 1;
  if (positional && dflt !== null) {
    throwError(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  if (key === None) key = null;
  // min(a, b, c) walks its arguments; min(iterable) the iterable's iterator.
  const it = positional ? null : getIter(args[0]);
  let pos = 0;
  const next = (): PyObject | null => (it !== null ? iterNext(it) : pos < args.length ? incref(args[pos++]) : null);
  let bestItem: PyObject | null = null;
  let bestVal: PyObject | null = null;
  try {
    for (;;) {
      const item = next();
      if (item === null) break;
      let val: PyObject;
      try {
        val = key !== null ? callObject(key, [item], null) : incref(item);
      } catch (e) {
        decref(item);
        throw e;
      }
      if (bestVal === null) {
        bestItem = item;
        bestVal = val;
        continue;
      }
      let better: boolean;
      try {
        const r = richCompare(val, bestVal, op);
        try {
          better = isTrue(r);
        } finally {
          decref(r);
        }
      } catch (e) {
        decref(item);
        decref(val);
        throw e;
      }
      if (better) {
        decref(bestVal);
        decref(bestItem!);
        bestItem = item;
        bestVal = val;
      } else {
        decref(item);
        decref(val);
      }
    }
  } catch (e) {
    if (bestVal !== null) decref(bestVal);
    if (bestItem !== null) decref(bestItem);
    throw e;
  } finally {
    if (it !== null) decref(it);
  }
  if (bestVal === null) {
    if (dflt !== null) return incref(dflt);
    throwError(ValueError, `${name}() arg is an empty sequence`);
  }
  decref(bestVal);
  return bestItem!;
}

/** `min(iterable, *[, key, default])` / `min(a, b, *args[, key])`. */
// min and max are METH_VARARGS|METH_KEYWORDS: their arguments arrive as a tuple and a dict.
export const min = makeBuiltin('min', varargsFunction((args, kw) => minMax('min', CmpOp.Lt, args, kw)));

/** `max(...)`. */
export const max = makeBuiltin('max', varargsFunction((args, kw) => minMax('max', CmpOp.Gt, args, kw)));
