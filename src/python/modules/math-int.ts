/**
 * The integer and summation parts of `math` (Modules/mathmodule.c):
 * factorial, isqrt, gcd, lcm, comb, perm, prod and fsum, with CPython's
 * argument rules (integers only where CPython takes `__index__`) and messages.
 */
import { forEach } from '../abstract';
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { PyObject } from '../object';
import { BinOp, binaryOp } from '../ops';
import { OverflowError, ValueError } from '../types/exception';
import { newFloat, PyFloat } from '../types/float';
import { asDouble } from '../types/float-methods';
import { boolType, intType, intValueBig, newInt, newIntBig, PyInt, PyLong } from '../types/int';
import { numberIndex } from '../types/int-methods';

/** The value of an `__index__`-able argument as a bigint. */
export function indexBig(o: PyObject): bigint {
  const r = numberIndex(o) as PyInt | PyLong;
  try {
    return intValueBig(r);
  } finally {
    decref(r);
  }
}

function bigAbs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function bigGcd(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Largest factorial argument computed (CPython would take minutes beyond this). */
const MAX_FACTORIAL = 100_000;

/** math.factorial(n). */
export function factorial(o: PyObject): PyObject {
  const n = indexBig(o);
  if (n < 0n) throwError(ValueError, 'factorial() not defined for negative values');
  if (n > 9223372036854775807n) throwError(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  if (n > BigInt(MAX_FACTORIAL)) throwError(OverflowError, 'factorial() argument too large for Memory Lane');
  return newIntBig(productRange(1n, n));
}

/** Product of lo..hi by binary splitting (fast for large ranges). */
function productRange(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let r = 1n;
    for (let i = lo; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) / 2n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

/** Integer square root (floor) of a non-negative bigint. */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  // Newton from a float estimate; fix up by at most a few steps.
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** math.isqrt(n). */
export function isqrt(o: PyObject): PyObject {
  const n = indexBig(o);
  if (n < 0n) throwError(ValueError, 'isqrt() argument must be nonnegative');
  return newIntBig(isqrtBig(n));
}

/** math.gcd(*integers). */
export function gcd(args: PyObject[]): PyObject {
  if (args.length === 1) return newIntBig(bigAbs(indexBig(args[0])));
  let g = 0n;
  for (const a of args) g = bigGcd(g, indexBig(a));
  return newIntBig(g);
}

/** math.lcm(*integers). */
export function lcm(args: PyObject[]): PyObject {
  if (args.length === 0) return newInt(1);
  let l = bigAbs(indexBig(args[0]));
  for (let i = 1; i < args.length; i++) {
    const b = bigAbs(indexBig(args[i]));
    l = l === 0n || b === 0n ? 0n : (l / bigGcd(l, b)) * b;
  }
  return newIntBig(l);
}

/** math.comb(n, k). */
export function comb(no: PyObject, ko: PyObject): PyObject {
  const n = indexBig(no);
  let k = indexBig(ko);
  if (n < 0n) throwError(ValueError, 'n must be a non-negative integer');
  if (k < 0n) throwError(ValueError, 'k must be a non-negative integer');
  if (k > n) return newInt(0);
  if (n - k < k) k = n - k;
  if (k > BigInt(MAX_FACTORIAL)) throwError(OverflowError, 'comb() arguments too large for Memory Lane');
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return newIntBig(r);
}

/** math.perm(n, k=None). */
export function perm(no: PyObject, ko: PyObject | null): PyObject {
  const n = indexBig(no);
  if (ko === null) {
    if (n < 0n) throwError(ValueError, 'n must be a non-negative integer');
    return factorial(no);
  }
  const k = indexBig(ko);
  if (n < 0n) throwError(ValueError, 'n must be a non-negative integer');
  if (k < 0n) throwError(ValueError, 'k must be a non-negative integer');
  if (k > n) return newInt(0);
  if (k > BigInt(MAX_FACTORIAL)) throwError(OverflowError, 'perm() arguments too large for Memory Lane');
  return newIntBig(productRange(n - k + 1n, n));
}

/** math.prod(iterable, *, start=1): left-to-right `*`, so it works for any type. */
export function prod(iterable: PyObject, start: PyObject | null): PyObject {
  let acc = start === null ? newInt(1) : incref(start);
  // math_prod's fast path: while exact ints keep the product within a C long, it is
  // kept as a number and made an int once, of its exact size (`*` on ints would size
  // it by its operands: newIntArith); past that, or at another type, `*` takes over.
  let inLong = isExactInt(acc) && fitsLong(intValueBig(acc as PyInt));
  let product = inLong ? intValueBig(acc as PyInt) : 0n;
  try {
    forEach(iterable, (item) => {
      if (inLong) {
        if (isExactInt(item)) {
          const p = product * intValueBig(item as PyInt);
          if (fitsLong(p)) {
            product = p;
            return;
          }
        }
        inLong = false;
        decref(acc);
        acc = newIntBig(product);
      }
      const next = binaryOp(acc, item, BinOp.Mul);
      decref(acc);
      acc = next;
    });
  } catch (e) {
    decref(acc);
    throw e;
  }
  if (inLong) {
    decref(acc);
    acc = newIntBig(product);
  }
  return acc;
}

/** An int or a bool, not a subclass's instance (PyLong_CheckExact or PyBool_Check). */
function isExactInt(o: PyObject): boolean {
  return (o instanceof PyInt || o instanceof PyLong) && (o.type === intType || o.type === boolType);
}

/** True when v fits a C long (64 bits). */
function fitsLong(v: bigint): boolean {
  return v >= -9223372036854775808n && v <= 9223372036854775807n;
}

function itemDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  return asDouble(o);
}

/** math.fsum(iterable): Shewchuk's exact partials, with CPython's special-value rules and rounding fix-up. */
export function fsum(iterable: PyObject): PyObject {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  forEach(iterable, (item) => {
    let x = itemDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) throwError(OverflowError, 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  });
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throwError(ValueError, '-inf + inf in fsum');
    return newFloat(specialSum);
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return newFloat(hi);
}

