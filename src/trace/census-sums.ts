/**
 * The hidden references of much-held shown objects (a class and its instances), summed
 * by reason rather than visited holder by holder (census-delta.ts): the base's sum
 * (census-base.ts `heldSums`), less what the holders read afresh at this step gave at
 * the base (changed, freed, shown, stdout's), plus what those not shown give now.
 * A reason whose first holder was taken out keeps a lower bound for its order key;
 * the census asks for the exact one only when it could change the order.
 */
import { heldBy, HOLDER_KEY, type CensusWalk } from '../python/heap-census';
import { Hidden } from '../python/heap-image';
import { addToSum, type CensusBase, type HeldSum } from './census-base';
import type { ReplayedImage } from './graph-replay';
import { Marks } from './marks';

/** What a step's reach knows that the sums need. */
export interface SumContext {
  readonly base: CensusBase;
  readonly image: ReplayedImage;
  readonly walk: CensusWalk;
  /** Base index → 1 when read afresh (changed), 2 when freed. */
  readonly changed: Uint8Array;
  readonly changedList: readonly number[];
  readonly freedList: readonly number[];
  eachNewHolder(x: number, visit: (h: number) => void): void;
}

// Reused by every step (one census at a time).
const summedOut = new Marks();
const shownNodes = new Marks();

/** One step's sums. */
export class HeldSums {
  constructor(private readonly r: SumContext) {}

  /** Much-held shown objects (serial → their hidden references from base holders neither changed nor shown), from `sumShown`. */
  private sums = new Map<number, HeldSum>();

  sumShown(shown: readonly number[]): void {
    const { base, image, walk } = this.r;
    this.sums.clear();
    for (const i of shown) {
      const sum = base.heldSums.get(image.serialOf(i));
      if (sum !== undefined) this.sums.set(image.serialOf(i), { reasons: [...sum.reasons], counts: [...sum.counts], keys: [...sum.keys] });
    }
    if (this.sums.size === 0) return;
    // Every holder not shown is summed: read afresh (changed, new), its references as read; else the base's.
    shownNodes.clear();
    for (const i of shown) shownNodes.set(i);
    const stdout = image.roots.stdout;
    // What the holders read afresh give is also kept apart, for an exact sum (exactHeldSum).
    const fresh = (t: number, reason: string, key: number) => {
      let f = this.fresh.get(t);
      if (f === undefined) this.fresh.set(t, (f = { reasons: [], counts: [], keys: [] }));
      addToSum(this.sums.get(t)!, reason, key);
      addToSum(f, reason, key);
    };
    for (const t of this.sums.keys()) {
      const c = image.node(t);
      let last = -1;
      this.r.eachNewHolder(c, (h) => {
        if (h === last || shownNodes.has(h)) return;
        last = h;
        const rank = image.serialOf(h) * HOLDER_KEY;
        for (let j = walk.from(h), e = walk.to(h), pos = 0; j < e; j++, pos++) {
          if (walk.targets[j] === c && walk.holders[j] === h) fresh(t, walk.reasons[j] ?? (h === stdout ? Hidden.stdoutBuffer : heldBy(image.type(h))), rank + pos);
        }
      });
    }
    // stdout's holders, here and at the base: their references' reason is the buffer's only while they hold it.
    const stdoutHolders: number[] = [];
    for (const s of [base.stdout, stdout < 0 ? -1 : image.serialOf(stdout)]) if (s >= 0 && base.indexOf(s) >= 0) stdoutHolders.push(base.indexOf(s));
    for (const k of stdoutHolders) {
      // (One read afresh is summed above; one shown counts for itself.)
      const h = image.node(base.serials[k]!);
      if (this.r.changed[k] !== 0 || shownNodes.has(h)) continue;
      for (let o = base.outFrom[k]!; o < base.outFrom[k + 1]!; o++) {
        if (this.sums.has(base.outTo[o]!)) fresh(base.outTo[o]!, base.reasonOf(o) ?? (h === stdout ? Hidden.stdoutBuffer : heldBy(image.type(h))), base.keyOf(k, o));
      }
    }
    // Take out what the holders read afresh (changed, freed, shown, stdout's) gave at the base: what they give now counts instead.
    summedOut.clear();
    const takeOut = (k: number) => {
      if (summedOut.has(k)) return;
      summedOut.set(k);
      for (let o = base.outFrom[k]!; o < base.outFrom[k + 1]!; o++) {
        const sum = this.sums.get(base.outTo[o]!);
        if (sum === undefined) continue;
        const at = sum.reasons.indexOf(base.hiddenOf(o));
        sum.counts[at]!--;
        if (sum.keys[at] === base.keyOf(k, o)) (sum.loose ??= [])[at] = true;
      }
    };
    for (const k of this.r.changedList) takeOut(k);
    for (const k of this.r.freedList) takeOut(k);
    for (const i of shown) {
      const k = base.indexOf(image.serialOf(i));
      if (k >= 0) takeOut(k);
    }
    for (const k of stdoutHolders) takeOut(k);
    for (const sum of this.sums.values()) {
      for (let at = sum.reasons.length - 1; at >= 0; at--) {
        if (sum.counts[at]! > 0) continue;
        sum.reasons.splice(at, 1);
        sum.counts.splice(at, 1);
        sum.keys.splice(at, 1);
        sum.loose?.splice(at, 1);
      }
    }
  }

  /** heldSum's sum with exact keys: the base holders not read afresh summed again, plus the fresh ones. */
  exactHeldSum(c: number): HeldSum {
    const s = this.r.image.serialOf(c);
    let exact = this.exactSums.get(s);
    if (exact === undefined) {
      exact = this.r.base.sumHeld(s, (k) => summedOut.has(k));
      const f = this.fresh.get(s);
      if (f !== undefined) for (let at = 0; at < f.reasons.length; at++) for (let n = 0; n < f.counts[at]!; n++) addToSum(exact, f.reasons[at]!, f.keys[at]!);
      this.exactSums.set(s, exact);
    }
    return exact;
  }

  private readonly exactSums = new Map<number, HeldSum>();
  /** Per much-held serial, what the holders read afresh give now. */
  private readonly fresh = new Map<number, HeldSum>();

  heldSum(c: number): HeldSum | undefined {
    return this.sums.get(this.r.image.serialOf(c));
  }

  summedBy(h: number, c: number): boolean {
    if (this.sums.size === 0 || !this.sums.has(this.r.image.serialOf(c))) return false;
    return !shownNodes.has(h);
  }
}
