/**
 * What the memory diagram shows at one moment: the call stack (frames and their
 * names) and the heap (objects, their counts, their labelled references), read
 * from a heap image (heap-image.ts): the running interpreter (live-image.ts) or a
 * recording's copy of its graph. Never runs Python code.
 *
 * Every reference is accounted for, as CPython's collector accounts for them
 * (gcmodule.c's update_refs/subtract_refs): each live object's outgoing
 * references come from its type's one `traverse` list, each frame's from its
 * slots. A reference is either a local (a frame's name), a labelled arrow
 * between shown objects, or a hidden reference with a reason (a code constant,
 * an instance's class, the value stack...). Whatever is left of an object's
 * count after that is held from outside the census and reported as the reason
 * `other`: the trace invariant test fails on it.
 *
 * Objects alive but unreachable from anything held from outside (cycles waiting
 * for the collector) are found the same way CPython finds them, and shown as
 * `garbage`.
 *
 * Imports nothing that runs the engine: the page takes censuses of a recording's
 * copy of the graph (src/trace/graph-store.ts) with it.
 */
import type { PyObject } from './object';
import { Hidden, NodeKind, type HeapImage } from './heap-image';

export { Hidden } from './heap-image';

/** One frame of the stack, outermost first; `T` is how an object is named (a PyObject, a node number). */
export interface CensusFrame<T = PyObject> {
  name: string;
  line: number;
  /** Local names in binding order → the object each refers to. */
  locals: Array<[name: string, target: T]>;
}

/** One shown object. */
export interface CensusObject<T = PyObject> {
  obj: T;
  type: string;
  value: string;
  refcount: number;
  refs: Array<[label: string, target: T]>;
  /** References no arrow shows, by reason (NO_HIDDEN, shared, when there are none). */
  hidden: ReadonlyMap<string, number>;
  weak: T[];
  state: 'live' | 'garbage';
  shared: boolean;
}

/** The whole state at one moment. */
export interface Census<T = PyObject> {
  frames: Array<CensusFrame<T>>;
  /** Shown objects, in the order they were reached (locals first, then breadth-first). */
  objects: Array<CensusObject<T>>;
}

/**
 * Arrows drawn out of one object at most; the rest of a long container's items count
 * as hidden references (`not drawn`), so a list of 10,000 items costs a step no more
 * than a list of 50. The object's value text still says its length.
 */
export const MAX_DRAWN_REFS = 50;

/**
 * Objects drawn at one step at most, nearest the frames first (then as many of the
 * garbage). A chain of 100,000 linked objects would otherwise be drawn whole at every
 * step; past this, an arrow to an object not drawn is left out and its holder's value
 * text says how many were left out.
 */
export const MAX_SHOWN_OBJECTS = 2000;

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

/** The hidden references of an object that has none (shared: never written). */
export const NO_HIDDEN: ReadonlyMap<string, number> = new Map();

/** Adds `n` references held for `reason` to a box's hidden references. */
function addHidden(box: CensusObject<unknown>, reason: string, n: number): void {
  const hidden = box.hidden === NO_HIDDEN ? (box.hidden = new Map()) : (box.hidden as Map<string, number>);
  hidden.set(reason, (hidden.get(reason) ?? 0) + n);
}

/** Int32 scratch arrays reused by every census (a census runs at every step; fresh typed arrays cost more than filling old ones). */
const scratch: Int32Array[] = [];

