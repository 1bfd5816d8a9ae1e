/**
 * A recorded run: one delta per step (what changed, not the whole state), kept
 * compactly (step-store.ts), and every CHECKPOINT_EVERY steps the whole heap, so
 * `snapshot(i)` replays at most that many deltas. Steps are immutable once
 * recorded: the recorder (recorder.ts) appends, the page reads. The worker posts
 * the deltas as plain data and the page's copy stores them the same way.
 * Knows nothing of the engine.
 */
import type { GcState, HeapObject, ObjectId, StepEvent, StepSource, TraceFrame, TraceStep } from './protocol';
import { explainStep } from './explain';
import { StepStore, type RowHeap } from './step-store';

/** Rebuilt steps kept, most recent first. */
const STEPS_CACHED = 4;

/** Steps between two full copies of the heap. */
export const CHECKPOINT_EVERY = 256;

/** One recorded step: what changed, not the whole state. */
export interface StepDelta {
  event: StepEvent;
  line: number;
  /** Length of stdout at this step. */
  stdoutLength: number;
  /** The stack, outermost first; the innermost frame's own `line` may be stale: the step's `line` is its line. */
  frames: TraceFrame[];
  /** Objects new to the drawing or drawn differently, by id. */
  changed: Array<[ObjectId, HeapObject]>;
  /** Ids no longer drawn. */
  gone: ObjectId[];
  freed: ObjectId[];
  gc: GcState;
}

/** What the worker posts while a run goes on: the steps since the last batch. */
export interface RecordingBatch {
  deltas: StepDelta[];
  /** Text printed since the last batch. */
  stdout: string;
}

/** What one step changed (Recording.diff). */
export interface StepDiff {
  /** Ids drawn at this step that were not drawn at the step before. */
  created: ObjectId[];
  /** Ids freed since the step before, in the order they died. */
  freed: ObjectId[];
  /** Ids no longer drawn (freed, or no longer reachable from a name). */
  gone: ObjectId[];
  /** Names bound to another object, newly bound (`from` null) or unbound (`to` null); `depth` 0 is the outermost frame. */
  rebound: Array<{ depth: number; name: string; from: ObjectId | null; to: ObjectId | null }>;
  /** Objects whose arrows point elsewhere than at the step before. */
  repointed: ObjectId[];
  /** Reference counts that changed. */
  counts: Array<{ id: ObjectId; from: number; to: number }>;
}

/** Shared by every step that has nothing in a list (most steps free nothing). */
export const NONE: never[] = [];

/** True when two lists of labelled pairs (arrows, hidden reasons) are the same, in order. */
export function samePairs<T>(a: ReadonlyArray<readonly [string, T]>, b: ReadonlyArray<readonly [string, T]>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]![0] !== b[i]![0] || a[i]![1] !== b[i]![1]) return false;
  return true;
}

/** The recording of one run; `snapshot(i)` (or `at(i)`) rebuilds any step. */
export class Recording implements StepSource {
  private readonly steps = new StepStore();
  /** The heap at every CHECKPOINT_EVERY-th step, as pairs of id number and object row. */
  private readonly checkpoints: Int32Array[] = [];
  /** The heap at the last step, replayed as steps are added. */
  private readonly current: RowHeap = new Map();
  /** Everything printed to stdout so far. */
  stdout = '';
  private sentSteps = 0;
  private sentStdout = 0;
  /** The last steps rebuilt, so the page's many readers of one step share it. */
  private cached: Array<{ index: number; step: TraceStep }> = [];
  /** The program's lines, so an explanation can quote the line that ran. */
  private readonly lines: string[];
  /** For each id ever freed, the steps it was freed at, in order (ids come back: CPython reuses memory). */
  private readonly freedSteps = new Map<ObjectId, number[]>();

  /** @param source the program recorded (quoted by the explanations) */
  constructor(source = '') {
    this.lines = source.split(/\r?\n/);
  }

  /** Number of recorded steps. */
  get length(): number {
    return this.steps.length;
  }

  /** Appends a step (the recorder is the only caller; the heap it draws is the deltas' sum). */
  push(delta: StepDelta): void {
    const index = this.steps.length;
    this.steps.push(delta, this.current);
    if (index % CHECKPOINT_EVERY === 0) {
      const pairs = new Int32Array(this.current.size * 2);
      let k = 0;
      for (const [n, row] of this.current) {
        pairs[k++] = n;
        pairs[k++] = row;
      }
      this.checkpoints.push(pairs);
    }
    this.noteFreed(delta, index);
  }

