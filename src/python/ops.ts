/**
 * Operators: binary and unary arithmetic, rich comparison, equality, hashing,
 * repr and str (CPython's number protocol, PyObject_RichCompare, PyObject_Repr).
 *
 * Builtin numbers, strings and sequences take native fast paths; everything
 * else goes through the dunder methods with CPython's reflected-operand rules.
 * Results are new references; arguments are borrowed.
 */
import { callSpecial, hasUserSpecial, lookupSpecial, typeName } from './abstract';
import { PyThrow, throwError } from './errors';
import { decref, incref } from './memory';
import { firstReprEnter, packedCall, withHiddenTuple } from './hidden-allocs';
import { floatDivmod, floatPow } from './num/arith';
import { PyObject, PyType } from './object';
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from './types/exception';
import { floatType, newFloat, PyFloat } from './types/float';
import { boolType, False, IntArith, intType, intValueBig, newBool, newInt, newIntArith, newIntBig, PyInt, PyLong, True } from './types/int';
import { None, NotImplemented } from './types/none';
import { newStr, PyStr } from './types/str';
import { newTuple, PyTuple } from './types/tuple';
import { PyList } from './types/list';
import { PyMethodDescr } from './types/type';
import { hashInt, type PyHash } from './hash/numeric-hash';
import { enterRecursiveCall, IN_COMPARISON, IN_REPR, IN_STR, leaveRecursiveCall } from './vm/recursion-guard';

/** Binary operators, numbered as the compiler emits them. */
export const enum BinOp {
  Add,
  Sub,
  Mul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  And,
  Or,
  Xor,
  MatMul,
}

/** Source text of each operator, for error messages and dunder names. */
export const BIN_SYMBOL = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@'];
const BIN_DUNDER = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul'];

/** Comparison operators, numbered as the compiler emits them. */
export const enum CmpOp {
  Lt,
  Le,
  Eq,
  Ne,
  Gt,
  Ge,
}
const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];
const CMP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [CmpOp.Gt, CmpOp.Ge, CmpOp.Eq, CmpOp.Ne, CmpOp.Lt, CmpOp.Le];

/**
 * Native implementations for builtin types, registered by the type files
 * (list + list, str * int, set | set...). They return NotImplemented when the
 * operand types do not fit.
 */
export const nativeBinary = new Map<PyType, (a: PyObject, b: PyObject, op: BinOp, inplace: boolean) => PyObject>();
/** Native rich comparisons of builtin types; NotImplemented when they decline. */
export const nativeCompare = new Map<PyType, (a: PyObject, b: PyObject, op: CmpOp) => PyObject>();
/** Native repr of builtin types (a JS string). */
export const nativeRepr = new Map<PyType, (o: PyObject) => string>();
/** Native str of builtin types when it differs from repr. */
export const nativeStr = new Map<PyType, (o: PyObject) => string>();
/** Native hash of builtin types (JS number, never -1). */
export const nativeHash = new Map<PyType, (o: PyObject) => number>();

function findNative<T>(m: Map<PyType, T>, t: PyType): T | undefined {
  const f = m.get(t);
  if (f !== undefined) return f;
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const g = m.get(mro[i]);
    if (g !== undefined) return g;
  }
  return undefined;
}

// ---------------------------------------------------------------- int and float arithmetic

function floorDivNum(a: number, b: number): number {
  return Math.floor(a / b);
}

