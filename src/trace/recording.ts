/**
 * A recorded run, as plain data the worker can post to the page: one delta per
 * step (what changed, not the whole state) and, every CHECKPOINT_EVERY steps,
 * the whole heap, so `snapshot(i)` replays at most that many deltas. Steps are
 * immutable once recorded: the recorder (recorder.ts) appends, the page reads.
 * Knows nothing of the engine.
 */
import type { GcState, HeapObject, ObjectId, StepEvent, StepSource, TraceFrame, TraceStep } from './protocol';
import { explainStep } from './explain';

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
  /** Checkpoints taken since the last batch, in order. */
  checkpoints: Array<Map<ObjectId, HeapObject>>;
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

/** Applies one step's changes to a heap. */
export function applyDelta(heap: Map<ObjectId, HeapObject>, d: StepDelta): Map<ObjectId, HeapObject> {
  for (const id of d.gone) heap.delete(id);
  for (const [id, o] of d.changed) heap.set(id, o);
  return heap;
}

/** The object drawn under `id` once delta `d` is applied to a heap where it was `before` (as `applyDelta`, for one id). */
function objectAfter(d: StepDelta, id: ObjectId, before: HeapObject | undefined): HeapObject | undefined {
  for (const [changedId, o] of d.changed) if (changedId === id) return o;
  return d.gone.includes(id) ? undefined : before;
}

/** The recording of one run; `snapshot(i)` (or `at(i)`) rebuilds any step. */
export class Recording implements StepSource {
  private readonly deltas: StepDelta[] = [];
  private readonly checkpoints: Array<Map<ObjectId, HeapObject>> = [];
  /** Everything printed to stdout so far. */
  stdout = '';
  private sentDeltas = 0;
  private sentCheckpoints = 0;
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
    return this.deltas.length;
  }

  /** Appends a step (the recorder is the only caller). */
  push(delta: StepDelta, heap: Map<ObjectId, HeapObject>): void {
    if (this.deltas.length % CHECKPOINT_EVERY === 0) this.checkpoints.push(new Map(heap));
    this.noteFreed(delta, this.deltas.length);
    this.deltas.push(delta);
  }

  /** The steps (and output) recorded since the last batch taken, for the worker to post. */
  takeBatch(): RecordingBatch {
    const batch = {
      deltas: this.deltas.slice(this.sentDeltas),
      checkpoints: this.checkpoints.slice(this.sentCheckpoints),
      stdout: this.stdout.slice(this.sentStdout),
    };
    this.sentDeltas = this.deltas.length;
    this.sentCheckpoints = this.checkpoints.length;
    this.sentStdout = this.stdout.length;
    return batch;
  }

  /** Adds a batch the worker posted (the page's copy of the recording grows this way). */
  appendBatch(batch: RecordingBatch): void {
    for (const c of batch.checkpoints) this.checkpoints.push(c);
    for (const d of batch.deltas) {
      this.noteFreed(d, this.deltas.length);
      this.deltas.push(d);
    }
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

  /** The heap drawn at step `i` (a fresh map the caller may change). */
  private heapAt(i: number): Map<ObjectId, HeapObject> {
    const c = Math.floor(i / CHECKPOINT_EVERY);
    const heap = new Map(this.checkpoints[c]);
    for (let j = c * CHECKPOINT_EVERY + 1; j <= i; j++) applyDelta(heap, this.deltas[j]!);
    return heap;
  }

  private checkStep(i: number): void {
    if (!(Number.isInteger(i) && i >= 0 && i < this.deltas.length)) throw new RangeError(`no step ${i}: the recording has ${this.deltas.length}`);
  }

  /** The stack at step `i`, its innermost frame at the step's line. */
  private framesAt(i: number): TraceFrame[] {
    const d = this.deltas[i]!;
    const frames = d.frames;
    const top = frames[frames.length - 1];
    if (top === undefined || top.line === d.line) return frames;
    const copy = frames.slice();
    copy[copy.length - 1] = { ...top, line: d.line };
    return copy;
  }

  /** The full state at step `i` (0-based). */
  snapshot(i: number): TraceStep {
    this.checkStep(i);
    const hit = this.cached.find((c) => c.index === i);
    if (hit !== undefined) return hit.step;
    const d = this.deltas[i]!;
    // The step before is rebuilt on the way, for the explanation (said lazily: most steps are never looked at).
    const before = i === 0 ? new Map<ObjectId, HeapObject>() : this.heapAt(i - 1);
    const heap = i % CHECKPOINT_EVERY === 0 ? new Map(this.checkpoints[i / CHECKPOINT_EVERY]) : applyDelta(new Map(before), d);
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
    return Number.isInteger(i) && i >= 0 && i < this.deltas.length ? this.snapshot(i) : undefined;
  }

  /** Step `i`'s event, read from its delta (no step is rebuilt); undefined past the ends. */
  eventAt(i: number): StepEvent | undefined {
    return this.deltas[i]?.event;
  }

  /** Step `i`'s line, read from its delta (no step is rebuilt); undefined past the ends. */
  lineAt(i: number): number | undefined {
    return this.deltas[i]?.line;
  }

  /** Step `i`'s output so far, read from its delta (no step is rebuilt); undefined past the ends. */
  stdoutAt(i: number): string | undefined {
    const d = this.deltas[i];
    return d === undefined ? undefined : this.stdout.slice(0, d.stdoutLength);
  }

  /** The ids freed at step `i`, read from its delta (no step is rebuilt); undefined past the ends. */
  freedAt(i: number): readonly ObjectId[] | undefined {
    return this.deltas[i]?.freed;
  }

  /**
   * The object drawn under `id` at step `from`, then `from - 1`, … down to 0, lazily
   * (undefined where nothing is drawn under `id`). Each block of CHECKPOINT_EVERY steps
   * is replayed once from its checkpoint for this one id, so walking back over a long
   * run costs one pass over its deltas, never a whole heap per step.
   */
  *objectHistory(id: ObjectId, from: number): Generator<HeapObject | undefined, void, undefined> {
    if (!(Number.isInteger(from) && from >= 0 && from < this.deltas.length)) return;
    let end = from;
    for (let c = Math.floor(from / CHECKPOINT_EVERY); c >= 0; c--) {
      const base = c * CHECKPOINT_EVERY;
      const block: Array<HeapObject | undefined> = [this.checkpoints[c]!.get(id)];
      for (let j = base + 1; j <= end; j++) block.push(objectAfter(this.deltas[j]!, id, block[block.length - 1]));
      for (let k = block.length - 1; k >= 0; k--) yield block[k];
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
    const d = this.deltas[i]!;
    const before = i === 0 ? new Map<ObjectId, HeapObject>() : this.heapAt(i - 1);
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
