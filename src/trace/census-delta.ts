/**
 * Reachability at one step of a recording, found from a census base (census-base.ts)
 * by reading only what changed since it, for a census that reads only the shown
 * objects and their holders (heap-census.ts `censusOf` with a CensusReach). A full
 * census of a 100,000-object heap takes tens of milliseconds, and a seek takes two.
 *
 * What changed since the base: objects whose row has another reference list,
 * namespaces and generators (their references depend on the stack), objects made
 * since, objects freed. Their references are read afresh; every other object's are
 * the base's. An object reachable at the base stays reachable while the tree path
 * that reached it stands; a tree edge that no longer exists breaks the subtree
 * below it, and a broken subtree is reachable whole again once its root has a
 * holder known to be reachable (or is held from outside the heap). Objects made
 * since, and the base's garbage, are reachable once a reachable object holds them.
 * What is still unknown after that is walked as the full census walks it. The
 * result is the full census's (tests/trace/census-delta.test.ts compares them).
 */
import type { CensusReach, CensusWalk } from '../python/heap-census';
import { NodeKind } from '../python/heap-image';
import type { CensusBase, HeldSum } from './census-base';
import { HeldSums } from './census-sums';
import type { ReplayedImage } from './graph-replay';
import { Marks } from './marks';

// Reused by every step (one census at a time).
const untreedCertified = new Marks();
const inUnknown = new Marks();
const reachedUnknown = new Marks();
const targetsNow = new Marks();

/** Reachability and holders at one step, from a base. */
export class StepReach implements CensusReach {
  readonly modules: number[] = [];
  garbage: number[] = [];
  /** Base index → 1 when its references changed since the base (or depend on the stack), 2 when freed. */
  readonly changed: Uint8Array;
  readonly changedList: number[] = [];
  readonly freedList: number[] = [];
  /** Live serials made since the base, and the base's garbage still alive. */
  private readonly untreed: number[] = [];
  walk!: CensusWalk;
  private sums!: HeldSums;
  /** References to each node from frames and the interpreter. */
  private rootCount: Int32Array = new Int32Array(0);
  /** References to each node from the holders read afresh: holders newHolders[newFrom[t] .. newFrom[t + 1]). */
  private newFrom: Int32Array = new Int32Array(1);
  private newHolders: Int32Array = new Int32Array(0);
  /** Broken subtree roots (base indexes) in depth-first order, the one enclosing each (-1), and whether each is certified. */
  private broken: number[] = [];
  private brokenOuter: Int32Array = new Int32Array(0);
  private brokenCertified: Uint8Array = new Uint8Array(0);
  private resolved = false;

  /**
   * @param watched the watched serials alive at the step, increasing
   */
  constructor(
    readonly base: CensusBase,
    readonly image: ReplayedImage,
    watched: Int32Array,
  ) {
    const n = base.length;
    base.activate();
    this.changed = new Uint8Array(n);
    untreedCertified.clear();
    inUnknown.clear();
    reachedUnknown.clear();
    // One merge of two increasing lists: what was freed, made, or given other references.
    let k = 0;
    for (let w = 0; w < watched.length; w++) {
      const s = watched[w]!;
      while (k < n && base.serials[k]! < s) this.free(k++);
      if (k < n && base.serials[k] === s) {
        if (image.rowOfSerial(s) !== base.rows[k] && image.refListOfSerial(s) !== base.refLists[k]) this.change(k);
        if (!base.reached(k)) this.untreed.push(s);
        k++;
      } else {
        this.untreed.push(s);
        const kind = image.kindOfSerial(s);
        if (kind === NodeKind.Module) this.modules.push(image.node(s));
      }
    }
    while (k < n) this.free(k++);
    for (const s of base.modules) if (this.alive(s)) this.modules.push(image.node(s));
    // References that depend on the stack: a namespace's (whose frame may run or not) and a generator's.
    const special = (s: number) => {
      const b = base.indexOf(s);
      if (b >= 0 && this.changed[b] === 0) this.change(b);
    };
    for (const s of base.generators) special(s);
    for (const s of base.namespaces) special(s);
    for (const f of image.frames) if (f.namespace >= 0) special(image.serialOf(f.namespace));
    for (const m of this.modules) {
      const d = image.moduleDict(m);
      if (d >= 0) special(image.serialOf(d));
    }
  }

