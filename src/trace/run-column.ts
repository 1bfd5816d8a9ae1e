/**
 * A per-step column whose value seldom changes (the length of the output so far,
 * the collector's state), kept as the steps where it changes: a million steps that
 * print once cost two entries, not a million. Reading a step is a binary search.
 *
 * Invariants: `starts` increase strictly, `starts[0]` is 0 once a value is pushed,
 * and no two neighbouring runs hold the same value.
 */
import { IntColumn } from './int-column';

/** Step → value, as runs of equal values. */
export class RunColumn {
  /** The first step of each run. */
  private readonly starts = new IntColumn(64);
  private readonly values = new IntColumn(64);
  /** Number of steps. */
  length = 0;

  /** Appends the next step's value. */
  push(v: number): void {
    const runs = this.values.length;
    if (runs === 0 || this.values.get(runs - 1) !== v) {
      this.starts.push(this.length);
      this.values.push(v);
    }
    this.length++;
  }

  /**
   * The runs from step `from` on, as (step, value) pairs: the first pair is `from` and
   * its value, each later one a step where the value changes.
   */
  runsFrom(from: number): Int32Array {
    if (from >= this.length) return new Int32Array(0);
    const first = this.runAt(from);
    const out = new Int32Array(2 * (this.starts.length - first));
    out[0] = from;
    out[1] = this.values.get(first);
    for (let r = first + 1, k = 2; r < this.starts.length; r++, k += 2) {
      out[k] = this.starts.get(r);
      out[k + 1] = this.values.get(r);
    }
    return out;
  }

  /** Step `i`'s value (0 <= i < length). */
  get(i: number): number {
    return this.values.get(this.runAt(i));
  }

  /** The last run starting at or before step `i`. */
  private runAt(i: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts.get(mid) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
