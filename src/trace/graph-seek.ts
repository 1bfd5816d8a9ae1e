/**
 * Replays a recording's copy of the graph (graph-store.ts) to a step, for
 * `GraphStore.imageAt`: from the checkpoint at or before the step, applying each
 * later step's rows and extras, into one SerialTable (serial-table.ts) reused by
 * every seek. The replay is remembered: a seek to a later step of the same block
 * goes on from the last one rather than from the checkpoint (the copy checker
 * replays every step in turn; a snapshot replays a step and the one or two before
 * it, which `Recording` asks for in increasing order).
 *
 * Nothing here is allocated per step replayed, and little per seek: a seek used to
 * build Maps and Sets of every object alive, and the garbage they left made the
 * collector pause often enough to set the slowest seeks' times.
 *
 * Invariants: the table holds the graph after step `at`, exactly what a replay from
 * the checkpoint would give; an image is valid until the next `imageAt` (it reads
 * the table), and throws if read later.
 */
import { IntColumn } from './int-column';
import { Extra, extraLength, type GraphStore } from './graph-store';
import { ReplayedImage, type StepView } from './graph-replay';
import { SerialTable } from './serial-table';

/** A replay of the copy, one step at a time; holds the last step replayed. */
export class GraphSeek {
  /** Each serial's row at step `at`, whether it is watched, and its node number in the current image. */
  readonly table = new SerialTable();
  /** The current image's node → serial. */
  readonly nodeSerials = new IntColumn(256);
  /** The current image's node → its row (-1 for none), found once when the node is numbered: a census reads a node's facts many times. */
  readonly nodeRows = new IntColumn(256);
  /** Bumped by every `imageAt`: an image made under another generation is stale. */
  generation = 0;
  /** The step the table holds (-1: none yet). */
  private at = -1;
  /** The roots record at step `at`. */
  private roots = -1;
  /** Scratch for the watched serials alive, sorted for each image. */
  private watched: Int32Array = new Int32Array(64);

  constructor(private readonly store: GraphStore) {}

  /** True when the table can go on from step `at` to step `i` (same block, not past it). */
  private canContinue(i: number): boolean {
    return this.at >= 0 && this.at <= i && this.store.checkpointBefore(this.at) === this.store.checkpointBefore(i);
  }

  /** Loads checkpoint `c` into the table. */
  private fromCheckpoint(c: number): void {
    const cp = this.store.checkpointAt(c);
    const t = this.table;
    t.clear();
    for (let k = 0; k < cp.serials.length; k++) t.setRow(cp.serials[k]!, cp.rows[k]!);
    for (let k = 0; k < cp.watched.length; k++) t.watch(cp.watched[k]!);
    this.roots = cp.roots;
    this.at = cp.step;
  }

  /** Applies step `j`'s changes to the table: objects made and freed, new roots, then its rows. */
  private apply(j: number): void {
    const s = this.store;
    const x = s.extras;
    const t = this.table;
    for (let k = s.stepExtraFrom.get(j), e = s.extrasEnd(j); k < e; ) {
      const tag = x.get(k) as Extra;
      if (tag === Extra.Born) t.watch(x.get(k + 1));
      else if (tag === Extra.Freed) t.setRow(x.get(k + 1), -1);
      else if (tag === Extra.Roots) this.roots = x.get(k + 1);
      k += extraLength(tag);
    }
    for (let r = s.stepRowFrom.get(j), e = s.rowsEnd(j); r < e; r++) t.setRow(s.rowSerial.get(r), r);
  }

  /** What step `i` alone says: its stack, the references its event holds, whether it falls mid-instruction. */
  private view(i: number): StepView {
    const s = this.store;
    const x = s.extras;
    const step: StepView = { node: s.stepNode.get(i), line: s.stepLine.get(i), roots: this.roots, midInstruction: false, inFlight: [] };
    for (let k = s.stepExtraFrom.get(i), e = s.extrasEnd(i); k < e; ) {
      const tag = x.get(k) as Extra;
      if (tag === Extra.InFlight) step.inFlight.push([x.get(k + 1), s.text(x.get(k + 2))]);
      else if (tag === Extra.Mid) step.midInstruction = true;
      k += extraLength(tag);
    }
    return step;
  }

  /** Replays the table to step `i`. */
  replayTo(i: number): void {
    if (!this.canContinue(i)) this.fromCheckpoint(this.store.checkpointBefore(i));
    for (let j = this.at + 1; j <= i; j++) this.apply(j);
    this.at = i;
  }

  /** The watched serials alive at the step the table holds, increasing (valid until the next call). */
  watchedSerials(): Int32Array {
    this.watched = this.table.watchedInto(this.watched);
    return this.watched.subarray(0, this.table.watchedCount);
  }

  /**
   * The graph at step `i` as a heap image; valid until the next call. `lazy`: its
   * nodes are numbered as they are met, not the live ones first (an incremental census).
   */
  imageAt(i: number, lazy = false): ReplayedImage {
    this.replayTo(i);
    this.generation++;
    this.table.clearNodes();
    this.nodeSerials.length = 0;
    this.nodeRows.length = 0;
    if (lazy) return new ReplayedImage(this.store, this, null, this.view(i));
    // Watched serials grow with time: their order is the order the objects were made, the census's order.
    this.watched = this.table.watchedInto(this.watched);
    const live = this.watched.subarray(0, this.table.watchedCount);
    return new ReplayedImage(this.store, this, live, this.view(i));
  }
}