  /**
   * Roughly how many references this step reads afresh (the changed objects' at the
   * base, one per new object): past a fraction of the heap, the full census is cheaper.
   */
  freshReferences(): number {
    let n = this.untreed.length;
    for (const k of this.changedList) n += this.base.outFrom[k + 1]! - this.base.outFrom[k]!;
    return n;
  }

  private free(k: number): void {
    this.changed[k] = 2;
    this.freedList.push(k);
  }

  private change(k: number): void {
    this.changed[k] = 1;
    this.changedList.push(k);
  }

  /** True when base serial `s` is alive now. */
  private alive(s: number): boolean {
    const k = this.base.indexOf(s);
    return k < 0 || this.changed[k] !== 2;
  }

  isLive(i: number): boolean {
    return this.image.isLive(i);
  }

  rank(i: number): number {
    return this.image.serialOf(i);
  }

  resolve(walk: CensusWalk): void {
    this.walk = walk;
    this.sums = new HeldSums(this);
    const { base, image } = this;
    // Read afresh: the changed objects, the namespaces of running frames (their entries are the frames' names), the new ones.
    const fresh: number[] = [];
    for (const k of this.changedList) fresh.push(image.node(base.serials[k]!));
    for (const s of this.untreed) if (base.indexOf(s) < 0) fresh.push(image.node(s));
    for (const f of image.frames) if (f.namespace >= 0 && image.isLive(f.namespace)) fresh.push(f.namespace);
    for (const i of fresh) walk.listEdges(i);
    const size = image.size;
    this.rootCount = new Int32Array(size);
    const count = new Int32Array(size + 1);
    const { holders, targets } = walk;
    for (let j = 0; j < walk.edgeCount; j++) {
      if (holders[j] === -1) this.rootCount[targets[j]!]!++;
      else count[targets[j]! + 1]!++;
    }
    for (let t = 0; t < size; t++) count[t + 1]! += count[t]!;
    this.newFrom = count;
    this.newHolders = new Int32Array(count[size]!);
    const at = count.slice(0, size);
    for (let j = 0; j < walk.edgeCount; j++) if (holders[j] !== -1) this.newHolders[at[targets[j]!]!++] = holders[j]!;

    this.findBroken();
    this.certify();
    this.walkUnknown();
    this.resolved = true;
  }

  /** The live holders of node x now, once per reference. */
  eachHolder(x: number, visit: (h: number) => void): void {
    const { base, image } = this;
    base.holders(image.serialOf(x), (k) => {
      if (this.changed[k] === 0) visit(image.node(base.serials[k]!));
    });
    this.eachNewHolder(x, visit);
  }

  /** heldFromOutside's answers this step (a candidate is asked at every pass of `certify`, then by `walkUnknown`). */
  private readonly outside = new Map<number, boolean>();

  /** Held from outside the heap: by a frame or the interpreter, or by more references than the heap shows. */
  private heldFromOutside(x: number): boolean {
    if (x < this.rootCount.length && this.rootCount[x]! > 0) return true;
    if (!this.image.isLive(x)) return false;
    let yes = this.outside.get(x);
    if (yes === undefined) {
      let found = 0;
      this.eachHolder(x, () => found++);
      this.outside.set(x, (yes = this.image.refcount(x) > found));
    }
    return yes;
  }

  /** Subtree roots whose tree edge is gone: a root no longer held from outside, a child its holder no longer holds. */
  private findBroken(): void {
    const { base, image, walk } = this;
    const broken: number[] = [];
    for (const r of base.treeRoots) {
      if (this.changed[r] === 2) continue;
      if (!this.heldFromOutside(image.node(base.serials[r]!))) broken.push(r);
    }
    const check = (k: number) => {
      if (!base.reached(k) || base.childFrom[k] === base.childFrom[k + 1]) return;
      targetsNow.clear();
      if (this.changed[k] === 1) {
        const h = image.node(base.serials[k]!);
        for (let j = walk.from(h), e = walk.to(h); j < e; j++) if (walk.holders[j] === h) targetsNow.set(image.serialOf(walk.targets[j]!));
      }
      for (let c = base.childFrom[k]!; c < base.childFrom[k + 1]!; c++) {
        const child = base.children[c]!;
        if (this.changed[child] !== 2 && !targetsNow.has(base.serials[child]!)) broken.push(child);
      }
    };
    for (const k of this.changedList) check(k);
    for (const k of this.freedList) check(k);
    broken.sort((a, b) => base.pre[a]! - base.pre[b]!);
    this.broken = broken;
    this.brokenOuter = new Int32Array(broken.length);
    this.brokenCertified = new Uint8Array(broken.length);
    const open: number[] = [];
    for (let q = 0; q < broken.length; q++) {
      const k = broken[q]!;
      while (open.length > 0 && !this.encloses(broken[open[open.length - 1]!]!, k)) open.pop();
      this.brokenOuter[q] = open.length > 0 ? open[open.length - 1]! : -1;
      open.push(q);
    }
  }

