/**
 * A recording's own copy of the object graph, step by step: each step keeps only
 * the objects that changed, as rows, plus the stack and the interpreter's roots;
 * every so often a checkpoint keeps which row each object had. `imageAt(i)`
 * replays a step (graph-seek.ts) into a heap image (graph-replay.ts), so the census
 * (heap-census.ts) of any step is taken when it is looked at, on the copy, rather
 * than on the engine at every step while the program runs.
 *
 * Everything is kept in typed columns, not as plain objects: a step costs a few
 * integers (a plain object per row, frame or step would cost far more memory, and
 * the collector would walk them all again and again while the program runs).
 * What rarely changes is shared: a row is a serial, a count and a version (facts,
 * references, weak references), so a row whose object only changed its count
 * names the version of the row before it; a frame's state (line, slots) names the
 * frame's identity (code, function, namespaces), which outlives many states; an
 * unchanged frame is the same state; the stack is a tree of nodes shared by every
 * step with the same frames below (as step-store.ts does); what a step rarely has
 * (objects made or freed, references its event holds, new roots) is a tagged run
 * of integers; a reference list that changed in a few places is kept as those
 * places (graph-refs.ts).
 *
 * Objects are named by serials: one per object for as long as it lives (a block
 * reused after a free gets a new serial, as it is a new object). Knows nothing of
 * the engine; graph-capture.ts fills it.
 *
 * Invariants: append-only; `imageAt(i)` shows the graph exactly as the engine had
 * it at step i (the graph-store test compares their censuses at every step).
 */
import type { HeapImage } from '../python/heap-image';
import { IntColumn, high32, joined, low32 } from './int-column';
import { GraphFacts } from './graph-facts';
import { RefLists } from './graph-refs';
import { GraphSeek } from './graph-seek';
import { StepCensus } from './step-census';
import type { Census } from '../python/heap-census';

/**
 * Steps between two checkpoints, at least; exactly, while the heap is small. A
 * checkpoint copies the row of every live object (three integers each), so with a
 * large heap the next one waits until the steps and rows since number twice the
 * live objects: checkpoints then cost about six bytes per row written, and a
 * replay from one costs about as much as the census of the step it reaches.
 */
export const CHECKPOINT_EVERY = 256;

/** Serials a frame identity holds besides its slots: fn, code, own globals, locals, namespace, frame object. */
export const FRAME_REFS = 6;

/** Bits of a frame identity's flags. */
export const enum FrameFlag {
  Inlined = 1,
  Module = 2,
}

/** Tags of a step's extras (each followed by its operands). */
export const enum Extra {
  /** A watched object made: serial, and the serial last freed with the same id (-1 for none): see block-reuse.ts. */
  Born = 0,
  /** An object freed: serial. */
  Freed = 1,
  /** A reference the event holds: serial, reason text. */
  InFlight = 2,
  /** The roots changed: roots record. */
  Roots = 3,
  /** The step falls inside an instruction (an automatic collection). */
  Mid = 4,
}

/** The integers an extra with tag `tag` takes, the tag included. */
export function extraLength(tag: Extra): number {
  return tag === Extra.Mid ? 1 : tag === Extra.Born || tag === Extra.InFlight ? 3 : 2;
}

/** Where a chunk of a store starts: each column's and list's length then. */
export type GraphMark = Record<string, number>;

/** What some steps added to a store, as plain data (it crosses from the worker to the page). */
export interface GraphChunk {
  mark: GraphMark;
  columns: Record<string, Int32Array>;
  lists: Record<string, unknown[]>;
}

/** The lengths of a new store's columns and lists. */
let initialMark: GraphMark | null = null;

/** A checkpoint: the row of every object alive, which of them the recording watches, and the roots. */
export interface Checkpoint {
  /** The step it was taken after. */
  step: number;
  serials: Int32Array;
  rows: Int32Array;
  watched: Int32Array;
  roots: number;
}

/** The graph of every step of one recording. */
export class GraphStore {
  /**
   * Serial → its object's id as `id()` prints it, in two int columns (ids pass 2^32: in a
   * plain array, each would be an object of its own); `idOf` reads one, `setId` writes one.
   */
  readonly idHigh = new IntColumn();
  readonly idLow = new IntColumn();

  // Texts (type names, labels, reasons, frame names), each once.
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();

  /** Facts records: what a row says of its object besides its count and references (graph-facts.ts). */
  readonly facts = new GraphFacts();

  /** Reference lists (graph-refs.ts). */
  readonly refs = new RefLists();