function intOp(a: PyObject, b: PyObject, op: BinOp): PyObject {
  if (a instanceof PyInt && b instanceof PyInt) {
    const x = a.v;
    const y = b.v;
    let r: number;
    switch (op) {
      case BinOp.Add:
        r = x + y;
        if (Number.isSafeInteger(r)) return newIntArith(r, x, y, IntArith.Add);
        break;
      case BinOp.Sub:
        r = x - y;
        if (Number.isSafeInteger(r)) return newIntArith(r, x, y, IntArith.Sub);
        break;
      case BinOp.Mul:
        r = x * y;
        if (Number.isSafeInteger(r)) return newIntArith(r === 0 ? 0 : r, x, y, IntArith.Mul);
        break;
      case BinOp.FloorDiv:
        if (y === 0) throwError(ZeroDivisionError, 'integer division or modulo by zero');
        return newInt(floorDivNum(x, y) + 0);
      case BinOp.Mod: {
        if (y === 0) throwError(ZeroDivisionError, 'integer modulo by zero');
        const m = x % y;
        return newInt(m !== 0 && (m < 0) !== (y < 0) ? m + y : m + 0);
      }
      case BinOp.TrueDiv:
        if (y === 0) throwError(ZeroDivisionError, 'division by zero');
        if (Math.abs(x) <= 2 ** 53 && Math.abs(y) <= 2 ** 53) return newFloat(x / y);
        break;
      case BinOp.And:
        if ((x | 0) === x && (y | 0) === y) return newInt(x & y);
        break;
      case BinOp.Or:
        if ((x | 0) === x && (y | 0) === y) return newInt(x | y);
        break;
      case BinOp.Xor:
        if ((x | 0) === x && (y | 0) === y) return newInt(x ^ y);
        break;
      case BinOp.Pow:
        if (y >= 0) {
          r = x ** y;
          if (Number.isSafeInteger(r)) return newInt(r);
        }
        break;
    }
  }
  return bigIntOp(intValueBig(a as PyInt), intValueBig(b as PyInt), op);
}

function bigIntOp(x: bigint, y: bigint, op: BinOp): PyObject {
  switch (op) {
    // Sized by the operands as CPython allocates them (newIntArith).
    case BinOp.Add:
      return newIntArith(x + y, x, y, IntArith.Add);
    case BinOp.Sub:
      return newIntArith(x - y, x, y, IntArith.Sub);
    case BinOp.Mul:
      return newIntArith(x * y, x, y, IntArith.Mul);
    case BinOp.FloorDiv: {
      if (y === 0n) throwError(ZeroDivisionError, 'integer division or modulo by zero');
      let q = x / y;
      if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
      return newIntBig(q);
    }
    case BinOp.Mod: {
      if (y === 0n) throwError(ZeroDivisionError, 'integer modulo by zero');
      let m = x % y;
      if (m !== 0n && (m < 0n) !== (y < 0n)) m += y;
      return newIntBig(m);
    }
    case BinOp.TrueDiv:
      if (y === 0n) throwError(ZeroDivisionError, 'division by zero');
      return newFloat(bigTrueDiv(x, y));
    case BinOp.Pow:
      if (y < 0n) {
        // int ** negative int is float ** float in CPython.
        const r = floatPow(Number(x), Number(y));
        if (r.kind === 'value') return newFloat(r.value);
        if (r.kind === 'zeroDivision') throwError(ZeroDivisionError, r.message);
        throwError(OverflowError, r.kind === 'overflow' ? r.message : 'int too large to convert to float');
      }
      if (y > 100000n && x !== 0n && x !== 1n && x !== -1n) throwError(OverflowError, 'exponent too large for Memory Lane');
      return newIntBig(x ** y);
    case BinOp.LShift:
      if (y < 0n) throwError(ValueError, 'negative shift count');
      if (y > 1000000n) throwError(OverflowError, 'too many digits in integer');
      return newIntBig(x << y);
    case BinOp.RShift:
      if (y < 0n) throwError(ValueError, 'negative shift count');
      return newIntBig(x >> y);
    case BinOp.And:
      return newIntBig(x & y);
    case BinOp.Or:
      return newIntBig(x | y);
    case BinOp.Xor:
      return newIntBig(x ^ y);
  }
  return NotImplemented;
}


