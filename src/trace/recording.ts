/**
 * A recorded run. Each step keeps what it changed in the object graph (a
 * GraphStep of graph-store.ts: the objects made, changed or freed, the frames and
 * the interpreter's roots) and a few numbers (event, line, output length, the
 * collector's state) in typed columns. Nothing is drawn while the program runs:
 * `snapshot(i)` replays the graph to step i from its nearest checkpoint, takes the
 * census of that copy (heap-census.ts) and draws it, so recording a step costs what
 * the step changed, and looking at one costs one census of the heap it had.
 *
 * Steps are immutable once recorded: the recorder (recorder.ts) appends, the page
 * reads. The worker posts the steps as plain data and the page's copy stores them
 * the same way. Knows nothing of the engine.
 */
import type { GcState, HeapObject, ObjectId, StepEvent, StepSource, TraceFrame, TraceStep } from './protocol';
import { explainStep } from './explain';
import { GraphStore, type GraphChunk, type GraphMark } from './graph-store';
import { IntColumn } from './int-column';
import { RunColumn } from './run-column';

/** Drawings kept, most recent first (the page reads the shown step and the one before it in turns). */
const DRAWINGS_CACHED = 6;

/** Steps between two checkpoints of the graph (graph-store.ts keeps them). */
export { CHECKPOINT_EVERY } from './graph-store';

/**
 * What the worker posts while a run goes on: the steps since the last batch, as typed
 * arrays (a hundred thousand steps as plain objects took the page tens of milliseconds
 * just to receive, and a click on Stop waited behind them).
 */
export interface RecordingBatch {
  /** Each step's event (its place in EVENTS). */
  events: Int32Array;
  /** (step, output length) pairs: the batch's first step, then each step where the length changes (steps counted from the batch's first). */
  stdoutRuns: Int32Array;
  /** Likewise for the collector's state: the step, then the state's GC_INTS integers. */
  gcRuns: Int32Array;
  /** What those steps added to the graph. */
  graph: GraphChunk | null;
  /** Text printed since the last batch. */
  stdout: string;
}

/** A batch of no steps (a run that recorded none). */
export function emptyBatch(): RecordingBatch {
  return { events: new Int32Array(0), stdoutRuns: new Int32Array(0), gcRuns: new Int32Array(0), graph: null, stdout: '' };
}

/** Integers a collector state takes: enabled, three counts, three thresholds (as gc.ts writeState writes them). */
export const GC_INTS = 7;

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

/** True when two drawings of an object show the same thing. */
export function sameDrawing(a: HeapObject, b: HeapObject): boolean {
  if (a === b) return true;
  if (a.type !== b.type || a.value !== b.value || a.refcount !== b.refcount || a.state !== b.state || a.shared !== b.shared) return false;
  if (!samePairs(a.refs, b.refs) || !samePairs(a.hidden, b.hidden) || a.weak.length !== b.weak.length) return false;
  return a.weak.every((id, k) => id === b.weak[k]);
}

/** One step drawn: its stack, its heap by id, and which serial each id stands for there. */
interface Drawing {
  frames: TraceFrame[];
  heap: Map<ObjectId, HeapObject>;
  serials: Map<ObjectId, number>;
}

const NO_DRAWING: Drawing = { frames: [], heap: new Map(), serials: new Map() };

const EVENTS: readonly StepEvent[] = ['line', 'call', 'return', 'exception', 'gc'];
const EVENT_CODES = new Map<StepEvent, number>(EVENTS.map((e, i) => [e, i]));