  /** Weak-reference lists by number; 0 is the empty one. */
  readonly weakLists: Array<readonly number[]> = [[]];

  // Versions: facts, reference list (-1 when not read: an object made before the recording began) and weak references.
  readonly versionFacts = new IntColumn();
  readonly versionRefs = new IntColumn();
  readonly versionWeak = new IntColumn();

  // Rows: one count and version of one object.
  readonly rowSerial = new IntColumn(4096);
  readonly rowRefcount = new IntColumn(4096);
  readonly rowVersion = new IntColumn(4096);

  // Frame identities: what a frame holds for its whole run.
  readonly frameKey = new IntColumn();
  readonly frameName = new IntColumn();
  readonly frameSlotNames = new IntColumn();
  /** FRAME_REFS serials per identity. */
  readonly frameRefs = new IntColumn();
  readonly frameFlags = new IntColumn();
  /** Slot-name lists by number (one per code object, shared by identity). */
  readonly slotNameLists: Array<readonly string[]> = [];
  private readonly slotNameIds = new Map<readonly string[], number>();

  // Frame states: an identity, a line and slots (a run of `stateSlots`).
  readonly stateFrame = new IntColumn();
  readonly stateLine = new IntColumn();
  readonly stateSlotFrom = new IntColumn();
  readonly stateSlotCount = new IntColumn();
  readonly stateSlots = new IntColumn(4096);

  // The stack tree: node → frame state and the node below it (-1 at the bottom).
  readonly nodeState = new IntColumn();
  readonly nodeParent = new IntColumn();

  // Roots records: modules, lent, literals are runs of `rootData`.
  readonly rootModulesFrom = new IntColumn(64);
  readonly rootLentFrom = new IntColumn(64);
  readonly rootLiteralsFrom = new IntColumn(64);
  /** Where the record's runs end. */
  readonly rootEnd = new IntColumn(64);
  readonly rootHandled = new IntColumn(64);
  readonly rootStdout = new IntColumn(64);
  readonly rootBuiltins = new IntColumn(64);
  readonly rootData = new IntColumn();

  // Steps: their first row, their extras, their stack's innermost node, the innermost frame's line.
  readonly stepRowFrom = new IntColumn();
  readonly stepExtraFrom = new IntColumn();
  readonly stepNode = new IntColumn();
  readonly stepLine = new IntColumn();
  /** Each step's extras: tagged runs of integers (Extra). */
  readonly extras = new IntColumn();

  // The graph now: each serial's row (-1 for none), and the serials alive with a row, densely (for checkpoints).
  private rowOf = new Int32Array(1024).fill(-1);
  private watchedBits = new Uint8Array(1024);
  /** The serials alive with a row, in no order (a checkpoint copies them; a capture may read every count). */
  readonly alive = new IntColumn();
  private alivePos = new Int32Array(1024);
  private roots = -1;
  private readonly checkpoints: Checkpoint[] = [];
  /** The number of rows when the last checkpoint was taken. */
  private rowsAtCheckpoint = 0;
  /** Replays steps for `imageAt`, going on from the last one when it can. */
  private readonly seek = new GraphSeek(this);
  /** Takes steps' censuses, keeping what later ones can start from. */
  private readonly censuses = new StepCensus(this, this.seek);

  /** Number of steps. */
  get length(): number {
    return this.stepNode.length;
  }

  /** The number standing for a text (made on first sight). */
  /** The id of serial `s`'s object, or undefined for a serial not given one. */
  idOf(s: number): number | undefined {
    // (Ids are addresses, never negative: a negative high half marks a serial with none.)
    const high = s < this.idHigh.length ? this.idHigh.get(s) : -1;
    return high < 0 ? undefined : joined(high, this.idLow.get(s));
  }

  /** Gives serial `s` its object's id. */
  setId(s: number, id: number): void {
    // (The capture gives serials in order: the next one is pushed.)
    if (s === this.idHigh.length) {
      this.idHigh.push(high32(id));
      this.idLow.push(low32(id));
      return;
    }
    while (this.idHigh.length <= s) {
      this.idHigh.push(-1);
      this.idLow.push(0);
    }
    this.idHigh.set(s, high32(id));
    this.idLow.set(s, low32(id));
  }

  textId(s: string): number {
    let n = this.textIds.get(s);
    if (n === undefined) {
      n = this.texts.length;
      this.texts.push(s);
      this.textIds.set(s, n);
    }
    return n;
  }

  /** The text a number stands for (a number below -1 stands for an item's label: see indexLabel). */
  text(n: number): string {
    return n >= 0 ? this.texts[n]! : '[' + (-2 - n) + ']';
  }

