/**
 * CPython 3.11's dict key-table sizing (Objects/dictobject.c), tracked beside a
 * dict whose order the runtime keeps itself, so that sys.getsizeof(dict) is
 * exact. Only sizes are modelled here: no keys, no hashes.
 *
 * The facts that decide the number:
 * - A dict is a 48-byte object (+16 GC header) pointing at a keys table. `{}` and
 *   cleared dicts share the static empty table, which sys.getsizeof does not count.
 * - A keys table of 2**k slots holds an index array (1, 2, 4 or 8 bytes per slot
 *   depending on k) and 2/3 * 2**k entries: 16 bytes each while every key is an
 *   exact str ("unicode" layout), 24 bytes (hash, key, value) otherwise.
 * - Inserting a new key into a full table (dk_usable == 0) resizes to the
 *   smallest power of two >= used*3; inserting a non-str key into a unicode table
 *   first rebuilds it in the general layout at that same size rule. Deletions
 *   never shrink; clear() returns to the shared empty table. ("Smallest power
 *   of two" is approximate: see calculateLog2Keysize for the exact quirk.)
 * - Builders presize: BUILD_MAP n / constant-key maps / dict.fromkeys(dict|set)
 *   reserve for n items, and copy()/dict(d)/{**d} clone or presize the source.
 */

/** The state that sys.getsizeof(dict) depends on (dk_log2_size, dk_kind, dk_usable, dk_nentries, ma_used). */
export interface DictSizing {
  /** log2 of the key table's slot count; 0 stands for the shared empty table (Py_EMPTY_KEYS). */
  log2Size: number;
  /** True for the str-only entry layout (DICT_KEYS_UNICODE); the shared empty table counts as unicode. */
  unicode: boolean;
  /** Entries that can still be appended before a resize (dk_usable). */
  usable: number;
  /** Entries appended so far, deleted ones included (dk_nentries). */
  nentries: number;
  /** Live items (len(d), ma_used). */
  used: number;
  /**
   * Entry positions (< nentries) left empty by deletions, ascending. Only
   * popitem() looks at them: it cuts dk_nentries back to the popped entry.
   */
  holes: number[];
}

/** sys.getsizeof({}) and of any dict on the shared empty keys: PyDictObject (48) + GC header (16). */
export const DICT_BASE_SIZE = 64;
/** sizeof(PyDictKeysObject) without the index and entry arrays. */
export const DICT_KEYS_HEADER = 32;
/** PyDict_LOG_MINSIZE: the first real table has 8 slots. */
export const DICT_LOG_MINSIZE = 3;
/** Largest table BUILD_MAP-style presizing will reserve (log2). */
const LOG2_MAX_PRESIZE = 17;

/** USABLE_FRACTION: entries a table of n slots may hold. */
export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

/**
 * calculate_log2_keysize as compiled on 64-bit Linux: bit_length(((minsize | 8) - 1) | 7).
 * The OR is not a max: any minsize from 1 to 7 yields 16 slots, and an exact
 * power of two >= 16 yields twice that (16 -> 32). Both show in getsizeof, e.g.
 * the first non-str key converting a str-keyed dict always lands on 16 slots.
 */
export function calculateLog2Keysize(minsize: number): number {
  let v = ((minsize | 8) - 1) | 7;
  let bits = 0;
  while (v > 0) {
    bits++;
    v = Math.floor(v / 2);
  }
  return bits;
}

/** estimate_log2_keysize: the table size that holds n entries without resizing. */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** log2 of the index array's byte size (new_keys_object: wider indices for bigger tables). */
function log2IndexBytes(log2: number): number {
  if (log2 < 8) return log2;
  if (log2 < 16) return log2 + 1;
  if (log2 >= 32) return log2 + 3;
  return log2 + 2;
}

/** _PyDict_KeysSize: bytes of a keys table of 2**log2 slots in the given layout. */
export function dictKeysSize(log2: number, unicode: boolean): number {
  return DICT_KEYS_HEADER + 2 ** log2IndexBytes(log2) + usableFraction(2 ** log2) * (unicode ? 16 : 24);
}

/** A dict on the shared empty keys: `{}`, dict(), PyDict_New(). */
export function newDictSizing(): DictSizing {
  return { log2Size: 0, unicode: true, usable: 0, nentries: 0, used: 0, holes: [] };
}

/** sys.getsizeof(d) for a combined-table dict. */
export function dictSizeof(s: DictSizing): number {
  if (s.log2Size === 0) return DICT_BASE_SIZE;
  return DICT_BASE_SIZE + dictKeysSize(s.log2Size, s.unicode);
}