/** The recording of one run; `snapshot(i)` (or `at(i)`) rebuilds any step. */
export class Recording implements StepSource {
  /** The copy of the object graph, one step per step (graph-capture.ts writes it while the program runs). */
  readonly graph = new GraphStore();
  // Per step.
  private readonly events = new IntColumn();
  // (Output and the collector's state change at few steps: kept as runs.)
  private readonly stdoutLengths = new RunColumn();
  /** Step → its collector state's number in `gcStates`. */
  private readonly gcs = new RunColumn();
  /** The collector states, GC_INTS integers each, a state once per change (an allocation changes the counts). */
  private readonly gcStates = new IntColumn(GC_INTS * 64);
  /** The state object `push` was last given (the recorder passes the same one while nothing changes). */
  /** The state `gcAt` last decoded, so steps sharing it share one object. */
  private gcDecoded: { n: number; state: GcState } | null = null;
  /** Serial → the step its object was made at, for objects made while the recording watched (-1 for others). */
  private readonly bornSteps = new IntColumn();
  /**
   * Serial → the step its object was freed at (-1 while it lives). With the serial each
   * new object's id last belonged to (the graph's Born extras), this answers "when was
   * this id freed before" without an index by id (a Map of every id ever freed was a
   * fifth of a long recording's memory).
   */
  private readonly freedSteps = new IntColumn();
  /** For objects made before the recording: runs of steps already found to draw them (createdAt walks each once). */
  private readonly runs = new Map<number, Array<[first: number, last: number]>>();
  /** The first step not yet handed out by `takeBatch` (the worker's recording only), and where its graph starts. */
  private sentSteps = 0;
  private graphMark: GraphMark | null = null;
  private sentStdout = 0;
  /** Everything printed to stdout so far. */
  stdout = '';
  private drawn: Array<{ index: number; drawing: Drawing }> = [];
  private censused: Array<{ index: number; drawing: Drawing }> = [];
  private stepsCached: Array<{ index: number; step: TraceStep }> = [];
  /** The program's lines, so an explanation can quote the line that ran. */
  private readonly lines_: string[];

  /** @param source the program recorded (quoted by the explanations) */
  constructor(source = '') {
    this.lines_ = source.split(/\r?\n/);
  }

  /** Number of recorded steps. */
  get length(): number {
    return this.events.length;
  }

  /**
   * Appends a step whose graph is the graph's last step (the recorder's): its event, the
   * length of stdout then, and the collector's state as GC_INTS integers (gc.ts writeState).
   */
  push(event: StepEvent, stdoutLength: number, gc: Int32Array): void {
    this.noteGc(gc, 0);
    this.pushStep(EVENT_CODES.get(event)!, stdoutLength);
  }

  /** Makes the state at `from` in `source` (GC_INTS integers) the current one, stored unless it is the last stored. */
  private noteGc(source: ArrayLike<number>, from: number): void {
    const states = this.gcStates;
    const last = states.length - GC_INTS;
    if (last >= 0) {
      let k = 0;
      while (k < GC_INTS && states.get(last + k) === source[from + k]) k++;
      if (k === GC_INTS) return;
    }
    for (let k = 0; k < GC_INTS; k++) states.push(source[from + k]!);
  }

  /** Appends a step with this event code and output length, and the current collector state. */
  private pushStep(event: number, stdoutLength: number): void {
    const index = this.events.length;
    this.events.push(event);
    this.stdoutLengths.push(stdoutLength);
    this.gcs.push(this.gcStates.length / GC_INTS - 1);
    this.pushing = index;
    this.graph.bornAndFreed(index, this.noteBorn, this.noteFreed);
  }

  /** The step `push` is adding (its visitors below are made once, not at every step). */
  private pushing = 0;
  private readonly noteBorn = (s: number): void => {
    while (this.bornSteps.length <= s) this.bornSteps.push(-1);
    this.bornSteps.data[s] = this.pushing;
  };
  private readonly noteFreed = (s: number): void => {
    while (this.freedSteps.length <= s) this.freedSteps.push(-1);
    this.freedSteps.data[s] = this.pushing;
  };

  /** The steps (and output) recorded since the last batch taken, for the worker to post. */
  takeBatch(): RecordingBatch {
    const from = this.sentSteps;
    const graph = this.graph.chunkFrom(this.graphMark);
    this.graphMark = graph.mark;
    const stdoutRuns = this.stdoutLengths.runsFrom(from);
    for (let k = 0; k < stdoutRuns.length; k += 2) stdoutRuns[k]! -= from;
    const stateRuns = this.gcs.runsFrom(from);
    const gcRuns = new Int32Array((stateRuns.length / 2) * (1 + GC_INTS));
    for (let k = 0, o = 0; k < stateRuns.length; k += 2, o += 1 + GC_INTS) {
      gcRuns[o] = stateRuns[k]! - from;
      gcRuns.set(this.gcStates.data.subarray(stateRuns[k + 1]! * GC_INTS, (stateRuns[k + 1]! + 1) * GC_INTS), o + 1);
    }
    const batch = { events: this.events.data.slice(from, this.events.length), stdoutRuns, gcRuns, graph, stdout: this.stdout.slice(this.sentStdout) };
    this.sentSteps = this.events.length;
    this.sentStdout = this.stdout.length;
    return batch;
  }