  /** The number standing for the label `[k]` of item k (no text kept: a long list would keep one per item). */
  indexLabel(k: number): number {
    return -2 - k;
  }

  /**
   * Visits the serials made (born) and freed at step `i`, in the order they were noted;
   * each one made with the serial last freed with its id (-1 for none).
   */
  bornAndFreed(i: number, born: (serial: number, reused: number) => void, freed: (serial: number) => void): void {
    const x = this.extras;
    for (let k = this.stepExtraFrom.get(i), e = this.end(this.stepExtraFrom, x.length, i); k < e; ) {
      const tag = x.get(k) as Extra;
      if (tag === Extra.Born) born(x.get(k + 1), x.get(k + 2));
      else if (tag === Extra.Freed) freed(x.get(k + 1));
      k += extraLength(tag);
    }
  }

  /** The serial last freed with the id that `serial`, made at step `step`, took (-1 for none). */
  reusedBy(serial: number, step: number): number {
    let out = -1;
    this.bornAndFreed(step, (s, reused) => {
      if (s === serial) out = reused;
    }, () => {});
    return out;
  }

  /** True when step `i` freed an object. */
  frees(i: number): boolean {
    let any = false;
    this.bornAndFreed(i, () => {}, () => (any = true));
    return any;
  }

  /** Gives back the columns' spare room: the run that fills the store has ended (they grow by doubling, so up to half was spare). */
  trim(): void {
    for (const [, c] of this.parts().columns) c.trim();
  }

  /** Every column and list of the store, by name (what a chunk carries). */
  private parts(): { columns: Array<[string, IntColumn]>; lists: Array<[string, unknown[]]> } {
    const columns: Array<[string, IntColumn]> = [];
    const lists: Array<[string, unknown[]]> = [];
    const add = (prefix: string, o: object) => {
      for (const [name, v] of Object.entries(o)) {
        if (v instanceof IntColumn) columns.push([prefix + name, v]);
        else if (v instanceof RefLists || v instanceof GraphFacts) add(name + '.', v);
      }
    };
    add('', this);
    // (alive is what the steps leave alive: rebuilt by the receiving store, never sent.)
    lists.push(['texts', this.texts], ['facts.values', this.facts.values], ['weakLists', this.weakLists as unknown[]], ['slotNameLists', this.slotNameLists as unknown[]]);
    return { columns: columns.filter(([name]) => name !== 'alive'), lists };
  }

  /**
   * What the steps from `mark` on added (from 0: everything), as plain data another
   * store can append (the worker posts it to the page); `chunk.mark` is where the next
   * one starts. Taken between steps only.
   */
  chunkFrom(mark: GraphMark | null): GraphChunk {
    // From the start: a new store holds a few entries already (the empty lists), which the receiver has too.
    mark ??= (initialMark ??= new GraphStore().chunkFrom({}).mark);
    const { columns, lists } = this.parts();
    const next: GraphMark = {};
    const chunk: GraphChunk = { mark: next, columns: {}, lists: {} };
    for (const [name, c] of columns) {
      const from = mark?.[name] ?? 0;
      next[name] = c.length;
      chunk.columns[name] = c.data.slice(from, c.length);
    }
    for (const [name, l] of lists) {
      const from = mark?.[name] ?? 0;
      next[name] = l.length;
      chunk.lists[name] = l.slice(from);
    }
    return chunk;
  }

  /** Appends a chunk another store made (`chunkFrom`), and replays what its steps left alive. */
  appendChunk(chunk: GraphChunk): void {
    const firstStep = this.length;
    const { columns, lists } = this.parts();
    for (const [name, c] of columns) {
      const add = chunk.columns[name];
      if (add === undefined) continue;
      c.grow(c.length + add.length);
      c.data.set(add, c.length);
      c.length += add.length;
    }
    for (const [name, l] of lists) for (const v of chunk.lists[name] ?? []) l.push(v);
    for (let n = this.textIds.size; n < this.texts.length; n++) this.textIds.set(this.texts[n]!, n);
    // What the capture's calls did besides appending: which serials are alive with which row, the roots, checkpoints.
    const x = this.extras;
    for (let i = firstStep; i < this.length; i++) {
      for (let k = this.stepExtraFrom.get(i), e = this.end(this.stepExtraFrom, x.length, i); k < e; ) {
        const tag = x.get(k) as Extra;
        if (tag === Extra.Born) {
          const s = x.get(k + 1);
          if (s >= this.rowOf.length) this.growSerials(s);
          this.watchedBits[s] = 1;
        } else if (tag === Extra.Freed) this.forget(x.get(k + 1));
        else if (tag === Extra.Roots) this.roots = x.get(k + 1);
        k += extraLength(tag);
      }
      for (let r = this.stepRowFrom.get(i), e = this.end(this.stepRowFrom, this.rowSerial.length, i); r < e; r++) this.place(this.rowSerial.get(r), r);
      this.maybeCheckpoint(i, this.rowsEnd(i));
    }
  }

