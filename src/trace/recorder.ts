/**
 * The trace recorder: watches a run through the engine's tracer hooks and
 * records one step per event `sys.settrace` would see (line, call, return,
 * exception) plus one per collection.
 *
 * It records changes, not copies: each step keeps only the objects whose drawing
 * changed since the step before, the ids that left the drawing and the ids freed;
 * every CHECKPOINT_EVERY steps it keeps the whole heap, so `snapshot(i)` replays
 * at most that many steps. Steps are immutable once recorded.
 */
import type { Memory } from '../python/memory';
import type { PyObject } from '../python/object';
import type { PyException } from '../python/types/exception';
import type { Frame } from '../python/vm/frame';
import type { Tracer } from '../python/vm/state';
import { runtime } from '../python/vm/state';
import { gcHooks, getCount, getThreshold, isEnabled } from '../python/gc';
import { Hidden, takeCensus, type Census } from '../python/heap-census';
import type { GcState, HeapObject, ObjectId, StepEvent, TraceFrame } from './protocol';
import { NONE, Recording, samePairs, type RecordingBatch, type StepDelta } from './recording';

export { CHECKPOINT_EVERY, Recording } from './recording';

/** How often, at most, a running recording hands its new steps on. */
const BATCH_MS = 100;

function sameGc(a: GcState, b: GcState): boolean {
  return a.enabled === b.enabled && a.counts.every((n, i) => n === b.counts[i]) && a.thresholds.every((n, i) => n === b.thresholds[i]);
}

/** The running frames, innermost first. */
function runningStack(): Frame[] {
  const out: Frame[] = [];
  for (let f = runtime.current; f !== null; f = f.back) out.push(f);
  return out;
}

/** Ids as text, made once per object for its lifetime (the recorder forgets them when it dies). */
const idTexts = new WeakMap<PyObject, ObjectId>();

function idOf(o: PyObject): ObjectId {
  let id = idTexts.get(o);
  if (id === undefined) idTexts.set(o, (id = String(o.addr)));
  return id;
}

/** Hidden-reference lists, shared between every object and step that has the same one (most objects have one of a few). */
const hiddenLists = new Map<string, Array<[string, number]>>();

function hiddenList(hidden: ReadonlyMap<string, number>): Array<[string, number]> {
  if (hidden.size === 0) return NONE;
  let key = '';
  for (const [reason, n] of hidden) key += reason + '\u0000' + n + '\u0000';
  let list = hiddenLists.get(key);
  if (list === undefined) hiddenLists.set(key, (list = [...hidden]));
  return list;
}

/** True when a frame of the census is drawn as `was` (then `was` is kept: most steps change one frame). */
function frameUnchanged(f: Census['frames'][number], was: TraceFrame | undefined, innermost: boolean): boolean {
  // The innermost frame's line is the step's own (Recording.snapshot puts it back), so a loop's steps share one frame.
  if (was === undefined || was.name !== f.name || (!innermost && was.line !== f.line)) return false;
  const names = Object.keys(was.locals);
  if (names.length !== f.locals.length) return false;
  for (let i = 0; i < names.length; i++) {
    const [name, o] = f.locals[i]!;
    if (names[i] !== name || was.locals[name] !== idOf(o)) return false;
  }
  return true;
}

/** The census in the trace's JSON shape (frames that did not change are the previous step's). */
function toStepParts(census: Census, framesBefore: readonly TraceFrame[]): { frames: TraceFrame[]; heap: Map<ObjectId, HeapObject> } {
  const frames = census.frames.map((f, k) =>
    frameUnchanged(f, framesBefore[k], k === census.frames.length - 1) ? framesBefore[k]! : { name: f.name, line: f.line, locals: Object.fromEntries(f.locals.map(([n, o]) => [n, idOf(o)])) },
  );
  const heap = new Map<ObjectId, HeapObject>();
  for (const o of census.objects.values()) {
    heap.set(idOf(o.obj), {
      type: o.type,
      value: o.value,
      refcount: o.shared ? 0 : o.refcount,
      refs: o.refs.length ? o.refs.map(([l, t]) => [l, idOf(t)]) : NONE,
      hidden: hiddenList(o.hidden),
      weak: o.weak.length ? o.weak.map(idOf) : NONE,
      state: o.state,
      shared: o.shared,
    });
  }
  return { frames, heap };
}

/** True when two drawings of an object are the same (the step then records nothing for it). */
function sameObject(a: HeapObject, b: HeapObject): boolean {
  return (
    a.refcount === b.refcount &&
    a.value === b.value &&
    a.state === b.state &&
    a.type === b.type &&
    a.shared === b.shared &&
    samePairs(a.refs, b.refs) &&
    samePairs(a.hidden, b.hidden) &&
    a.weak.length === b.weak.length &&
    a.weak.every((w, i) => w === b.weak[i])
  );
}

