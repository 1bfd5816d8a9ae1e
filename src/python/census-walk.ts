/**
 * How a census reads an image (heap-census.ts): the roles of its nodes (namespaces,
 * running frames' namespaces), and each holder's references listed on demand with
 * the labels and hidden reasons the census gives them. Also what an incremental
 * census is told instead (CensusReach), and the scratch arrays every census reuses.
 */
import type { CensusFrame } from './heap-census';
import { Hidden, NodeKind, type HeapImage } from './heap-image';

/**
 * Arrows drawn out of one object at most; the rest of a long container's items count
 * as hidden references (`not drawn`), so a list of 10,000 items costs a step no more
 * than a list of 50. The object's value text still says its length.
 */
export const MAX_DRAWN_REFS = 50;

/** Names a module (or class body) namespace holds for the interpreter rather than for the program. */
const MODULE_DUNDERS = new Set(['__name__', '__builtins__', '__doc__', '__loader__', '__spec__', '__package__', '__annotations__', '__file__', '__cached__', '__module__', '__qualname__']);

/** The label of a namespace's reference to one of its keys: not an identifier, so no variable (a global named `key`) is taken for it. */
const NAMESPACE_KEY = '(key)';

/** Roles of a node (bits of the census's `role`). */
const enum Role {
  /** A namespace dict (module, builtins, running frame). */
  Namespace = 1,
  /** The namespace of a running frame: its entries are that frame's names. */
  RunningNamespace = 2,
}

/** Int32 scratch arrays reused by every census (a census runs at every step; fresh typed arrays cost more than filling old ones). */
const scratch: Int32Array[] = [];

/** Scratch array `k`, at least `n` long, zero-filled over its first `n`. */
export function zeroed(k: number, n: number): Int32Array {
  let a = scratch[k];
  if (a === undefined || a.length < n) scratch[k] = a = new Int32Array(Math.max(n, 2 * (a?.length ?? 64)));
  else a.fill(0, 0, n);
  return a;
}

/**
 * Labels and hidden reasons of a census's references, by reference, reused by every
 * census as the Int32 scratch arrays are (a recording's seek takes two or three
 * censuses, and growing four fresh arrays of references each time was most of the
 * garbage a seek left for the collector). Entries past the last census's count are stale.
 */
const edgeLabels: string[] = [];
const edgeReasons: Array<string | null> = [];

/** Scratch array `k`, at least 256 long (contents left as they are). */
export function kept(k: number): Int32Array {
  return (scratch[k] ??= new Int32Array(256));
}

/** Scratch array `k` grown past index `i`, keeping `a`'s contents (zero beyond them). */
export function grown(k: number, a: Int32Array, i: number): Int32Array {
  const b = new Int32Array(Math.max(i + 1, 2 * a.length));
  b.set(a);
  return (scratch[k] = b);
}

/** The hidden reason for a reference held by an object the diagram does not show. */
export function heldBy(type: string): string {
  return `held by ${type === 'dict' ? 'an internal dict' : 'a ' + type}`;
}

/**
 * What a census is told instead of walking every object for it (an incremental
 * census of a recording's step, src/trace/census-delta.ts): which nodes are live,
 * which live nodes are modules, what is reachable and who holds a node. Nodes may
 * then be numbered in any order; `rank` gives the order the full census would
 * have met them in (the order they were made).
 */
export interface CensusReach {
  /** True when node i is a live object, whose references can be read. */
  isLive(i: number): boolean;
  /** The live modules (their dicts are namespaces). */
  readonly modules: readonly number[];
  /** Decides what is reachable, once the walk has listed the references frames and the interpreter hold. */
  resolve(walk: CensusWalk): void;
  reachable(i: number): boolean;
  /** The live nodes reachable from nothing (and not shared), in rank order. */
  readonly garbage: readonly number[];
  /** Visits the live nodes holding a reference to node i, once per reference, in any order. */
  eachHolder(i: number, visit: (h: number) => void): void;
  /**
   * Visits live node h's references, as the walk would list them, without listing
   * them (from what the reach already knows); false when it does not know them.
   */
  holderEdges(h: number, visit: (target: number, label: string, reason: string | null) => void): boolean;
  /**
   * Given the shown nodes: for much-held ones, sums the hidden references from their
   * holders that are not shown and unchanged (heldSum), so those holders need not be
   * visited one by one (summedBy says which references are in a sum).
   */
  sumShown(shown: readonly number[]): void;
  heldSum(c: number): { reasons: string[]; counts: number[]; keys: number[]; loose?: boolean[] } | undefined;
  /** heldSum's sum with exact keys (a loose key found again). */
  exactHeldSum(c: number): { reasons: string[]; keys: number[] };
  summedBy(h: number, c: number): boolean;
  /** Visits node i's holders that the base does not know (changed or new), once per reference. */
  eachNewHolder(i: number, visit: (h: number) => void): void;
  /** Where node i comes in the order the objects were made. */
  rank(i: number): number;
}