  /** The number standing for a frame's slot names (one list per code object). */
  slotNamesId(names: readonly string[]): number {
    let n = this.slotNameIds.get(names);
    if (n === undefined) {
      n = this.slotNameLists.length;
      this.slotNameLists.push(names);
      this.slotNameIds.set(names, n);
    }
    return n;
  }

  /** A version: `last` when it has these facts, references and weak references, else a new one. */
  version(last: number, facts: number, refs: number, weak: number): number {
    if (last >= 0 && this.versionFacts.get(last) === facts && this.versionRefs.get(last) === refs && this.versionWeak.get(last) === weak) return last;
    this.versionFacts.push(facts);
    this.versionRefs.push(refs);
    this.versionWeak.push(weak);
    return this.versionFacts.length - 1;
  }

  /** The row an object has now, or -1. */
  rowNow(serial: number): number {
    return serial < this.rowOf.length ? this.rowOf[serial]! : -1;
  }

  /** Appends a row for `serial` (in the step being written). */
  addRow(serial: number, refcount: number, version: number): void {
    const row = this.rowSerial.length;
    this.rowSerial.push(serial);
    this.rowRefcount.push(refcount);
    this.rowVersion.push(version);
    this.place(serial, row);
  }

  /** `row` is the row `serial` has now. */
  private place(serial: number, row: number): void {
    if (serial >= this.rowOf.length) this.growSerials(serial);
    if (this.rowOf[serial]! < 0) {
      this.alivePos[serial] = this.alive.length;
      this.alive.push(serial);
    }
    this.rowOf[serial] = row;
  }

  private growSerials(serial: number): void {
    const n = Math.max(serial + 1, this.rowOf.length * 2);
    const rowOf = new Int32Array(n).fill(-1);
    rowOf.set(this.rowOf);
    this.rowOf = rowOf;
    const bits = new Uint8Array(n);
    bits.set(this.watchedBits);
    this.watchedBits = bits;
    const pos = new Int32Array(n);
    pos.set(this.alivePos);
    this.alivePos = pos;
  }

  /**
   * An object the recording watches was made during the step being written (its row is
   * in the step too); `reused` is the serial last freed with the id it has, -1 for none.
   */
  addBorn(serial: number, reused: number): void {
    if (serial >= this.rowOf.length) this.growSerials(serial);
    this.watchedBits[serial] = 1;
    this.extras.push(Extra.Born);
    this.extras.push(serial);
    this.extras.push(reused);
  }

  /** An object was freed during the step being written. */
  addFreed(serial: number): void {
    this.extras.push(Extra.Freed);
    this.extras.push(serial);
    this.forget(serial);
  }

  /** `serial` has no row any more (its object was freed). */
  private forget(serial: number): void {
    if (serial >= this.rowOf.length || this.rowOf[serial]! < 0) return;
    this.rowOf[serial] = -1;
    this.watchedBits[serial] = 0;
    // Swap-remove from the dense list of serials alive.
    const at = this.alivePos[serial]!;
    const last = this.alive.get(this.alive.length - 1);
    this.alive.set(at, last);
    this.alivePos[last] = at;
    this.alive.length--;
  }

  /** A reference the step's event itself holds (a return value, an exception being raised). */
  addInFlight(serial: number, reason: number): void {
    this.extras.push(Extra.InFlight);
    this.extras.push(serial);
    this.extras.push(reason);
  }

  /** A new frame identity; `refs` are fn, code, own globals, locals, namespace, frame object. */
  addFrame(key: number, name: number, slotNames: number, refs: readonly number[], flags: number): number {
    this.frameKey.push(key);
    this.frameName.push(name);
    this.frameSlotNames.push(slotNames);
    for (let k = 0; k < FRAME_REFS; k++) this.frameRefs.push(refs[k]!);
    this.frameFlags.push(flags);
    return this.frameKey.length - 1;
  }

