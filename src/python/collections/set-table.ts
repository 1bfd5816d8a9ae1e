/**
 * The hash table behind set and frozenset, laid out and probed exactly as
 * CPython 3.11's Objects/setobject.c does, so that iteration order (which
 * programs print) matches python3 slot for slot.
 *
 * What is reproduced, and why it matters for the order:
 * - Open addressing over 2**k slots (8 inline "small table" slots first), each
 *   slot holding a key and its 64-bit hash. A probe looks at LINEAR_PROBES + 1
 *   consecutive slots when they fit before the end of the table, then jumps with
 *   i = (i*5 + 1 + perturb) & mask, perturb being the unsigned hash shifted right
 *   by PERTURB_SHIFT each jump.
 * - Deleted slots become dummies (hash -1); `fill` counts live + dummy slots,
 *   `used` live ones. An add reuses the *last* dummy met on its probe path.
 * - Growth: after filling a fresh slot, when fill*5 >= mask*3 the table is
 *   rebuilt to the smallest power of two above used*4 (used*2 past 50000 items);
 *   rebuilding reinserts in old-slot order and drops dummies. Discard never
 *   shrinks; difference_update purges when over a quarter of slots are dummies.
 * - Bulk paths keep their own orders: set_merge copies slot-by-slot when the
 *   target is empty and of equal size, else reinserts in the other table's slot
 *   order; intersection walks the smaller set; pop resumes at a "finger".
 *
 * Keys are opaque: callers pass each key with its hash and supply equality (which
 * may run Python `__eq__`, and that may mutate this very table). As in CPython, a
 * comparison that changed the table restarts the probe; a pathological `__eq__`
 * that mutates forever ends with `SetMutationError` instead of hanging.
 *
 * Hashes live in an Int32Array as (hi, lo) word pairs so that sets of small ints
 * never allocate; keys live in a plain array.
 */
import { hashFromWords, hashHi, hashLo, type PyHash } from '../hash/numeric-hash';
import { finishFrozensetHash, shuffleWords } from '../hash/tuple-hash';
import { r as u64 } from '../hash/u64';

/** Slots probed linearly before a perturbed jump (setobject.c LINEAR_PROBES). */
export const LINEAR_PROBES = 9;
/** Bits of the hash folded in per jump (PERTURB_SHIFT). */
export const PERTURB_SHIFT = 5;
/** Slots of the inline table every set starts with (PySet_MINSIZE). */
export const SET_MINSIZE = 8;
/** Restarts of one probe (each caused by an `__eq__` that mutated the set) before giving up. */
const MAX_RESTARTS = 10000;

const DUMMY: unique symbol = Symbol('dummy');
type Slot<K> = K | typeof DUMMY | undefined;

/** Raised when equality callbacks keep mutating the table under a lookup; map it to RuntimeError. */
export class SetMutationError extends Error {
  constructor() {
    super('set changed size during iteration');
    this.name = 'SetMutationError';
  }
}

/** Raised by the JS iterator of a SetTable when the set's size changed between steps (CPython's message). */
export class SetChangedSizeError extends Error {
  constructor() {
    super('Set changed size during iteration');
    this.name = 'SetChangedSizeError';
  }
}

/**
 * What a SetTable needs from the object model. `eq(stored, probe)` is called
 * only for equal hashes and non-identical keys (CPython's order of checks);
 * `retain` runs whenever the table stores a new reference to a key, `release`
 * whenever it drops one (discard, clear, difference...), at the moment CPython
 * would Py_DECREF it. `pop` hands its reference to the caller instead.
 */
export interface SetTableHooks<K> {
  /** Python ==, called as stored.__eq__(probe) would be. */
  eq(stored: K, probe: K): boolean;
  /** The table now holds one more reference to key (Py_INCREF). */
  retain?(key: K): void;
  /** The table dropped a reference to key (Py_DECREF). */
  release?(key: K): void;
}

/** A collection that set operations can test membership in and iterate with hashes (a dict, for one). */
export interface HashedCollection<K> {
  /** Number of keys. */
  readonly size: number;
  /** Membership with a known hash (_PyDict_Contains_KnownHash). */
  has(key: K, hash: PyHash): boolean;
  /** Keys with their hashes in the collection's iteration order. */
  entries(): Iterable<readonly [K, PyHash]>;
}

/** One slot array; identity matters, as CPython compares table pointers to detect mutation. */
class Table<K> {
  keys: Slot<K>[];
  /** hash words: hi at 2*i, lo at 2*i + 1. */
  h: Int32Array;
  constructor(n: number) {
    this.keys = new Array<Slot<K>>(n).fill(undefined);
    this.h = new Int32Array(2 * n);
  }
}

