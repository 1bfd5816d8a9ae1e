/**
 * The censuses of a recording's steps: the full census while the heap is small, and
 * on a big heap a census from a base (census-base.ts, census-delta.ts) made at a
 * checkpoint before the step and kept for the steps after it, unless the step has
 * changed so much since that reading everything is cheaper.
 */
import { censusOf, type Census } from '../python/heap-census';
import { CensusBase } from './census-base';
import { StepReach } from './census-delta';
import { GraphSeek } from './graph-seek';
import type { GraphStore } from './graph-store';

/** Live objects at a checkpoint from which a step's census starts from a base rather than walking everything. */
export const INCREMENTAL_FROM = 4096;
/** Checkpoints a base serves past its own before a nearer one is made. */
const BASE_SPAN = 4;
/** A step reading more than this share of the base's references afresh takes the full census instead. */
const FRESH_SHARE = 4;
/** Bases kept (each about 100 bytes an object: 20 MB for 200,000; a page should not hold many). */
const BASES_KEPT = 4;

/** The censuses of a recording's steps: the full census on small heaps, from a base on big ones. */
export class StepCensus {
  /** Most recently used first. */
  private bases: CensusBase[] = [];

  /**
   * @param seek the replay to read steps with (its own if none: its tables are reused by every seek)
   * @param from live objects from which bases are used (tests use 0 to take every census from one)
   */
  constructor(
    private readonly store: GraphStore,
    private readonly seek: GraphSeek = new GraphSeek(store),
    private readonly from = INCREMENTAL_FROM,
  ) {}

  /** The census of step `i`, nodes named by serial. */
  censusAt(i: number): Census<number> {
    const store = this.store;
    const c = store.checkpointBefore(i);
    const cp = store.checkpointAt(c);
    if (cp.watched.length < this.from) {
      const image = this.seek.imageAt(i);
      return censusOf(image, image.serialOf);
    }
    const base = this.baseFor(i, c);
    const image = this.seek.imageAt(i, true);
    const reach = new StepReach(base, image, this.seek.watchedSerials());
    if (reach.freshReferences() * FRESH_SHARE > base.outTo.length + base.length) {
      // (A list of 200,000 items appended to at every step: its references are read whole either way.)
      const whole = this.seek.imageAt(i);
      return censusOf(whole, whole.serialOf);
    }
    return censusOf(image, image.serialOf, reach);
  }

  /** The base to start step `i` from (its checkpoint `c`): the latest not too far before it, or a new one at `c`. */
  private baseFor(i: number, c: number): CensusBase {
    const oldest = this.store.checkpointAt(Math.max(0, c - BASE_SPAN)).step;
    let best = -1;
    for (let k = 0; k < this.bases.length; k++) {
      const b = this.bases[k]!;
      if (b.step <= i && b.step >= oldest && (best < 0 || b.step > this.bases[best]!.step)) best = k;
    }
    let base: CensusBase;
    if (best >= 0) {
      base = this.bases[best]!;
      this.bases.splice(best, 1);
    } else {
      const step = this.store.checkpointAt(c).step;
      base = new CensusBase(step, this.seek.imageAt(step));
      if (this.bases.length === BASES_KEPT) this.bases.pop();
    }
    this.bases.unshift(base);
    return base;
  }
}