  /** True when base index k is in the subtree of base index b. */
  private encloses(b: number, k: number): boolean {
    const p = this.base.pre[k]!;
    return this.base.pre[b]! <= p && p < this.base.pre[b]! + this.base.size[b]!;
  }

  /** The innermost broken subtree holding base index k (its place in `broken`), or -1. */
  private innermostBroken(k: number): number {
    const broken = this.broken;
    const p = this.base.pre[k]!;
    let lo = 0;
    let hi = broken.length - 1;
    let q = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.base.pre[broken[mid]!]! <= p) {
        q = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    while (q >= 0 && !this.encloses(broken[q]!, k)) q = this.brokenOuter[q]!;
    return q;
  }

  /** Known reachable now (before the unknown objects are walked): node x. */
  private certified(x: number): boolean {
    const { base, image, walk } = this;
    if (!image.isLive(x) || walk.shared(x)) return false;
    const s = image.serialOf(x);
    const k = base.indexOf(s);
    if (k >= 0 && base.reached(k)) {
      const q = this.innermostBroken(k);
      return q < 0 || this.brokenCertified[q] === 1;
    }
    return untreedCertified.has(s);
  }

  /** Certifies broken subtrees and untreed objects held by what is known reachable, until nothing more is. */
  private certify(): void {
    const { base, image, walk } = this;
    const pending: number[] = [];
    // Newest first: what a frame holds now is mostly new, and holds older objects (certified forward from it).
    for (let u = this.untreed.length - 1; u >= 0; u--) {
      const x = image.node(this.untreed[u]!);
      if (!walk.shared(x)) pending.push(x);
    }
    const stack: number[] = [];
    const certifyUntreed = (x: number) => {
      untreedCertified.set(image.serialOf(x));
      stack.push(x);
      // Forward: what a newly certified object holds is certified too (a chain of new objects in one pass).
      while (stack.length > 0) this.eachTarget(stack.pop()!, reach);
    };
    const reach = (t: number) => {
      if (!image.isLive(t) || walk.shared(t)) return;
      const s = image.serialOf(t);
      const k = base.indexOf(s);
      if (k >= 0 && base.reached(k)) {
        const q = this.innermostBroken(k);
        if (q >= 0 && this.broken[q] === k && this.brokenCertified[q] === 0) this.brokenCertified[q] = 1;
        return;
      }
      if (!untreedCertified.has(s)) {
        untreedCertified.set(s);
        stack.push(t);
      }
    };
    let progress = true;
    while (progress) {
      progress = false;
      for (let q = 0; q < this.broken.length; q++) {
        if (this.brokenCertified[q] === 1) continue;
        const x = image.node(base.serials[this.broken[q]!]!);
        if (this.heldFromOutside(x) || this.heldByCertified(x)) {
          this.brokenCertified[q] = 1;
          progress = true;
        }
      }
      for (const x of pending) {
        if (untreedCertified.has(image.serialOf(x))) continue;
        if (this.heldFromOutside(x) || this.heldByCertified(x)) {
          certifyUntreed(x);
          progress = true;
        }
      }
    }
  }

  private heldByCertified(x: number): boolean {
    let yes = false;
    this.eachHolder(x, (h) => {
      if (!yes && this.certified(h)) yes = true;
    });
    return yes;
  }

