/**
 * A recording's own copy of the object graph, step by step: each step keeps only
 * the objects that changed (memory.ts's change log names them) as rows of plain
 * data, the frames and the interpreter's roots; every so often a checkpoint keeps
 * which row each object had. `imageAt(i)` replays a step into a heap image, so the
 * census (heap-census.ts) of any step is taken when it is looked at, on the copy,
 * rather than on the engine at every step while the program runs.
 *
 * Objects are named by serials: one per object for as long as it lives (a block
 * reused after a free gets a new serial, as it is a new object). Knows nothing of
 * the engine; graph-capture.ts fills it.
 *
 * Invariants: append-only; `imageAt(i)` shows the graph exactly as the engine had
 * it at step i (the graph-store test compares their censuses at every step).
 */
import { NodeKind, type EntryVisit, type HeapImage, type ImageFrame, type ImageRoots, type NodeEdge } from '../python/heap-image';

/** One version of one object, as the census reads it; references by serial. */
export interface NodeRow {
  kind: NodeKind;
  type: string;
  value: string;
  refcount: number;
  shared: boolean;
  weak: readonly number[];
  /** A watched object's references (null for one made before the recording began: nobody reads them). */
  edges: ReadonlyArray<readonly [target: number, label: string, reason: string | null]> | null;
  /** A watched dict's entries: key, value, the key's name, the value's arrow label. */
  entries: ReadonlyArray<readonly [key: number, value: number, name: string, label: string]> | null;
  moduleDict: number;
  generatorFrame: number;
}

/** What one step changed in the graph. */
export interface GraphStep {
  /** New rows: objects made or changed during the step. */
  rows: ReadonlyArray<readonly [serial: number, row: NodeRow]>;
  /** Serials of objects made during the step that the recording watches (they are the census's live objects). */
  born: readonly number[];
  /** Serials of objects freed during the step. */
  freed: readonly number[];
  /** The stack, innermost first, objects by serial. */
  frames: readonly ImageFrame[];
  roots: ImageRoots;
}

/** Steps between two checkpoints. */
export const CHECKPOINT_EVERY = 256;

/** The graph of every step of one recording. */
export class GraphStore {
  private readonly steps: GraphStep[] = [];
  /** Every row ever recorded; a step's rows are numbered in order. */
  private readonly rows: NodeRow[] = [];
  /** Per step, the number of its first row. */
  private readonly firstRow: number[] = [];
  /** At each checkpoint: serial → row number, and the watched serials alive, in the order they were made. */
  private readonly checkpoints: Array<{ rows: Map<number, number>; live: number[] }> = [];
  private readonly current = new Map<number, number>();
  private readonly live = new Set<number>();

  /** Number of steps. */
  get length(): number {
    return this.steps.length;
  }

  /** Appends a step. */
  push(step: GraphStep): void {
    const index = this.steps.length;
    this.steps.push(step);
    this.firstRow.push(this.rows.length);
    this.apply(this.current, this.live, step, this.rows.length);
    for (const [, row] of step.rows) this.rows.push(row);
    if (index % CHECKPOINT_EVERY === 0) this.checkpoints.push({ rows: new Map(this.current), live: [...this.live] });
  }

  private apply(rows: Map<number, number>, live: Set<number>, step: GraphStep, first: number): void {
    for (const s of step.freed) {
      rows.delete(s);
      live.delete(s);
    }
    for (const s of step.born) live.add(s);
    step.rows.forEach(([s], k) => rows.set(s, first + k));
  }

  /** The graph at step `i`, as a heap image for the census; `serialOf` names each node. */
  imageAt(i: number): { image: HeapImage; serialOf: (node: number) => number } {
    const c = Math.floor(i / CHECKPOINT_EVERY);
    const cp = this.checkpoints[c]!;
    const rows = new Map(cp.rows);
    const live = new Set(cp.live);
    for (let j = c * CHECKPOINT_EVERY + 1; j <= i; j++) this.apply(rows, live, this.steps[j]!, this.firstRow[j]!);
    const image = new ReplayedImage(this.rows, rows, live, this.steps[i]!);
    return { image, serialOf: image.serialOf };
  }
}

/** A step of the copy, numbered for the census: watched objects first, in the order they were made. */
class ReplayedImage implements HeapImage {
  readonly liveCount: number;
  readonly frames: ImageFrame[];
  readonly roots: ImageRoots;
  /** Node number → serial. */
  private readonly serials: number[] = [];
  private readonly numbers = new Map<number, number>();

  constructor(
    private readonly allRows: readonly NodeRow[],
    private readonly rowOf: ReadonlyMap<number, number>,
    live: ReadonlySet<number>,
    step: GraphStep,
  ) {
    // Serials grow with time: their order is the order the objects were made.
    for (const s of [...live].sort((a, b) => a - b)) this.node(s);
    this.liveCount = this.serials.length;
    const n = (s: number) => (s < 0 ? -1 : this.node(s));
    this.frames = step.frames.map((f) => ({
      ...f,
      slots: f.slots.map(n),
      fn: n(f.fn),
      code: n(f.code),
      ownGlobals: n(f.ownGlobals),
      locals: n(f.locals),
      namespace: n(f.namespace),
      frameObject: n(f.frameObject),
    }));
    const r = step.roots;
    this.roots = {
      modules: r.modules.map(n),
      inFlight: r.inFlight.map(([o, reason]) => [n(o), reason] as const),
      lent: r.lent.map(n),
      literals: r.literals.map(n),
      handled: n(r.handled),
      builtins: n(r.builtins),
      midInstruction: r.midInstruction,
    };
  }

  /** `serialOf` for the census's result. */
  readonly serialOf = (node: number): number => this.serials[node]!;

  private node(serial: number): number {
    let k = this.numbers.get(serial);
    if (k === undefined) {
      k = this.serials.length;
      this.serials.push(serial);
      this.numbers.set(serial, k);
    }
    return k;
  }

  private row(i: number): NodeRow {
    const r = this.rowOf.get(this.serials[i]!);
    if (r === undefined) throw new Error(`graph copy: no row for serial ${this.serials[i]}`);
    return this.allRows[r]!;
  }

  get size(): number {
    return this.serials.length;
  }

  kind(i: number): NodeKind {
    return this.row(i).kind;
  }
  type(i: number): string {
    return this.row(i).type;
  }
  value(i: number): string {
    return this.row(i).value;
  }
  refcount(i: number): number {
    return this.row(i).refcount;
  }
  shared(i: number): boolean {
    return this.row(i).shared;
  }
  weak(i: number): number[] {
    return this.row(i).weak.map((s) => this.node(s));
  }
  edges(i: number, visit: NodeEdge): void {
    for (const [t, label, reason] of this.row(i).edges ?? []) visit(this.node(t), label, reason);
  }
  entries(i: number, byName: boolean, visit: EntryVisit): void {
    for (const [k, v, name, label] of this.row(i).entries ?? []) visit(this.node(k), this.node(v), byName ? name : label);
  }
  moduleDict(i: number): number {
    return this.node(this.row(i).moduleDict);
  }
  generatorFrame(i: number): number {
    return this.row(i).generatorFrame;
  }
}