/** Records a run: pass it as the engine's tracer. */
export class Recorder implements Tracer {
  readonly recording: Recording;
  private readonly live = new Set<PyObject>();
  private freedNow: ObjectId[] = [];
  private heap = new Map<ObjectId, HeapObject>();
  private frames: TraceFrame[] = [];
  private gc: GcState | null = null;

  private lastBatch = 0;

  /**
   * @param stdoutText what the program has printed so far
   * @param onBatch called with the steps recorded since the last call, about every
   *   BATCH_MS while the run goes on (the worker posts them, so Stop keeps them)
   * @param source the program (the explanations quote its lines)
   */
  constructor(
    private readonly stdoutText: () => string,
    private readonly onBatch: ((batch: RecordingBatch) => void) | null = null,
    source = '',
  ) {
    this.recording = new Recording(source);
  }

  /** Hands the last steps to `onBatch` (the run ended). */
  flush(): void {
    this.recording.stdout = this.stdoutText();
    this.onBatch?.(this.recording.takeBatch());
  }

  attach(mem: Memory): void {
    mem.hooks.onAlloc = (o) => void this.live.add(o);
    mem.hooks.onFree = (o) => {
      this.live.delete(o);
      this.freedNow.push(idOf(o));
      idTexts.delete(o);
    };
    gcHooks.observer = {
      willClear: () => {},
      done: () => this.record('gc', runtime.current, [], true),
    };
  }

  /** Stops watching (the run ended). */
  detach(mem: Memory): void {
    mem.hooks.onAlloc = null;
    mem.hooks.onFree = null;
    gcHooks.observer = null;
    this.recording.stdout = this.stdoutText();
  }

  line(f: Frame): void {
    this.record('line', f);
  }

  call(f: Frame): void {
    this.record('call', f);
  }

  ret(f: Frame, value: PyObject | null): void {
    this.record('return', f, value === null ? [] : [[value, Hidden.returnValue]]);
  }

  exception(f: Frame, exc: PyException): void {
    this.record('exception', f, [[exc, Hidden.raisedException]]);
  }

  private record(event: StepEvent, f: Frame | null, inFlight: ReadonlyArray<[PyObject, string]> = [], midInstruction = false): void {
    const census = takeCensus(this.live, runningStack(), inFlight, midInstruction);
    const { frames, heap } = toStepParts(census, this.frames);
    // An object drawn at the step before and freed since stays in this step's drawing as `freed`
    // (holding nothing, counted by nobody), so the page can show it go; the next step drops it.
    for (const id of this.freedNow) {
      const before = this.heap.get(id);
      if (before !== undefined && before.state !== 'freed' && !heap.has(id))
        heap.set(id, { ...before, refcount: 0, refs: NONE, hidden: NONE, weak: NONE, state: 'freed' });
    }
    const changed: Array<[ObjectId, HeapObject]> = [];
    const gone: ObjectId[] = [];
    for (const [id, o] of heap) {
      const before = this.heap.get(id);
      if (before === undefined || !sameObject(before, o)) changed.push([id, o]);
    }
    for (const id of this.heap.keys()) if (!heap.has(id)) gone.push(id);
    // Unchanged frames and collector state are shared with the step before (most steps change one frame).
    const framesBefore = this.frames;
    const sharedFrames = frames.length === framesBefore.length && frames.every((fr, k) => fr === framesBefore[k]) ? framesBefore : frames;
    this.heap = heap;
    this.frames = sharedFrames;
    const freed = this.freedNow.length ? this.freedNow : NONE;
    this.freedNow = [];
    const gc: GcState = { enabled: isEnabled(), counts: getCount(), thresholds: getThreshold() };
    const delta: StepDelta = {
      event,
      line: f?.line ?? 0,
      stdoutLength: (this.recording.stdout = this.stdoutText()).length,
      frames: sharedFrames,
      changed: changed.length ? changed : NONE,
      gone: gone.length ? gone : NONE,
      freed,
      gc: this.gc !== null && sameGc(this.gc, gc) ? this.gc : (this.gc = gc),
    };
    this.recording.push(delta, heap);
    if (this.onBatch !== null && (this.recording.length & 255) === 0) {
      const now = Date.now();
      if (now - this.lastBatch >= BATCH_MS) {
        this.lastBatch = now;
        this.onBatch(this.recording.takeBatch());
      }
    }
  }
}