/** Correctly rounded x / y for big ints. */
function bigTrueDiv(x: bigint, y: bigint): number {
  const ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  if (ax <= 2n ** 53n && ay <= 2n ** 53n) return Number(x) / Number(y);
  const neg = x < 0n !== y < 0n;
  // Scale so the quotient has 54+ significant bits, then round half-even via the remainder.
  const shift = BigInt(Math.max(0, 55 - (ax.toString(2).length - ay.toString(2).length)));
  const num = ax << shift;
  let q = num / ay;
  const rem = num % ay;
  let bits = q.toString(2).length;
  let extra = BigInt(Math.max(0, bits - 53));
  let sticky = rem !== 0n;
  if (extra > 0n) {
    const mask = (1n << extra) - 1n;
    const low = q & mask;
    const half = 1n << (extra - 1n);
    q >>= extra;
    if (low > half || (low === half && (sticky || (q & 1n) === 1n))) q += 1n;
  }
  const r = Number(q) * 2 ** (Number(extra) - Number(shift));
  if (!isFinite(r)) throwError(OverflowError, 'integer division result too large for a float');
  void bits;
  void sticky;
  return neg ? -r : r;
}

function toFloatValue(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyLong) {
    const v = Number(o.v);
    if (!isFinite(v)) throwError(OverflowError, 'int too large to convert to float');
    return v;
  }
  return null;
}

function floatMod(x: number, y: number): number {
  const m = x % y;
  if (m === 0) return y < 0 ? -0 : 0;
  return (m < 0) !== (y < 0) ? m + y : m;
}

/** CPython's float floor division (via _float_div_mod). */
export function floatFloorDiv(vx: number, wx: number): number {
  return floatDivmod(vx, wx)[0];
}

function floatOp(x: number, y: number, op: BinOp): PyObject {
  switch (op) {
    case BinOp.Add:
      return newFloat(x + y);
    case BinOp.Sub:
      return newFloat(x - y);
    case BinOp.Mul:
      return newFloat(x * y);
    case BinOp.TrueDiv:
      if (y === 0) throwError(ZeroDivisionError, 'float division by zero');
      return newFloat(x / y);
    case BinOp.FloorDiv:
      if (y === 0) throwError(ZeroDivisionError, 'float floor division by zero');
      return newFloat(floatFloorDiv(x, y));
    case BinOp.Mod:
      if (y === 0) throwError(ZeroDivisionError, 'float modulo');
      return newFloat(floatMod(x, y));
    case BinOp.Pow: {
      const r = floatPow(x, y);
      if (r.kind === 'value') return newFloat(r.value);
      if (r.kind === 'zeroDivision') throwError(ZeroDivisionError, r.message);
      if (r.kind === 'overflow') throwError(OverflowError, r.message);
      throwError(ValueError, 'complex numbers are not supported by Memory Lane');
    }
  }
  return NotImplemented;
}

// ---------------------------------------------------------------- binary operators

/**
 * `divmod` of two ints or floats (long_divmod, float_divmod): the floor quotient and
 * the remainder in a new 2-tuple. `divmod()` and `int.__divmod__` / `float.__divmod__`.
 */
export function divmodNumbers(a: PyObject, b: PyObject): PyObject {
  if ((a instanceof PyFloat || b instanceof PyFloat) && Number((b as PyInt).v) === 0) throwError(ZeroDivisionError, 'float divmod()');
  const q = binaryOp(a, b, BinOp.FloorDiv);
  let m: PyObject;
  try {
    m = binaryOp(a, b, BinOp.Mod);
  } catch (e) {
    decref(q);
    throw e;
  }
  return newTuple([q, m]);
}

/** `binaryOp` with `op` fixed, beside divmodNumbers in a type's table of arithmetic dunders (int-methods.ts, float-methods.ts). */
export function binaryOpFor(op: BinOp): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => binaryOp(a, b, op);
}