  /** The steps (and output) recorded since the last batch taken, for the worker to post. */
  takeBatch(): RecordingBatch {
    const deltas: StepDelta[] = [];
    for (let i = this.sentSteps; i < this.steps.length; i++) deltas.push(this.steps.delta(i));
    const batch = { deltas, stdout: this.stdout.slice(this.sentStdout) };
    this.sentSteps = this.steps.length;
    this.sentStdout = this.stdout.length;
    return batch;
  }

  /** Adds a batch the worker posted (the page's copy of the recording grows this way). */
  appendBatch(batch: RecordingBatch): void {
    for (const d of batch.deltas) this.push(d);
    this.stdout += batch.stdout;
  }

  private noteFreed(d: StepDelta, index: number): void {
    for (const id of d.freed) {
      const steps = this.freedSteps.get(id);
      if (steps === undefined) this.freedSteps.set(id, [index]);
      else steps.push(index);
    }
  }

  /**
   * Where step `i` falls in the steps that freed `id`: the index of the first one after
   * it (binary search: a block reused at every iteration of a loop is freed at most steps).
   */
  private freesAfter(steps: readonly number[], i: number): number {
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The last step at or before `i` at which an object with id `id` was freed, if any. */
  private freedBefore(id: ObjectId, i: number): number | undefined {
    const steps = this.freedSteps.get(id);
    if (steps === undefined) return undefined;
    const after = this.freesAfter(steps, i);
    return after === 0 ? undefined : steps[after - 1];
  }

  /** The first step after `after` at which an object with id `id` was freed, if any (from an index, no step rebuilt). */
  nextFreed(id: ObjectId, after: number): number | undefined {
    const steps = this.freedSteps.get(id);
    return steps === undefined ? undefined : steps[this.freesAfter(steps, after)];
  }

  /** The heap at step `i` as id numbers and rows (a fresh map the caller may change). */
  private rowsAt(i: number): RowHeap {
    const c = Math.floor(i / CHECKPOINT_EVERY);
    const pairs = this.checkpoints[c]!;
    const heap: RowHeap = new Map();
    for (let k = 0; k < pairs.length; k += 2) heap.set(pairs[k]!, pairs[k + 1]!);
    for (let j = c * CHECKPOINT_EVERY + 1; j <= i; j++) this.steps.apply(heap, j);
    return heap;
  }

  /** The drawings of a replayed heap, by id (`memo` shares the drawing of a row between heaps). */
  private drawings(rows: RowHeap, memo: Map<number, HeapObject>): Map<ObjectId, HeapObject> {
    const heap = new Map<ObjectId, HeapObject>();
    for (const [n, row] of rows) heap.set(this.steps.idText(n), this.steps.drawing(row, memo));
    return heap;
  }

  private checkStep(i: number): void {
    if (!(Number.isInteger(i) && i >= 0 && i < this.steps.length)) throw new RangeError(`no step ${i}: the recording has ${this.steps.length}`);
  }

  /** The stack at step `i`, its innermost frame at the step's line. */
  private framesAt(i: number): TraceFrame[] {
    const frames = this.steps.frames(i);
    const line = this.steps.line(i);
    const top = frames[frames.length - 1];
    if (top === undefined || top.line === line) return frames;
    const copy = frames.slice();
    copy[copy.length - 1] = { ...top, line };
    return copy;
  }

  /** The full state at step `i` (0-based). */
  snapshot(i: number): TraceStep {
    this.checkStep(i);
    const hit = this.cached.find((c) => c.index === i);
    if (hit !== undefined) return hit.step;
    const memo = new Map<number, HeapObject>();
    const d = this.steps.delta(i, memo);
    // The step before is rebuilt on the way, for the explanation (said lazily: most steps are never looked at).
    const rowsBefore = i === 0 ? new Map<number, number>() : this.rowsAt(i - 1);
    const before = this.drawings(rowsBefore, memo);
    if (i % CHECKPOINT_EVERY === 0) {
      rowsBefore.clear();
      const pairs = this.checkpoints[i / CHECKPOINT_EVERY]!;
      for (let k = 0; k < pairs.length; k += 2) rowsBefore.set(pairs[k]!, pairs[k + 1]!);
    } else this.steps.apply(rowsBefore, i);
    const heap = this.drawings(rowsBefore, memo);
    const previousFrames = i === 0 ? [] : this.framesAt(i - 1);
    const frames = this.framesAt(i);
    const step: TraceStep = {
      event: d.event,
      line: d.line,
      stdout: this.stdout.slice(0, d.stdoutLength),
      frames,
      heap: Object.fromEntries(heap),
      freed: d.freed,
      gc: d.gc,
      explain: explainStep(d.event, d.line, { heap: before, frames: previousFrames, lineText: (n) => this.lines[n - 1], freedBefore: (id) => this.freedBefore(id, i) }, heap, frames, d.changed, d.freed),
    };
    // The page reads the shown step and the one before it (what changed) in turns: keep a few.
    this.cached.unshift({ index: i, step });
    if (this.cached.length > STEPS_CACHED) this.cached.pop();
    return step;
  }

  /** Step `i`, or undefined past the ends (the StepSource view, as an array's `at`). */
  at(i: number): TraceStep | undefined {
    return Number.isInteger(i) && i >= 0 && i < this.steps.length ? this.snapshot(i) : undefined;
  }

  /** Step `i`'s event, read from its delta (no step is rebuilt); undefined past the ends. */
  eventAt(i: number): StepEvent | undefined {
    return this.has(i) ? this.steps.event(i) : undefined;
  }

  private has(i: number): boolean {
    return Number.isInteger(i) && i >= 0 && i < this.steps.length;
  }

  /** Step `i`'s line, read from its delta (no step is rebuilt); undefined past the ends. */
  lineAt(i: number): number | undefined {
    return this.has(i) ? this.steps.line(i) : undefined;
  }

  /** Step `i`'s output so far, read from its delta (no step is rebuilt); undefined past the ends. */
  stdoutAt(i: number): string | undefined {
    return this.has(i) ? this.stdout.slice(0, this.steps.stdoutLength(i)) : undefined;
  }

  /** The ids freed at step `i`, read from its delta (no step is rebuilt); undefined past the ends. */
  freedAt(i: number): readonly ObjectId[] | undefined {
    return this.has(i) ? this.steps.freed(i) : undefined;
  }

  /**
   * The object drawn under `id` at step `from`, then `from - 1`, … down to 0, lazily
   * (undefined where nothing is drawn under `id`). Each block of CHECKPOINT_EVERY steps
   * is replayed once from its checkpoint for this one id, so walking back over a long
   * run costs one pass over its deltas, never a whole heap per step.
   */
  *objectHistory(id: ObjectId, from: number): Generator<HeapObject | undefined, void, undefined> {
    if (!this.has(from)) return;
    const n = this.steps.findIdNumber(id);
    let end = from;
    for (let c = Math.floor(from / CHECKPOINT_EVERY); c >= 0; c--) {
      const base = c * CHECKPOINT_EVERY;
      const pairs = this.checkpoints[c]!;
      let row: number | null = null;
      for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === n) row = pairs[k + 1]!;
      const block: Array<number | null> = [row];
      for (let j = base + 1; j <= end; j++) {
        const set = this.steps.rowSetAt(j, n);
        block.push(set === undefined ? block[block.length - 1]! : set);
      }
      for (let k = block.length - 1; k >= 0; k--) {
        const r = block[k]!;
        yield r === null ? undefined : this.steps.object(r);
      }
      end = base - 1;
    }
  }