  /** Visits what live node y holds now: the base's references if it did not change, else as read afresh. */
  private eachTarget(y: number, visit: (t: number) => void): void {
    const { base, image, walk } = this;
    const k = base.indexOf(image.serialOf(y));
    if (k >= 0 && this.changed[k] === 0) {
      for (let o = base.outFrom[k]!; o < base.outFrom[k + 1]!; o++) visit(image.node(base.outTo[o]!));
      return;
    }
    walk.listEdges(y);
    for (let j = walk.from(y), e = walk.to(y); j < e; j++) if (walk.holders[j] === y) visit(walk.targets[j]!);
  }

  /** Walks what is still unknown as the full census would: from what reachable objects or the outside hold. */
  private walkUnknown(): void {
    const { base, image, walk } = this;
    const unknown: number[] = [];
    const addSubtree = (q: number) => {
      const b = this.broken[q]!;
      const end = base.pre[b]! + base.size[b]!;
      for (let p = base.pre[b]!; p < end; p++) {
        const k = base.preorder[p]!;
        // A nested broken subtree is its own: certified, it is reachable; if not, its own turn adds it.
        const inner = this.innermostBroken(k);
        if (inner !== q || this.changed[k] === 2) continue;
        const x = image.node(base.serials[k]!);
        if (walk.shared(x)) continue;
        inUnknown.set(image.serialOf(x));
        unknown.push(x);
      }
    };
    for (let q = 0; q < this.broken.length; q++) if (this.brokenCertified[q] === 0) addSubtree(q);
    for (const s of this.untreed) {
      const x = image.node(s);
      if (untreedCertified.has(s) || walk.shared(x)) continue;
      inUnknown.set(s);
      unknown.push(x);
    }
    if (unknown.length === 0) return;
    const stack: number[] = [];
    const reach = (t: number) => {
      const s = image.serialOf(t);
      if (inUnknown.has(s) && !reachedUnknown.has(s)) {
        reachedUnknown.set(s);
        stack.push(t);
      }
    };
    for (const x of unknown) {
      if (this.heldFromOutside(x)) reach(x);
      else
        this.eachHolder(x, (h) => {
          if (!inUnknown.has(image.serialOf(h)) && image.isLive(h) && !walk.shared(h)) reach(x);
        });
    }
    while (stack.length > 0) this.eachTarget(stack.pop()!, reach);
    const garbage: number[] = [];
    for (const x of unknown) if (!reachedUnknown.has(image.serialOf(x))) garbage.push(x);
    garbage.sort((a, b) => image.serialOf(a) - image.serialOf(b));
    this.garbage = garbage;
  }

  reachable(i: number): boolean {
    if (!this.resolved) throw new Error('census delta: reachability asked before it was resolved');
    const { image, walk } = this;
    if (walk.shared(i)) return false;
    if (!image.isLive(i)) {
      // Not live: reached when something reachable, or the outside, holds it.
      if (i < this.rootCount.length && this.rootCount[i]! > 0) return true;
      let yes = false;
      this.eachHolder(i, (h) => {
        if (!yes && this.reachable(h)) yes = true;
      });
      return yes;
    }
    const s = image.serialOf(i);
    if (inUnknown.has(s)) return reachedUnknown.has(s);
    return this.certified(i);
  }

  sumShown(shown: readonly number[]): void {
    this.sums.sumShown(shown);
  }

  heldSum(c: number): HeldSum | undefined {
    return this.sums.heldSum(c);
  }

  exactHeldSum(c: number): HeldSum {
    return this.sums.exactHeldSum(c);
  }

  summedBy(h: number, c: number): boolean {
    return this.sums.summedBy(h, c);
  }

  eachNewHolder(x: number, visit: (h: number) => void): void {
    if (x + 1 < this.newFrom.length) for (let j = this.newFrom[x]!, e = this.newFrom[x + 1]!; j < e; j++) visit(this.newHolders[j]!);
  }

  holderEdges(h: number, visit: (target: number, label: string, reason: string | null) => void): boolean {
    const { base, image } = this;
    const k = base.indexOf(image.serialOf(h));
    if (k < 0 || this.changed[k] !== 0) return false;
    for (let o = base.outFrom[k]!; o < base.outFrom[k + 1]!; o++) visit(image.node(base.outTo[o]!), base.outLabels[o]!, base.reasonOf(o));
    return true;
  }
}
