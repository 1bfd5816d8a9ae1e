/**
 * The compact form of a recording's steps: what each step changed, kept in typed
 * columns rather than one object per step. A million-step recording lives twice (in
 * the worker and in the page), so every byte a step costs counts twice; a step as
 * plain objects cost 500 to 1,000 bytes, most of it object headers and repeated id
 * texts. Here a step is a row of numbers, an object drawing a row in an object table,
 * an id text is stored once however often its address comes back, and the stack is a
 * tree of frames shared by every step that has the same frames below the innermost.
 *
 * Invariants: append-only (steps are immutable once recorded); `delta(i)` gives back
 * a StepDelta equal to the one pushed, field for field.
 */
import type { GcState, HeapObject, ObjectId, ObjectState, StepEvent, TraceFrame } from './protocol';
import type { StepDelta } from './recording';
import { IntColumn } from './int-column';

const EVENTS: readonly StepEvent[] = ['line', 'call', 'return', 'exception', 'gc'];
const EVENT_CODES = new Map<StepEvent, number>(EVENTS.map((e, i) => [e, i]));
const STATES: readonly ObjectState[] = ['live', 'garbage', 'freed'];
const STATE_CODES = new Map<ObjectState, number>(STATES.map((s, i) => [s, i]));
/** Bit of an object row's flags: a shared singleton (the low bits are the state). */
const SHARED = 4;

/** Shared by every empty list handed out. */
const EMPTY: never[] = [];

/** A heap as the store replays it: id number → object row. */
export type RowHeap = Map<number, number>;

/** The steps of one recording, compactly. */
export class StepStore {
  // Per step.
  private readonly events = new IntColumn();
  private readonly lines = new IntColumn();
  private readonly stdoutLengths = new IntColumn();
  private readonly gcs = new IntColumn();
  private readonly frameNodes = new IntColumn();
  /** Where each step's entries start in the flat lists below (one more entry than steps). */
  private readonly changedFrom = new IntColumn();
  private readonly goneFrom = new IntColumn();
  private readonly freedFrom = new IntColumn();
  // Flat lists of entries.
  private readonly changedIds = new IntColumn();
  private readonly changedRows = new IntColumn();
  private readonly goneIds = new IntColumn();
  private readonly freedIds = new IntColumn();
  // Id texts, each once.
  private readonly idTexts: ObjectId[] = [];
  private readonly idNumbers = new Map<ObjectId, number>();
  // Object rows.
  private readonly rowTypes = new IntColumn();
  private readonly rowValues: string[] = [];
  private readonly rowRefcounts = new IntColumn();
  private readonly rowRefs: Array<HeapObject['refs']> = [];
  private readonly rowHidden: Array<HeapObject['hidden']> = [];
  private readonly rowWeak: Array<HeapObject['weak']> = [];
  private readonly rowFlags = new IntColumn();
  private readonly typeNames: string[] = [];
  private readonly typeNumbers = new Map<string, number>();
  // Collector states, each distinct object once (the recorder shares an unchanged one).
  private readonly gcStates: GcState[] = [];
  private lastGc: GcState | null = null;
  // The stack tree: node → frame and the node below it (-1 at the bottom).
  private readonly nodeFrames: TraceFrame[] = [];
  private readonly nodeParents = new IntColumn();
  private lastFrames: readonly TraceFrame[] = EMPTY;
  private lastNodes: number[] = [];

  /** Number of steps. */
  get length(): number {
    return this.events.length;
  }

  /** The number standing for an id text (made on first sight). */
  idNumber(id: ObjectId): number {
    let n = this.idNumbers.get(id);
    if (n === undefined) {
      n = this.idTexts.length;
      this.idTexts.push(id);
      this.idNumbers.set(id, n);
    }
    return n;
  }

  /** The number standing for an id text, or -1 when no step has it. */
  findIdNumber(id: ObjectId): number {
    return this.idNumbers.get(id) ?? -1;
  }

  /** The id text a number stands for. */
  idText(n: number): ObjectId {
    return this.idTexts[n]!;
  }

  private typeNumber(name: string): number {
    let n = this.typeNumbers.get(name);
    if (n === undefined) {
      n = this.typeNames.length;
      this.typeNames.push(name);
      this.typeNumbers.set(name, n);
    }
    return n;
  }

  /** A new row for an object drawing (the recorder makes a new drawing only for a change). */
  private addRow(o: HeapObject): number {
    const row = this.rowValues.length;
    this.rowTypes.push(this.typeNumber(o.type));
    this.rowValues.push(o.value);
    this.rowRefcounts.push(o.refcount);
    this.rowRefs.push(o.refs.length ? o.refs : EMPTY);
    this.rowHidden.push(o.hidden.length ? o.hidden : EMPTY);
    this.rowWeak.push(o.weak.length ? o.weak : EMPTY);
    this.rowFlags.push(STATE_CODES.get(o.state)! | (o.shared ? SHARED : 0));
    return row;
  }

  /** The object drawing a row stands for (a fresh object each time). */
  object(row: number): HeapObject {
    const flags = this.rowFlags.get(row);
    return {
      type: this.typeNames[this.rowTypes.get(row)]!,
      value: this.rowValues[row]!,
      refcount: this.rowRefcounts.get(row),
      refs: this.rowRefs[row]!,
      hidden: this.rowHidden[row]!,
      weak: this.rowWeak[row]!,
      state: STATES[flags & 3]!,
      shared: (flags & SHARED) !== 0,
    };
  }

