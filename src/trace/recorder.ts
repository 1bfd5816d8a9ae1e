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
import { Flag, type PyObject } from '../python/object';
import type { PyThrow } from '../python/errors';
import type { Frame } from '../python/vm/frame';
import type { Tracer } from '../python/vm/state';
import { runtime } from '../python/vm/state';
import { gcHooks, getCount, getThreshold, isEnabled } from '../python/gc';
import { Hidden, takeCensus, type Census, type CensusObject } from '../python/heap-census';
import type { GcState, HeapObject, ObjectId, StepEvent, TraceFrame } from './protocol';
import { NONE, Recording, type RecordingBatch, type StepDelta } from './recording';

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

/** True when `was` (an object's drawing at the step before) still draws the census's `o`: then the step reuses it. */
function drawnAs(o: CensusObject, was: HeapObject): boolean {
  if (was.refcount !== (o.shared ? 0 : o.refcount) || was.value !== o.value || was.state !== o.state || was.type !== o.type || was.shared !== o.shared) return false;
  const refs = o.refs;
  if (was.refs.length !== refs.length) return false;
  for (let i = 0; i < refs.length; i++) {
    const [label, target] = refs[i]!;
    const [wasLabel, wasTarget] = was.refs[i]!;
    if (wasLabel !== label || wasTarget !== idOf(target)) return false;
  }
  if (was.hidden.length !== o.hidden.size) return false;
  let k = 0;
  for (const [reason, n] of o.hidden) {
    const [wasReason, wasN] = was.hidden[k++]!;
    if (wasReason !== reason || wasN !== n) return false;
  }
  if (was.weak.length !== o.weak.length) return false;
  for (let i = 0; i < o.weak.length; i++) if (was.weak[i] !== idOf(o.weak[i]!)) return false;
  return true;
}

/** The census in the trace's JSON shape; frames and objects drawn as at the step before are that step's own objects. */
function toStepParts(
  census: Census,
  framesBefore: readonly TraceFrame[],
  heapBefore: ReadonlyMap<ObjectId, HeapObject>,
): { frames: TraceFrame[]; heap: Map<ObjectId, HeapObject> } {
  const frames = census.frames.map((f, k) =>
    frameUnchanged(f, framesBefore[k], k === census.frames.length - 1) ? framesBefore[k]! : { name: f.name, line: f.line, locals: Object.fromEntries(f.locals.map(([n, o]) => [n, idOf(o)])) },
  );
  const heap = new Map<ObjectId, HeapObject>();
  for (const o of census.objects) {
    const id = idOf(o.obj);
    const was = heapBefore.get(id);
    if (was !== undefined && drawnAs(o, was)) {
      heap.set(id, was);
      continue;
    }
    heap.set(id, {
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

/** Records a run: pass it as the engine's tracer. */
export class Recorder implements Tracer {
  readonly recording: Recording;
  private readonly live = new Set<PyObject>();
  private freedNow: ObjectId[] = [];
  private heap = new Map<ObjectId, HeapObject>();
  private frames: TraceFrame[] = [];
  private gc: GcState | null = null;
  /** The exception of the last 'exception' step, until a line or a call shows it was handled. */
  private raising: PyThrow | null = null;

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
    this.raising = null;
    this.record('line', f);
  }

  call(f: Frame): void {
    this.raising = null;
    this.record('call', f);
  }

  ret(f: Frame, value: PyObject | null): void {
    if (value !== null) this.record('return', f, [[value, Hidden.returnValue]]);
    else {
      // A frame left by an exception: the exception its 'exception' step raised is still on its way out.
      this.record('return', f, this.raising !== null ? inFlight(this.raising) : []);
    }
  }

  exception(f: Frame, t: PyThrow): void {
    this.raising = t;
    this.record('exception', f, inFlight(t));
  }

  private record(event: StepEvent, f: Frame | null, inFlight: ReadonlyArray<[PyObject, string]> = [], midInstruction = false): void {
    const census = takeCensus(this.live, runningStack(), inFlight, midInstruction);
    const { frames, heap } = toStepParts(census, this.frames, this.heap);
    // An object drawn at the step before and freed since stays in this step's drawing as `freed`
    // (holding nothing, counted by nobody), so the page can show it go; the next step drops it.
    for (const id of this.freedNow) {
      const before = this.heap.get(id);
      if (before !== undefined && before.state !== 'freed' && !heap.has(id))
        heap.set(id, { ...before, refcount: 0, refs: NONE, hidden: NONE, weak: NONE, state: 'freed' });
    }
    const changed: Array<[ObjectId, HeapObject]> = [];
    const gone: ObjectId[] = [];
    // An object drawn as at the step before is that step's own object (toStepParts): anything else changed.
    for (const [id, o] of heap) if (this.heap.get(id) !== o) changed.push([id, o]);
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
    this.recording.push(delta);
    if (this.onBatch !== null && (this.recording.length & 255) === 0) {
      const now = Date.now();
      if (now - this.lastBatch >= BATCH_MS) {
        this.lastBatch = now;
        this.onBatch(this.recording.takeBatch());
      }
    }
  }
}

/**
 * What a raised exception holds on its way: the exception, or (raised lazily by native
 * code and not made yet) its message and the traceback gathered so far; nothing freed.
 */
function inFlight(t: PyThrow): Array<[PyObject, string]> {
  return t.held().filter((o) => !(o.flags & Flag.Freed)).map((o) => [o, Hidden.raisedException]);
}
