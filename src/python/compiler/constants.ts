/**
 * The file's constants, in CPython's order: the parser makes an object per literal
 * and the AST optimizer folds constant expressions into new objects, all kept by the
 * parser arena for the whole run (`arena`); compiling a constant then merges it into
 * the file's const cache (merge_consts_recursive), whose own references last only
 * while compiling (`compileRefs`). So a folded operand is never merged: in
 * `u = 3.0 * (2.0, 11.5)[1]` the 11.5 is the arena's alone.
 *
 * Invariants: each expression node is folded once (`folds`); every object the arena
 * holds has one reference from it until `handOver`; the cache holds one reference to
 * each constant it maps until `handOver`.
 */
import type * as A from '../ast';
import type { PyObject } from '../object';
import { decref, incref } from '../memory';
import { getItem, isTrue } from '../abstract';
import { binaryOp, BinOp, unaryOp, UnaryOp } from '../ops';
import type { PyThrow } from '../errors';
import { newFloat, PyFloat } from '../types/float';
import { False, newIntBig, PyInt, PyLong, True } from '../types/int';
import { Ellipsis, None } from '../types/none';
import { intern, newStr, PyStr } from '../types/str';
import { emptyTuple, newTuple, PyTuple } from '../types/tuple';
import { PySet } from '../types/set';

/** Binary operators by their AST spelling. */
export const BINOPS: Record<A.BinOperator, BinOp> = {
  '+': BinOp.Add,
  '-': BinOp.Sub,
  '*': BinOp.Mul,
  '/': BinOp.TrueDiv,
  '//': BinOp.FloorDiv,
  '%': BinOp.Mod,
  '**': BinOp.Pow,
  '<<': BinOp.LShift,
  '>>': BinOp.RShift,
  '&': BinOp.And,
  '|': BinOp.Or,
  '^': BinOp.Xor,
  '@': BinOp.MatMul,
};

/** Identifier-like: such a str constant is interned. */
export const IDENT = /^[A-Za-z0-9_]*$/;

/** The folding and merging of one file's constants. */
export class Constants {
  /** merge_consts_recursive's cache: the file's constant per value (kept by compileRefs while compiling). */
  private constCache = new Map<string, PyObject>();
  /** The cache's references, released when compiling ends (c_const_cache). */
  private compileRefs: PyObject[] = [];
  /** The parser arena: one reference to each literal's object and each folded value, for the whole run. */
  private arena: PyObject[] = [];
  /** What each expression node folded to (borrowed from the arena), or null. */
  private folds = new Map<A.Expr, PyObject | null>();

  /** Gives the arena's references to `out` (released when the run ends), and drops the cache's. */
  handOver(out: PyObject[]): void {
    for (const o of this.arena) out.push(o);
    this.arena = [];
    this.folds.clear();
    this.constCache.clear();
    const refs = this.compileRefs;
    this.compileRefs = [];
    for (const o of refs) decref(o);
  }

  /**
   * The value the AST optimizer gives `e` (borrowed: the arena keeps it), or null
   * when it does not fold. Each node folds once, as ast_opt visits it once, however
   * often the compiler asks (a `finally` body is compiled twice; a failed fold is
   * asked again for its operands).
   */
  fold(e: A.Expr): PyObject | null {
    let v = this.folds.get(e);
    if (v === undefined) {
      v = this.foldNode(e);
      this.folds.set(e, v);
    }
    return v;
  }

  private foldNode(e: A.Expr): PyObject | null {
    switch (e.kind) {
      case 'Constant':
        return this.literal(e.value);
      case 'UnaryOp': {
        const v = this.fold(e.operand);
        if (v === null) return null;
        if (e.op === 'not') return this.toArena(incref(isTrue(v) ? False : True));
        if (!(v instanceof PyInt || v instanceof PyLong || v instanceof PyFloat)) return null;
        return this.tryArena(() => unaryOp(v, e.op === '-' ? UnaryOp.Neg : e.op === '+' ? UnaryOp.Pos : UnaryOp.Invert));
      }
      case 'BinOp': {
        const a = this.fold(e.left);
        const b = a === null ? null : this.fold(e.right);
        if (a === null || b === null || !this.safeToFold(a, b, e.op)) return null;
        return this.tryArena(() => binaryOp(a, b, BINOPS[e.op]));
      }
      case 'Subscript': {
        // fold_subscr: a constant indexed by a constant (`(1000, 2000)[1]`, `"abc"[0]`; a slice is no constant).
        if (e.ctx !== 'load') return null;
        const v = this.fold(e.value);
        const k = v === null ? null : this.fold(e.slice);
        if (v === null || k === null) return null;
        return this.tryArena(() => getItem(v, k));
      }
      case 'Tuple': {
        // fold_tuple: a tuple of the parser's own objects (merged only if it is compiled).
        if (e.ctx !== 'load' || e.elts.some((x) => x.kind === 'Starred')) return null;
        const items = e.elts.map((x) => this.fold(x));
        if (items.some((x) => x === null)) return null;
        if (items.length === 0) return emptyTuple;
        return this.toArena(newTuple(items.map((x) => incref(x!))));
      }
      default:
        return null;
    }
  }

  /** make_const: the arena keeps the new value (a new reference). */
  toArena(o: PyObject): PyObject {
    this.arena.push(o);
    return o;
  }

  /** Folds by running `op`; an error it raises means no fold (make_const clears it). */
  private tryArena(op: () => PyObject): PyObject | null {
    try {
      return this.toArena(op());
    } catch (err) {
      if (err instanceof Error) throw err;
      (err as PyThrow).drop();
      return null;
    }
  }

