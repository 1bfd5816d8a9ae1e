/**
 * A census base: the full census's view of the graph at one step (a checkpoint's),
 * kept so that later steps' censuses need not walk the whole heap again
 * (census-delta.ts). It keeps every live object's references, who holds each
 * object, a spanning tree of what was reachable, each subtree an interval of the
 * tree's depth-first order, and for much-held objects their hidden references
 * summed by reason.
 *
 * Invariants: indexes are the live objects in the order they were made (the full
 * census's node order); `parent` is ROOT for an object reached from outside the heap,
 * UNREACHED for garbage, else the index of the object it was first reached through;
 * an object's subtree is the indexes at `preorder[pre[k]]` .. `preorder[pre[k] + size[k] - 1]`.
 * A target's slot is its index when live, else `length` plus its place among the
 * targets not live (objects made before the run).
 */
import { CensusWalk, heldBy, HOLDER_KEY } from '../python/heap-census';
import { Hidden, NodeKind } from '../python/heap-image';
import type { ReplayedImage } from './graph-replay';

/** `parent` of an object held from outside the heap (a frame, the interpreter, a reference the census cannot see). */
export const ROOT = -2;
/** `parent` of an object nothing reachable holds (garbage). */
export const UNREACHED = -1;

/** Holders from which an object's hidden references are kept summed by reason (a class and its instances). */
export const MANY_HOLDERS = 32;

/** The hidden references to one much-held object from its holders, as if none were shown: by reason, with the order key of each reason's first. */
export interface HeldSum {
  reasons: string[];
  counts: number[];
  keys: number[];
  /** True where the reason's first holder was taken out: its key is a lower bound. */
  loose?: boolean[];
}

/** Hidden reasons as numbers (few distinct texts; a reference each is a lot of pointers): text → id, id → text. */
const reasonIds = new Map<string, number>();
const reasonTexts: string[] = [];
function reasonId(text: string): number {
  let id = reasonIds.get(text);
  if (id === undefined) {
    reasonIds.set(text, (id = reasonTexts.length));
    reasonTexts.push(text);
  }
  return id;
}

/** Counts one more hidden reference for `reason` in `sum`, whose order key is `key`. */
export function addToSum(sum: HeldSum, reason: string, key: number): void {
  const at = sum.reasons.indexOf(reason);
  if (at < 0) {
    sum.reasons.push(reason);
    sum.counts.push(1);
    sum.keys.push(key);
    sum.loose?.push(false);
  } else {
    sum.counts[at]!++;
    if (key < sum.keys[at]!) sum.keys[at] = key;
  }
}

/**
 * Serial → index of the base last asked (`activate`): one array over every serial for
 * all bases, refilled when another base is asked (a base each was most of their memory).
 */
let indexOfSerial = new Int32Array(1024).fill(-1);
let indexOwner: CensusBase | null = null;

/** The full census's reachability at one step, in a form later steps can start from. */
export class CensusBase {
  /** Index → serial, increasing. */
  readonly serials: Int32Array;
  /** Index → the reference list its row had (a later row with the same list has the same references). */
  readonly refLists: Int32Array;
  /** Index → its row (a later step with the same row has the same everything). */
  readonly rows: Int32Array;
  /** Targets not live, by serial → slot. */
  private readonly otherSlots = new Map<number, number>();
  /** Each index's references (serials of any target), in traverse order: outTo[outFrom[k] .. outFrom[k + 1]). */
  readonly outFrom: Int32Array;
  readonly outTo: Int32Array;
  /** Each reference's label, and its hidden reason as the census gave it and had its holder not been shown (for `heldSums`), as reason ids (-1: none). */
  readonly outLabels: string[];
  private readonly outReason: Int32Array;
  private readonly outHeld: Int32Array;
  /** Each slot's holders (indexes, once per reference): inHolders[inFrom[t] .. inFrom[t + 1]). */
  private readonly inFrom: Int32Array;
  private readonly inHolders: Int32Array;
  readonly parent: Int32Array;
  readonly pre: Int32Array;
  readonly size: Int32Array;
  readonly preorder: Int32Array;
  /** Each index's tree children: children[childFrom[k] .. childFrom[k + 1]). */
  readonly childFrom: Int32Array;
  readonly children: Int32Array;
  /** Indexes reached from outside the heap. */
  readonly treeRoots: Int32Array;
  /** Serial → the sum of its hidden references, for objects with MANY_HOLDERS holders or more. */
  readonly heldSums = new Map<number, HeldSum>();
  /** The serial that held stdout's pending writes here (its references' reason is the buffer), -1 for none. */
  readonly stdout: number;
  /** Serials of the live modules and generators, and of the dicts that were namespaces (their references depend on the stack). */
  readonly modules: number[] = [];
  readonly generators: number[] = [];
  readonly namespaces: number[] = [];

