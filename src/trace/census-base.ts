/**
 * A census base: the full census's view of the graph at one step (a checkpoint's),
 * kept so that later steps' censuses need not walk the whole heap again
 * (census-delta.ts). It keeps every live object's references, who holds each
 * object, and a spanning tree of what was reachable, each subtree an interval of
 * the tree's depth-first order.
 *
 * Invariants: indexes are the live objects in the order they were made (the full
 * census's node order); `parent` is ROOT for an object reached from outside the heap,
 * UNREACHED for garbage, else the index of the object it was first reached through;
 * an object's subtree is the indexes at `preorder[pre[k]]` .. `preorder[pre[k] + size[k] - 1]`.
 */
import { CensusWalk, heldBy, HOLDER_KEY } from '../python/heap-census';
import { Hidden, NodeKind } from '../python/heap-image';
import type { GraphStore } from './graph-store';
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

/** The full census's reachability at one step, in a form later steps can start from. */
export class CensusBase {
  /** Index → serial, increasing. */
  readonly serials: Int32Array;
  /** Index → the reference list its row had (a later row with the same list has the same references). */
  readonly refLists: Int32Array;
  /** Index → its row (a later step with the same row has the same everything). */
  readonly rows: Int32Array;
  /** Serial → index, -1 for an object not live here. */
  private readonly indexOfSerial: Int32Array;
  /** Each index's references (serials of any target), in traverse order: outTo[outFrom[k] .. outFrom[k + 1]). */
  readonly outFrom: Int32Array;
  readonly outTo: Int32Array;
  /** Each reference's label and hidden reason, as the census gave them. */
  readonly outLabels: string[];
  readonly outReasons: Array<string | null>;
  /** Each serial's holders (indexes, once per reference): inHolders[inFrom[s] .. inFrom[s + 1]). */
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
  /** Indexes of garbage here. */
  readonly garbage: Int32Array;
  /** Each reference's hidden reason had its holder not been shown, and its order key: for the sums of `heldSums`. */
  readonly outHidden: string[];
  readonly outKeys: Float64Array;
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
    store: GraphStore,
    image: ReplayedImage,
  ) {
    const walk = new CensusWalk(image, null);
    const n = image.liveCount;
    for (let k = 0; k < n; k++) walk.listEdges(k);
    const serialOf = image.serialOf;
    this.serials = new Int32Array(n);
    this.refLists = new Int32Array(n);
    this.rows = new Int32Array(n);
    let top = 0;
    for (let k = 0; k < n; k++) {
      const s = serialOf(k);
      this.serials[k] = s;
      if (s >= top) top = s + 1;
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
    // Targets may be objects not live (made before the run, shared): serials beyond `top` too.
    const { holders, targets } = walk;
    for (let j = 0; j < walk.edgeCount; j++) {
      const s = serialOf(targets[j]!);
      if (s >= top) top = s + 1;
    }
    this.indexOfSerial = new Int32Array(top).fill(-1);
    for (let k = 0; k < n; k++) this.indexOfSerial[this.serials[k]!] = k;

    // References out of each live object (a running namespace's entries are its frame's: holder -1, not counted).
    this.outFrom = new Int32Array(n + 1);
    let m = 0;
    for (let k = 0; k < n; k++) {
      this.outFrom[k] = m;
      for (let j = walk.from(k), e = walk.to(k); j < e; j++) if (holders[j] === k) m++;
    }
    this.outFrom[n] = m;
    this.outTo = new Int32Array(m);
    this.outLabels = new Array<string>(m);
    this.outReasons = new Array<string | null>(m);
    this.outHidden = new Array<string>(m);
    this.outKeys = new Float64Array(m);
    const stdoutNode = image.roots.stdout;
    this.stdout = stdoutNode < 0 ? -1 : serialOf(stdoutNode);
    const inCount = new Int32Array(top + 1);
    for (let k = 0, o = 0; k < n; k++) {
      const held = k === stdoutNode ? Hidden.stdoutBuffer : heldBy(image.type(k));
      for (let j = walk.from(k), e = walk.to(k), pos = 0; j < e; j++, pos++) {
        if (holders[j] !== k) continue;
        const s = serialOf(targets[j]!);
        this.outLabels[o] = walk.labels[j]!;
        this.outReasons[o] = walk.reasons[j]!;
        this.outHidden[o] = walk.reasons[j] ?? held;
        this.outKeys[o] = this.serials[k]! * HOLDER_KEY + pos;
        this.outTo[o++] = s;
        inCount[s + 1]!++;
      }
    }
    for (let s = 0; s < top; s++) inCount[s + 1]! += inCount[s]!;
    this.inFrom = inCount;
    this.inHolders = new Int32Array(m);
    const fill = this.inFrom.slice(0, top);
    for (let k = 0; k < n; k++) for (let o = this.outFrom[k]!; o < this.outFrom[k + 1]!; o++) this.inHolders[fill[this.outTo[o]!]!++] = k;
    for (let s = 0; s < top; s++) if (this.inFrom[s + 1]! - this.inFrom[s]! >= MANY_HOLDERS) this.heldSums.set(s, this.sumHeld(s, () => false));

    // Reachability as the full census finds it, breadth-first, keeping the first holder each object was reached through.
    const found = new Int32Array(n);
    for (let j = 0; j < walk.edgeCount; j++) {
      const t = targets[j]!;
      if (t < n) found[t]!++;
    }
    this.parent = new Int32Array(n).fill(UNREACHED);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    const rooted: number[] = [];
    const reachRoot = (t: number) => {
      if (t < n && this.parent[t] === UNREACHED && !walk.shared(t)) {
        this.parent[t] = ROOT;
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
        if (t >= 0 && this.parent[t] === UNREACHED && !walk.shared(t)) {
          this.parent[t] = k;
          queue[tail++] = t;
        }
      }
    }
    this.treeRoots = Int32Array.from(rooted);
    const garbage: number[] = [];
    for (let k = 0; k < n; k++) if (this.parent[k] === UNREACHED && !walk.shared(k)) garbage.push(k);
    this.garbage = Int32Array.from(garbage);

    // The tree's children, and its depth-first order: a subtree is an interval of it.
    this.childFrom = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) if (this.parent[k]! >= 0) this.childFrom[this.parent[k]! + 1]!++;
    for (let k = 0; k < n; k++) this.childFrom[k + 1]! += this.childFrom[k]!;
    this.children = new Int32Array(this.childFrom[n]!);
    const at = this.childFrom.slice(0, n);
    for (let k = 0; k < n; k++) if (this.parent[k]! >= 0) this.children[at[this.parent[k]!]!++] = k;
    this.pre = new Int32Array(n).fill(-1);
    this.size = new Int32Array(n);
    this.preorder = new Int32Array(tail);
    const stack = new Int32Array(n + 1);
    const next = new Int32Array(n);
    let p = 0;
    for (const r of rooted) {
      let depth = 0;
      stack[depth++] = r;
      this.pre[r] = p;
      this.preorder[p++] = r;
      next[r] = this.childFrom[r]!;
      while (depth > 0) {
        const k = stack[depth - 1]!;
        if (next[k]! < this.childFrom[k + 1]!) {
          const c = this.children[next[k]!++]!;
          this.pre[c] = p;
          this.preorder[p++] = c;
          next[c] = this.childFrom[c]!;
          stack[depth++] = c;
        } else {
          this.size[k] = p - this.pre[k]!;
          depth--;
        }
      }
    }
  }

  /**
   * The hidden references to `serial` from its holders here but those `skip` says,
   * by reason (as the census would give them, none of the holders shown).
   */
  sumHeld(serial: number, skip: (k: number) => boolean): HeldSum {
    const sum: HeldSum = { reasons: [], counts: [], keys: [] };
    for (let j = this.inFrom[serial]!, e = this.inFrom[serial + 1]!; j < e; j++) {
      const k = this.inHolders[j]!;
      if (skip(k)) continue;
      for (let o = this.outFrom[k]!; o < this.outFrom[k + 1]!; o++) {
        if (this.outTo[o] !== serial) continue;
        const r = this.outHidden[o]!;
        const at = sum.reasons.indexOf(r);
        if (at < 0) {
          sum.reasons.push(r);
          sum.counts.push(1);
          sum.keys.push(this.outKeys[o]!);
        } else {
          sum.counts[at]!++;
          if (this.outKeys[o]! < sum.keys[at]!) sum.keys[at] = this.outKeys[o]!;
        }
      }
      // (A holder's references to one object are listed together: the loop over its references runs once per holder.)
      while (j + 1 < e && this.inHolders[j + 1] === k) j++;
    }
    return sum;
  }

  /** Number of live objects. */
  get length(): number {
    return this.serials.length;
  }

  /** The index of `serial`, -1 for none. */
  indexOf(serial: number): number {
    return serial < this.indexOfSerial.length ? this.indexOfSerial[serial]! : -1;
  }

  /** Calls `visit` with the index of each holder of `serial` here, once per reference. */
  holders(serial: number, visit: (k: number) => void): void {
    if (serial + 1 >= this.inFrom.length) return;
    for (let j = this.inFrom[serial]!, e = this.inFrom[serial + 1]!; j < e; j++) visit(this.inHolders[j]!);
  }

  /** True when k was reachable here. */
  reached(k: number): boolean {
    return this.parent[k] !== UNREACHED;
  }
}
