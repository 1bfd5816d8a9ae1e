/**
 * dict: insertion-ordered mapping with strong references to keys and values.
 *
 * Layout: parallel `keys`/`values` arrays in insertion order and an index from
 * key to entry. A deleted entry leaves a hole (null) until an insert makes
 * CPython's key table resize (modelled by `sizing`), so entry positions, which
 * iterators walk, are the ones CPython's dk_entries has.
 * Keys CPython compares by value take a fast index (str by text, numbers by
 * numeric value so 1, 1.0 and True are one key, bigints by value); objects
 * with identity equality take an identity index; the rest (tuples, user
 * classes with __eq__/__hash__) go through `hash`/`==` hooks into buckets.
 *
 * Invariants: `used` counts live entries; `version` changes on every insert or
 * delete so iterators can detect "changed size during iteration"; a dict is
 * GC-tracked only once it holds a value that could be part of a cycle
 * (CPython's MAINTAIN_TRACKING), which gc.is_tracked shows.
 */
import { FreeList } from '../free-lists';
import { strRepr } from '../text/str-repr';
import {
  dictClear,
  dictDelete,
  dictInsertNew,
  dictPopItem,
  dictReplace,
  newDictSizing,
  type DictSizing,
} from '../collections/dict-sizing';
import { born, decref, incref, touch, touchItems } from '../memory';
import { Flag, PyObject, type Visit } from '../object';
import { PyFloat } from './float';
import { PyInt, PyLong } from './int';
import { PyStr, strType } from './str';
import { newBuiltinType } from './type';

/** Hooks from the runtime for keys without a fast index (set once by abstract.ts). */
export const dictHooks = {
  /** hash(o) as a JS number (may run Python code, may throw). */
  hash: (_o: PyObject): number => 0,
  /** a == b (may run Python code, may throw). */
  eq: (_a: PyObject, _b: PyObject): boolean => false,
  /** True when o compares and hashes by identity (no custom __eq__/__hash__). */
  identityKey: (_o: PyObject): boolean => true,
  /** Starts following a dict in the collector. */
  track: (_o: PyObject): void => {},
  /** True when o is of a type that can take part in a cycle (is or may become tracked). */
  mayBeTracked: (_o: PyObject): boolean => false,
};

/** `dict`. */
export const dictType = newBuiltinType('dict', undefined, {
  basicSize: 48,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const d = o as PyDict;
      const keys = d.keys;
      const values = d.values;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === null) continue;
        visit(k, 'key');
        visit(values[i]!, keyLabel(k));
      }
    },
    clear(o: PyObject) {
      (o as PyDict).clearAll();
    },
  },
});
/** Exact dicts are kept in CPython's free list (free-lists.ts). */
dictType.freeList = FreeList.Dict;

/** Arrow labels of str keys, made once per key object (the trace draws the same dicts at every step). */
const strKeyLabels = new WeakMap<PyStr, string>();

/** The label of the arrow from a dict to the value of key `k` (a str key's repr, an int's digits, else `value`). */
export function keyLabel(k: PyObject): string {
  if (k instanceof PyStr) {
    let label = strKeyLabels.get(k);
    if (label === undefined) strKeyLabels.set(k, (label = strRepr(k.v)));
    return label;
  }
  if (k instanceof PyInt) return String(k.v);
  return 'value';
}

/** Source of dict versions: unique across dicts, so a cached (dict, version) pair cannot match another dict. */
let dictVersions = 0;

/** A dict object. */
export class PyDict extends PyObject {
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  used = 0;
  version = 0;
  /** CPython's key-table state (size, layout, entries), which sys.getsizeof reports. */
  sizing: DictSizing = newDictSizing();
  private strIndex: Map<string, number> | null = null;
  private numIndex: Map<number | bigint, number> | null = null;
  private idIndex: Map<PyObject, number> | null = null;
  private hashIndex: Map<number, number[]> | null = null;
  /** hash(key) of entries on the hash path (parallel to keys), so moving or deleting them never calls __hash__ again. */
  private hashes: number[] = [];
  /** The hash the last find() computed for a hash-path key (CPython hashes a key once per operation). */
  private probeHash = 0;
  /**
   * For an instance's materialised __dict__ (CPython's split table): the
   * class's attribute slots, the order in which freeing releases the values.
   */
  slotOrder: string[] | null = null;
  /** The entries changed since a recording last looked (memory.ts's touchItems). */
  dirtyLo = 0;
  dirtyHi = 0;

  constructor() {
    super(); // the header is written here: see PyObject's constructor
    this.type = dictType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0;
  }