  /**
   * @param step the step the image shows
   * @param image the step's image, its live objects numbered first (imageAt without `lazy`)
   */
  constructor(
    readonly step: number,
    image: ReplayedImage,
  ) {
    const walk = new CensusWalk(image, null);
    const n = image.liveCount;
    for (let k = 0; k < n; k++) walk.listEdges(k);
    this.serials = new Int32Array(n);
    this.refLists = new Int32Array(n);
    this.rows = new Int32Array(n);
    this.readObjects(image, walk);
    this.activate();
    const stdoutNode = image.roots.stdout;
    this.stdout = stdoutNode < 0 ? -1 : image.serialOf(stdoutNode);
    const m = this.countReferences(image, walk);
    this.outFrom = new Int32Array(n + 1);
    this.outTo = new Int32Array(m);
    this.outLabels = new Array<string>(m);
    this.outReason = new Int32Array(m);
    this.outHeld = new Int32Array(m);
    this.readReferences(image, walk);
    const slots = n + this.otherSlots.size;
    this.inFrom = new Int32Array(slots + 1);
    this.inHolders = new Int32Array(m);
    this.indexHolders();
    this.parent = new Int32Array(n).fill(UNREACHED);
    this.treeRoots = this.reach(image, walk);
    this.childFrom = new Int32Array(n + 1);
    this.children = new Int32Array(n);
    this.pre = new Int32Array(n).fill(-1);
    this.size = new Int32Array(n);
    this.preorder = new Int32Array(n);
    this.orderTree();
    for (let t = 0; t < slots; t++) if (this.inFrom[t + 1]! - this.inFrom[t]! >= MANY_HOLDERS) this.heldSums.set(this.serialOfSlot(t), this.sumHeld(this.serialOfSlot(t), () => false));
  }

  /** Serials, rows and reference lists of the live objects; the modules, generators and namespaces. */
  private readObjects(image: ReplayedImage, walk: CensusWalk): void {
    const serialOf = image.serialOf;
    for (let k = 0; k < this.serials.length; k++) {
      const s = serialOf(k);
      this.serials[k] = s;
      this.refLists[k] = image.refList(k);
      this.rows[k] = image.rowOfSerial(s);
      const kind = walk.kindOf(k);
      if (kind === NodeKind.Module) {
        this.modules.push(s);
        const d = image.moduleDict(k);
        if (d >= 0) this.namespaces.push(serialOf(d));
      } else if (kind === NodeKind.Generator) this.generators.push(s);
    }
    for (const f of image.frames) if (f.namespace >= 0) this.namespaces.push(serialOf(f.namespace));
  }

  /** Counts the live objects' own references (a running namespace's entries are its frame's: holder -1, not counted), giving targets not live their slots. */
  private countReferences(image: ReplayedImage, walk: CensusWalk): number {
    const n = this.serials.length;
    const { holders, targets } = walk;
    let m = 0;
    for (let k = 0; k < n; k++) {
      for (let j = walk.from(k), e = walk.to(k); j < e; j++) {
        if (holders[j] !== k) continue;
        m++;
        const t = targets[j]!;
        if (t >= n) {
          const s = image.serialOf(t);
          if (!this.otherSlots.has(s)) this.otherSlots.set(s, n + this.otherSlots.size);
        }
      }
    }
    return m;
  }