  /** The object the parser makes for one literal, kept by the arena (borrowed); null for what cannot be a constant here. */
  private literal(v: A.ConstantValue): PyObject | null {
    switch (v.type) {
      case 'None':
        return None;
      case 'bool':
        return v.value ? True : False;
      case 'Ellipsis':
        return Ellipsis;
      case 'int':
        return this.toArena(newIntBig(BigInt(v.value)));
      case 'float':
        return this.toArena(newFloat(v.value));
      case 'str':
        return this.toArena(newStr(v.value));
      case 'complex':
      case 'bytes':
        return null;
    }
  }


  /** Cache key of a constant object, or null when it cannot be merged. */
  private keyOf(o: PyObject): string | null {
    if (o === None || o === True || o === False || o === Ellipsis) return null;
    if (o instanceof PyInt || o instanceof PyLong) return 'i' + String(o.v);
    if (o instanceof PyFloat) return 'f' + (Object.is(o.v, -0) ? '-0' : String(o.v));
    if (o instanceof PyStr) return 's' + o.v;
    if (o instanceof PySet) {
      // Equal frozenset constants merge into the first one built (merge_consts_recursive).
      const parts: string[] = [];
      for (const x of o.table.keys())
        parts.push(this.keyOf(x) ?? (x === None ? 'N' : x === True ? 'T' : x === False ? 'F' : x === Ellipsis ? 'E' : '?' + x.addr));
      return 'fs(' + parts.sort().join(',') + ')';
    }
    if (o instanceof PyTuple) {
      const parts = o.items.map((x) => this.keyOf(x) ?? (x === None ? 'N' : x === True ? 'T' : x === False ? 'F' : '?'));
      return 't(' + parts.join(',') + ')';
    }
    return null;
  }

  /**
   * merge_consts_recursive: the file's constant equal to `o` (borrowed), `o` itself the
   * first time; a new constant tuple's items become the file's constants in place.
   */
  merge(o: PyObject): PyObject {
    const key = this.keyOf(o);
    if (key === null) return o;
    const existing = this.constCache.get(key);
    if (existing !== undefined) return existing;
    let c = o;
    if (o instanceof PyStr && IDENT.test(o.v) && o.v.length <= 4096) {
      // The code object interns identifier-like strings among its constants.
      c = intern(o.v);
      this.compileRefs.push(c);
    } else this.compileRefs.push(incref(o));
    if (c instanceof PyTuple) {
      for (let k = 0; k < c.items.length; k++) {
        const item = c.items[k]!;
        if (this.keyOf(item) === null) continue;
        const merged = this.merge(item);
        if (merged !== item) {
          c.items[k] = incref(merged);
          decref(item);
        }
      }
    }
    this.constCache.set(key, c);
    return c;
  }

  /** Merges a constant the compiler itself built (a new reference, given up): CPython's ADDOP_LOAD_CONST_NEW. */
  mergeNew(o: PyObject): PyObject {
    const c = this.merge(o);
    decref(o);
    return c;
  }

  /** A constant tuple the compiler builds from folded items (their merged constants), merged. */
  tuple(items: ReadonlyArray<PyObject>): PyObject {
    return this.mergeNew(newTuple(items.map((x) => incref(this.merge(x)))));
  }

  /** CPython's ast_opt limits: no folding into ints over 128 bits or strings over 4096 characters. */
  private safeToFold(a: PyObject, b: PyObject, op: A.BinOperator): boolean {
    const isInt = (o: PyObject): o is PyInt | PyLong => o instanceof PyInt || o instanceof PyLong;
    const bits = (o: PyInt | PyLong): number => {
      const v = typeof o.v === 'number' ? BigInt(o.v) : o.v;
      return (v < 0n ? -v : v).toString(2).replace(/^0$/, '').length;
    };
    const num = (o: PyObject) => isInt(o) || o instanceof PyFloat;
    if (num(a) && num(b)) {
      if (op === '@') return false;
      if (isInt(a) && isInt(b)) {
        if (op === '**') {
          const e = Number(b.v);
          if (e < 0) return true;
          return e === 0 || bits(a) <= Math.floor(128 / e);
        }
        if (op === '*') return bits(a) + bits(b) <= 128;
        if (op === '<<') {
          const sh = Number(b.v);
          return sh >= 0 && bits(a) <= 128 && sh <= 128 && bits(a) + sh <= 128;
        }
      }
      return true;
    }
    if (a instanceof PyStr && b instanceof PyStr && op === '+') return a.v.length + b.v.length <= 4096;
    if (a instanceof PyTuple && b instanceof PyTuple && op === '+') return a.items.length + b.items.length <= 256;
    if (op !== '*') return false;
    // safe_multiply: a str up to 4096 characters, a tuple up to 256 items and 1024 nested items.
    const [n, seq] = a instanceof PyInt ? [a.v, b] : b instanceof PyInt ? [b.v, a] : [0, null];
    if (seq instanceof PyStr) return seq.v.length === 0 || (n >= 0 && n <= Math.floor(4096 / seq.v.length));
    if (seq instanceof PyTuple) {
      const size = seq.items.length;
      if (size === 0) return true;
      if (n < 0 || n > Math.floor(256 / size)) return false;
      return n === 0 || nestedItemsWithin(seq, Math.floor(1024 / n)) >= 0;
    }
    return false;
  }
}

/** check_complexity of CPython's AST optimizer: `limit` less the items of `o`'s nested tuples (negative: too many). */
function nestedItemsWithin(o: PyObject, limit: number): number {
  if (!(o instanceof PyTuple)) return limit;
  limit -= o.items.length;
  for (let i = 0; limit >= 0 && i < o.items.length; i++) limit = nestedItemsWithin(o.items[i]!, limit);
  return limit;
}