/** Scratch array `k`, at least `n` long, zero-filled over its first `n`. */
function zeroed(k: number, n: number): Int32Array {
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
function kept(k: number): Int32Array {
  return (scratch[k] ??= new Int32Array(256));
}

/** Scratch array `k` grown past index `i`, keeping `a`'s contents (zero beyond them). */
function grown(k: number, a: Int32Array, i: number): Int32Array {
  const b = new Int32Array(Math.max(i + 1, 2 * a.length));
  b.set(a);
  return (scratch[k] = b);
}

/** The hidden reason for a reference held by an object the diagram does not show. */
function heldBy(type: string): string {
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
  /** The live nodes holding a reference to node i, each once, in any order. */
  holdersOf(i: number): readonly number[];
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
    this.role = zeroed(7, image.size + 64);
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
    if (i >= this.role.length) this.role = grown(7, this.role, i);
    this.role[i]! |= r;
  }

  /** True when node i is a live object (its references are read). */
  isLive(i: number): boolean {
    return this.known === null ? i < this.image.liveCount : this.known.isLive(i);
  }

  kindOf(i: number): NodeKind {
    return this.known === null && i < this.image.liveCount ? (this.kinds[i]! as NodeKind) : this.image.kind(i);
  }

  isNamespace(i: number): boolean {
    return i < this.role.length && (this.role[i]! & Role.Namespace) !== 0;
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
    this.frameNamespace = i < this.role.length && (this.role[i]! & Role.RunningNamespace) !== 0;
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

/**
 * Takes the census of a heap image; `ref` names each node in the result (the
 * running engine's census names objects, a replayed one names ids). With `reach`,
 * reachability and holders come from it and only the references of shown objects
 * and their holders are read.
 */
export function censusOf<T>(image: HeapImage, ref: (node: number) => T, reach: CensusReach | null = null): Census<T> {
  const walk = new CensusWalk(image, reach);
  // 1. Every reference (or, told reachability, none yet beyond the frames' and the interpreter's).
  if (reach === null) for (let i = 0; i < image.liveCount; i++) walk.listEdges(i);
  else reach.resolve(walk);
  const reachable = reach === null ? reachFromRoots(walk) : null;
  const isReachable = (i: number): boolean => (reachable !== null ? i < reachable.length && reachable[i] !== 0 : reach!.reachable(i));

  // 3. Shown: breadth-first from the locals along shown arrows, then the garbage (alive, unreachable).
  const n0 = image.size;
  let isShown = zeroed(4, n0 + 64);
  const order: number[] = [];
  let limit = MAX_SHOWN_OBJECTS;
  const show = (i: number) => {
    if (i >= isShown.length) isShown = grown(4, isShown, i);
    if (order.length >= limit || isShown[i] !== 0 || walk.isInternal(i)) return;
    isShown[i] = 1;
    order.push(i);
  };
  const expand = (from: number) => {
    for (let k = from; k < order.length; k++) {
      const i = order[k]!;
      if (!walk.isLive(i) || walk.shared(i)) continue;
      walk.listEdges(i);
      for (let j = walk.from(i), e = walk.to(i); j < e; j++) if (walk.reasons[j] === null) show(walk.targets[j]!);
    }
  };
  for (let k = 0; k < walk.localCount; k++) show(walk.localNodes[k]!);
  expand(0);
  const garbageFrom = order.length;
  limit = garbageFrom + MAX_SHOWN_OBJECTS;
  if (reachable !== null) {
    for (let i = 0; i < image.liveCount; i++) if (reachable[i] === 0 && !walk.shared(i)) show(i);
  } else for (const i of reach!.garbage) show(i);
  expand(garbageFrom);

  // 4. Tally each shown object's incoming references: the frames' and the interpreter's, then each
  // holder's in the order the objects were made (the order of a hidden reference's reasons).
  let tallied: number[] | null = null;
  if (reach !== null) {
    const holders = new Set<number>();
    for (const i of order) {
      if (walk.isLive(i)) holders.add(i);
      for (const h of reach.holdersOf(i)) holders.add(h);
    }
    tallied = [...holders].sort((a, b) => reach.rank(a) - reach.rank(b));
    for (const h of tallied) walk.listEdges(h);
  }
  return tally(walk, ref, order, isReachable, tallied);
}

/** 2. Reachable from outside: frames, the interpreter, and any object whose count exceeds the references found. */
function reachFromRoots(walk: CensusWalk): Int32Array {
  const image = walk.image;
  const liveCount = image.liveCount;
  const n = image.size;
  const { targets, holders } = walk;
  const found = zeroed(2, n);
  for (let j = 0; j < walk.edgeCount; j++) found[targets[j]!]!++;
  const reachable = zeroed(3, n);
  // (Each node goes in at most once.)
  const queue = n > kept(11).length ? grown(11, kept(11), n) : kept(11);
  let queued = 0;
  const reach = (i: number) => {
    // Shared objects are never garbage and their counts are not shown: not counted.
    if (reachable[i] === 0 && !walk.shared(i)) {
      reachable[i] = 1;
      queue[queued++] = i;
    }
  };
  for (let j = 0; j < walk.edgeCount; j++) if (holders[j] === -1) reach(targets[j]!);
  for (let i = 0; i < liveCount; i++) if (image.refcount(i) > found[i]!) reach(i);
  while (queued > 0) {
    const i = queue[--queued]!;
    if (i < liveCount) for (let j = walk.from(i), e = walk.to(i); j < e; j++) reach(targets[j]!);
  }
  return reachable;
}

/**
 * 4. The shown objects' boxes: their arrows, counts and hidden references, from the
 * root edges and the edges of `holders` in order (null: every edge listed, which
 * the full census lists holder by holder in that order).
 */
function tally<T>(walk: CensusWalk, ref: (node: number) => T, order: number[], isReachable: (i: number) => boolean, holders: number[] | null): Census<T> {
  const image = walk.image;
  const roots = image.roots;
  const census: Array<CensusObject<T>> = [];
  const n = image.size;
  // Node → 1 + its box's place in `census`, 0 for none (nodes numbered after this, by `weak`, have none).
  const boxAt = zeroed(12, n);
  const boxOf = (i: number): CensusObject<T> | undefined => (i < n && boxAt[i]! > 0 ? census[boxAt[i]! - 1] : undefined);
  for (const i of order) {
    const isShared = walk.shared(i);
    const box: CensusObject<T> = {
      obj: ref(i),
      type: image.type(i),
      value: image.value(i),
      // A shared singleton's count says nothing a program can rely on (and nobody logs its changes): not shown.
      refcount: isShared ? 0 : image.refcount(i),
      refs: [],
      hidden: NO_HIDDEN,
      weak: image.weak(i).map(ref),
      state: isShared || isReachable(i) ? 'live' : 'garbage',
      shared: isShared,
    };
    boxAt[i] = census.push(box);
  }
  const counted = zeroed(5, n);
  const leftOut = zeroed(6, n);
  const { targets, labels, reasons } = walk;
  const one = (j: number) => {
    const c = targets[j]!;
    const box = boxOf(c);
    const h = walk.holders[j]!;
    const hBox = h === -1 ? undefined : boxOf(h);
    const reason = reasons[j]!;
    if (hBox !== undefined && reason === null) {
      if (hBox.shared) return;
      if (box === undefined && !walk.isInternal(c)) {
        leftOut[h]!++;
        return;
      }
      hBox.refs.push([labels[j]!, ref(c)]);
    }
    if (box === undefined || box.shared) return;
    counted[c]!++;
    if (h === -1 ? reason === null : hBox !== undefined && reason === null) return;
    // (A reference from a frame or the interpreter always has a reason or is a local, counted above.)
    // (The pending writes' list holds what print() wrote, until stdout is flushed.)
    addHidden(box, reason ?? (h === roots.stdout ? Hidden.stdoutBuffer : heldBy(image.type(h))), 1);
  };
  if (holders === null) for (let j = 0; j < walk.edgeCount; j++) one(j);
  else {
    for (let j = 0; j < walk.rootEdges; j++) one(j);
    for (const h of holders) for (let j = walk.from(h), e = walk.to(h); j < e; j++) one(j);
  }
  for (const i of order) {
    const box = boxOf(i)!;
    if (leftOut[i]! > 0) box.value = `${box.value ? box.value + ' · ' : ''}${leftOut[i]} not drawn`;
  }
  // Builtin code running under a Python frame (a sort calling a key, a generator resumed by next()) holds
  // references in its own variables, as CPython's C code does; only then can a count exceed what was found.
  const stack = image.frames;
  const builtinRunning = roots.midInstruction || stack.some((f, i) => !f.inlined && (i < stack.length - 1 || !f.isModule));
  for (const i of order) {
    const box = boxOf(i)!;
    if (box.shared) continue;
    const k = counted[i]!;
    if (box.refcount !== k) addHidden(box, builtinRunning && box.refcount > k ? Hidden.builtinCode : Hidden.other, box.refcount - k);
  }
  const frames = walk.frames.map((f) => ({ name: f.name, line: f.line, locals: f.locals.map(([name, v]): [string, T] => [name, ref(v)]) }));
  return { frames, objects: census };
}