  /** Adds a batch the worker posted (the page's copy of the recording grows this way). */
  appendBatch(batch: RecordingBatch): void {
    if (batch.graph !== null) this.graph.appendChunk(batch.graph);
    const { events, stdoutRuns, gcRuns } = batch;
    let stdoutLength = 0;
    for (let k = 0, s = 0, g = 0; k < events.length; k++) {
      if (stdoutRuns[s] === k) {
        stdoutLength = stdoutRuns[s + 1]!;
        s += 2;
      }
      if (gcRuns[g] === k) {
        this.noteGc(gcRuns, g + 1);
        g += 1 + GC_INTS;
      }
      this.pushStep(events[k]!, stdoutLength);
    }
    this.stdout += batch.stdout;
  }

  private has(i: number): boolean {
    return Number.isInteger(i) && i >= 0 && i < this.events.length;
  }

  private checkStep(i: number): void {
    if (!this.has(i)) throw new RangeError(`no step ${i}: the recording has ${this.events.length}`);
  }

  /** The id text of a serial. */
  private idOf = (serial: number): ObjectId => String(this.graph.idOf(serial) ?? `?${serial}`);

  /** Ids freed at step `i`, in the order they died. */
  private freedIds(i: number): ObjectId[] {
    let out: ObjectId[] | null = null;
    this.graph.bornAndFreed(i, () => {}, (s) => (out ??= []).push(this.idOf(s)));
    return out ?? NONE;
  }

  /** Step `i` drawn: its census, and the objects freed since the step before, drawn as freed. */
  private drawing(i: number): Drawing {
    if (i < 0) return NO_DRAWING;
    const hit = this.drawn.find((d) => d.index === i);
    if (hit !== undefined) return hit.drawing;
    const { frames, heap, serials } = this.censusDrawing(i);
    // An object drawn at the step before and freed since stays in this step's drawing as `freed`
    // (holding nothing, counted by nobody), so the page can show it go; the next step drops it.
    // (It was alive at the step before, so that step's census drew it: no need to go further back.)
    const freed = this.freedIds(i);
    let drawing: Drawing = { frames, heap, serials };
    if (freed.length) {
      const before = this.censusDrawing(i - 1);
      const withFreed = new Map(heap);
      const serialsWithFreed = new Map(serials);
      for (const id of freed) {
        const was = before.heap.get(id);
        if (was !== undefined && !withFreed.has(id)) {
          withFreed.set(id, { ...was, refcount: 0, refs: NONE, hidden: NONE, weak: NONE, state: 'freed' });
          serialsWithFreed.set(id, before.serials.get(id)!);
        }
      }
      drawing = { frames, heap: withFreed, serials: serialsWithFreed };
    }
    this.drawn.unshift({ index: i, drawing });
    if (this.drawn.length > DRAWINGS_CACHED) this.drawn.pop();
    return drawing;
  }

  /** The census of step `i`'s replayed graph, drawn. */
  private censusDrawing(i: number): Drawing {
    if (i < 0) return NO_DRAWING;
    const hit = this.censused.find((d) => d.index === i);
    if (hit !== undefined) return hit.drawing;
    const census = this.graph.censusAt(i);
    const heap = new Map<ObjectId, HeapObject>();
    const serials = new Map<ObjectId, number>();
    for (const o of census.objects) {
      const id = this.idOf(o.obj);
      serials.set(id, o.obj);
      heap.set(id, {
        type: o.type,
        value: o.value,
        refcount: o.shared ? 0 : o.refcount,
        refs: o.refs.length ? o.refs.map(([l, t]) => [l, this.idOf(t)]) : NONE,
        hidden: o.hidden.size ? [...o.hidden] : NONE,
        weak: o.weak.length ? o.weak.map(this.idOf) : NONE,
        state: o.state,
        shared: o.shared,
      });
    }
    const frames: TraceFrame[] = census.frames.map((f) => {
      const locals: Record<string, ObjectId> = {};
      for (const [name, s] of f.locals) locals[name] = this.idOf(s);
      return { name: f.name, line: f.line, locals };
    });
    const top = frames[frames.length - 1];
    if (top !== undefined) top.line = this.graph.stepLine.get(i);
    const drawing = { frames, heap, serials };
    this.censused.unshift({ index: i, drawing });
    if (this.censused.length > DRAWINGS_CACHED) this.censused.pop();
    return drawing;
  }

