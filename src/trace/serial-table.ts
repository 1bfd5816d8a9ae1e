/**
 * A table from serials to what a replay (graph-seek.ts) knows of each object at
 * one step: its row, whether the recording watches it, and its node number in the
 * image being read. Kept in typed arrays by open addressing and reused from seek to
 * seek, because a seek used to build fresh Maps of a few hundred entries (three
 * censuses a seek): a couple of hundred kilobytes of garbage per seek, which made
 * the collector pause often enough to show in the slowest seeks.
 *
 * `clear()` and `clearNodes()` are O(1): an entry (or its node number) counts only
 * when its stamp is the current epoch. A freed object keeps its entry with row -1
 * (serials are never reused, so such entries only pile up within one replay, which
 * a checkpoint bounds). Serials are int32s, as the store's columns keep them.
 */

/** Slots at first (a power of two). */
const INITIAL_CAPACITY = 1024;

/** Serial → row, watched flag and node number, for one replayed step. */
export class SerialTable {
  private keys = new Int32Array(INITIAL_CAPACITY);
  private stamps = new Int32Array(INITIAL_CAPACITY);
  private rows = new Int32Array(INITIAL_CAPACITY);
  private watched = new Uint8Array(INITIAL_CAPACITY);
  private nodes = new Int32Array(INITIAL_CAPACITY);
  private nodeStamps = new Int32Array(INITIAL_CAPACITY);
  /** Entries in use this epoch (freed ones included): the table grows past half full. */
  private used = 0;
  private epoch = 1;
  private nodeEpoch = 1;
  /** How many serials the last `watchedInto` wrote. */
  watchedCount = 0;

  /** Forgets every entry. */
  clear(): void {
    this.used = 0;
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

  /** The slot of `serial`, or the empty slot where it would go. */
  private slot(serial: number): number {
    const mask = this.keys.length - 1;
    let k = (Math.imul(serial, 0x9e3779b1) >>> 0) & mask;
    while (this.stamps[k] === this.epoch && this.keys[k] !== serial) k = (k + 1) & mask;
    return k;
  }

  /** The slot of `serial`, made if it has none. */
  private entry(serial: number): number {
    let k = this.slot(serial);
    if (this.stamps[k] !== this.epoch) {
      if (2 * (this.used + 1) > this.keys.length) {
        this.grow();
        k = this.slot(serial);
      }
      this.used++;
      this.stamps[k] = this.epoch;
      this.keys[k] = serial;
      this.rows[k] = -1;
      this.watched[k] = 0;
      this.nodeStamps[k] = 0;
    }
    return k;
  }

  private grow(): void {
    const { keys, stamps, rows, watched, nodes, nodeStamps } = this;
    const n = keys.length * 2;
    this.keys = new Int32Array(n);
    this.stamps = new Int32Array(n);
    this.rows = new Int32Array(n);
    this.watched = new Uint8Array(n);
    this.nodes = new Int32Array(n);
    this.nodeStamps = new Int32Array(n);
    for (let j = 0; j < keys.length; j++) {
      if (stamps[j] !== this.epoch) continue;
      const k = this.slot(keys[j]!);
      this.keys[k] = keys[j]!;
      this.stamps[k] = this.epoch;
      this.rows[k] = rows[j]!;
      this.watched[k] = watched[j]!;
      this.nodes[k] = nodes[j]!;
      this.nodeStamps[k] = nodeStamps[j]!;
    }
  }

  /** `serial`'s row, -1 for none (never seen, or freed). */
  row(serial: number): number {
    const k = this.slot(serial);
    return this.stamps[k] === this.epoch ? this.rows[k]! : -1;
  }

  /** Sets `serial`'s row (-1: freed, which also ends its being watched). */
  setRow(serial: number, row: number): void {
    const k = this.entry(serial);
    this.rows[k] = row;
    if (row < 0) this.watched[k] = 0;
  }

  /** `serial` is an object the recording watches (made while it ran). */
  watch(serial: number): void {
    // (The slot first: making it may grow the table, and with it `watched`.)
    const k = this.entry(serial);
    this.watched[k] = 1;
  }

  /** Writes the watched serials with a row into `out` (grown as needed), in no order; returns it and sets `watchedCount`. */
  watchedInto(out: Int32Array): Int32Array {
    let n = 0;
    for (let k = 0; k < this.keys.length; k++) {
      if (this.stamps[k] !== this.epoch || this.watched[k] === 0 || this.rows[k]! < 0) continue;
      if (n === out.length) {
        const bigger = new Int32Array(2 * out.length);
        bigger.set(out);
        out = bigger;
      }
      out[n++] = this.keys[k]!;
    }
    this.watchedCount = n;
    return out;
  }

  /** `serial`'s node number in the current image, -1 for none yet. */
  node(serial: number): number {
    const k = this.slot(serial);
    return this.stamps[k] === this.epoch && this.nodeStamps[k] === this.nodeEpoch ? this.nodes[k]! : -1;
  }

  /** Gives `serial` node number `node` in the current image. */
  setNode(serial: number, node: number): void {
    const k = this.entry(serial);
    this.nodes[k] = node;
    this.nodeStamps[k] = this.nodeEpoch;
  }
}