  private readReferences(image: ReplayedImage, walk: CensusWalk): void {
    const n = this.serials.length;
    const { holders, targets } = walk;
    const stdoutNode = image.roots.stdout;
    let o = 0;
    for (let k = 0; k < n; k++) {
      this.outFrom[k] = o;
      const held = reasonId(k === stdoutNode ? Hidden.stdoutBuffer : heldBy(image.type(k)));
      for (let j = walk.from(k), e = walk.to(k); j < e; j++) {
        if (holders[j] !== k) continue;
        const t = targets[j]!;
        this.outLabels[o] = walk.labels[j]!;
        const reason = walk.reasons[j]!;
        this.outReason[o] = reason === null ? -1 : reasonId(reason);
        this.outHeld[o] = reason === null ? held : this.outReason[o]!;
        this.outTo[o++] = t < n ? this.serials[t]! : image.serialOf(t);
      }
    }
    this.outFrom[n] = o;
  }

  /** The in-index: each slot's holders, in index order. */
  private indexHolders(): void {
    const n = this.serials.length;
    const inFrom = this.inFrom;
    const slots = inFrom.length - 1;
    for (let o = 0; o < this.outTo.length; o++) inFrom[this.slotOf(this.outTo[o]!) + 1]!++;
    for (let t = 0; t < slots; t++) inFrom[t + 1]! += inFrom[t]!;
    const fill = inFrom.slice(0, slots);
    for (let k = 0; k < n; k++) for (let o = this.outFrom[k]!; o < this.outFrom[k + 1]!; o++) this.inHolders[fill[this.slotOf(this.outTo[o]!)]!++] = k;
  }

  /** Reachability as the full census finds it, breadth-first, keeping the first holder each object was reached through; the objects reached from outside. */
  private reach(image: ReplayedImage, walk: CensusWalk): Int32Array {
    const n = this.serials.length;
    const { holders, targets } = walk;
    const found = new Int32Array(n);
    for (let j = 0; j < walk.edgeCount; j++) {
      const t = targets[j]!;
      if (t < n) found[t]!++;
    }
    const parent = this.parent;
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    const rooted: number[] = [];
    const reachRoot = (t: number) => {
      if (t < n && parent[t] === UNREACHED && !walk.shared(t)) {
        parent[t] = ROOT;
        rooted.push(t);
        queue[tail++] = t;
      }
    };
    for (let j = 0; j < walk.edgeCount; j++) if (holders[j] === -1) reachRoot(targets[j]!);
    for (let k = 0; k < n; k++) if (image.refcount(k) > found[k]!) reachRoot(k);
    while (head < tail) {
      const k = queue[head++]!;
      for (let o = this.outFrom[k]!; o < this.outFrom[k + 1]!; o++) {
        const t = this.indexOf(this.outTo[o]!);
        if (t >= 0 && parent[t] === UNREACHED && !walk.shared(t)) {
          parent[t] = k;
          queue[tail++] = t;
        }
      }
    }
    return Int32Array.from(rooted);
  }

  /** The tree's children, and its depth-first order: a subtree is an interval of it. */
  private orderTree(): void {
    const n = this.serials.length;
    const { parent, childFrom, children, pre, size, preorder } = this;
    for (let k = 0; k < n; k++) if (parent[k]! >= 0) childFrom[parent[k]! + 1]!++;
    for (let k = 0; k < n; k++) childFrom[k + 1]! += childFrom[k]!;
    const at = childFrom.slice(0, n);
    for (let k = 0; k < n; k++) if (parent[k]! >= 0) children[at[parent[k]!]!++] = k;
    const stack = new Int32Array(n + 1);
    const next = new Int32Array(n);
    let p = 0;
    for (const r of this.treeRoots) {
      let depth = 0;
      stack[depth++] = r;
      pre[r] = p;
      preorder[p++] = r;
      next[r] = childFrom[r]!;
      while (depth > 0) {
        const k = stack[depth - 1]!;
        if (next[k]! < childFrom[k + 1]!) {
          const c = children[next[k]!++]!;
          pre[c] = p;
          preorder[p++] = c;
          next[c] = childFrom[c]!;
          stack[depth++] = c;
        } else {
          size[k] = p - pre[k]!;
          depth--;
        }
      }
    }
  }

