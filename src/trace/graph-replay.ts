/**
 * One step of a recording's copy of the graph (graph-store.ts) as a heap image
 * (heap-image.ts), for the census: nodes are numbered from the store's serials,
 * the watched objects first in the order they were made, and each node's facts
 * and references are read from its row's columns.
 */
import type { EntryVisit, HeapImage, ImageFrame, ImageRoots, NodeEdge, NodeKind } from '../python/heap-image';
import { RefKind, REF_STRIDE } from './graph-refs';
import { FRAME_REFS, FrameFlag, type GraphStore } from './graph-store';
import type { GraphSeek } from './graph-seek';

/** The weak references of most objects (shared: never written). */
const NO_NODES: readonly number[] = [];

/** What a step itself says, besides its rows. */
export interface StepView {
  /** The stack's innermost node, -1 for none. */
  node: number;
  /** The innermost frame's line (its record may have been recorded at another line). */
  line: number;
  /** The roots record. */
  roots: number;
  midInstruction: boolean;
  /** References the step's event holds: serial and reason. */
  inFlight: Array<[number, string]>;
}

/** A step of the copy, numbered for the census: watched objects first, in the order they were made. */
export class ReplayedImage implements HeapImage {
  readonly liveCount: number;
  readonly frames: ImageFrame[] = [];
  readonly roots: ImageRoots;
  /** The replay's generation this image was made in (a later one reuses the tables). */
  private readonly generation: number;

  /**
   * @param store the recording's copy
   * @param seek the replay, whose table holds each serial's row at this step (and gets the node numbers)
   * @param live the watched serials alive at this step, in the order they were made, numbered
   *   first; null numbers every node as it is met (liveCount 0: an incremental census, which
   *   asks `isLive`)
   * @param step the step's own facts
   */
  constructor(
    private readonly store: GraphStore,
    private readonly seek: GraphSeek,
    live: Int32Array | null,
    step: StepView,
  ) {
    this.generation = seek.generation;
    if (live !== null) for (let k = 0; k < live.length; k++) this.node(live[k]!);
    this.liveCount = seek.nodeSerials.length;
    const n = (s: number) => (s < 0 ? -1 : this.node(s));
    for (let node = step.node; node >= 0; node = store.nodeParent.get(node)) {
      const st = store.nodeState.get(node);
      const r = store.stateFrame.get(st);
      // (Sized up front, and no closure per frame: a deep stack is drawn at every seek, twice.)
      const from = store.stateSlotFrom.get(st);
      const slots: number[] = new Array<number>(store.stateSlotCount.get(st));
      for (let k = 0; k < slots.length; k++) slots[k] = n(store.stateSlots.get(from + k));
      const refs = r * FRAME_REFS;
      const flags = store.frameFlags.get(r);
      this.frames.push({
        key: store.frameKey.get(r),
        name: store.text(store.frameName.get(r)),
        line: node === step.node ? step.line : store.stateLine.get(st),
        slotNames: store.slotNameLists[store.frameSlotNames.get(r)]!,
        slots,
        fn: n(store.frameRefs.get(refs + 0)),
        code: n(store.frameRefs.get(refs + 1)),
        ownGlobals: n(store.frameRefs.get(refs + 2)),
        locals: n(store.frameRefs.get(refs + 3)),
        namespace: n(store.frameRefs.get(refs + 4)),
        frameObject: n(store.frameRefs.get(refs + 5)),
        inlined: (flags & FrameFlag.Inlined) !== 0,
        isModule: (flags & FrameFlag.Module) !== 0,
      });
    }
    const r = step.roots;
    const run = (from: number, to: number) => {
      const out: number[] = [];
      for (let k = from; k < to; k++) out.push(n(store.rootData.get(k)));
      return out;
    };
    this.roots = {
      modules: run(store.rootModulesFrom.get(r), store.rootLentFrom.get(r)),
      inFlight: step.inFlight.map(([s, reason]) => [n(s), reason] as const),
      lent: run(store.rootLentFrom.get(r), store.rootLiteralsFrom.get(r)),
      literals: run(store.rootLiteralsFrom.get(r), store.rootEnd.get(r)),
      handled: n(store.rootHandled.get(r)),
      stdout: n(store.rootStdout.get(r)),
      builtins: n(store.rootBuiltins.get(r)),
      midInstruction: step.midInstruction,
    };
  }

  /** Throws when a later replay has reused the tables this image reads. */
  private fresh(): void {
    if (this.seek.generation !== this.generation) throw new Error('graph copy: an image read after the next imageAt');
  }

  /** `serialOf` for the census's result. */
  readonly serialOf = (node: number): number => {
    this.fresh();
    return this.seek.nodeSerials.get(node);
  };

