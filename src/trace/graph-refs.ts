/**
 * The reference lists of a recording's copy of the graph (graph-store.ts): each
 * version of an object's references (a watched object's edges, a dict's entries)
 * as a run of integers. A list that differs from its object's list before in a
 * few places (an append to a long list, a new value for one name of a module) is
 * kept as those places only, over that list: a loop that appends to a list or
 * rebinds a global at every step costs each step what it changed, not the whole
 * container again. Reading a list back follows its chain of patches to the full
 * list it started from; once a chain has patched about half its list (or a few
 * places of a short one), the next version is written whole, so a read costs at
 * most about twice the list.
 *
 * Invariants: append-only; a patched list's base is a list of the same kind (full
 * or patched), written before it; `view` gives back exactly the references that
 * were ended into a list.
 */
import { IntColumn } from './int-column';

/** What a reference list holds: a watched object's references, or a dict's entries. */
export const enum RefKind {
  /** Triples: target, label text, hidden reason text (-1 for an arrow). */
  Edges = 0,
  /** Quadruples: key, value, the key's name text, the value's label text. */
  Entries = 1,
}

/** Integers per reference of each kind. */
export const REF_STRIDE = [3, 4] as const;

/** The lists of each kind that hold nothing (made first). */
const EMPTY_EDGES = 0;
const EMPTY_ENTRIES = 1;

/**
 * Places a chain of patches may hold over a list of `n` before the next version is
 * written whole: half the list, and at least four however short it is (a module of
 * five names whose loop rebinds one at every step would otherwise write all five
 * entries at every step: 20 integers where a patch takes 5).
 */
function patchBudget(n: number): number {
  return Math.max(n >> 1, 4);
}

/** Reference lists, full or patched. */
export class RefLists {
  /** Where each list's integers start in `data`. */
  readonly from = new IntColumn();
  /** Each list's number of references. */
  readonly count = new IntColumn();
  readonly kind = new IntColumn();
  /** A patched list's base (the list it changes), -1 for a full list. */
  readonly base = new IntColumn();
  /** A patched list's number of places: each is a position and the reference there (REF_STRIDE integers). */
  readonly patches = new IntColumn();
  /** A patched list's chain length: the places (at least one per link) since its full list. */
  readonly debt = new IntColumn();
  /** Full lists' references, and patched lists' places. */
  readonly data = new IntColumn(4096);
  /** The start of the last `view` in the array it returned. */
  viewFrom = 0;
  /** Scratch arrays for patched lists: 0 and 1 for the capture, 2 for the replay's images (graph-replay.ts). */
  private readonly scratch = [new Int32Array(256), new Int32Array(256), new Int32Array(256)];
  /** Where endPatch assembles a version it writes whole. */
  private whole = new Int32Array(256);
  /** The links `view` follows, newest first (a typed array: emptying a plain array gave its storage back, and the next push made it again, at every view). */
  private chain = new Int32Array(64);

  constructor() {
    for (const kind of [RefKind.Edges, RefKind.Entries]) this.add(0, 0, kind, -1, 0, 0);
  }

  private add(from: number, count: number, kind: RefKind, base: number, patches: number, debt: number): number {
    this.from.push(from);
    this.count.push(count);
    this.kind.push(kind);
    this.base.push(base);
    this.patches.push(patches);
    this.debt.push(debt);
    return this.kind.length - 1;
  }

  /**
   * List `l`'s references, REF_STRIDE[kind] integers each, from `viewFrom` on in the
   * array returned: `data`'s own for a full list, else scratch array `slot` (0, 1 or 2;
   * valid until the next view into the same slot), or a new array for slot -1.
   */
  view(l: number, slot: 0 | 1 | 2 | -1): Int32Array {
    if (this.base.get(l) < 0) {
      this.viewFrom = this.from.get(l);
      return this.data.data;
    }
    const stride = REF_STRIDE[this.kind.get(l) as RefKind];
    const n = this.count.get(l) * stride;
    let out = slot < 0 ? new Int32Array(n) : this.scratch[slot]!;
    if (out.length < n) out = this.scratch[slot as 0 | 1 | 2] = new Int32Array(Math.max(n, 2 * out.length));
    let chain = this.chain;
    let links = 0;
    let full = l;
    for (; this.base.get(full) >= 0; full = this.base.get(full)) {
      if (links === chain.length) {
        const longer = new Int32Array(2 * links);
        longer.set(chain);
        this.chain = chain = longer;
      }
      chain[links++] = full;
    }
    const d = this.data.data;
    const bf = this.from.get(full);
    copyInts(d, bf, out, 0, Math.min(n, this.count.get(full) * stride));
    // Oldest link first; a place beyond this list's end was cut off by a later link.
    for (let c = links - 1; c >= 0; c--) {
      const link = chain[c]!;
      for (let k = this.from.get(link), e = k + this.patches.get(link) * (stride + 1); k < e; k += stride + 1) {
        const at = d[k]! * stride;
        if (at < n) for (let j = 0; j < stride; j++) out[at + j] = d[k + 1 + j]!;
      }
    }
    this.viewFrom = 0;
    return out;
  }

