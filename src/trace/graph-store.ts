/**
 * A recording's own copy of the object graph, step by step: each step keeps only
 * the objects that changed, as rows, plus the stack and the interpreter's roots;
 * every so often a checkpoint keeps which row each object had. `imageAt(i)`
 * replays a step into a heap image (graph-replay.ts), so the census
 * (heap-census.ts) of any step is taken when it is looked at, on the copy, rather
 * than on the engine at every step while the program runs.
 *
 * Everything is kept in typed columns, not as plain objects: a step costs a few
 * integers (a plain object per row, frame or step would cost far more memory, and
 * the collector would walk them all again and again while the program runs).
 * What rarely changes is shared: a row whose object only changed its count points
 * at the facts and references of the row before it; a frame that did not change is
 * the same frame record; the stack is a tree of nodes shared by every step with the
 * same frames below (as step-store.ts does); roots are the last step's when unchanged.
 *
 * Objects are named by serials: one per object for as long as it lives (a block
 * reused after a free gets a new serial, as it is a new object). Knows nothing of
 * the engine; graph-capture.ts fills it.
 *
 * Invariants: append-only; `imageAt(i)` shows the graph exactly as the engine had
 * it at step i (the graph-store test compares their censuses at every step).
 */
import type { HeapImage } from '../python/heap-image';
import { IntColumn } from './int-column';
import { ReplayedImage, type StepView } from './graph-replay';

/** Steps between two checkpoints. */
const CHECKPOINT_EVERY = 256;

/** What a reference list holds: a watched object's references, or a dict's entries. */
export const enum RefKind {
  /** Triples: target, label text, hidden reason text (-1 for an arrow). */
  Edges = 0,
  /** Quadruples: key, value, the key's name text, the value's label text. */
  Entries = 1,
}

/** Integers per reference of each kind. */
export const REF_STRIDE = [3, 4] as const;

/** Bits of a frame record's flags. */
export const enum FrameFlag {
  Inlined = 1,
  Module = 2,
}

/** A checkpoint: the row of every object alive, and which of them the recording watches. */
interface Checkpoint {
  serials: Int32Array;
  rows: Int32Array;
  watched: Int32Array;
}

/** The graph of every step of one recording. */
export class GraphStore {
  // Texts (type names, labels, reasons, frame names), each once.
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();

  // Facts: what a row says of its object besides its count and references.
  readonly factKind = new IntColumn();
  readonly factType = new IntColumn();
  readonly factValue: string[] = [];
  readonly factShared = new IntColumn();
  readonly factModuleDict = new IntColumn();
  readonly factGenFrame = new IntColumn();

  // Reference lists: each a run of `refData` (REF_STRIDE integers per reference).
  readonly refFrom = new IntColumn();
  readonly refCount = new IntColumn();
  readonly refKind = new IntColumn();
  readonly refData = new IntColumn(4096);

  /** Weak-reference lists by number; 0 is the empty one. */
  readonly weakLists: Array<readonly number[]> = [[]];

  // Rows: one version of one object.
  readonly rowSerial = new IntColumn();
  readonly rowRefcount = new IntColumn();
  readonly rowFacts = new IntColumn();
  /** The row's reference list, or -1 when its references are not read (an object made before the recording began). */
  readonly rowRefs = new IntColumn();
  readonly rowWeak = new IntColumn();

  // Frame records: one version of one frame; slots are runs of `frameSlots`.
  readonly frameKey = new IntColumn();
  readonly frameName = new IntColumn();
  readonly frameLine = new IntColumn();
  readonly frameSlotNames = new IntColumn();
  readonly frameSlotFrom = new IntColumn();
  readonly frameSlotCount = new IntColumn();
  /** fn, code, own globals, locals, namespace, frame object: FRAME_REFS serials per record. */
  readonly frameRefs = new IntColumn();
  readonly frameFlags = new IntColumn();
  readonly frameSlots = new IntColumn(4096);
  /** Slot-name lists by number (one per code object, shared by identity). */
  readonly slotNameLists: Array<readonly string[]> = [];
  private readonly slotNameIds = new Map<readonly string[], number>();

  // The stack tree: node → frame record and the node below it (-1 at the bottom).
  readonly nodeRecord = new IntColumn();
  readonly nodeParent = new IntColumn();

  // Roots records: modules, lent, literals are runs of `rootData`.
  readonly rootModulesFrom = new IntColumn(64);
  readonly rootLentFrom = new IntColumn(64);
  readonly rootLiteralsFrom = new IntColumn(64);
  /** Where the record's runs end. */
  readonly rootEnd = new IntColumn(64);
  readonly rootHandled = new IntColumn(64);
  readonly rootBuiltins = new IntColumn(64);
  readonly rootData = new IntColumn();