  /** True when node i is an object the recording watches, alive at this step. */
  isLive(i: number): boolean {
    const s = this.seek.nodeSerials.get(i);
    return this.seek.table.isWatched(s) && this.seek.nodeRows.get(i) >= 0;
  }

  /** The node of `serial` (numbered now if it has none). */
  node(serial: number): number {
    const t = this.seek.table;
    let k = t.node(serial);
    if (k < 0) {
      const serials = this.seek.nodeSerials;
      k = serials.length;
      serials.push(serial);
      this.seek.nodeRows.push(t.row(serial));
      t.setNode(serial, k);
    }
    return k;
  }

  private row(i: number): number {
    this.fresh();
    const r = this.seek.nodeRows.get(i);
    if (r < 0) throw new Error(`graph copy: no row for serial ${this.seek.nodeSerials.get(i)}`);
    return r;
  }

  private version(i: number): number {
    return this.store.rowVersion.get(this.row(i));
  }

  private facts(i: number): number {
    return this.store.versionFacts.get(this.version(i));
  }

  get size(): number {
    return this.seek.nodeSerials.length;
  }

  /** `serial`'s row at this step (-1 for none), without numbering it. */
  rowOfSerial(serial: number): number {
    this.fresh();
    return this.seek.table.row(serial);
  }

  /** The reference list of `serial`'s row at this step, without numbering it. */
  refListOfSerial(serial: number): number {
    this.fresh();
    return this.store.versionRefs.get(this.store.rowVersion.get(this.seek.table.row(serial)));
  }

  /** The node kind of `serial`'s object, without numbering it. */
  kindOfSerial(serial: number): NodeKind {
    this.fresh();
    return this.store.facts.kindOf(this.store.versionFacts.get(this.store.rowVersion.get(this.seek.table.row(serial))));
  }

  /** The reference list of node i's row (rows with the same list have the same references). */
  refList(i: number): number {
    return this.store.versionRefs.get(this.version(i));
  }

  kind(i: number): NodeKind {
    return this.store.facts.kindOf(this.facts(i));
  }
  type(i: number): string {
    return this.store.text(this.store.facts.typeOf(this.facts(i)));
  }
  value(i: number): string {
    return this.store.facts.valueOf(this.facts(i));
  }
  refcount(i: number): number {
    return this.store.rowRefcount.get(this.row(i));
  }
  shared(i: number): boolean {
    return this.store.facts.sharedOf(this.facts(i));
  }
  weak(i: number): readonly number[] {
    const w = this.store.weakLists[this.store.versionWeak.get(this.version(i))]!;
    return w.length === 0 ? NO_NODES : w.map((s) => this.node(s));
  }

  /** Where the last `refs` found its node's references: integers `refsFrom` to `refsTo` of `refsData`. */
  private refsData: Int32Array = new Int32Array(0);
  private refsFrom = 0;
  private refsTo = 0;

  /** Finds node i's references of `kind` (none when its row has none of that kind), for `refsData`. */
  private refs(i: number, kind: RefKind): void {
    const lists = this.store.refs;
    const l = this.store.versionRefs.get(this.version(i));
    if (l < 0 || lists.kind.get(l) !== kind) {
      this.refsFrom = this.refsTo = 0;
      return;
    }
    // (Scratch slot 2: a census reads one node's references to the end before it asks for another's,
    // and a fresh array per patched list was garbage at every seek.)
    this.refsData = lists.view(l, 2);
    this.refsFrom = lists.viewFrom;
    this.refsTo = lists.viewFrom + lists.count.get(l) * REF_STRIDE[kind];
  }

  edges(i: number, visit: NodeEdge): void {
    this.refs(i, RefKind.Edges);
    const { refsData: d, refsFrom: from, refsTo: to, store } = this;
    for (let k = from; k < to; k += 3) {
      const reason = d[k + 2]!;
      visit(this.node(d[k]!), store.text(d[k + 1]!), reason < 0 ? null : store.text(reason));
    }
  }
  entries(i: number, byName: boolean, visit: EntryVisit): void {
    this.refs(i, RefKind.Entries);
    const { refsData: d, refsFrom: from, refsTo: to, store } = this;
    for (let k = from; k < to; k += 4) visit(this.node(d[k]!), this.node(d[k + 1]!), store.text(d[byName ? k + 2 : k + 3]!));
  }
  moduleDict(i: number): number {
    const s = this.store.facts.moduleDictOf(this.facts(i));
    return s < 0 ? -1 : this.node(s);
  }
  generatorFrame(i: number): number {
    return this.store.facts.generatorFrameOf(this.facts(i));
  }
}