  /** Entry index of a key, or -1. May run Python `__eq__`/`__hash__`. */
  find(key: PyObject): number {
    if (key instanceof PyStr && key.type === strType) {
      const m = this.strIndex;
      if (m === null) return -1;
      const i = m.get(key.v);
      return i === undefined ? -1 : i;
    }
    const nk = numericKey(key);
    if (nk !== undefined) {
      const m = this.numIndex;
      if (m === null) return -1;
      const i = m.get(nk);
      return i === undefined ? -1 : i;
    }
    if (dictHooks.identityKey(key)) {
      const m = this.idIndex;
      if (m === null) return -1;
      const i = m.get(key);
      return i === undefined ? -1 : i;
    }
    const h = dictHooks.hash(key);
    let found = -1;
    const bucket = this.hashIndex?.get(h);
    if (bucket !== undefined) {
      for (const i of bucket.slice()) {
        const k = this.keys[i];
        if (k === null) continue;
        if (k === key || dictHooks.eq(k, key)) {
          found = i;
          break;
        }
      }
    }
    // Set last: an __eq__ above may have run other look-ups on this dict.
    this.probeHash = h;
    return found;
  }

  /** Borrowed value for key, or null. */
  get(key: PyObject): PyObject | null {
    const i = this.find(key);
    return i < 0 ? null : this.values[i];
  }

  /** Borrowed value for a str key given as JS text (fast path for names). */
  getStr(name: string): PyObject | null {
    const m = this.strIndex;
    if (m === null) return null;
    const i = m.get(name);
    return i === undefined ? null : this.values[i];
  }

  /** Entry index of a str key given as JS text, or -1 (runs no Python code). */
  indexOfStr(name: string): number {
    const m = this.strIndex;
    if (m === null) return -1;
    const i = m.get(name);
    return i === undefined ? -1 : i;
  }

  /** True when entry i is the str key `name` (validates an entry index cached by the VM). */
  hasStrAt(i: number, name: string): boolean {
    const k = this.keys[i];
    return k instanceof PyStr && k.v === name && k.type === strType;
  }

  /**
   * Replaces the value of entry i, whose key is an exact str, taking over the
   * caller's reference; returns the old value (owned). As set() does for an
   * existing str key, minus the look-up.
   */
  replaceAt(i: number, value: PyObject): PyObject {
    const old = this.values[i]!;
    this.values[i] = value;
    this.maintainTracking(value);
    this.touchEntry(i);
    return old;
  }

  /**
   * Sets key to value, taking new references to both (the caller keeps its own).
   * An existing key keeps its place and its original key object.
   */
  set(key: PyObject, value: PyObject): void {
    let i = this.find(key);
    const h = this.probeHash;
    const isStr = key instanceof PyStr && key.type === strType;
    if (i >= 0) {
      const n0 = this.sizing.nentries;
      dictReplace(this.sizing, isStr);
      if (this.sizing.nentries !== n0) i = this.compact(i);
      const old = this.values[i]!;
      incref(value);
      this.values[i] = value;
      this.maintainTracking(value);
      this.touchEntry(i);
      decref(old);
      return;
    }
    const n0 = this.sizing.nentries;
    dictInsertNew(this.sizing, isStr);
    // CPython's table was rebuilt without its holes: entry positions (which
    // iterators walk) move the same way here.
    if (this.sizing.nentries !== n0 + 1) this.compact(-1);
    incref(key);
    incref(value);
    const idx = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.used++;
    this.version = ++dictVersions;
    this.indexAdd(key, idx, h);
    this.maintainTracking(key);
    this.maintainTracking(value);
    // The new entry is the last.
    touchItems(this, this.used - 1, this.used);
  }

  /** Notes for a recording that the value of entry i changed (its number among the entries, when the table has no holes). */
  private touchEntry(i: number): void {
    if (this.used === this.keys.length) touchItems(this, i, i + 1);
    else touch(this);
  }

  private maintainTracking(v: PyObject): void {
    if (!(this.flags & Flag.Tracked) && !(this.flags & Flag.Hidden) && dictHooks.mayBeTracked(v)) dictHooks.track(this);
  }

  private indexAdd(key: PyObject, idx: number, h: number): void {
    if (key instanceof PyStr && key.type === strType) {
      (this.strIndex ??= new Map()).set(key.v, idx);
      return;
    }
    const nk = numericKey(key);
    if (nk !== undefined) {
      (this.numIndex ??= new Map()).set(nk, idx);
      return;
    }
    if (dictHooks.identityKey(key)) {
      (this.idIndex ??= new Map()).set(key, idx);
      return;
    }
    this.hashes[idx] = h;
    const hi = (this.hashIndex ??= new Map());
    const b = hi.get(h);
    if (b) b.push(idx);
    else hi.set(h, [idx]);
  }

