/**
 * Which dead object's id a new object takes. CPython's allocator hands a freed block
 * to the next object of its size class, so a new object's id is often one an object
 * freed earlier had; the recording notes that object with the new one (graph-store.ts's
 * Born extra), so an explanation can say "its id is the one an object freed at step N
 * had" without an index of every id ever freed.
 *
 * Kept only while the program runs (the capture's): per block, the serial freed there
 * last; per serial, the one freed in the same block before it. Two objects in one
 * block need not share an id (an instance sits 32 bytes into its block, a dict 16),
 * so the answer is the last one freed there whose id is the new object's.
 */
import { LARGE_FIRST } from '../python/object';

/** Serials freed per block, for the objects made after them. */
export class BlockReuse {
  /** Small block number → the serial freed there last, -1 for none. */
  private lastSmall = new Int32Array(1024).fill(-1);
  /** The same for large blocks (few, and their numbers are far apart). */
  private readonly lastLarge = new Map<number, number>();
  /** Serial → the serial freed in its block before it, -1 for none (only freed serials are set). */
  private before = new Int32Array(1024);

  /** `serial`, whose object had block `blk`, was freed. */
  freed(blk: number, serial: number): void {
    if (blk < 0) return;
    if (serial >= this.before.length) {
      const grown = new Int32Array(Math.max(serial + 1, 2 * this.before.length));
      grown.set(this.before);
      this.before = grown;
    }
    if (blk >= LARGE_FIRST) {
      this.before[serial] = this.lastLarge.get(blk) ?? -1;
      this.lastLarge.set(blk, serial);
      return;
    }
    if (blk >= this.lastSmall.length) {
      const grown = new Int32Array(Math.max(blk + 1, 2 * this.lastSmall.length)).fill(-1);
      grown.set(this.lastSmall);
      this.lastSmall = grown;
    }
    this.before[serial] = this.lastSmall[blk]!;
    this.lastSmall[blk] = serial;
  }

  /** The serial last freed in block `blk` whose id was `id` (`idOf` gives a serial's), -1 for none. */
  lastWithId(blk: number, id: number, idOf: (serial: number) => number): number {
    let s = blk < 0 ? -1 : blk >= LARGE_FIRST ? (this.lastLarge.get(blk) ?? -1) : blk < this.lastSmall.length ? this.lastSmall[blk]! : -1;
    while (s >= 0 && idOf(s) !== id) s = this.before[s]!;
    return s;
  }
}
