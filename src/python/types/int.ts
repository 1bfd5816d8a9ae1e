/**
 * int and bool. Values that fit a safe JS integer live in `PyInt` (a number);
 * larger ones in `PyLong` (a bigint). Every int made at run time goes through
 * `newInt`/`newIntBig`, which normalise between the two and return the shared
 * small ints -5..256 as CPython does. bool is a subclass of int whose only
 * instances are the singletons True and False.
 */
import { born, makeStatic } from '../memory';
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
  let a = v < 0n ? -v : v;
  let digits = a === 0n ? 1 : 0;
  while (a > 0n) {
    a >>= 30n;
    digits++;
  }
  return 24 + 4 * digits;
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
    s.rc++;
    return s;
  }
  return n > -1073741824 && n < 1073741824 ? born(new PyInt(n), 28) : born(new PyWideInt(n), 32);
}

/** A new reference to an int from a bigint, normalised to PyInt when it fits. */
export function newIntBig(v: bigint): PyObject {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return born(new PyLong(v), intSize(v));
}

/** A new reference to True or False. */
export function newBool(b: boolean): PyInt {
  const o = b ? True : False;
  o.rc++;
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