  private indexRemove(key: PyObject, idx: number): void {
    if (key instanceof PyStr && key.type === strType) {
      this.strIndex!.delete(key.v);
      return;
    }
    const nk = numericKey(key);
    if (nk !== undefined) {
      this.numIndex!.delete(nk);
      return;
    }
    if (dictHooks.identityKey(key)) {
      this.idIndex!.delete(key);
      return;
    }
    const h = this.hashes[idx];
    const b = this.hashIndex!.get(h)!;
    b.splice(b.indexOf(idx), 1);
    if (b.length === 0) this.hashIndex!.delete(h);
  }

  /**
   * Removes the entry at index i and returns its key and value (the caller now
   * owns both references). `popitem` marks d.popitem(), which CPython's table
   * records differently from a deletion.
   */
  removeAt(i: number, popitem = false): [PyObject, PyObject] {
    const k = this.keys[i]!;
    const v = this.values[i]!;
    if (popitem) dictPopItem(this.sizing);
    else dictDelete(this.sizing, this.rankOf(i));
    this.indexRemove(k, i);
    this.keys[i] = null;
    this.values[i] = null;
    this.used--;
    touch(this);
    this.version = ++dictVersions;
    // Deleting leaves a hole, as in CPython; popitem() also cuts the entries back to the popped one.
    if (popitem) {
      this.keys.length = i;
      this.values.length = i;
      if (this.hashes.length > i) this.hashes.length = i;
    }
    return [k, v];
  }

  /** The position of entry i among the live entries (for the sizing model); skipped for big dicts, where it would cost O(n). */
  private rankOf(i: number): number | undefined {
    if (i > 4096) return undefined;
    let r = 0;
    for (let j = 0; j < i; j++) if (this.keys[j] !== null) r++;
    return r;
  }

  /** Deletes key; returns false when absent. */
  delete(key: PyObject): boolean {
    const i = this.find(key);
    if (i < 0) return false;
    const [k, v] = this.removeAt(i);
    decref(k);
    decref(v);
    return true;
  }

  /** Drops the holes (CPython's dictresize); returns where entry `track` moved to (-1 if none). */
  private compact(track: number): number {
    const keys: (PyObject | null)[] = [];
    const values: (PyObject | null)[] = [];
    const hashes: number[] = [];
    let moved = -1;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] !== null) {
        if (i === track) moved = keys.length;
        keys.push(this.keys[i]);
        values.push(this.values[i]);
        hashes.push(this.hashes[i] ?? 0);
      }
    }
    this.keys = keys;
    this.values = values;
    this.hashes = [];
    this.strIndex = this.numIndex = this.idIndex = null;
    this.hashIndex = null;
    for (let i = 0; i < keys.length; i++) this.indexAdd(keys[i]!, i, hashes[i]);
    return moved;
  }

  /** Drops every entry, releasing values in insertion order (as CPython's dict_dealloc), or in slot order for a split table. */
  clearAll(): void {
    let keys = this.keys;
    let values = this.values;
    if (this.slotOrder !== null && this.strIndex !== null) {
      // A split table keeps values by slot: reorder the entries to release them that way.
      const index = this.strIndex;
      const order: number[] = [];
      for (const name of this.slotOrder) {
        const i = index.get(name);
        if (i !== undefined) order.push(i);
      }
      for (let i = 0; i < keys.length; i++) if (keys[i] !== null && !order.includes(i)) order.push(i);
      keys = order.map((i) => keys[i]);
      values = order.map((i) => values[i]);
    }
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.used = 0;
    touch(this);
    this.version = ++dictVersions;
    dictClear(this.sizing);
    this.strIndex = this.numIndex = this.idIndex = null;
    this.hashIndex = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === null) continue;
      decref(k);
      decref(values[i]!);
    }
  }

  /** Live entries as [key, value] pairs of borrowed references, in order. */
  *entries(): IterableIterator<[PyObject, PyObject]> {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null) yield [k, this.values[i]!];
    }
  }
}

/** Numeric dict key for ints, bools and floats (so 1 == 1.0 == True is one key); undefined otherwise. */
export function numericKey(o: PyObject): number | bigint | undefined {
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyFloat) {
    const v = o.v;
    if (v !== v) return undefined; // NaN keys compare by identity
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  if (o instanceof PyLong) return o.v;
  return undefined;
}

/** A new, empty dict. */
export function newDict(): PyDict {
  return born(new PyDict());
}