  // Steps.
  private readonly stepRowFrom = new IntColumn();
  private readonly stepBornFrom = new IntColumn();
  private readonly stepFreedFrom = new IntColumn();
  private readonly stepInFlightFrom = new IntColumn();
  private readonly stepNode = new IntColumn();
  private readonly stepLine = new IntColumn();
  private readonly stepRoots = new IntColumn();
  private readonly stepMid = new IntColumn();
  private readonly born = new IntColumn();
  private readonly freed = new IntColumn();
  /** Pairs: serial, reason text. */
  private readonly inFlight = new IntColumn(256);

  // The graph now: each serial's row (-1 for none), and the serials alive with a row, densely (for checkpoints).
  private rowOf = new Int32Array(1024).fill(-1);
  private watchedBits = new Uint8Array(1024);
  /** The serials alive with a row, in no order (a checkpoint copies them; a capture may read every count). */
  readonly alive = new IntColumn();
  private alivePos = new Int32Array(1024);
  private readonly checkpoints: Checkpoint[] = [];

  /** Number of steps. */
  get length(): number {
    return this.stepNode.length;
  }

  /** The number standing for a text (made on first sight). */
  textId(s: string): number {
    let n = this.textIds.get(s);
    if (n === undefined) {
      n = this.texts.length;
      this.texts.push(s);
      this.textIds.set(s, n);
    }
    return n;
  }