/** Empties a table in place (memset to zero: no key, hash 0). */
function wipe<K>(t: Table<K>): void {
  t.keys.fill(undefined);
  t.h.fill(0);
}

/** set_insert_clean: places a key known to be absent into a table without dummies. */
function insertClean<K>(t: Table<K>, mask: number, key: K, hi: number, lo: number): void {
  const keys = t.keys;
  let i = lo & mask;
  let ph = hi >>> 0;
  let pl = lo >>> 0;
  for (;;) {
    if (keys[i] === undefined) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = 1;
      for (; j <= LINEAR_PROBES; j++) if (keys[i + j] === undefined) break;
      if (j <= LINEAR_PROBES) {
        i += j;
        break;
      }
    }
    pl = ((pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT))) >>> 0;
    ph >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + pl) & mask;
  }
  keys[i] = key;
  t.h[2 * i] = hi;
  t.h[2 * i + 1] = lo;
}

/** CPython's set table (see the file comment). */
export class SetTable<K> {
  /** Slot count minus one. */
  mask = SET_MINSIZE - 1;
  /** Live plus dummy slots. */
  fill = 0;
  /** Live slots (len()). */
  used = 0;
  /** Where the next pop() starts looking. */
  finger = 0;
  private table: Table<K>;
  private readonly small: Table<K>;
  /** Equality and reference callbacks shared with every table derived from this one. */
  readonly hooks: SetTableHooks<K>;
  /** The object this table is the contents of, told of every change through `SetTable.onChange` (a recording watches). */
  owner: object | null = null;
  /** Called with a table's owner whenever its contents change, or null. */
  static onChange: ((owner: object) => void) | null = null;

  private changed(): void {
    if (SetTable.onChange !== null && this.owner !== null) SetTable.onChange(this.owner);
  }

  /** A new empty set; `hooks` may be just the equality function. */
  constructor(hooks: SetTableHooks<K> | ((stored: K, probe: K) => boolean)) {
    this.hooks = typeof hooks === 'function' ? { eq: hooks } : hooks;
    this.small = new Table<K>(SET_MINSIZE);
    this.table = this.small;
  }

  /** Number of elements (len(s)). */
  get size(): number {
    return this.used;
  }

  /** True while the inline 8-slot table is in use (sys.getsizeof counts no extra table then). */
  get isSmall(): boolean {
    return this.table === this.small;
  }

  /** A new empty table sharing this one's hooks. */
  emptyLike(): SetTable<K> {
    return new SetTable<K>(this.hooks);
  }

  // ------------------------------------------------------------ core probing