  /**
   * What step `i` changed since the step before, for animation: objects new to the
   * drawing, objects freed, names bound to another object (or unbound), objects whose
   * arrows point elsewhere, and counts that went up or down.
   */
  diff(i: number): StepDiff {
    this.checkStep(i);
    const memo = new Map<number, HeapObject>();
    const d = this.steps.delta(i, memo);
    const before = i === 0 ? new Map<ObjectId, HeapObject>() : this.drawings(this.rowsAt(i - 1), memo);
    const previousFrames = i === 0 ? [] : this.framesAt(i - 1);
    const created: ObjectId[] = [];
    const repointed: ObjectId[] = [];
    const counts: Array<{ id: ObjectId; from: number; to: number }> = [];
    for (const [id, o] of d.changed) {
      const old = before.get(id);
      if (old === undefined) {
        created.push(id);
        continue;
      }
      if (!samePairs(old.refs, o.refs)) repointed.push(id);
      if (old.refcount !== o.refcount) counts.push({ id, from: old.refcount, to: o.refcount });
    }
    const rebound: StepDiff['rebound'] = [];
    this.framesAt(i).forEach((f, depth) => {
      const was = previousFrames[depth];
      if (was === undefined || was.name !== f.name) return;
      for (const [name, id] of Object.entries(f.locals)) if (was.locals[name] !== id) rebound.push({ depth, name, from: was.locals[name] ?? null, to: id });
      for (const [name, id] of Object.entries(was.locals)) if (!(name in f.locals)) rebound.push({ depth, name, from: id, to: null });
    });
    return { created, freed: d.freed, gone: d.gone, rebound, repointed, counts };
  }

  /** One or two sentences saying what step `i` did. */
  explain(i: number): string {
    return this.snapshot(i).explain;
  }
}