/** dictresize: a fresh table of 2**log2 slots holding the live entries compacted; a general table never turns unicode. */
export function dictResize(s: DictSizing, log2: number, unicode: boolean): void {
  if (!s.unicode) unicode = false;
  s.log2Size = log2;
  s.unicode = unicode;
  s.usable = usableFraction(2 ** log2) - s.used;
  s.nentries = s.used;
  s.holes = [];
}

/** insertion_resize: growth to the smallest table >= used*3 (GROWTH_RATE). */
function insertionResize(s: DictSizing, unicode: boolean): void {
  dictResize(s, calculateLog2Keysize(s.used * 3), unicode);
}

/**
 * d[k] = v (and setdefault, MAP_ADD, dict(pairs), kwargs...) for a key not yet in
 * the dict; `isStr` means the key is an exact str.
 */
export function dictInsertNew(s: DictSizing, isStr: boolean): void {
  if (s.log2Size === 0) {
    // insert_to_emptydict: a minimum-size table in the layout of its first key.
    s.log2Size = DICT_LOG_MINSIZE;
    s.unicode = isStr;
    s.usable = usableFraction(8) - 1;
    s.nentries = 1;
    s.used = 1;
    return;
  }
  if (s.unicode && !isStr) insertionResize(s, false);
  if (s.usable <= 0) insertionResize(s, true);
  s.usable--;
  s.nentries++;
  s.used++;
}

/** d[k] = v for a key already present: no new entry, but a non-str key still converts a unicode table. */
export function dictReplace(s: DictSizing, isStr: boolean): void {
  if (s.log2Size !== 0 && s.unicode && !isStr) insertionResize(s, false);
}

/**
 * del d[k], d.pop(k): the entry becomes a hole; nothing shrinks. `rank` is the
 * deleted key's index among the live keys in iteration order; it locates the
 * hole for a later popitem(). Without it, popitem() assumes no holes.
 */
export function dictDelete(s: DictSizing, rank?: number): void {
  s.used--;
  if (rank === undefined) return;
  let pos = rank;
  let j = 0;
  const holes = s.holes;
  while (j < holes.length && holes[j] <= pos) {
    pos++;
    j++;
  }
  holes.splice(j, 0, pos);
}

/** d.popitem(): removes the last live entry and cuts dk_nentries back to its position (usable stays). */
export function dictPopItem(s: DictSizing): void {
  const holes = s.holes;
  let p = s.nentries - 1;
  while (holes.length > 0 && holes[holes.length - 1] === p) {
    holes.pop();
    p--;
  }
  s.nentries = p;
  s.used--;
}

/** d.clear(): back to the shared empty keys. */
export function dictClear(s: DictSizing): void {
  Object.assign(s, newDictSizing());
}

/**
 * dict_new_presized / _PyDict_FromItems: BUILD_MAP n and BUILD_CONST_KEY_MAP n
 * reserve for n items (nothing below 6); `allStr` when every key is an exact str.
 * The n insertions follow through dictInsertNew/dictReplace.
 */
export function dictPresized(n: number, allStr: boolean): DictSizing {
  const s = newDictSizing();
  if (n <= usableFraction(8)) return s;
  const log2 = n > usableFraction(2 ** LOG2_MAX_PRESIZE) ? LOG2_MAX_PRESIZE : estimateLog2Keysize(n);
  s.log2Size = log2;
  s.unicode = allStr;
  s.usable = usableFraction(2 ** log2);
  return s;
}

/**
 * The start of dict_merge(target, other) for an exact dict `other` (d.update(e),
 * dict(e), {**e}, DICT_UPDATE, d |= e). Returns true when the target simply
 * became a clone of `other` (empty target, clean source): nothing else to do.
 * Otherwise the target may have been presized, and the caller then reports each
 * of other's keys, in order, with dictInsertNew or dictReplace.
 */
export function dictMergeBegin(target: DictSizing, other: DictSizing): boolean {
  if (other === target || other.used === 0) return false;
  if (target.used === 0) {
    const small = other.log2Size === DICT_LOG_MINSIZE;
    if (other.used === other.nentries && (small || usableFraction(2 ** other.log2Size / 2) < other.used)) {
      Object.assign(target, other, { holes: other.holes.slice() });
      return true;
    }
  }
  const targetSlots = target.log2Size === 0 ? 1 : 2 ** target.log2Size;
  if (usableFraction(targetSlots) < other.used)
    dictResize(target, estimateLog2Keysize(target.used + other.used), other.unicode);
  return false;
}

/**
 * PyDict_Copy (d.copy(), copy.copy(d), the first step of d | e): a byte copy of
 * the table when at most a third of its entries are holes, else a compacted
 * table presized for the live items.
 */