/**
 * One census's reading of an image: the roles of its nodes, and the references
 * out of each holder listed on demand (a holder's list is made once, in its
 * traverse order, with the labels and hidden reasons the census gives them).
 * Every reference is a (holder, target, label, reason) edge; holder -1 is a frame
 * or the interpreter.
 */
export class CensusWalk {
  private role: Int32Array;
  /** Roles are known up to here (the scratch array beyond is another census's). */
  private roleCleared: number;
  private kinds: Int32Array;
  private running: Set<number> | null = null;
  /** Nodes whose sharedness is memoised (0 not asked, 1 no, 2 yes) up to `memoCleared`. */
  private memoCleared: number;
  private sharedMemo: Int32Array;
  holders = kept(9);
  targets = kept(10);
  readonly labels = edgeLabels;
  readonly reasons = edgeReasons;
  edgeCount = 0;
  /** Each node's edges are [edgeFrom[i], edgeTo[i]) once listed; edgeTo -1: not listed yet. */
  private edgeFrom = kept(0);
  private edgeTo = kept(1);
  private edgeRangeCleared = 0;
  /** The edges frames and the interpreter hold are [0, rootEdges). */
  rootEdges = 0;
  readonly frames: Array<CensusFrame<number>> = [];
  /** Every frame's locals as nodes, in `frames`' order, one after another. */
  localNodes = kept(13);
  localCount = 0;
  // The holder being listed, whether it is a running frame's namespace, and its arrows so far.
  private holder = 0;
  private frameNamespace = false;
  private drawn = 0;

  constructor(
    readonly image: HeapImage,
    /** Live-ness and modules when an incremental census knows them; else nodes below liveCount are live. */
    private readonly known: CensusReach | null,
  ) {
    this.roleCleared = image.size + 64;
    this.role = zeroed(7, this.roleCleared);
    for (const f of image.frames) if (f.namespace >= 0) this.setRole(f.namespace, Role.Namespace | Role.RunningNamespace);
    if (known === null) {
      const liveCount = image.liveCount;
      this.kinds = zeroed(8, liveCount);
      for (let i = 0; i < liveCount; i++) {
        const k = (this.kinds[i] = image.kind(i));
        if (k === NodeKind.Module) this.setRole(image.moduleDict(i), Role.Namespace);
      }
    } else {
      this.kinds = zeroed(8, 0);
      for (const m of known.modules) this.setRole(image.moduleDict(m), Role.Namespace);
    }
    this.setRole(image.roots.builtins, Role.Namespace);
    this.memoCleared = image.size + 64;
    this.sharedMemo = zeroed(14, this.memoCleared);
    this.listRootEdges();
  }

  private setRole(i: number, r: number): void {
    if (i >= this.roleCleared) {
      const to = Math.max(i + 1, 2 * this.roleCleared);
      if (to > this.role.length) this.role = grown(7, this.role, to);
      this.role.fill(0, this.roleCleared, to);
      this.roleCleared = to;
    }
    this.role[i]! |= r;
  }

  private roleOf(i: number): number {
    return i < this.roleCleared ? this.role[i]! : 0;
  }

  /** True when node i is a live object (its references are read). */
  isLive(i: number): boolean {
    return this.known === null ? i < this.image.liveCount : this.known.isLive(i);
  }

  kindOf(i: number): NodeKind {
    return this.known === null && i < this.image.liveCount ? (this.kinds[i]! as NodeKind) : this.image.kind(i);
  }

  isNamespace(i: number): boolean {
    return (this.roleOf(i) & Role.Namespace) !== 0;
  }

  private isRunning(key: number): boolean {
    return (this.running ??= new Set(this.image.frames.map((f) => f.key))).has(key);
  }

  /** Code, builtin types and namespaces are never drawn. */
  isInternal(i: number): boolean {
    const k = this.kindOf(i);
    return k === NodeKind.Code || k === NodeKind.NativeType || this.isNamespace(i);
  }

  /** Whether node i is shared, asked of the image once (the walk asks at every reference). */
  shared(i: number): boolean {
    if (i >= this.memoCleared) {
      // (Nodes get numbers as the walk meets them: the memo is cleared further as they come.)
      const to = Math.max(i + 1, 2 * this.memoCleared);
      if (to > this.sharedMemo.length) this.sharedMemo = grown(14, this.sharedMemo, to);
      this.sharedMemo.fill(0, this.memoCleared, to);
      this.memoCleared = to;
    }
    let m = this.sharedMemo[i]!;
    if (m === 0) m = this.sharedMemo[i] = this.image.shared(i) ? 2 : 1;
    return m === 2;
  }

  private edge(h: number, c: number, label: string, reason: string | null): void {
    const n = this.edgeCount;
    if (n === this.holders.length) {
      this.holders = grown(9, this.holders, n);
      this.targets = grown(10, this.targets, n);
    }
    this.holders[n] = h;
    this.targets[n] = c;
    this.labels[n] = label;
    this.reasons[n] = reason;
    this.edgeCount = n + 1;
  }