  /** A new frame state of identity `frame`: its slots are `stateSlots` from `slotFrom` on. */
  addState(frame: number, line: number, slotFrom: number): number {
    this.stateFrame.push(frame);
    this.stateLine.push(line);
    this.stateSlotFrom.push(slotFrom);
    this.stateSlotCount.push(this.stateSlots.length - slotFrom);
    return this.stateFrame.length - 1;
  }

  /** A stack node: frame state `state` over node `parent`. */
  addNode(state: number, parent: number): number {
    this.nodeState.push(state);
    this.nodeParent.push(parent);
    return this.nodeState.length - 1;
  }

  /** New roots for the step being written: `rootData` from `modulesFrom` holds the modules, then the lent objects, then the literals. */
  addRoots(modulesFrom: number, lentFrom: number, literalsFrom: number, handled: number, stdout: number, builtins: number): void {
    this.rootModulesFrom.push(modulesFrom);
    this.rootLentFrom.push(lentFrom);
    this.rootLiteralsFrom.push(literalsFrom);
    this.rootEnd.push(this.rootData.length);
    this.rootHandled.push(handled);
    this.rootStdout.push(stdout);
    this.rootBuiltins.push(builtins);
    this.roots = this.rootHandled.length - 1;
    this.extras.push(Extra.Roots);
    this.extras.push(this.roots);
  }

  /** Opens a step: the rows and extras added from now on are its own. */
  beginStep(midInstruction: boolean): void {
    this.stepRowFrom.push(this.rowSerial.length);
    this.stepExtraFrom.push(this.extras.length);
    if (midInstruction) this.extras.push(Extra.Mid);
  }

  /** Closes the step opened last: its stack (innermost node) and the innermost frame's line. */
  endStep(node: number, line: number): void {
    const index = this.stepNode.length;
    this.stepNode.push(node);
    this.stepLine.push(line);
    this.maybeCheckpoint(index, this.rowSerial.length);
  }

  /** Takes a checkpoint after step `index`, whose rows end at `rows`, when one is due (see CHECKPOINT_EVERY). */
  private maybeCheckpoint(index: number, rows: number): void {
    const last = this.checkpoints.length === 0 ? null : this.checkpoints[this.checkpoints.length - 1]!;
    if (last !== null) {
      const steps = index - last.step;
      if (steps < CHECKPOINT_EVERY || steps + rows - this.rowsAtCheckpoint < 2 * this.alive.length) return;
    }
    this.rowsAtCheckpoint = rows;
    this.checkpoint(index);
  }

  private checkpoint(step: number): void {
    const n = this.alive.length;
    const serials = this.alive.data.slice(0, n);
    const rows = new Int32Array(n);
    let watchedCount = 0;
    for (let k = 0; k < n; k++) {
      const s = serials[k]!;
      rows[k] = this.rowOf[s]!;
      watchedCount += this.watchedBits[s]!;
    }
    const watched = new Int32Array(watchedCount);
    let w = 0;
    for (let k = 0; k < n; k++) if (this.watchedBits[serials[k]!]) watched[w++] = serials[k]!;
    this.checkpoints.push({ step, serials, rows, watched, roots: this.roots });
  }

  /** End of step i's run in a flat column whose starts are `from` (`total` entries in all). */
  private end(from: IntColumn, total: number, i: number): number {
    return i + 1 < from.length ? from.get(i + 1) : total;
  }

  /** Where step `i`'s extras end in `extras` (they start at `stepExtraFrom`). */
  extrasEnd(i: number): number {
    return this.end(this.stepExtraFrom, this.extras.length, i);
  }

  /** Where step `i`'s rows end (they start at `stepRowFrom`). */
  rowsEnd(i: number): number {
    return this.end(this.stepRowFrom, this.rowSerial.length, i);
  }

  /** Checkpoint `c`: the graph after step `checkpointAt(c).step`. */
  checkpointAt(c: number): Checkpoint {
    return this.checkpoints[c]!;
  }

  /** The number of the last checkpoint taken at or before step `i`. */
  checkpointBefore(i: number): number {
    const cps = this.checkpoints;
    let lo = 0;
    let hi = cps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cps[mid]!.step <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The graph at step `i`, as a heap image for the census; `serialOf` names each node.
   * Valid until the next call (graph-seek.ts reuses its tables; a stale image throws).
   */
  imageAt(i: number): { image: HeapImage; serialOf: (node: number) => number } {
    const image = this.seek.imageAt(i);
    return { image, serialOf: image.serialOf };
  }

  /** The census of step `i`, objects named by serial (census-delta.ts: from a base on a big heap). */
  censusAt(i: number): Census<number> {
    return this.censuses.censusAt(i);
  }
}