  /** The text a number stands for. */
  text(n: number): string {
    return this.texts[n]!;
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

  /** A new facts record. */
  addFacts(kind: number, type: number, value: string, shared: boolean, moduleDict: number, genFrame: number): number {
    this.factKind.push(kind);
    this.factType.push(type);
    this.factValue.push(value);
    this.factShared.push(shared ? 1 : 0);
    this.factModuleDict.push(moduleDict);
    this.factGenFrame.push(genFrame);
    return this.factValue.length - 1;
  }

  /** True when facts record `f` says exactly this. */
  sameFacts(f: number, kind: number, type: number, value: string, shared: boolean, moduleDict: number, genFrame: number): boolean {
    return (
      this.factKind.get(f) === kind &&
      this.factType.get(f) === type &&
      this.factValue[f] === value &&
      this.factShared.get(f) === (shared ? 1 : 0) &&
      this.factModuleDict.get(f) === moduleDict &&
      this.factGenFrame.get(f) === genFrame
    );
  }

  /**
   * Ends a reference list written at the end of `refData` from `from` on: its number,
   * or `same` (the list was dropped) when list `same` holds exactly these references.
   */
  endRefs(kind: RefKind, from: number, same: number): number {
    const data = this.refData;
    const n = data.length - from;
    if (same >= 0 && this.refKind.get(same) === kind && this.refCount.get(same) * REF_STRIDE[kind] === n) {
      const at = this.refFrom.get(same);
      let k = 0;
      const d = data.data;
      while (k < n && d[at + k] === d[from + k]) k++;
      if (k === n) {
        data.length = from;
        return same;
      }
    }
    this.refFrom.push(from);
    this.refCount.push(n / REF_STRIDE[kind]);
    this.refKind.push(kind);
    return this.refKind.length - 1;
  }

  /** The row an object has now, or -1. */
  rowNow(serial: number): number {
    return serial < this.rowOf.length ? this.rowOf[serial]! : -1;
  }

  /** Appends a row for `serial` (in the step being written). */
  addRow(serial: number, refcount: number, facts: number, refs: number, weak: number): void {
    const row = this.rowSerial.length;
    this.rowSerial.push(serial);
    this.rowRefcount.push(refcount);
    this.rowFacts.push(facts);
    this.rowRefs.push(refs);
    this.rowWeak.push(weak);
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

  /** An object the recording watches was made during the step being written (its row is in the step too). */
  addBorn(serial: number): void {
    if (serial >= this.rowOf.length) this.growSerials(serial);
    this.watchedBits[serial] = 1;
    this.born.push(serial);
  }

  /** An object was freed during the step being written. */
  addFreed(serial: number): void {
    this.freed.push(serial);
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

  /** A new frame record; `refs` are fn, code, own globals, locals, namespace, frame object; its slots are `frameSlots` from `slotFrom` on. */
  addFrame(key: number, name: number, line: number, slotNames: number, slotFrom: number, refs: readonly number[], flags: number): number {
    this.frameKey.push(key);
    this.frameName.push(name);
    this.frameLine.push(line);
    this.frameSlotNames.push(slotNames);
    this.frameSlotFrom.push(slotFrom);
    this.frameSlotCount.push(this.frameSlots.length - slotFrom);
    for (let k = 0; k < FRAME_REFS; k++) this.frameRefs.push(refs[k]!);
    this.frameFlags.push(flags);
    return this.frameKey.length - 1;
  }

  /** A stack node: frame record `record` over node `parent`. */
  addNode(record: number, parent: number): number {
    this.nodeRecord.push(record);
    this.nodeParent.push(parent);
    return this.nodeRecord.length - 1;
  }

  /** A new roots record: `rootData` from `modulesFrom` holds the modules, then the lent objects from `lentFrom`, then the literals from `literalsFrom`. */
  addRoots(modulesFrom: number, lentFrom: number, literalsFrom: number, handled: number, builtins: number): number {
    this.rootModulesFrom.push(modulesFrom);
    this.rootLentFrom.push(lentFrom);
    this.rootLiteralsFrom.push(literalsFrom);
    this.rootEnd.push(this.rootData.length);
    this.rootHandled.push(handled);
    this.rootBuiltins.push(builtins);
    return this.rootHandled.length - 1;
  }

  /** Opens a step: the rows, born and freed serials added from now on are its own. */
  beginStep(): void {
    this.stepRowFrom.push(this.rowSerial.length);
    this.stepBornFrom.push(this.born.length);
    this.stepFreedFrom.push(this.freed.length);
    this.stepInFlightFrom.push(this.inFlight.length);
  }

  /** A reference the step's event itself holds (a return value, an exception being raised). */
  addInFlight(serial: number, reason: number): void {
    this.inFlight.push(serial);
    this.inFlight.push(reason);
  }

  /** Closes the step opened last: its stack (innermost node), the innermost frame's line, its roots record. */
  endStep(node: number, line: number, roots: number, midInstruction: boolean): void {
    const index = this.stepNode.length;
    this.stepNode.push(node);
    this.stepLine.push(line);
    this.stepRoots.push(roots);
    this.stepMid.push(midInstruction ? 1 : 0);
    if (index % CHECKPOINT_EVERY === 0) this.checkpoint();
  }

  private checkpoint(): void {
    const n = this.alive.length;
    const serials = this.alive.data.slice(0, n);
    const rows = new Int32Array(n);
    let watchedCount = 0;
    for (let k = 0; k < n; k++) {
      const s = serials[k]!;
      rows[k] = this.rowOf[s]!;
      if (this.watchedBits[s]) watchedCount++;
    }
    const watched = new Int32Array(watchedCount);
    let w = 0;
    for (let k = 0; k < n; k++) if (this.watchedBits[serials[k]!]) watched[w++] = serials[k]!;
    this.checkpoints.push({ serials, rows, watched });
  }

  /** End of step i's run in a flat column whose starts are `from` (`total` entries in all). */
  private end(from: IntColumn, total: number, i: number): number {
    return i + 1 < from.length ? from.get(i + 1) : total;
  }

  /** The graph at step `i`, as a heap image for the census; `serialOf` names each node. */
  imageAt(i: number): { image: HeapImage; serialOf: (node: number) => number } {
    const c = Math.floor(i / CHECKPOINT_EVERY);
    const cp = this.checkpoints[c]!;
    const rows = new Map<number, number>();
    for (let k = 0; k < cp.serials.length; k++) rows.set(cp.serials[k]!, cp.rows[k]!);
    const live = new Set<number>(cp.watched);
    for (let j = c * CHECKPOINT_EVERY + 1; j <= i; j++) {
      for (let k = this.stepFreedFrom.get(j), e = this.end(this.stepFreedFrom, this.freed.length, j); k < e; k++) {
        rows.delete(this.freed.get(k));
        live.delete(this.freed.get(k));
      }
      for (let k = this.stepBornFrom.get(j), e = this.end(this.stepBornFrom, this.born.length, j); k < e; k++) live.add(this.born.get(k));
      for (let r = this.stepRowFrom.get(j), e = this.end(this.stepRowFrom, this.rowSerial.length, j); r < e; r++) rows.set(this.rowSerial.get(r), r);
    }
    const inFlight: Array<[number, string]> = [];
    for (let k = this.stepInFlightFrom.get(i), e = this.end(this.stepInFlightFrom, this.inFlight.length, i); k < e; k += 2)
      inFlight.push([this.inFlight.get(k), this.text(this.inFlight.get(k + 1))]);
    const step: StepView = {
      node: this.stepNode.get(i),
      line: this.stepLine.get(i),
      roots: this.stepRoots.get(i),
      midInstruction: this.stepMid.get(i) !== 0,
      inFlight,
    };
    const image = new ReplayedImage(this, rows, live, step);
    return { image, serialOf: image.serialOf };
  }
}

/** Serials a frame record holds besides its slots: fn, code, own globals, locals, namespace, frame object. */
export const FRAME_REFS = 6;