  /**
   * Ends a list of `n` references written as places over list `last` at the end of
   * `data` from `from` on (each place: its position, then the reference there; every
   * position from `last`'s end to `n` among them): its number, or `last` when
   * nothing changed.
   */
  endPatch(kind: RefKind, from: number, last: number, n: number): number {
    const data = this.data;
    const stride = REF_STRIDE[kind];
    const places = (data.length - from) / (stride + 1);
    if (places === 0 && n === this.count.get(last)) return last;
    if (n === 0) {
      data.length = from;
      return kind === RefKind.Edges ? EMPTY_EDGES : EMPTY_ENTRIES;
    }
    const debt = (this.base.get(last) >= 0 ? this.debt.get(last) : 0) + Math.max(places, 1);
    if (places * (stride + 1) < n * stride && debt <= patchBudget(n)) return this.add(from, n, kind, last, places, debt);
    // The chain has grown long: this version is written whole.
    const was = this.view(last, 0);
    const at = this.viewFrom;
    const full = this.whole.length >= n * stride ? this.whole : (this.whole = new Int32Array(2 * n * stride));
    copyInts(was, at, full, 0, Math.min(n, this.count.get(last)) * stride);
    const d = data.data;
    for (let k = from; k < data.length; k += stride + 1) for (let j = 0; j < stride; j++) full[d[k]! * stride + j] = d[k + 1 + j]!;
    data.length = from;
    for (let k = 0; k < n * stride; k++) data.push(full[k]!);
    return this.add(from, n, kind, -1, 0, 0);
  }

  /**
   * Ends a list written at the end of `data` from `from` on (whole): its number, or
   * `last` (the object's list before; the new one is dropped) when that holds exactly
   * these references. A long list that differs from `last` in few places is kept as
   * those places over it.
   */
  end(kind: RefKind, from: number, last: number): number {
    const data = this.data;
    const stride = REF_STRIDE[kind];
    const len = data.length - from;
    const n = len / stride;
    // Most objects hold nothing (an int, a str): one empty list of each kind serves them all.
    if (n === 0) return kind === RefKind.Edges ? EMPTY_EDGES : EMPTY_ENTRIES;
    if (last < 0 || this.kind.get(last) !== kind) return this.add(from, n, kind, -1, 0, 0);
    const was = this.view(last, 0);
    const at = this.viewFrom;
    const bn = this.count.get(last);
    // (`data` may grow below: read it through `data.data` afresh.)
    const differs = (k: number) => {
      if (k >= bn) return true;
      const d = data.data;
      for (let j = 0; j < stride; j++) if (was[at + k * stride + j] !== d[from + k * stride + j]) return true;
      return false;
    };
    let places = 0;
    for (let k = 0; k < n; k++) if (differs(k)) places++;
    if (places === 0 && n === bn) {
      data.length = from;
      return last;
    }
    const debt = (this.base.get(last) >= 0 ? this.debt.get(last) : 0) + Math.max(places, 1);
    if (places * 4 > n || debt > patchBudget(n)) return this.add(from, n, kind, -1, 0, 0);
    // The places, written after the new list, then moved down over it.
    const patchAt = data.length;
    for (let k = 0; k < n; k++) {
      if (!differs(k)) continue;
      data.push(k);
      for (let j = 0; j < stride; j++) data.push(data.get(from + k * stride + j));
    }
    const d = data.data;
    d.copyWithin(from, patchAt, data.length);
    data.length = from + (data.length - patchAt);
    return this.add(from, n, kind, last, places, debt);
  }
}

/**
 * Copies `n` integers from `src[from]` on to `dst[to]` on. A short run is copied by hand:
 * the `subarray` a `set` needs is an object made per copy, and the capture copies a
 * short list at many steps.
 */
function copyInts(src: Int32Array, from: number, dst: Int32Array, to: number, n: number): void {
  if (n > 64) dst.set(src.subarray(from, from + n), to);
  else for (let k = 0; k < n; k++) dst[to + k] = src[from + k]!;
}