  private local(v: number): void {
    if (this.localCount === this.localNodes.length) this.localNodes = grown(13, this.localNodes, this.localCount);
    this.localNodes[this.localCount++] = v;
  }

  /** The frames' and the interpreter's references, and the frames with their locals (as nodes). */
  private listRootEdges(): void {
    const image = this.image;
    for (let i = image.frames.length - 1; i >= 0; i--) {
      const f = image.frames[i]!;
      const locals: Array<[string, number]> = [];
      for (let s = 0; s < f.slots.length; s++) {
        const v = f.slots[s]!;
        if (v < 0) continue;
        if (s < f.slotNames.length) {
          locals.push([f.slotNames[s]!, v]);
          this.local(v);
          this.edge(-1, v, f.slotNames[s]!, null);
        } else this.edge(-1, v, '', Hidden.valueStack);
      }
      if (f.fn >= 0) this.edge(-1, f.fn, '', Hidden.runningFrame);
      this.edge(-1, f.code, '', Hidden.runningFrame);
      if (f.ownGlobals >= 0) this.edge(-1, f.ownGlobals, '', Hidden.runningFrame);
      if (f.locals >= 0) this.edge(-1, f.locals, '', Hidden.frameNamespace);
      if (f.frameObject >= 0) this.edge(-1, f.frameObject, '', Hidden.frameObject);
      if (f.namespace >= 0) {
        image.entries(f.namespace, true, (_key, value, name) => {
          if (MODULE_DUNDERS.has(name)) return;
          locals.push([name, value]);
          this.local(value);
        });
      }
      this.frames.push({ name: f.name, line: f.line, locals });
    }
    const roots = image.roots;
    for (const m of roots.modules) this.edge(-1, m, '', Hidden.moduleRegistry);
    for (const [o, reason] of roots.inFlight) this.edge(-1, o, '', reason);
    for (const c of roots.lent) this.edge(-1, c, '', Hidden.valueStack);
    for (const k of roots.literals) this.edge(-1, k, '', Hidden.parserArena);
    if (roots.handled >= 0) this.edge(-1, roots.handled, '', Hidden.handledException);
    if (roots.stdout >= 0) this.edge(-1, roots.stdout, '', Hidden.stdoutBuffer);
    this.rootEdges = this.edgeCount;
  }

  // One visitor for every holder: a closure per object was a good part of a big heap's census.
  private readonly visit = (c: number, label: string, reason: string | null): void => {
    // The entries of a running module's (or class body's) namespace are its frame's locals.
    if (this.frameNamespace && label !== NAMESPACE_KEY && !MODULE_DUNDERS.has(label)) this.edge(-1, c, label, null);
    else if (reason === null && ++this.drawn > MAX_DRAWN_REFS) this.edge(this.holder, c, label, Hidden.notDrawn);
    else this.edge(this.holder, c, label, reason);
  };
  // Keys and values of a namespace that are shared (names are interned, builtins are static) count for nobody: skipped.
  private readonly visitNamespace = (key: number, value: number, name: string): void => {
    if (key >= 0 && !this.shared(key)) this.visit(key, NAMESPACE_KEY, Hidden.moduleAttribute);
    if (value >= 0 && !this.shared(value)) this.visit(value, name, Hidden.moduleAttribute);
  };
  private readonly visitEntry = (key: number, value: number, label: string): void => {
    this.visit(key, 'key', null);
    this.visit(value, label, null);
  };

  /** Lists live node i's references (once), after the edges listed so far. */
  listEdges(i: number): void {
    if (i >= this.edgeRangeCleared) {
      const to = Math.max(i + 1, 2 * this.edgeRangeCleared, 256);
      if (to > this.edgeFrom.length) {
        this.edgeFrom = grown(0, this.edgeFrom, to);
        this.edgeTo = grown(1, this.edgeTo, to);
      }
      this.edgeTo.fill(-1, this.edgeRangeCleared, to);
      this.edgeRangeCleared = to;
    }
    if (this.edgeTo[i]! >= 0) return;
    this.edgeFrom[i] = this.edgeCount;
    this.holder = i;
    this.frameNamespace = (this.roleOf(i) & Role.RunningNamespace) !== 0;
    this.drawn = 0;
    const image = this.image;
    const kind = this.kindOf(i);
    if (kind === NodeKind.Dict) {
      if (this.isNamespace(i)) image.entries(i, true, this.visitNamespace, true);
      else image.entries(i, false, this.visitEntry);
    } else if (kind === NodeKind.Generator) {
      // A running generator's frame is on the stack: its references are that frame's.
      const key = image.generatorFrame(i);
      if (key >= 0 && !this.isRunning(key)) image.edges(i, this.visit);
    } else if (kind !== NodeKind.Leaf) image.edges(i, this.visit);
    this.edgeTo[i] = this.edgeCount;
  }

  /** First of live node i's edges (listEdges first). */
  from(i: number): number {
    return this.edgeFrom[i]!;
  }

  /** End of live node i's edges (listEdges first). */
  to(i: number): number {
    return this.edgeTo[i]!;
  }
}

