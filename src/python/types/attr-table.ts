/**
 * The attribute table inside an instance (CPython 3.11's split keys with
 * inline values): the class keeps one list of attribute names in the order
 * its instances first received them, and an instance whose own insertion
 * order follows that list shares it and stores only its values. An instance
 * that departs from the class order (a delete, or names set in another
 * order) gets its own name list, as CPython's dict then does.
 *
 * Once a program asks for the instance's `__dict__` (vars(o), o.__dict__),
 * the values move into a real dict object, as CPython then materialises one,
 * and the table forwards every operation to it (`dict`).
 *
 * Invariants: `names[0..n)` are this instance's names in its insertion order
 * and `vals[i]` is the (strong) value of `names[i]`; while `shared`, `names`
 * is the class's list; every name here is also in the class's list. With a
 * `dict`, the table itself is empty and holds one reference to the dict.
 */
import { counted, decref } from '../memory';
import type { PyObject } from '../object';
import { newDict, type PyDict } from './dict';
import { intern, PyStr } from './str';

/** What the VM needs from an attribute store (a Map<string, PyObject> also fits). */
export interface AttrStore {
  get(name: string): PyObject | undefined;
  set(name: string, v: PyObject): unknown;
  has(name: string): boolean;
  delete(name: string): boolean;
  readonly size: number;
  keys(): IterableIterator<string>;
  values(): IterableIterator<PyObject>;
  [Symbol.iterator](): IterableIterator<[string, PyObject]>;
}

/** The values of a table with none: shared, never written (set() replaces it first). */
const NO_VALUES: PyObject[] = [];

/** Above this many names a look-up goes through a Map instead of a scan. */
const SCAN_LIMIT = 16;

/** An instance's attributes; stores references, the caller counts them. */
export class AttrTable implements AttrStore {
  private names: string[];
  private n = 0;
  private vals: PyObject[] = NO_VALUES;
  private shared = true;
  private index: Map<string, number> | null = null;
  /** The materialised `__dict__`, once asked for (a strong reference). */
  dict: PyDict | null = null;

  constructor(
    /** The class's first-set order of attribute names (types/instance.ts sharedKeys). */
    private readonly classKeys: string[],
  ) {
    this.names = classKeys;
  }

  get size(): number {
    return this.dict !== null ? this.dict.used : this.n;
  }

  /**
   * The instance's `__dict__` (borrowed): made on first request from the
   * values, which move into it; afterwards the table forwards to it.
   */
  materialize(): PyDict {
    if (this.dict !== null) return this.dict;
    const d = newDict();
    for (let i = 0; i < this.n; i++) {
      const key = intern(this.names[i]);
      d.set(key, this.vals[i]);
      decref(key);
      decref(this.vals[i]);
    }
    this.names = this.classKeys;
    this.shared = true;
    this.vals = NO_VALUES;
    this.n = 0;
    this.index = null;
    d.slotOrder = this.classKeys;
    this.dict = d;
    return d;
  }

  /** Position of name, or -1. */
  private find(name: string): number {
    const n = this.n;
    if (n > SCAN_LIMIT) {
      if (this.index === null) {
        this.index = new Map();
        for (let i = 0; i < n; i++) this.index.set(this.names[i], i);
      }
      const i = this.index.get(name);
      return i === undefined ? -1 : i;
    }
    const names = this.names;
    for (let i = 0; i < n; i++) if (names[i] === name) return i;
    return -1;
  }

  get(name: string): PyObject | undefined {
    if (this.dict !== null) return this.dict.getStr(name) ?? undefined;
    const i = this.find(name);
    return i < 0 ? undefined : this.vals[i];
  }

  has(name: string): boolean {
    if (this.dict !== null) return this.dict.indexOfStr(name) >= 0;
    return this.find(name) >= 0;
  }

  set(name: string, v: PyObject): this {
    if (this.dict !== null) {
      // The caller's reference to v moves in; the old value's goes back to the caller (who reads it first and releases it).
      const d = this.dict;
      const at = d.indexOfStr(name);
      if (at >= 0) d.replaceAt(at, v);
      else {
        if (!this.classKeys.includes(name)) this.classKeys.push(name);
        const key = intern(name);
        d.set(key, v);
        decref(key);
        v.rc--;
        counted(v);
      }
      return this;
    }
    const i = this.find(name);
    if (i >= 0) {
      this.vals[i] = v;
      return this;
    }
    const n = this.n;
    if (this.shared) {
      const keys = this.classKeys;
      if (keys.length === n) keys.push(name); // a name the class has not seen: it takes the next slot
      else if (keys[n] !== name) this.unshare();
    }
    if (!this.shared) {
      if (!this.classKeys.includes(name)) this.classKeys.push(name);
      this.names.push(name);
    }
    // The first value sizes the array for every name the class has seen (an
    // instance usually gets them all), instead of push's larger first growth.
    if (this.vals === NO_VALUES) this.vals = new Array(Math.max(this.classKeys.length, 1));
    if (n < this.vals.length) this.vals[n] = v;
    else this.vals.push(v);
    this.n = n + 1;
    if (this.index !== null) this.index.set(name, n);
    return this;
  }

  delete(name: string): boolean {
    if (this.dict !== null) {
      const at = this.dict.indexOfStr(name);
      if (at < 0) return false;
      const [k] = this.dict.removeAt(at); // the value's reference goes to the caller, as get() showed it
      decref(k);
      return true;
    }
    const i = this.find(name);
    if (i < 0) return false;
    if (this.shared) this.unshare();
    this.names.splice(i, 1);
    this.vals.splice(i, 1);
    this.n--;
    this.index = null;
    return true;
  }

  /** Takes a private copy of the names (the instance's order now differs from the class's). */
  private unshare(): void {
    this.names = this.names.slice(0, this.n);
    this.shared = false;
  }

  /** Visits the values as the collector does (tp_traverse order, no labels): the dict when materialised, else each value. */
  visitValues(visit: (child: PyObject, label: string) => void): void {
    if (this.dict !== null) {
      visit(this.dict, '__dict__');
      return;
    }
    const vals = this.vals;
    for (let i = 0; i < this.n; i++) visit(vals[i], '');
  }

  /** Name at position i (0 <= i < size), in insertion order. */
  nameAt(i: number): string {
    return this.names[i];
  }

  /** Value at position i (0 <= i < size). */
  valueAt(i: number): PyObject {
    return this.vals[i];
  }

  /**
   * Empties the table, then releases the values in the class's slot order
   * (the order CPython frees an instance's inline values in).
   */
  drain(release: (v: PyObject) => void): void {
    if (this.dict !== null) {
      const d = this.dict;
      this.dict = null;
      release(d);
      return;
    }
    const { names, vals, n, shared } = this;
    this.names = this.classKeys;
    this.shared = true;
    this.vals = NO_VALUES;
    this.n = 0;
    this.index = null;
    if (shared) {
      for (let i = 0; i < n; i++) release(vals[i]);
      return;
    }
    for (const k of this.classKeys) {
      const i = names.indexOf(k);
      if (i >= 0 && i < n) release(vals[i]);
    }
  }

  *keys(): IterableIterator<string> {
    for (const [k] of this) yield k;
  }

  *values(): IterableIterator<PyObject> {
    for (const [, v] of this) yield v;
  }

  *[Symbol.iterator](): IterableIterator<[string, PyObject]> {
    if (this.dict !== null) {
      for (const [k, v] of this.dict.entries()) if (k instanceof PyStr) yield [k.v, v];
      return;
    }
    for (let i = 0; i < this.n; i++) yield [this.names[i], this.vals[i]];
  }
}
