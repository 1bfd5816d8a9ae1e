/**
 * A table from serials to what a replay (graph-seek.ts) knows of each object at
 * one step: its row, whether the recording watches it, and its node number in the
 * image being read. Serials are dense (the capture numbers objects 0, 1, 2... as it
 * meets them), so the table is typed arrays indexed by serial, reused from seek to
 * seek: a census of a 200,000-object heap looks a serial up a million times, and
 * a hash probe per look-up was a good part of a seek.
 *
 * `clear()` and `clearNodes()` are O(1): an entry (or its node number) counts only
 * when its stamp is the current epoch. The arrays grow to the largest serial set.
 */

/** Serials at first. */
const INITIAL_CAPACITY = 1024;

/** Serial → row, watched flag and node number, for one replayed step. */
export class SerialTable {
  private stamps = new Int32Array(INITIAL_CAPACITY);
  private rows = new Int32Array(INITIAL_CAPACITY);
  private watched = new Uint8Array(INITIAL_CAPACITY);
  private nodes = new Int32Array(INITIAL_CAPACITY);
  private nodeStamps = new Int32Array(INITIAL_CAPACITY);
  /** One past the largest serial set this epoch. */
  private top = 0;
  /** The serials given an entry this epoch, in the order they got it. */
  private entered = new Int32Array(INITIAL_CAPACITY);
  private enteredCount = 0;
  private epoch = 1;
  private nodeEpoch = 1;
  /** How many serials the last `watchedInto` wrote. */
  watchedCount = 0;

  /** Forgets every entry. */
  clear(): void {
    this.top = 0;
    this.enteredCount = 0;
    if (++this.epoch === 0x7fffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
    this.clearNodes();
  }

  /** Forgets every node number (a new image numbers its nodes afresh); rows stay. */
  clearNodes(): void {
    if (++this.nodeEpoch === 0x7fffffff) {
      this.nodeStamps.fill(0);
      this.nodeEpoch = 1;
    }
  }

  /** Makes room for `serial`, and its entry this epoch if it has none. */
  private entry(serial: number): void {
    if (serial >= this.stamps.length) this.grow(serial);
    if (this.stamps[serial] !== this.epoch) {
      this.stamps[serial] = this.epoch;
      this.rows[serial] = -1;
      this.watched[serial] = 0;
      this.nodeStamps[serial] = 0;
      if (serial >= this.top) this.top = serial + 1;
      if (this.enteredCount === this.entered.length) {
        const bigger = new Int32Array(2 * this.entered.length);
        bigger.set(this.entered);
        this.entered = bigger;
      }
      this.entered[this.enteredCount++] = serial;
    }
  }

  private grow(serial: number): void {
    const n = Math.max(serial + 1, 2 * this.stamps.length);
    const bigger = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.stamps = bigger(this.stamps, (k) => new Int32Array(k));
    this.rows = bigger(this.rows, (k) => new Int32Array(k));
    this.watched = bigger(this.watched, (k) => new Uint8Array(k));
    this.nodes = bigger(this.nodes, (k) => new Int32Array(k));
    this.nodeStamps = bigger(this.nodeStamps, (k) => new Int32Array(k));
  }

  /** `serial`'s row, -1 for none (never seen, or freed). */
  row(serial: number): number {
    return this.stamps[serial] === this.epoch ? this.rows[serial]! : -1;
  }

  /** Sets `serial`'s row (-1: freed, which also ends its being watched). */
  setRow(serial: number, row: number): void {
    this.entry(serial);
    this.rows[serial] = row;
    if (row < 0) this.watched[serial] = 0;
  }

  /** `serial` is an object the recording watches (made while it ran). */
  watch(serial: number): void {
    this.entry(serial);
    this.watched[serial] = 1;
  }

  /** True when `serial` is watched and alive. */
  isWatched(serial: number): boolean {
    return this.stamps[serial] === this.epoch && this.watched[serial] !== 0 && this.rows[serial]! >= 0;
  }

  /** Writes the watched serials with a row into `out` (grown as needed), in increasing order; returns it and sets `watchedCount`. */
  watchedInto(out: Int32Array): Int32Array {
    const { stamps, watched, rows, epoch } = this;
    if (out.length < this.enteredCount) out = new Int32Array(Math.max(this.enteredCount, 2 * out.length));
    let n = 0;
    // Entries are few beside the serials below `top` (a small heap late in a long run): those, sorted;
    // else a walk over the serials, already in order (sorting 200,000 took longer).
    if (this.enteredCount * 16 < this.top) {
      for (let k = 0; k < this.enteredCount; k++) {
        const s = this.entered[k]!;
        if (watched[s] !== 0 && rows[s]! >= 0) out[n++] = s;
      }
      out.subarray(0, n).sort();
    } else {
      for (let s = 0; s < this.top; s++) if (stamps[s] === epoch && watched[s] !== 0 && rows[s]! >= 0) out[n++] = s;
    }
    this.watchedCount = n;
    return out;
  }

  /** `serial`'s node number in the current image, -1 for none yet. */
  node(serial: number): number {
    return this.stamps[serial] === this.epoch && this.nodeStamps[serial] === this.nodeEpoch ? this.nodes[serial]! : -1;
  }

  /** Gives `serial` node number `node` in the current image. */
  setNode(serial: number, node: number): void {
    this.entry(serial);
    this.nodes[serial] = node;
    this.nodeStamps[serial] = this.nodeEpoch;
  }
}