export function dictCopy(s: DictSizing): DictSizing {
  if (s.used === 0) return newDictSizing();
  if (s.used >= Math.floor((s.nentries * 2) / 3)) return { ...s, holes: s.holes.slice() };
  const t = newDictSizing();
  dictMergeBegin(t, s);
  t.usable -= s.used;
  t.nentries = s.used;
  t.used = s.used;
  return t;
}

/**
 * dict.fromkeys(iterable) when iterable is an exact dict or set: the new dict is
 * resized for its size first (unicode layout only from a unicode dict; never from
 * a set). Then each key goes through dictInsertNew.
 */
export function dictFromKeysPresized(n: number, unicode: boolean): DictSizing {
  const s = newDictSizing();
  dictResize(s, estimateLog2Keysize(n), unicode);
  return s;
}

/** One chunk of a dict display as the 3.11 compiler splits it. */
export interface DictDisplayChunk {
  /** First item index. */
  start: number;
  /** One past the last item index. */
  end: number;
  /** Built by BUILD_MAP 0 + MAP_ADD per item (more than 15 items) instead of a presized BUILD_MAP. */
  byAppends: boolean;
}

/**
 * compiler_dict without `**` items: runs of 16 items build one dict each by
 * MAP_ADD (17 items, counting the one that tipped the run), a final run of at
 * most 16 is presized; every chunk after the first is merged in with DICT_UPDATE.
 */
export function dictDisplayPlan(n: number): DictDisplayChunk[] {
  const chunks: DictDisplayChunk[] = [];
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (elements * 2 > 30) {
      chunks.push({ start: i - elements, end: i + 1, byAppends: true });
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) chunks.push({ start: n - elements, end: n, byAppends: elements * 2 > 30 });
  return chunks;
}

/**
 * The sizing of a dict display `{k0: v0, ...}` (no `**`), given for each key
 * whether it is an exact str and a token that is equal for equal keys (default:
 * all keys distinct).
 */
export function dictDisplaySizing(keyIsStr: readonly boolean[], keyTokens?: readonly unknown[]): DictSizing {
  const tok = keyTokens ?? keyIsStr.map((_, i) => i);
  let acc: DictSizing | null = null;
  let accKeys: unknown[] = [];
  for (const c of dictDisplayPlan(keyIsStr.length)) {
    const strs = keyIsStr.slice(c.start, c.end);
    const s = c.byAppends ? newDictSizing() : dictPresized(c.end - c.start, strs.every((x) => x));
    const keys: unknown[] = [];
    for (let i = c.start; i < c.end; i++) {
      if (keys.includes(tok[i])) dictReplace(s, keyIsStr[i]);
      else {
        keys.push(tok[i]);
        dictInsertNew(s, keyIsStr[i]);
      }
    }
    if (acc === null) {
      acc = s;
      accKeys = keys;
      continue;
    }
    if (!dictMergeBegin(acc, s)) {
      for (const k of keys) {
        const isStr = keyIsStr[tok.indexOf(k)];
        if (accKeys.includes(k)) dictReplace(acc, isStr);
        else {
          accKeys.push(k);
          dictInsertNew(acc, isStr);
        }
      }
    }
  }
  return acc ?? newDictSizing();
}

/**
 * The keys a class shares among its instances' attribute dicts in 3.11
 * (_PyDict_NewKeysForClass): 30 usable entries, one fewer reserved for each
 * instance created (down to 1), one used per new attribute name.
 * sys.getsizeof(obj.__dict__) of a dict still sharing them is
 * 64 + 8 * (nentries + usable), measured at the time of the call.
 */
export class SharedKeysSizing {
  /** Attribute names stored in the shared keys. */
  nentries = 0;
  /** Remaining capacity (dk_usable), 30 for a new class. */
  usable = 30;

  /** init_inline_values: each new instance shrinks the reservation by one, while more than one remains. */
  onNewInstance(): void {
    if (this.usable > 1) this.usable--;
  }

  /** insert_into_dictkeys: a new attribute name; false when the shared keys are full (the dict stops sharing). */
  onNewAttribute(): boolean {
    if (this.usable <= 0) return false;
    this.usable--;
    this.nentries++;
    return true;
  }

  /** The values-array length of a dict sharing these keys (shared_keys_usable_size). */
  get valuesSize(): number {
    return this.nentries + this.usable;
  }

  /** sys.getsizeof(obj.__dict__) for an instance dict that still shares these keys. */
  splitDictSizeof(): number {
    return DICT_BASE_SIZE + 8 * this.valuesSize;
  }
}
