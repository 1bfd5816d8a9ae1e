/**
 * The attribute table inside an instance (CPython 3.11's split keys with
 * inline values): the class keeps one list of attribute names in the order
 * its instances first received them, and an instance whose own insertion
 * order follows that list shares it and stores only its values. An instance
 * that departs from the class order (a delete, or names set in another
 * order) gets its own name list, as CPython's dict then does.
 *
 * Invariants: `names[0..n)` are this instance's names in its insertion order
 * and `vals[i]` is the (strong) value of `names[i]`; while `shared`, `names`
 * is the class's list; every name here is also in the class's list.
 */
import type { PyObject } from '../object';

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

/** Above this many names a look-up goes through a Map instead of a scan. */
const SCAN_LIMIT = 16;

/** An instance's attributes; stores references, the caller counts them. */
export class AttrTable implements AttrStore {
  private names: string[];
  private n = 0;
  private vals: PyObject[] = [];
  private shared = true;
  private index: Map<string, number> | null = null;

  constructor(
    /** The class's first-set order of attribute names (types/instance.ts sharedKeys). */
    private readonly classKeys: string[],
  ) {
    this.names = classKeys;
  }

  get size(): number {
    return this.n;
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
    const i = this.find(name);
    return i < 0 ? undefined : this.vals[i];
  }

  has(name: string): boolean {
    return this.find(name) >= 0;
  }

  set(name: string, v: PyObject): this {
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
    this.vals.push(v);
    this.n = n + 1;
    if (this.index !== null) this.index.set(name, n);
    return this;
  }

  delete(name: string): boolean {
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
    const { names, vals, n, shared } = this;
    this.names = this.classKeys;
    this.shared = true;
    this.vals = [];
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
    for (let i = 0; i < this.n; i++) yield this.names[i];
  }

  *values(): IterableIterator<PyObject> {
    for (let i = 0; i < this.n; i++) yield this.vals[i];
  }

  *[Symbol.iterator](): IterableIterator<[string, PyObject]> {
    for (let i = 0; i < this.n; i++) yield [this.names[i], this.vals[i]];
  }
}