/** `a op b` (or `a op= b` when inplace). */
export function binaryOp(a: PyObject, b: PyObject, op: BinOp, inplace = false): PyObject {
  // Fast paths for exact builtin strs (first: the interpreter sends ints on a path of their own) and numbers.
  if (a instanceof PyStr && b instanceof PyStr && op === BinOp.Add && a.type.native && b.type.native) {
    // CPython hands back the other operand when one side is empty.
    if (b.v === '') return incref(a);
    if (a.v === '') return incref(b);
    return newStr(a.v + b.v);
  }
  if ((a instanceof PyInt || a instanceof PyLong) && (b instanceof PyInt || b instanceof PyLong)) {
    if (a.type.native && b.type.native && op !== BinOp.MatMul) {
      // bool & | ^ bool stays a bool.
      if (a.type === boolType && b.type === boolType && (op === BinOp.And || op === BinOp.Or || op === BinOp.Xor)) {
        const x = (a as PyInt).v, y = (b as PyInt).v;
        return newBool((op === BinOp.And ? x & y : op === BinOp.Or ? x | y : x ^ y) !== 0);
      }
      return intOp(a, b, op);
    }
  }
  if ((a instanceof PyFloat || b instanceof PyFloat) && a.type.native && b.type.native) {
    const x = toFloatValue(a);
    const y = toFloatValue(b);
    if (x !== null && y !== null && op <= BinOp.Pow) return floatOp(x, y, op);
  }
  if (inplace) {
    const r = inplaceSpecial(a, b, op);
    if (r !== NotImplemented) return r;
  }
  const r = binarySpecial(a, b, op);
  if (r !== NotImplemented) return r;
  const sym = BIN_SYMBOL[op] + (inplace ? '=' : '');
  if (op === BinOp.Add && a instanceof PyStr)
    throwError(TypeError, `can only concatenate str (not "${typeName(b)}") to str`);
  if (op === BinOp.Add && (a instanceof PyList || a instanceof PyTuple) && a.type.native && b.type !== a.type)
    throwError(TypeError, `can only concatenate ${a.type.name} (not "${typeName(b)}") to ${a.type.name}`);
  if (op === BinOp.Pow && !inplace)
    throwError(TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  throwError(TypeError, `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

function inplaceSpecial(a: PyObject, b: PyObject, op: BinOp): PyObject {
  const native = findNative(nativeBinary, a.type);
  if (native !== undefined && a.type.native) {
    const r = native(a, b, op, true);
    if (r !== NotImplemented) return r;
  }
  if (!a.type.native) {
    const r = callSpecial(a, '__i' + BIN_DUNDER[op] + '__', [b]);
    if (r !== null) {
      if (r !== NotImplemented) return r;
      decref(r);
    } else if (native !== undefined) {
      const r2 = native(a, b, op, true);
      if (r2 !== NotImplemented) return r2;
    }
  }
  return NotImplemented;
}

function binarySpecial(a: PyObject, b: PyObject, op: BinOp): PyObject {
  const name = BIN_DUNDER[op];
  const ta = a.type;
  const tb = b.type;
  const userA = !ta.native;
  const userB = !tb.native;
  const bFirst = tb !== ta && tb.isSubtype(ta) && userB && tb.lookup('__r' + name + '__') !== null;
  if (bFirst) {
    const r = callSpecial(b, '__r' + name + '__', [a]);
    if (r !== null && r !== NotImplemented) return r;
    if (r !== null) decref(r);
  }
  const na = findNative(nativeBinary, ta);
  if (userA) {
    const r = callSpecial(a, '__' + name + '__', [b]);
    if (r !== null) {
      if (r !== NotImplemented) return r;
      decref(r);
    } else if (na !== undefined) {
      const r2 = na(a, b, op, false);
      if (r2 !== NotImplemented) return r2;
    }
  } else if (na !== undefined) {
    const r = na(a, b, op, false);
    if (r !== NotImplemented) return r;
  } else if ((a instanceof PyInt || a instanceof PyLong) && (b instanceof PyInt || b instanceof PyLong) && op !== BinOp.MatMul) {
    return intOp(a, b, op);
  } else if (a instanceof PyFloat || a instanceof PyInt || a instanceof PyLong) {
    const x = toFloatValue(a);
    const y = toFloatValue(b);
    if (x !== null && y !== null && op <= BinOp.Pow) return floatOp(x, y, op);
  }
  if (!bFirst && tb !== ta) {
    if (userB) {
      const r = callSpecial(b, '__r' + name + '__', [a]);
      if (r !== null) {
        if (r !== NotImplemented) return r;
        decref(r);
      }
    }
    const nb = findNative(nativeBinary, tb);
    if (nb !== undefined && op === BinOp.Mul) {
      // Sequence repetition is the one reflected native case: 3 * 'ab'.
      const r = nb(b, a, op, false);
      if (r !== NotImplemented) return r;
    }
    if ((b instanceof PyFloat || b instanceof PyInt || b instanceof PyLong) && (a instanceof PyInt || a instanceof PyLong || a instanceof PyFloat) && op <= BinOp.Pow) {
      const x = toFloatValue(a);
      const y = toFloatValue(b);
      if (x !== null && y !== null) return floatOp(x, y, op);
    }
  }
  return NotImplemented;
}

/** Unary operators as the compiler numbers them. */
export const enum UnaryOp {
  Neg,
  Pos,
  Invert,
  Not,
}

/** `-a`, `+a`, `~a`, `not a` (not is handled by the caller through isTrue). */
export function unaryOp(a: PyObject, op: UnaryOp): PyObject {
  // +x on an exact int or float is x itself (long_long, float_float); a bool or subclass gets a copy.
  if (op === UnaryOp.Pos && (a.type === intType || a.type === floatType)) {
    incref(a);
    return a;
  }
  if (a instanceof PyInt && a.type.native) {
    if (op === UnaryOp.Neg) return newInt(-a.v + 0);
    if (op === UnaryOp.Pos) return newInt(a.v);
    if (op === UnaryOp.Invert) return newInt(-a.v - 1);
  }
  if (a instanceof PyInt || a instanceof PyLong) {
    const v = intValueBig(a);
    if (op === UnaryOp.Neg) return newIntBig(-v);
    if (op === UnaryOp.Pos) return newIntBig(v);
    if (op === UnaryOp.Invert) return newIntBig(-v - 1n);
  }
  if (a instanceof PyFloat) {
    if (op === UnaryOp.Neg) return newFloat(-a.v);
    if (op === UnaryOp.Pos) return newFloat(a.v);
  }
  const name = op === UnaryOp.Neg ? '__neg__' : op === UnaryOp.Pos ? '__pos__' : '__invert__';
  const r = a.type.native ? null : callSpecial(a, name, []);
  if (r !== null) return r;
  const sym = op === UnaryOp.Neg ? '-' : op === UnaryOp.Pos ? '+' : '~';
  throwError(TypeError, `bad operand type for unary ${sym}: '${typeName(a)}'`);
}

// ---------------------------------------------------------------- comparison

function numCompare(x: number | bigint, y: number | bigint, op: CmpOp): boolean {
  switch (op) {
    case CmpOp.Lt:
      return x < y;
    case CmpOp.Le:
      return x <= y;
    case CmpOp.Eq:
      return x == y;
    case CmpOp.Ne:
      return x != y;
    case CmpOp.Gt:
      return x > y;
    default:
      return x >= y;
  }
}

function numValue(o: PyObject): number | bigint | null {
  if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyLong) return o.v;
  return null;
}

/** `a op b` for comparisons; a new reference (usually a bool). */
export function richCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  const x = numValue(a);
  if (x !== null) {
    const y = numValue(b);
    if (y !== null && a.type.native && b.type.native) {
      if (typeof x === 'number' && typeof y === 'number') return newBool(numCompare(x, y, op));
      return newBool(mixedCompare(x, y, op));
    }
  }
  if (a instanceof PyStr && b instanceof PyStr && a.type.native && b.type.native) return newBool(strCompare(a.v, b.v, op));
  // PyObject_RichCompare's recursion check (3.11's specialised int/float/str compares above skip it).
  enterRecursiveCall(IN_COMPARISON);
  try {
    return objectCompare(a, b, op);
  } finally {
    leaveRecursiveCall();
  }
}

/** do_richcompare: the reflected method first for a subclass, then each side's slot, then identity for == and !=. */
function objectCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  const ta = a.type;
  const tb = b.type;
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta) && !tb.native && tb.lookup(CMP_DUNDER[CMP_SWAP[op]]) !== null) {
    checkedReverse = true;
    const r = compareSlot(b, a, CMP_SWAP[op]);
    if (r !== NotImplemented) return r;
  }
  const r = compareSlot(a, b, op);
  if (r !== NotImplemented) return r;
  if (!checkedReverse) {
    const r2 = compareSlot(b, a, CMP_SWAP[op]);
    if (r2 !== NotImplemented) return r2;
  }
  if (op === CmpOp.Eq) return newBool(a === b);
  if (op === CmpOp.Ne) return newBool(a !== b);
  throwError(
    TypeError,
    `'${CMP_SYMBOL[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

function mixedCompare(x: number | bigint, y: number | bigint, op: CmpOp): boolean {
  // An infinity is beyond every int (even one too large for a double); NaN compares unequal.
  if (typeof x === 'number' && !Number.isFinite(x)) return x !== x ? op === CmpOp.Ne : numCompare(x > 0 ? 1 : -1, 0, op);
  if (typeof y === 'number' && !Number.isFinite(y)) return y !== y ? op === CmpOp.Ne : numCompare(0, y > 0 ? 1 : -1, op);
  if (typeof x === 'number' && !Number.isInteger(x)) {
    const fx = Math.floor(x);
    const yb = BigInt(y as bigint);
    // x is not integral: compare floor(x) + 0.5 against y.
    if (op === CmpOp.Eq) return false;
    if (op === CmpOp.Ne) return true;
    return numCompare(BigInt(fx) * 2n + 1n, yb * 2n, op);
  }
  if (typeof y === 'number' && !Number.isInteger(y)) return mixedCompare(y, x, CMP_SWAP[op]);
  return numCompare(BigInt(x), BigInt(y), op);
}

function strCompare(x: string, y: string, op: CmpOp): boolean {
  if (op === CmpOp.Eq) return x === y;
  if (op === CmpOp.Ne) return x !== y;
  // Compare by code point, not UTF-16 unit.
  let c = 0;
  if (x !== y) {
    const n = Math.min(x.length, y.length);
    let i = 0;
    while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
    if (i === n) c = x.length - y.length;
    else c = (x.codePointAt(i) ?? 0) - (y.codePointAt(i) ?? 0);
  }
  switch (op) {
    case CmpOp.Lt:
      return c < 0;
    case CmpOp.Le:
      return c <= 0;
    case CmpOp.Gt:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** The six rich comparison methods: a class of the program defining any of them has slot_tp_richcompare as its tp_richcompare. */
const RICH_COMPARISONS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** True when a class of the program in t's MRO defines a comparison method (update_one_slot gives t slot_tp_richcompare). */
function hasSlotCompare(t: PyType): boolean {
  return t.mro.some((c) => !c.native && RICH_COMPARISONS.some((name) => c.dict.has(name)));
}

/**
 * object_richcompare reached through slot_tp_richcompare, which calls object's slot
 * wrapper (`object.__ne__`): no vectorcall, so _PyObject_MakeTpCall packs (self, other)
 * and wrapperdescr_call slices self off, two tuples alive through the call (after a
 * full collection emptied the free lists, each is counted in generation 0). `!=`
 * then asks the type's comparison for `==` again, through the same slot.
 */
function objectCompareThroughSlot(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  return packedCall(2, 0, () =>
    withHiddenTuple(1, () => {
      if (op === CmpOp.Eq) return incref(a === b ? True : NotImplemented);
      if (op !== CmpOp.Ne) return incref(NotImplemented);
      const r = compareSlot(a, b, CmpOp.Eq);
      if (r === NotImplemented) return r;
      const v = truthOf(r);
      decref(r);
      return newBool(!v);
    }),
  );
}

function compareSlot(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  const t = a.type;
  if (!t.native) {
    const m = t.lookup(CMP_DUNDER[op]);
    if (m !== null && !(m as { isObjectDefault?: boolean }).isObjectDefault) {
      const r = callSpecial(a, CMP_DUNDER[op], [b])!;
      if (r !== NotImplemented) return r;
      decref(r);
      return NotImplemented;
    }
    if (m !== null && hasSlotCompare(t)) return objectCompareThroughSlot(a, b, op);
    if (op === CmpOp.Ne && t.lookup('__eq__') !== null) {
      const r = callSpecial(a, '__eq__', [b])!;
      if (r === NotImplemented) {
        decref(r);
        return NotImplemented;
      }
      const v = truthOf(r);
      decref(r);
      return newBool(!v);
    }
  }
  const native = findNative(nativeCompare, t);
  if (native !== undefined) return native(a, b, op);
  return NotImplemented;
}

let truthOf: (o: PyObject) => boolean = (o) => o === True;
/** Installs the truth test (abstract.isTrue) to avoid a cycle. */
export function setTruth(fn: (o: PyObject) => boolean): void {
  truthOf = fn;
}

/** `a == b` as a JS boolean (identity first, as containers do). */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (a instanceof PyInt && b instanceof PyInt) return a.v === b.v;
  if (a instanceof PyStr && b instanceof PyStr) return a.v === b.v;
  const r = richCompare(a, b, CmpOp.Eq);
  if (r === True) {
    decref(r);
    return true;
  }
  if (r === False) {
    decref(r);
    return false;
  }
  const v = truthOf(r);
  decref(r);
  return v;
}

/** `a < b` as a JS boolean (sorting, min, max). */
export function lessThan(a: PyObject, b: PyObject): boolean {
  if (a instanceof PyInt && b instanceof PyInt && a.type.native && b.type.native) return a.v < b.v;
  const r = richCompare(a, b, CmpOp.Lt);
  const v = r === True ? true : r === False ? false : truthOf(r);
  decref(r);
  return v;
}

// ---------------------------------------------------------------- hash, repr, str

/**
 * hash(o) through a user class's own __hash__ (slot_tp_hash), exactly; null
 * when the class does not define one. A result that fits a Py_ssize_t is the
 * hash as it is; a bigger int is hashed as an int; -1 becomes -2.
 */
export function userHash(o: PyObject): PyHash | null {
  const t = o.type;
  if (t.native) return null;
  const h = t.lookup('__hash__');
  if (h === None) throwError(TypeError, `unhashable type: '${t.name}'`);
  if (h === null || (h instanceof PyMethodDescr && h.isObjectDefault)) return null;
  const r = callSpecial(o, '__hash__', [])!;
  try {
    if (r instanceof PyInt) return r.v === -1 ? -2 : r.v;
    if (r instanceof PyLong) return r.v >= -(2n ** 63n) && r.v < 2n ** 63n ? r.v : hashInt(r.v);
    throwError(TypeError, '__hash__ method should return an integer');
  } finally {
    decref(r);
  }
}

/** `hash(o)` as a JS number. */
export function hashOf(o: PyObject): number {
  const t = o.type;
  if (!t.native) {
    const user = userHash(o);
    if (user !== null) return Number(user);
    if (t.lookup('__eq__') !== null && t.dict.has('__eq__') && !t.dict.has('__hash__'))
      throwError(TypeError, `unhashable type: '${t.name}'`);
  }
  const native = findNative(nativeHash, t);
  if (native !== undefined) return native(o);
  if (lookupSpecial(o, '__hash__') === None) throwError(TypeError, `unhashable type: '${t.name}'`);
  return Math.floor(o.addr / 16);
}

const reprActive = new Set<PyObject>();

/** Runs a container's repr with CPython's recursion guard (`[...]`, `{...}`). */
export function reprGuard(o: PyObject, inner: () => string, cycle: string): string {
  firstReprEnter();
  if (reprActive.has(o)) return cycle;
  reprActive.add(o);
  try {
    return inner();
  } finally {
    reprActive.delete(o);
  }
}

/** `repr(o)` as a JS string (PyObject_Repr, with its recursion check). */
export function repr(o: PyObject): string {
  enterRecursiveCall(IN_REPR);
  try {
    return reprSlot(o);
  } finally {
    leaveRecursiveCall();
  }
}

/**
 * The type's tp_repr called directly, as object_str does (no recursion check of its
 * own); `asked` names the method in the error for a result that is not a str
 * (PyObject_Str checks what it got under `__str__`'s name).
 */
function reprSlot(o: PyObject, asked = '__repr__'): string {
  const t = o.type;
  if (userRepr(t) !== null) return callText(o, '__repr__', asked);
  const native = findNative(nativeRepr, t);
  if (native !== undefined) return native(o);
  return defaultRepr(o);
}

/** `<__main__.Node object at 0x7f...>` */
export function defaultRepr(o: PyObject): string {
  const t = o.type;
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${qualName(t)} object at 0x${o.addr.toString(16)}>`;
}

/** The qualified name of a class (nested classes print `Outer.Inner`). */
export function qualName(t: PyType): string {
  return (t as PyType & { qualname?: string }).qualname ?? t.name;
}

function callText(o: PyObject, name: string, asked = name): string {
  const r = callSpecial(o, name, [])!;
  try {
    if (!(r instanceof PyStr)) throwError(TypeError, `${asked} returned non-string (type ${r.type.name})`);
    return r.v;
  } finally {
    decref(r);
  }
}

/** The __repr__ a class of the program defines (not object's), or null. */
export function userRepr(t: PyType): PyObject | null {
  if (t.native) return null;
  const m = t.lookup('__repr__');
  return m !== null && !(m as { isObjectDefault?: boolean }).isObjectDefault ? m : null;
}

/** Calls `o`'s `name` method under the recursion check `where`, for the str it must return (checked under `asked`'s name). */
function callForStr(o: PyObject, name: string, where: string, asked: string): PyStr {
  enterRecursiveCall(where);
  let r: PyObject;
  try {
    r = callSpecial(o, name, [])!;
  } finally {
    leaveRecursiveCall();
  }
  if (!(r instanceof PyStr)) {
    try {
      throwError(TypeError, `${asked} returned non-string (type ${r.type.name})`);
    } finally {
      decref(r);
    }
  }
  return r;
}

/**
 * PyObject_Repr of an instance whose class defines `__repr__`: the str object it
 * returned (a new reference, the very object), or null when its class does not.
 */
export function userReprObject(o: PyObject): PyStr | null {
  return userRepr(o.type) === null ? null : callForStr(o, '__repr__', IN_REPR, '__repr__');
}

/** The __str__ a class of the program defines (not object's), or null. */
export function userStr(t: PyType): PyObject | null {
  if (t.native) return null;
  const m = t.lookup('__str__');
  return m !== null && !(m as { isObjectDefault?: boolean }).isObjectDefault ? m : null;
}

/**
 * PyObject_Str of an instance whose class defines `__str__`, or only `__repr__`
 * (object_str calls tp_repr): the str object that returned (a new reference, the very
 * object: `return self.name` gives self.name), or null when its class defines neither.
 */
export function userStrObject(o: PyObject): PyStr | null {
  // (A str subclass's text is its own, as `str` below takes it.)
  if (o instanceof PyStr) return null;
  const t = o.type;
  const name = userStr(t) !== null ? '__str__' : userRepr(t) !== null ? '__repr__' : null;
  return name === null ? null : callForStr(o, name, IN_STR, '__str__');
}

/** `str(o)` as a JS string. */
export function str(o: PyObject): string {
  if (o instanceof PyStr) return o.v;
  // PyObject_Str's recursion check; object_str then calls tp_repr without one.
  enterRecursiveCall(IN_STR);
  try {
    const t = o.type;
    if (!t.native) return userStr(t) !== null ? callText(o, '__str__') : reprSlot(o, '__str__');
    const native = findNative(nativeStr, t);
    if (native !== undefined) return native(o);
    return reprSlot(o);
  } finally {
    leaveRecursiveCall();
  }
}

/** Raised-exception-safe check: does a JS value carry a Python exception? */
export function isPyThrow(e: unknown): e is PyThrow {
  return e instanceof PyThrow;
}

export { hasUserSpecial };