  /** The node of the innermost frame of `frames`, adding nodes for the frames new since the step before. */
  private frameNode(frames: readonly TraceFrame[]): number {
    if (frames === this.lastFrames) return frames.length ? this.lastNodes[frames.length - 1]! : -1;
    const before = this.lastFrames;
    let k = 0;
    while (k < frames.length && k < before.length && frames[k] === before[k]) k++;
    const nodes = this.lastNodes.slice(0, k);
    for (let d = k; d < frames.length; d++) {
      nodes.push(this.nodeFrames.length);
      this.nodeFrames.push(frames[d]!);
      this.nodeParents.push(d === 0 ? -1 : nodes[d - 1]!);
    }
    this.lastFrames = frames;
    this.lastNodes = nodes;
    return frames.length ? nodes[frames.length - 1]! : -1;
  }

  /** Appends a step; `heap` (the store's replay of the step before, id number → row) is brought to this step. */
  push(d: StepDelta, heap: RowHeap): void {
    this.events.push(EVENT_CODES.get(d.event)!);
    this.lines.push(d.line);
    this.stdoutLengths.push(d.stdoutLength);
    if (d.gc !== this.lastGc) {
      this.gcStates.push(d.gc);
      this.lastGc = d.gc;
    }
    this.gcs.push(this.gcStates.length - 1);
    this.frameNodes.push(this.frameNode(d.frames));
    this.changedFrom.push(this.changedIds.length);
    this.goneFrom.push(this.goneIds.length);
    this.freedFrom.push(this.freedIds.length);
    for (const id of d.gone) {
      const n = this.idNumber(id);
      this.goneIds.push(n);
      heap.delete(n);
    }
    for (const [id, o] of d.changed) {
      const n = this.idNumber(id);
      const row = this.addRow(o);
      this.changedIds.push(n);
      this.changedRows.push(row);
      heap.set(n, row);
    }
    for (const id of d.freed) this.freedIds.push(this.idNumber(id));
  }

  /** Ends of step i's entries in a flat list whose starts are `from`, with `total` entries in all. */
  private range(from: IntColumn, total: number, i: number): [number, number] {
    return [from.get(i), i + 1 < from.length ? from.get(i + 1) : total];
  }

  /** Applies step i's changes to a replayed heap. */
  apply(heap: RowHeap, i: number): void {
    const [g0, g1] = this.range(this.goneFrom, this.goneIds.length, i);
    for (let k = g0; k < g1; k++) heap.delete(this.goneIds.get(k));
    const [c0, c1] = this.range(this.changedFrom, this.changedIds.length, i);
    for (let k = c0; k < c1; k++) heap.set(this.changedIds.get(k), this.changedRows.get(k));
  }

  /** The row step i set for id number `n` (undefined when it set none; null when it dropped it). */
  rowSetAt(i: number, n: number): number | null | undefined {
    const [c0, c1] = this.range(this.changedFrom, this.changedIds.length, i);
    for (let k = c0; k < c1; k++) if (this.changedIds.get(k) === n) return this.changedRows.get(k);
    const [g0, g1] = this.range(this.goneFrom, this.goneIds.length, i);
    for (let k = g0; k < g1; k++) if (this.goneIds.get(k) === n) return null;
    return undefined;
  }

  event(i: number): StepEvent {
    return EVENTS[this.events.get(i)]!;
  }

  line(i: number): number {
    return this.lines.get(i);
  }

  stdoutLength(i: number): number {
    return this.stdoutLengths.get(i);
  }

  gc(i: number): GcState {
    return this.gcStates[this.gcs.get(i)]!;
  }

  /** Step i's stack, outermost first (as pushed: the innermost frame's line may be stale). */
  frames(i: number): TraceFrame[] {
    const out: TraceFrame[] = [];
    for (let n = this.frameNodes.get(i); n >= 0; n = this.nodeParents.get(n)) out.push(this.nodeFrames[n]!);
    return out.reverse();
  }

  private ids(from: IntColumn, list: IntColumn, i: number): ObjectId[] {
    const [a, b] = this.range(from, list.length, i);
    if (a === b) return EMPTY;
    const out: ObjectId[] = [];
    for (let k = a; k < b; k++) out.push(this.idTexts[list.get(k)]!);
    return out;
  }

  freed(i: number): ObjectId[] {
    return this.ids(this.freedFrom, this.freedIds, i);
  }

  gone(i: number): ObjectId[] {
    return this.ids(this.goneFrom, this.goneIds, i);
  }

  /** Step i's changed objects, as drawings (fresh objects; `memo` shares them between the rows' uses). */
  changed(i: number, memo?: Map<number, HeapObject>): Array<[ObjectId, HeapObject]> {
    const [a, b] = this.range(this.changedFrom, this.changedIds.length, i);
    if (a === b) return EMPTY;
    const out: Array<[ObjectId, HeapObject]> = [];
    for (let k = a; k < b; k++) out.push([this.idTexts[this.changedIds.get(k)]!, this.drawing(this.changedRows.get(k), memo)]);
    return out;
  }

  /** The drawing of a row, made once per `memo`. */
  drawing(row: number, memo?: Map<number, HeapObject>): HeapObject {
    if (memo === undefined) return this.object(row);
    let o = memo.get(row);
    if (o === undefined) memo.set(row, (o = this.object(row)));
    return o;
  }

  /** Step i as the StepDelta it was pushed as. */
  delta(i: number, memo?: Map<number, HeapObject>): StepDelta {
    return {
      event: this.event(i),
      line: this.line(i),
      stdoutLength: this.stdoutLength(i),
      frames: this.frames(i),
      changed: this.changed(i, memo),
      gone: this.gone(i),
      freed: this.freed(i),
      gc: this.gc(i),
    };
  }
}
