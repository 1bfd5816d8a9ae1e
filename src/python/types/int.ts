/**
 * int and bool. Values that fit a safe JS integer live in `PyInt` (a number);
 * larger ones in `PyLong` (a bigint). Every int made at run time goes through
 * `newInt`/`newIntBig`, which normalise between the two and return the shared
 * small ints -5..256 as CPython does. bool is a subclass of int whose only
 * instances are the singletons True and False.
 */
import { born, makeStatic, incref } from '../memory';
import { bigIntBitLength } from '../num/arith';
import { PyObject } from '../object';
import { newBuiltinType } from './type';

/** `int`. */
export const intType = newBuiltinType('int', undefined, { basicSize: 28 });
/** `bool`. */
export const boolType = newBuiltinType('bool', intType, { basicSize: 28, baseType: false });

/** An int whose value is a safe JS integer (also the class of True/False). */
export class PyInt extends PyObject {
  constructor(
    public v: number,
    type = intType,
  ) {
    super(); // the header is written here: see PyObject's constructor
    this.type = type; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.size = 0;
  }
}

/**
 * An int outside V8's small-integer range (|v| >= 2**30, where CPython's int also
 * grows a second digit). A class of its own because V8 keeps one representation per
 * field per class: once a PyInt held such a value, every PyInt's `v` became a boxed
 * double, one more allocation for each int made (checked with %DebugPrint).
 */
export class PyWideInt extends PyInt {}

/** An int beyond 2**53. */
export class PyLong extends PyObject {
  constructor(public v: bigint) {
    super(); // the header is written here: see PyObject's constructor
    this.type = intType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.size = 0;
  }
}

/** Bytes CPython 3.11 gives an int of this magnitude (24 + 4 per 30-bit digit; 0 still has one digit). */
export function intSize(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 2 ** 30) return 28;
    if (a < 2 ** 60) return 32;
    return 36;
  }
  // (Linear in the int's size: shifting 30 bits at a time was quadratic, seconds for a 300,000-digit literal.)
  return 24 + 4 * Math.max(1, Math.ceil(bigIntBitLength(v) / 30));
}

const SMALL: PyInt[] = [];
for (let i = -5; i <= 256; i++) SMALL.push(makeStatic(new PyInt(i)));

/** `True`. */
export const True: PyInt = makeStatic(new PyInt(1, boolType));
/** `False`. */
export const False: PyInt = makeStatic(new PyInt(0, boolType));

/** The shared small int for -5 <= n <= 256 (borrowed; callers incref as needed). */
export function smallInt(n: number): PyInt {
  return SMALL[n + 5];
}

/** A new reference to an int with value n (a safe integer). */
export function newInt(n: number): PyInt {
  if (n >= -5 && n <= 256) {
    const s = SMALL[n + 5];
    incref(s);
    return s;
  }
  return n > -1073741824 && n < 1073741824 ? born(new PyInt(n), 28) : born(new PyWideInt(n), 32);
}

/** A new reference to an int from a bigint, normalised to PyInt when it fits. */
export function newIntBig(v: bigint): PyObject {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return born(new PyLong(v), intSize(v));
}

/** Which of long_add, long_sub, long_mul made a result (newIntArith). */
export const enum IntArith {
  Add = 0,
  Sub = 1,
  Mul = 2,
}

/** Digits in CPython's ob_size of an int: 0 for zero, then one per 30 bits of |v|. */
function digitsOf(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a === 0 ? 0 : a < 2 ** 30 ? 1 : a < 2 ** 60 ? 2 : 3;
  }
  let a = v < 0n ? -v : v;
  let n = 0;
  while (a > 0n) {
    a >>= 30n;
    n++;
  }
  return n;
}

/**
 * A new reference to the result `v` of `x + y`, `x - y` or `x * y` on ints, in a block
 * of the size CPython 3.11 allocates for it, which follows the operands, not the result:
 * two one-digit operands make an exact result (_PyLong_FromSTwoDigits); otherwise
 * adding magnitudes (x_add) takes one digit more than the longer operand, subtracting
 * them (x_sub) as many as the longer one, and a product (x_mul, k_mul) the sum of both
 * lengths. So `2**31 + 1` is three digits long in memory (a 48-byte block) though its
 * value needs two. A small result is still the shared small int (maybe_small_long).
 */
export function newIntArith(v: number | bigint, x: number | bigint, y: number | bigint, op: IntArith): PyObject {
  const dx = digitsOf(x);
  const dy = digitsOf(y);
  if (dx <= 1 && dy <= 1) return typeof v === 'number' ? newInt(v) : newIntBig(v);
  let digits: number;
  if (op === IntArith.Mul) {
    if (dx === 0 || dy === 0) return newInt(0);
    digits = dx + dy;
  } else {
    // long_add adds magnitudes for operands of one sign, long_sub for operands of two.
    const addsMagnitudes = (x < 0) === (y < 0) ? op === IntArith.Add : op === IntArith.Sub;
    digits = Math.max(dx, dy) + (addsMagnitudes ? 1 : 0);
  }
  if (typeof v === 'bigint') {
    if (v < -9007199254740991n || v > 9007199254740991n) return born(new PyLong(v), Math.max(24 + 4 * digits, intSize(v)));
    v = Number(v);
  }
  if (v >= -5 && v <= 256) return newInt(v);
  const bytes = Math.max(24 + 4 * digits, intSize(v));
  return born(v > -1073741824 && v < 1073741824 ? new PyInt(v) : new PyWideInt(v), bytes);
}

/** A new reference to True or False. */
export function newBool(b: boolean): PyInt {
  const o = b ? True : False;
  incref(o);
  return o;
}

/** True when o is an int (incl. bool). */
export function isInt(o: PyObject): o is PyInt | PyLong {
  return o instanceof PyInt || o instanceof PyLong;
}

/** The value of an int as bigint. */
export function intValueBig(o: PyInt | PyLong): bigint {
  return typeof o.v === 'number' ? BigInt(o.v) : o.v;
}