  /** Makes `indexOf` answer for this base (one array serves every base, refilled on a change of base). */
  activate(): void {
    if (indexOwner === this) return;
    if (indexOwner !== null) for (const s of indexOwner.serials) indexOfSerial[s] = -1;
    const top = this.serials.length === 0 ? 0 : this.serials[this.serials.length - 1]! + 1;
    if (top > indexOfSerial.length) {
      const bigger = new Int32Array(Math.max(top, 2 * indexOfSerial.length)).fill(-1);
      bigger.set(indexOfSerial);
      indexOfSerial = bigger;
    }
    for (let k = 0; k < this.serials.length; k++) indexOfSerial[this.serials[k]!] = k;
    indexOwner = this;
  }

  /** The index of `serial`, -1 for none (after `activate`). */
  indexOf(serial: number): number {
    return serial < indexOfSerial.length ? indexOfSerial[serial]! : -1;
  }

  private slotOf(serial: number): number {
    const k = this.indexOf(serial);
    return k >= 0 ? k : (this.otherSlots.get(serial) ?? -1);
  }

  private serialOfSlot(t: number): number {
    if (t < this.serials.length) return this.serials[t]!;
    for (const [s, slot] of this.otherSlots) if (slot === t) return s;
    return -1;
  }

  /** The order key of reference `o` (its holder's serial, then its place among the holder's references). */
  keyOf(k: number, o: number): number {
    return this.serials[k]! * HOLDER_KEY + (o - this.outFrom[k]!);
  }

  /**
   * The hidden references to `serial` from its holders here but those `skip` says,
   * by reason (as the census would give them, none of the holders shown).
   */
  sumHeld(serial: number, skip: (k: number) => boolean): HeldSum {
    const sum: HeldSum = { reasons: [], counts: [], keys: [] };
    const t = this.slotOf(serial);
    if (t < 0) return sum;
    for (let j = this.inFrom[t]!, e = this.inFrom[t + 1]!; j < e; j++) {
      const k = this.inHolders[j]!;
      // (A holder's references to one object are listed together: its references are read once.)
      while (j + 1 < e && this.inHolders[j + 1] === k) j++;
      if (skip(k)) continue;
      for (let o = this.outFrom[k]!; o < this.outFrom[k + 1]!; o++) if (this.outTo[o] === serial) addToSum(sum, this.hiddenOf(o), this.keyOf(k, o));
    }
    return sum;
  }

  /** Reference o's hidden reason, null when it is an arrow. */
  reasonOf(o: number): string | null {
    const id = this.outReason[o]!;
    return id < 0 ? null : reasonTexts[id]!;
  }

  /** Reference o's hidden reason had its holder not been shown. */
  hiddenOf(o: number): string {
    return reasonTexts[this.outHeld[o]!]!;
  }

  /** Number of live objects. */
  get length(): number {
    return this.serials.length;
  }

  /** Calls `visit` with the index of each holder of `serial` here, once per reference. */
  holders(serial: number, visit: (k: number) => void): void {
    const t = this.slotOf(serial);
    if (t < 0) return;
    for (let j = this.inFrom[t]!, e = this.inFrom[t + 1]!; j < e; j++) visit(this.inHolders[j]!);
  }

  /** True when k was reachable here. */
  reached(k: number): boolean {
    return this.parent[k] !== UNREACHED;
  }
}
