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
 * Takes the census of a heap image; `ref` names each node in the result (the
 * running engine's census names objects, a replayed one names ids).
 */
export function censusOf<T>(image: HeapImage, ref: (node: number) => T): Census<T> {
  const liveCount = image.liveCount;
  let role = zeroed(7, image.size + 64);
  const setRole = (i: number, r: number) => {
    if (i >= role.length) role = grown(7, role, i);
    role[i]! |= r;
  };
  // Namespaces of running frames hold those frames' names; those of modules and the builtins hold module attributes.
  for (const f of image.frames) if (f.namespace >= 0) setRole(f.namespace, Role.Namespace | Role.RunningNamespace);
  const kinds = zeroed(8, liveCount);
  for (let i = 0; i < liveCount; i++) {
    const k = (kinds[i] = image.kind(i));
    if (k === NodeKind.Module) setRole(image.moduleDict(i), Role.Namespace);
  }
  setRole(image.roots.builtins, Role.Namespace);
  const kindOf = (i: number): NodeKind => (i < liveCount ? kinds[i]! : image.kind(i));
  const isNamespace = (i: number) => i < role.length && (role[i]! & Role.Namespace) !== 0;
  let running: Set<number> | null = null;
  const isRunning = (key: number) => (running ??= new Set(image.frames.map((f) => f.key))).has(key);
  const isInternal = (i: number): boolean => {
    const k = kindOf(i);
    return k === NodeKind.Code || k === NodeKind.NativeType || isNamespace(i);
  };
  // Whether each node is shared, asked once: 0 not yet, 1 no, 2 yes (the walk asks at every reference).
  // (Nodes get numbers as the walk meets them: the memo is cleared further as they come.)
  let memoCleared = image.size + 64;
  let sharedMemo = zeroed(14, memoCleared);
  const shared = (i: number): boolean => {
    if (i >= memoCleared) {
      const to = Math.max(i + 1, 2 * memoCleared);
      if (to > sharedMemo.length) sharedMemo = grown(14, sharedMemo, to);
      sharedMemo.fill(0, memoCleared, to);
      memoCleared = to;
    }
    let m = sharedMemo[i]!;
    if (m === 0) m = sharedMemo[i] = image.shared(i) ? 2 : 1;
    return m === 2;
  };

  // 1. Every reference: holder (-1 for a frame or the interpreter), target, label, hidden reason; the first `edgeCount`.
  let holders = kept(9);
  let targets = kept(10);
  const labels = edgeLabels;
  const reasons = edgeReasons;
  let edgeCount = 0;
  const edge = (h: number, c: number, label: string, reason: string | null) => {
    if (edgeCount === holders.length) {
      holders = grown(9, holders, edgeCount);
      targets = grown(10, targets, edgeCount);
    }
    holders[edgeCount] = h;
    targets[edgeCount] = c;
    labels[edgeCount] = label;
    reasons[edgeCount] = reason;
    edgeCount++;
  };
  const frames: Array<CensusFrame<T>> = [];
  // Every frame's locals as nodes, in `frames`' order, one after another (one scratch array, not one per frame).
  let localNodes = kept(13);
  let localCount = 0;
  const local = (v: number) => {
    if (localCount === localNodes.length) localNodes = grown(13, localNodes, localCount);
    localNodes[localCount++] = v;
  };
  for (let i = image.frames.length - 1; i >= 0; i--) {
    const f = image.frames[i]!;
    const locals: Array<[string, T]> = [];
    for (let s = 0; s < f.slots.length; s++) {
      const v = f.slots[s]!;
      if (v < 0) continue;
      if (s < f.slotNames.length) {
        locals.push([f.slotNames[s]!, ref(v)]);
        local(v);
        edge(-1, v, f.slotNames[s]!, null);
      } else edge(-1, v, '', Hidden.valueStack);
    }
    if (f.fn >= 0) edge(-1, f.fn, '', Hidden.runningFrame);
    edge(-1, f.code, '', Hidden.runningFrame);
    if (f.ownGlobals >= 0) edge(-1, f.ownGlobals, '', Hidden.runningFrame);
    if (f.locals >= 0) edge(-1, f.locals, '', Hidden.frameNamespace);
    if (f.frameObject >= 0) edge(-1, f.frameObject, '', Hidden.frameObject);
    if (f.namespace >= 0) {
      image.entries(f.namespace, true, (_key, value, name) => {
        if (MODULE_DUNDERS.has(name)) return;
        locals.push([name, ref(value)]);
        local(value);
      });
    }
    frames.push({ name: f.name, line: f.line, locals });
  }
  const roots = image.roots;
  for (const m of roots.modules) edge(-1, m, '', Hidden.moduleRegistry);
  for (const [o, reason] of roots.inFlight) edge(-1, o, '', reason);
  for (const c of roots.lent) edge(-1, c, '', Hidden.valueStack);
  for (const k of roots.literals) edge(-1, k, '', Hidden.parserArena);
  if (roots.handled >= 0) edge(-1, roots.handled, '', Hidden.handledException);
  if (roots.stdout >= 0) edge(-1, roots.stdout, '', Hidden.stdoutBuffer);
  // Each live object's references are the edges [edgeFrom[i], edgeTo[i]).
  const edgeFrom = zeroed(0, liveCount);
  const edgeTo = zeroed(1, liveCount);
  // The holder being walked, whether it is a running frame's namespace, and its arrows so far
  // (one visitor for every holder: a closure per object was a good part of a big heap's census).
  let holder = 0;
  let frameNamespace = false;
  let drawn = 0;
  const visit = (c: number, label: string, reason: string | null) => {
    // The entries of a running module's (or class body's) namespace are its frame's locals.
    if (frameNamespace && label !== NAMESPACE_KEY && !MODULE_DUNDERS.has(label)) edge(-1, c, label, null);
    else if (reason === null && ++drawn > MAX_DRAWN_REFS) edge(holder, c, label, Hidden.notDrawn);
    else edge(holder, c, label, reason);
  };
  // Keys and values of a namespace that are shared (names are interned, builtins are static) count for nobody: skipped.
  const visitNamespace = (key: number, value: number, name: string) => {
    if (key >= 0 && !shared(key)) visit(key, NAMESPACE_KEY, Hidden.moduleAttribute);
    if (value >= 0 && !shared(value)) visit(value, name, Hidden.moduleAttribute);
  };
  const visitEntry = (key: number, value: number, label: string) => {
    visit(key, 'key', null);
    visit(value, label, null);
  };
  for (let i = 0; i < liveCount; i++) {
    edgeFrom[i] = edgeCount;
    holder = i;
    frameNamespace = (role[i]! & Role.RunningNamespace) !== 0;
    drawn = 0;
    const kind = kinds[i]!;
    if (kind === NodeKind.Dict) {
      if (isNamespace(i)) image.entries(i, true, visitNamespace, true);
      else image.entries(i, false, visitEntry);
    } else if (kind === NodeKind.Generator) {
      // A running generator's frame is on the stack: its references are that frame's.
      const key = image.generatorFrame(i);
      if (key >= 0 && !isRunning(key)) image.edges(i, visit);
    } else if (kind !== NodeKind.Leaf) image.edges(i, visit);
    edgeTo[i] = edgeCount;
  }
  const n = image.size;
  // 2. Reachable from outside: frames, the interpreter, and any object whose count exceeds the references found.
  const found = zeroed(2, n);
  // Shared objects are never garbage and their counts are not shown: not counted.
  for (let j = 0; j < edgeCount; j++) found[targets[j]!]!++;
  const reachable = zeroed(3, n);
  // (Each node goes in at most once.)
  const queue = n > kept(11).length ? grown(11, kept(11), n) : kept(11);
  let queued = 0;
  const reach = (i: number) => {
    if (reachable[i] === 0 && !shared(i)) {
      reachable[i] = 1;
      queue[queued++] = i;
    }
  };
  for (let j = 0; j < edgeCount; j++) if (holders[j] === -1) reach(targets[j]!);
  for (let i = 0; i < liveCount; i++) if (image.refcount(i) > found[i]!) reach(i);
  while (queued > 0) {
    const i = queue[--queued]!;
    if (i < liveCount) for (let j = edgeFrom[i]!; j < edgeTo[i]!; j++) reach(targets[j]!);
  }

  // 3. Shown: breadth-first from the locals along shown arrows, then the garbage (alive, unreachable).
  const isShown = zeroed(4, n);
  const order: number[] = [];
  let limit = MAX_SHOWN_OBJECTS;
  const show = (i: number) => {
    if (order.length >= limit || isShown[i] !== 0 || isInternal(i)) return;
    isShown[i] = 1;
    order.push(i);
  };
  const expand = (from: number) => {
    for (let k = from; k < order.length; k++) {
      const i = order[k]!;
      if (i >= liveCount || shared(i)) continue;
      for (let j = edgeFrom[i]!; j < edgeTo[i]!; j++) if (reasons[j] === null) show(targets[j]!);
    }
  };
  for (let k = 0; k < localCount; k++) show(localNodes[k]!);
  expand(0);
  const garbageFrom = order.length;
  limit = garbageFrom + MAX_SHOWN_OBJECTS;
  for (let i = 0; i < liveCount; i++) if (reachable[i] === 0 && !shared(i)) show(i);
  expand(garbageFrom);

  // 4. Tally each shown object's incoming references.
  const census: Array<CensusObject<T>> = [];
  // Node → 1 + its box's place in `census`, 0 for none (nodes numbered after this, by `weak`, have none).
  const boxAt = zeroed(12, n);
  const boxOf = (i: number): CensusObject<T> | undefined => (i < n && boxAt[i]! > 0 ? census[boxAt[i]! - 1] : undefined);
  for (const i of order) {
    const isShared = shared(i);
    const box: CensusObject<T> = {
      obj: ref(i),
      type: image.type(i),
      value: image.value(i),
      // A shared singleton's count says nothing a program can rely on (and nobody logs its changes): not shown.
      refcount: isShared ? 0 : image.refcount(i),
      refs: [],
      hidden: NO_HIDDEN,
      weak: image.weak(i).map(ref),
      state: isShared || reachable[i] !== 0 ? 'live' : 'garbage',
      shared: isShared,
    };
    boxAt[i] = census.push(box);
  }
  const counted = zeroed(5, n);
  const leftOut = zeroed(6, n);
  for (let j = 0; j < edgeCount; j++) {
    const c = targets[j]!;
    const box = boxOf(c);
    const h = holders[j]!;
    const hBox = h === -1 ? undefined : boxOf(h);
    const reason = reasons[j]!;
    if (hBox !== undefined && reason === null) {
      if (hBox.shared) continue;
      if (box === undefined && !isInternal(c)) {
        leftOut[h]!++;
        continue;
      }
      hBox.refs.push([labels[j]!, ref(c)]);
    }
    if (box === undefined || box.shared) continue;
    counted[c]!++;
    if (h === -1 ? reason === null : hBox !== undefined && reason === null) continue;
    // (A reference from a frame or the interpreter always has a reason or is a local, counted above.)
    // (The pending writes' list holds what print() wrote, until stdout is flushed.)
    addHidden(box, reason ?? (h === roots.stdout ? Hidden.stdoutBuffer : heldBy(image.type(h))), 1);
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
  return { frames, objects: census };
}