  /** set_lookkey: index of the slot holding an equal key, or of the empty slot that ends the probe. */
  private lookup(key: K, hi: number, lo: number): number {
    let restarts = 0;
    restart: for (;;) {
      const t = this.table;
      const keys = t.keys;
      const h = t.h;
      let mask = this.mask;
      let i = lo & mask;
      let ph = hi >>> 0;
      let pl = lo >>> 0;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        for (;;) {
          const k = keys[j];
          if (k === undefined) return j;
          if (h[2 * j + 1] === lo && h[2 * j] === hi) {
            if (k === key) return j;
            const cmp = this.hooks.eq(k as K, key);
            if (this.table !== t || keys[j] !== k) {
              if (++restarts > MAX_RESTARTS) throw new SetMutationError();
              continue restart;
            }
            if (cmp) return j;
            mask = this.mask;
          }
          if (probes-- === 0) break;
          j++;
        }
        pl = ((pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT))) >>> 0;
        ph >>>= PERTURB_SHIFT;
        i = (i * 5 + 1 + pl) & mask;
      }
    }
  }

  /** set_add_entry on hash words; true when the key was not present. */
  addWords(key: K, hi: number, lo: number): boolean {
    let restarts = 0;
    restart: for (;;) {
      const t = this.table;
      const keys = t.keys;
      const h = t.h;
      let mask = this.mask;
      let i = lo & mask;
      let ph = hi >>> 0;
      let pl = lo >>> 0;
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        for (;;) {
          const k = keys[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              this.used++;
              this.changed();
              keys[freeslot] = key;
              h[2 * freeslot] = hi;
              h[2 * freeslot + 1] = lo;
              this.hooks.retain?.(key);
              return true;
            }
            this.fill++;
            this.used++;
            this.changed();
            keys[j] = key;
            h[2 * j] = hi;
            h[2 * j + 1] = lo;
            this.hooks.retain?.(key);
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (h[2 * j + 1] === lo && h[2 * j] === hi) {
            if (k === key) return false;
            const cmp = this.hooks.eq(k as K, key);
            if (cmp) return false;
            if (this.table !== t || keys[j] !== k) {
              if (++restarts > MAX_RESTARTS) throw new SetMutationError();
              continue restart;
            }
            mask = this.mask;
          } else if (k === DUMMY) {
            freeslot = j;
          }
          if (probes-- === 0) break;
          j++;
        }
        pl = ((pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT))) >>> 0;
        ph >>>= PERTURB_SHIFT;
        i = (i * 5 + 1 + pl) & mask;
      }
    }
  }

  /** set_table_resize: rebuilds into the smallest table with more than `minused` slots. */
  resize(minused: number): void {
    let newsize = SET_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    let old = this.table;
    const oldmask = this.mask;
    let nt: Table<K>;
    if (newsize === SET_MINSIZE) {
      nt = this.small;
      if (nt === old) {
        if (this.fill === this.used) return;
        // Rebuilding the inline table in place: work from a copy of it.
        const copy = new Table<K>(SET_MINSIZE);
        copy.keys = old.keys.slice();
        copy.h.set(old.h);
        old = copy;
      }
      wipe(nt);
    } else {
      nt = new Table<K>(newsize);
    }
    this.mask = newsize - 1;
    this.table = nt;
    const newmask = this.mask;
    const keys = old.keys;
    const h = old.h;
    if (this.fill === this.used) {
      for (let i = 0; i <= oldmask; i++) {
        const k = keys[i];
        if (k !== undefined) insertClean(nt, newmask, k as K, h[2 * i], h[2 * i + 1]);
      }
    } else {
      this.fill = this.used;
      for (let i = 0; i <= oldmask; i++) {
        const k = keys[i];
        if (k !== undefined && k !== DUMMY) insertClean(nt, newmask, k as K, h[2 * i], h[2 * i + 1]);
      }
    }
  }

  /** True when an equal key is present (set_contains_entry), on hash words. */
  hasWords(key: K, hi: number, lo: number): boolean {
    const i = this.lookup(key, hi, lo);
    return this.table.keys[i] !== undefined;
  }

  /** set_discard_entry on hash words: the removed stored key (already released), or undefined. */
  discardWords(key: K, hi: number, lo: number): K | undefined {
    const i = this.lookup(key, hi, lo);
    const t = this.table;
    const old = t.keys[i];
    if (old === undefined) return undefined;
    t.keys[i] = DUMMY;
    t.h[2 * i] = -1;
    t.h[2 * i + 1] = -1;
    this.used--;
    this.changed();
    this.hooks.release?.(old as K);
    return old as K;
  }

  // ------------------------------------------------------------ public single-key API

  /** s.add(key): true when the key was added (CPython may then grow the table). */
  add(key: K, hash: PyHash): boolean {
    return this.addWords(key, hashHi(hash), hashLo(hash));
  }

  /** key in s. */
  has(key: K, hash: PyHash): boolean {
    return this.hasWords(key, hashHi(hash), hashLo(hash));
  }

  /** s.discard(key): the stored key that was removed (its reference already released), or undefined. */
  discard(key: K, hash: PyHash): K | undefined {
    return this.discardWords(key, hashHi(hash), hashLo(hash));
  }

  /** s.pop(): removes the element at or after the finger; undefined when empty (caller raises KeyError). The reference passes to the caller. */
  pop(): K | undefined {
    if (this.used === 0) return undefined;
    const t = this.table;
    const mask = this.mask;
    let i = this.finger & mask;
    for (;;) {
      const k = t.keys[i];
      if (k !== undefined && k !== DUMMY) break;
      i++;
      if (i > mask) i = 0;
    }
    const key = t.keys[i] as K;
    t.keys[i] = DUMMY;
    t.h[2 * i] = -1;
    t.h[2 * i + 1] = -1;
    this.used--;
    this.changed();
    this.finger = i + 1;
    return key;
  }

  /**
   * set_clear_internal: back to an empty inline table, then the old keys are
   * released in slot order (the table is emptied first so that `__del__` code
   * sees an empty set). Returns the released keys in that order. The finger stays.
   */
  clear(): K[] {
    const t = this.table;
    const used = this.used;
    const out: K[] = [];
    const isSmall = t === this.small;
    if (isSmall && this.fill === 0) return out;
    const keys = isSmall ? t.keys.slice() : t.keys;
    wipe(this.small);
    this.table = this.small;
    this.mask = SET_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.changed();
    for (let i = 0; out.length < used; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k as K);
    }
    const release = this.hooks.release;
    if (release) for (const k of out) release(k);
    return out;
  }

  /** set_dealloc: releases every key in slot order and leaves the table empty; for temporaries. */
  dispose(): void {
    this.clear();
  }

  // ------------------------------------------------------------ iteration

  /** set_next: the index of the first live slot at or after `pos`, or -1. */
  nextIndex(pos: number): number {
    const keys = this.table.keys;
    const mask = this.mask;
    for (let i = pos; i <= mask; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) return i;
    }
    return -1;
  }

  /** The key in live slot i (from nextIndex). */
  keyAt(i: number): K {
    return this.table.keys[i] as K;
  }

  /** The hash stored in live slot i. */
  hashAt(i: number): PyHash {
    const h = this.table.h;
    return hashFromWords(h[2 * i], h[2 * i + 1]);
  }

  /** Keys in CPython's iteration order; throws SetChangedSizeError if the size changes mid-way (setiter_iternext). */
  *[Symbol.iterator](): Iterator<K> {
    const used = this.used;
    for (let pos = 0; ; ) {
      if (this.used !== used) throw new SetChangedSizeError();
      const i = this.nextIndex(pos);
      if (i < 0) return;
      pos = i + 1;
      yield this.table.keys[i] as K;
    }
  }

  /** Snapshot of the keys in iteration order. */
  keys(): K[] {
    const out: K[] = [];
    const keys = this.table.keys;
    for (let i = 0; i <= this.mask; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k as K);
    }
    return out;
  }

  /** (key, hash) pairs in iteration order, read live (like set_next). */
  *entries(): IterableIterator<[K, PyHash]> {
    for (let pos = 0; ; ) {
      const i = this.nextIndex(pos);
      if (i < 0) return;
      pos = i + 1;
      yield [this.table.keys[i] as K, this.hashAt(i)];
    }
  }

  /** Calls fn for each key in iteration order. */
  forEach(fn: (key: K) => void): void {
    for (let pos = 0; ; ) {
      const i = this.nextIndex(pos);
      if (i < 0) return;
      pos = i + 1;
      fn(this.table.keys[i] as K);
    }
  }

  /** frozenset_hash over this table's live slots (the caller caches it, as CPython's so->hash). */
  frozensetHash(): PyHash {
    const t = this.table;
    let hh = 0;
    let hl = 0;
    for (let i = 0; i <= this.mask; i++) {
      const k = t.keys[i];
      if (k === undefined || k === DUMMY) continue;
      shuffleWords(t.h[2 * i], t.h[2 * i + 1]);
      hh ^= u64.hi;
      hl ^= u64.lo;
    }
    return finishFrozensetHash(hh, hl, this.used);
  }

  // ------------------------------------------------------------ bulk operations

  /** set_merge: s.update(other) / s |= other for a set or frozenset `other`. */
  update(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const retain = this.hooks.retain;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      const src = other.table;
      const dst = this.table;
      for (let i = 0; i <= other.mask; i++) {
        const k = src.keys[i];
        if (k !== undefined) {
          dst.keys[i] = k;
          dst.h[2 * i] = src.h[2 * i];
          dst.h[2 * i + 1] = src.h[2 * i + 1];
          retain?.(k as K);
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      this.changed();
      return;
    }
    if (this.fill === 0) {
      const src = other.table;
      const dst = this.table;
      const mask = this.mask;
      this.fill = other.used;
      this.used = other.used;
      this.changed();
      for (let i = 0; i <= other.mask; i++) {
        const k = src.keys[i];
        if (k !== undefined && k !== DUMMY) {
          retain?.(k as K);
          insertClean(dst, mask, k as K, src.h[2 * i], src.h[2 * i + 1]);
        }
      }
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const src = other.table;
      const k = src.keys[i];
      if (k !== undefined && k !== DUMMY) this.addWords(k as K, src.h[2 * i], src.h[2 * i + 1]);
    }
  }

  /** set_update_internal for an exact dict: one presizing, then adds in the dict's order. */
  updateFromDict(entries: Iterable<readonly [K, PyHash]>, dictSize: number): void {
    if ((this.fill + dictSize) * 5 >= this.mask * 3) this.resize((this.used + dictSize) * 2);
    for (const [k, h] of entries) this.add(k, h);
  }

  /** set_update_internal for any other iterable: add one by one (hashes computed lazily by the caller's iterator). */
  addAll(entries: Iterable<readonly [K, PyHash]>): void {
    for (const [k, h] of entries) this.add(k, h);
  }

  /** s.copy() / set(s) / frozenset(s): a new table merged from this one. */
  copy(): SetTable<K> {
    const t = this.emptyLike();
    t.update(this);
    return t;
  }

  /** s | other for sets: copy, then merge other (unless it is s itself). */
  union(other: SetTable<K>): SetTable<K> {
    const t = this.copy();
    if (other !== this) t.update(other);
    return t;
  }

  /** set_intersection with a set: walks the smaller one, adding hits to a fresh table. */
  intersection(other: SetTable<K>): SetTable<K> {
    if (other === this) return this.copy();
    const result = this.emptyLike();
    let so: SetTable<K> = this;
    let ot: SetTable<K> = other;
    if (ot.used > so.used) {
      so = other;
      ot = this;
    }
    for (let pos = 0; ; ) {
      const i = ot.nextIndex(pos);
      if (i < 0) break;
      pos = i + 1;
      const t = ot.table;
      const k = t.keys[i] as K;
      const hi = t.h[2 * i];
      const lo = t.h[2 * i + 1];
      if (so.hasWords(k, hi, lo)) result.addWords(k, hi, lo);
    }
    return result;
  }

  /** set_intersection with a non-set iterable: stops once every element of s was found. */
  intersectionWithIterable(entries: Iterable<readonly [K, PyHash]>): SetTable<K> {
    const result = this.emptyLike();
    for (const [k, h] of entries) {
      const hi = hashHi(h);
      const lo = hashLo(h);
      if (this.hasWords(k, hi, lo)) {
        result.addWords(k, hi, lo);
        if (result.used >= this.used) break;
      }
    }
    return result;
  }

  /** s &= other / s.intersection_update(other): computes the intersection, then swaps bodies with it. */
  intersectionUpdate(other: SetTable<K>): void {
    const tmp = this.intersection(other);
    this.swapBodies(tmp);
    tmp.dispose();
  }

  /** set_swap_bodies: exchanges contents (tables, counts), keeping each object's inline table and finger. */
  swapBodies(b: SetTable<K>): void {
    const a = this;
    let t = a.fill;
    a.fill = b.fill;
    b.fill = t;
    t = a.used;
    a.used = b.used;
    b.used = t;
    a.changed();
    b.changed();
    t = a.mask;
    a.mask = b.mask;
    b.mask = t;
    let u = a.table;
    if (a.table === a.small) u = b.small;
    a.table = b.table;
    if (b.table === b.small) a.table = a.small;
    b.table = u;
    if (a.table === a.small || b.table === b.small) {
      // Swap the inline tables' contents, not the arrays: probes hold on to them.
      const ak = a.small.keys;
      const bk = b.small.keys;
      for (let i = 0; i < SET_MINSIZE; i++) {
        const k = ak[i];
        ak[i] = bk[i];
        bk[i] = k;
      }
      const h = a.small.h.slice();
      a.small.h.set(b.small.h);
      b.small.h.set(h);
    }
  }

  /** set_difference_update_internal with a set (s -= other, s.difference_update(other)). */
  differenceUpdate(other: SetTable<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    // When other is much larger, walking the intersection instead is cheaper (and changes the order of removals).
    const walk = other.used >> 3 > this.used ? this.intersection(other) : other;
    for (let pos = 0; ; ) {
      const i = walk.nextIndex(pos);
      if (i < 0) break;
      pos = i + 1;
      const t = walk.table;
      this.discardWords(t.keys[i] as K, t.h[2 * i], t.h[2 * i + 1]);
    }
    if (walk !== other) walk.dispose();
    this.purgeDummies();
  }

  /** set_difference_update_internal with a non-set iterable (including a dict's keys). */
  differenceUpdateIterable(entries: Iterable<readonly [K, PyHash]>): void {
    for (const [k, h] of entries) this.discard(k, h);
    this.purgeDummies();
  }

  /** The tail of difference_update: rebuild when more than a quarter of the slots are dummies. */
  private purgeDummies(): void {
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_difference with a set (s - other). */
  difference(other: SetTable<K>): SetTable<K> {
    if (this.used >> 2 > other.used) {
      const t = this.copy();
      t.differenceUpdate(other);
      return t;
    }
    const result = this.emptyLike();
    for (let pos = 0; ; ) {
      const i = this.nextIndex(pos);
      if (i < 0) break;
      pos = i + 1;
      const t = this.table;
      const k = t.keys[i] as K;
      const hi = t.h[2 * i];
      const lo = t.h[2 * i + 1];
      if (!other.hasWords(k, hi, lo)) result.addWords(k, hi, lo);
    }
    return result;
  }

  /** set_difference with an exact dict (s.difference(d)). */
  differenceWithDict(dict: HashedCollection<K>): SetTable<K> {
    if (this.used >> 2 > dict.size) {
      const t = this.copy();
      t.differenceUpdateIterable(dict.entries());
      return t;
    }
    const result = this.emptyLike();
    for (let pos = 0; ; ) {
      const i = this.nextIndex(pos);
      if (i < 0) break;
      pos = i + 1;
      const k = this.table.keys[i] as K;
      const h = this.hashAt(i);
      if (!dict.has(k, h)) result.add(k, h);
    }
    return result;
  }

  /** s.difference(iterable) for any other iterable: copy, then discard each item. */
  differenceWithIterable(entries: Iterable<readonly [K, PyHash]>): SetTable<K> {
    const t = this.copy();
    t.differenceUpdateIterable(entries);
    return t;
  }

  /** set_symmetric_difference_update with a set: each of other's keys is discarded, or added when absent. */
  symmetricDifferenceUpdate(other: SetTable<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    for (let pos = 0; ; ) {
      const i = other.nextIndex(pos);
      if (i < 0) break;
      pos = i + 1;
      const t = other.table;
      const k = t.keys[i] as K;
      const hi = t.h[2 * i];
      const lo = t.h[2 * i + 1];
      if (this.discardWords(k, hi, lo) === undefined) this.addWords(k, hi, lo);
    }
  }

  /** symmetric_difference_update with an exact dict: the same walk over the dict's keys. */
  symmetricDifferenceUpdateDict(entries: Iterable<readonly [K, PyHash]>): void {
    for (const [k, h] of entries) {
      const hi = hashHi(h);
      const lo = hashLo(h);
      if (this.discardWords(k, hi, lo) === undefined) this.addWords(k, hi, lo);
    }
  }

  /** symmetric_difference_update with another iterable: a temporary set of it first, then the set walk. */
  symmetricDifferenceUpdateIterable(entries: Iterable<readonly [K, PyHash]>): void {
    const tmp = this.emptyLike();
    tmp.addAll(entries);
    this.symmetricDifferenceUpdate(tmp);
    tmp.dispose();
  }

  /** s ^ other: a copy of *other*, updated symmetrically with s (so other's layout leads). */
  symmetricDifference(other: SetTable<K>): SetTable<K> {
    const t = other.copy();
    t.symmetricDifferenceUpdate(this);
    return t;
  }

  /** s <= other (set_issubset with a set). */
  isSubset(other: SetTable<K>): boolean {
    if (this.used > other.used) return false;
    for (let pos = 0; ; ) {
      const i = this.nextIndex(pos);
      if (i < 0) return true;
      pos = i + 1;
      const t = this.table;
      if (!other.hasWords(t.keys[i] as K, t.h[2 * i], t.h[2 * i + 1])) return false;
    }
  }

  /** s.isdisjoint(other) with a set: walks the smaller one. */
  isDisjoint(other: SetTable<K>): boolean {
    if (other === this) return this.used === 0;
    let so: SetTable<K> = this;
    let ot: SetTable<K> = other;
    if (ot.used > so.used) {
      so = other;
      ot = this;
    }
    for (let pos = 0; ; ) {
      const i = ot.nextIndex(pos);
      if (i < 0) return true;
      pos = i + 1;
      const t = ot.table;
      if (so.hasWords(t.keys[i] as K, t.h[2 * i], t.h[2 * i + 1])) return false;
    }
  }

  /** s == other for sets: same size, then subset (the frozenset-hash shortcut is the caller's). */
  equals(other: SetTable<K>): boolean {
    return this.used === other.used && this.isSubset(other);
  }

  /** Builds a set from (key, hash) pairs, as set(iterable) does for a non-set, non-dict iterable. */
  static fromEntries<K>(
    hooks: SetTableHooks<K> | ((a: K, b: K) => boolean),
    entries: Iterable<readonly [K, PyHash]>,
  ): SetTable<K> {
    const t = new SetTable<K>(hooks);
    t.addAll(entries);
    return t;
  }
}