  /** The objects step `i` drew differently from the step before (new ones included). */
  private changed(before: Drawing, now: Drawing): Array<[ObjectId, HeapObject]> {
    const out: Array<[ObjectId, HeapObject]> = [];
    // (forEach: a for-of over a Map makes an entry array per object, garbage at every seek.)
    now.heap.forEach((o, id) => {
      const was = before.heap.get(id);
      if (was === undefined || !sameDrawing(was, o)) out.push([id, o]);
    });
    return out;
  }

  /** The full state at step `i` (0-based). */
  snapshot(i: number): TraceStep {
    this.checkStep(i);
    const hit = this.stepsCached.find((c) => c.index === i);
    if (hit !== undefined) return hit.step;
    // The step before as its census drew it, taken first so the replay goes on from it to step i
    // (graph-seek.ts). Its drawing would add what the step before freed, drawn as freed: gone
    // from this step's point of view, and a third census (of the step before that) to draw.
    const before = this.censusDrawing(i - 1);
    const now = this.drawing(i);
    const event = this.eventAt(i)!;
    const line = this.graph.stepLine.get(i);
    const freed = this.freedIds(i);
    const step: TraceStep = {
      event,
      line,
      stdout: this.stdout.slice(0, this.stdoutLengths.get(i)),
      frames: now.frames,
      heap: plainObject(now.heap),
      freed,
      gc: this.gcAt(i)!,
      explain: explainStep(
        event,
        line,
        { heap: before.heap, frames: before.frames, lineText: (n) => this.lines_[n - 1], freedBefore: (id) => this.freedBefore(id, i) },
        now.heap,
        now.frames,
        this.changed(before, now),
        freed,
      ),
    };
    this.stepsCached.unshift({ index: i, step });
    if (this.stepsCached.length > 4) this.stepsCached.pop();
    return step;
  }

  /** Step `i`, or undefined past the ends (the StepSource view, as an array's `at`). */
  at(i: number): TraceStep | undefined {
    return this.has(i) ? this.snapshot(i) : undefined;
  }

  /** Step `i`'s event, read from its column (no step is rebuilt); undefined past the ends. */
  eventAt(i: number): StepEvent | undefined {
    return this.has(i) ? EVENTS[this.events.get(i)] : undefined;
  }

  /** Step `i`'s line, read from its column (no step is rebuilt); undefined past the ends. */
  lineAt(i: number): number | undefined {
    return this.has(i) ? this.graph.stepLine.get(i) : undefined;
  }

  /** Step `i`'s output so far, read from its column (no step is rebuilt); undefined past the ends. */
  stdoutAt(i: number): string | undefined {
    return this.has(i) ? this.stdout.slice(0, this.stdoutLengths.get(i)) : undefined;
  }

  /** Step `i`'s collector state, read from its column (no step is rebuilt); undefined past the ends. */
  gcAt(i: number): GcState | undefined {
    if (!this.has(i)) return undefined;
    const n = this.gcs.get(i);
    if (this.gcDecoded?.n !== n) {
      const x = this.gcStates.data;
      const at = n * GC_INTS;
      this.gcDecoded = { n, state: { enabled: x[at] === 1, counts: [x[at + 1]!, x[at + 2]!, x[at + 3]!], thresholds: [x[at + 4]!, x[at + 5]!, x[at + 6]!] } };
    }
    return this.gcDecoded.state;
  }

  /** The ids freed at step `i` (no step is rebuilt); undefined past the ends. */
  freedAt(i: number): readonly ObjectId[] | undefined {
    return this.has(i) ? this.freedIds(i) : undefined;
  }

  /** The step serial `s`'s object was freed at, or -1 (alive to the end, or never seen). */
  private freedStep(s: number): number {
    return s < this.freedSteps.length ? this.freedSteps.get(s) : -1;
  }

  /**
   * The last step at or before `i` at which an object with id `id` was freed, where `id`
   * names an object drawn at step `i`: that object's own step, if it is drawn as freed,
   * else the step that freed the object whose id it took when it was made.
   */
  private freedBefore(id: ObjectId, i: number): number | undefined {
    let s = this.drawing(i).serials.get(id) ?? -1;
    const own = s >= 0 ? this.freedStep(s) : -1;
    if (s >= 0 && !(own >= 0 && own <= i)) {
      const born = s < this.bornSteps.length ? this.bornSteps.get(s) : -1;
      s = born >= 0 ? this.graph.reusedBy(s, born) : -1;
    }
    const f = s >= 0 ? this.freedStep(s) : -1;
    return f >= 0 && f <= i ? f : undefined;
  }

  /** The first step after `after` at which an object with id `id` was freed, if any (no step rebuilt for the object drawn under `id` at `after`). */
  nextFreed(id: ObjectId, after: number): number | undefined {
    const s = this.has(after) ? this.drawing(after).serials.get(id) : undefined;
    if (s !== undefined) {
      const own = this.freedStep(s);
      if (own > after) return own;
      // Alive to the end: nothing else can have its id after it.
      if (own < 0) return undefined;
    }
    // Not drawn there, or drawn as freed: the steps after are read until one frees the id.
    for (let j = Math.max(after + 1, 0); j < this.length; j++) if (this.freedIds(j).includes(id)) return j;
    return undefined;
  }

  /**
   * The step where the object drawn under `id` at step `at` first appears, within the
   * unbroken run of steps that draw that same object. An object made while the
   * recording watched is drawn from the step that made it to the step that frees it,
   * so its answer comes from an index, no step rebuilt; one made before (a shared
   * small int, a builtin) is drawn only while something shown refers to it, so the
   * steps before `at` are drawn back to where it is not. Null when nothing is drawn
   * under `id` at `at`.
   */
  createdAt(id: ObjectId, at: number): number | null {
    if (!this.has(at)) return null;
    const serial = this.drawing(at).serials.get(id);
    if (serial === undefined) return null;
    const born = serial < this.bornSteps.length ? this.bornSteps.get(serial) : -1;
    if (born >= 0) return born;
    // Runs already walked: [first, last] steps drawing this object, `first` the start of the run.
    let runs = this.runs.get(serial);
    if (runs === undefined) this.runs.set(serial, (runs = []));
    const within = (j: number) => runs!.find(([first, last]) => first <= j && j <= last);
    let j = at;
    for (;;) {
      const known = within(j);
      if (known !== undefined) {
        j = known[0];
        break;
      }
      if (j === 0 || this.drawing(j - 1).serials.get(id) !== serial) break;
      j--;
    }
    runs.push([j, at]);
    return j;
  }

  /** The object drawn under `id` at step `from`, then `from - 1`, … down to 0, lazily (undefined where nothing is). */
  *objectHistory(id: ObjectId, from: number): Generator<HeapObject | undefined, void, undefined> {
    if (!this.has(from)) return;
    for (let j = from; j >= 0; j--) yield this.drawing(j).heap.get(id);
  }

  /**
   * What step `i` changed since the step before, for animation: objects new to the
   * drawing, objects freed, names bound to another object (or unbound), objects whose
   * arrows point elsewhere, and counts that went up or down.
   */
  diff(i: number): StepDiff {
    this.checkStep(i);
    // Oldest first, so the replay goes on from one census to the next (graph-seek.ts): the
    // step before's drawing takes the census of the step before it when it freed anything.
    if (i >= 2 && this.graph.frees(i - 1)) this.censusDrawing(i - 2);
    const before = this.drawing(i - 1);
    const now = this.drawing(i);
    const created: ObjectId[] = [];
    const repointed: ObjectId[] = [];
    const counts: Array<{ id: ObjectId; from: number; to: number }> = [];
    for (const [id, o] of this.changed(before, now)) {
      const old = before.heap.get(id);
      if (old === undefined) {
        created.push(id);
        continue;
      }
      if (!samePairs(old.refs, o.refs)) repointed.push(id);
      if (old.refcount !== o.refcount) counts.push({ id, from: old.refcount, to: o.refcount });
    }
    const gone = [...before.heap.keys()].filter((id) => !now.heap.has(id));
    const rebound: StepDiff['rebound'] = [];
    now.frames.forEach((f, depth) => {
      const was = before.frames[depth];
      if (was === undefined || was.name !== f.name) return;
      for (const [name, id] of Object.entries(f.locals)) if (was.locals[name] !== id) rebound.push({ depth, name, from: was.locals[name] ?? null, to: id });
      for (const [name, id] of Object.entries(was.locals)) if (!(name in f.locals)) rebound.push({ depth, name, from: id, to: null });
    });
    return { created, freed: this.freedIds(i), gone, rebound, repointed, counts };
  }

  /** One or two sentences saying what step `i` did. */
  explain(i: number): string {
    return this.snapshot(i).explain;
  }
}

/** A Map's entries as a plain object, in its order (Object.fromEntries, without an entry array per object; the keys are ids, never `__proto__`). */
function plainObject<V>(m: ReadonlyMap<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  m.forEach((v, k) => {
    out[k] = v;
  });
  return out;
}
