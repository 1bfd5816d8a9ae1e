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
import { Hidden, type HeapImage } from './heap-image';
import { CensusWalk, grown, heldBy, kept, zeroed, type CensusReach } from './census-walk';

export { Hidden } from './heap-image';
export { CensusWalk, heldBy, MAX_DRAWN_REFS, type CensusReach } from './census-walk';

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
 * Objects drawn at one step at most, nearest the frames first (then as many of the
 * garbage). A chain of 100,000 linked objects would otherwise be drawn whole at every
 * step; past this, an arrow to an object not drawn is left out and its holder's value
 * text says how many were left out.
 */
export const MAX_SHOWN_OBJECTS = 2000;

/** The hidden references of an object that has none (shared: never written). */
export const NO_HIDDEN: ReadonlyMap<string, number> = new Map();

/** Adds `n` references held for `reason` to a box's hidden references. */
function addHidden(box: CensusObject<unknown>, reason: string, n: number): void {
  const hidden = box.hidden === NO_HIDDEN ? (box.hidden = new Map()) : (box.hidden as Map<string, number>);
  hidden.set(reason, (hidden.get(reason) ?? 0) + n);
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
  // (Nodes numbered while shown objects' references are read come past `shownCleared`: zeroed as they come.)
  let shownCleared = image.size + 64;
  let isShown = zeroed(4, shownCleared);
  const order: number[] = [];
  let limit = MAX_SHOWN_OBJECTS;
  const show = (i: number) => {
    if (i >= shownCleared) {
      const to = Math.max(i + 1, 2 * shownCleared);
      if (to > isShown.length) isShown = grown(4, isShown, to);
      isShown.fill(0, shownCleared, to);
      shownCleared = to;
    }
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

  // 4. Tally each shown object's incoming references: from every edge (full), or from the frames'
  // and the interpreter's and those of the shown objects' holders (told reachability).
  let holders: number[] | null = null;
  if (reach !== null) {
    holders = [];
    const seen = new Set<number>();
    const add = (h: number) => {
      if (!seen.has(h)) {
        seen.add(h);
        holders!.push(h);
      }
    };
    // (A running namespace's entries are its frame's names: edges from the frame, listed with the namespace.)
    for (const f of image.frames) if (f.namespace >= 0 && walk.isLive(f.namespace)) add(f.namespace);
    reach.sumShown(order);
    for (const i of order) {
      if (walk.isLive(i)) add(i);
      if (reach.heldSum(i) === undefined) reach.eachHolder(i, add);
    }
  }
  return tally(walk, ref, order, isReachable, holders === null ? null : { holders, reach: reach! });
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

/** Order keys: a reference's place in the full census's order of every edge (root edges first, then holder by holder in rank order). */
const ROOT_KEY = -(2 ** 52);
/** A holder's edges' keys are its rank times this, plus the edge's place among its references. */
export const HOLDER_KEY = 2 ** 21;

/**
 * 4. The shown objects' boxes: their arrows, counts and hidden references, from every
 * edge listed (`some` null) or from the root edges and the edges of `some.holders`,
 * in any order: a box's hidden reasons are put in the order of their first edge in
 * the full census's order (its key).
 */
function tally<T>(
  walk: CensusWalk,
  ref: (node: number) => T,
  order: number[],
  isReachable: (i: number) => boolean,
  some: { holders: number[]; reach: CensusReach } | null,
): Census<T> {
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
  // Each box's hidden reasons' first keys, when edges come out of order.
  const firstKeys = some === null ? null : new Map<CensusObject<T>, Map<string, number>>();
  const hide = (box: CensusObject<T>, reason: string, key: number, n = 1) => {
    addHidden(box, reason, n);
    if (firstKeys === null) return;
    let keys = firstKeys.get(box);
    if (keys === undefined) firstKeys.set(box, (keys = new Map()));
    const k = keys.get(reason);
    if (k === undefined || key < k) keys.set(reason, key);
  };
  const one = (h: number, c: number, label: string, reason: string | null, key: number) => {
    if (some !== null && h !== -1 && some.reach.summedBy(h, c)) return;
    const box = boxOf(c);
    const hBox = h === -1 ? undefined : boxOf(h);
    if (hBox !== undefined && reason === null) {
      if (hBox.shared) return;
      if (box === undefined && !walk.isInternal(c)) {
        leftOut[h]!++;
        return;
      }
      hBox.refs.push([label, ref(c)]);
    }
    if (box === undefined || box.shared) return;
    counted[c]!++;
    if (h === -1 ? reason === null : hBox !== undefined && reason === null) return;
    // (A reference from a frame or the interpreter always has a reason or is a local, counted above.)
    // (The pending writes' list holds what print() wrote, until stdout is flushed.)
    hide(box, reason ?? (h === roots.stdout ? Hidden.stdoutBuffer : heldBy(image.type(h))), key);
  };
  if (some === null) for (let j = 0; j < walk.edgeCount; j++) one(walk.holders[j]!, targets[j]!, labels[j]!, reasons[j]!, j);
  else {
    for (let j = 0; j < walk.rootEdges; j++) one(-1, targets[j]!, labels[j]!, reasons[j]!, ROOT_KEY + j);
    for (const h of some.holders) {
      const base = some.reach.rank(h) * HOLDER_KEY;
      let pos = 0;
      // A shown holder's references are listed already (its arrows were followed); another's may be known without listing.
      if (boxOf(h) === undefined && some.reach.holderEdges(h, (c, label, reason) => one(h, c, label, reason, base + pos++))) continue;
      walk.listEdges(h);
      for (let j = walk.from(h), e = walk.to(h); j < e; j++) one(walk.holders[j]!, targets[j]!, labels[j]!, reasons[j]!, base + pos++);
    }
    // The much-held objects' sums, their keys merged with those of the edges counted one by one.
    for (const i of order) {
      const sum = some.reach.heldSum(i);
      const box = boxOf(i)!;
      if (sum === undefined || box.shared) continue;
      for (let at = 0; at < sum.reasons.length; at++) {
        counted[i]! += sum.counts[at]!;
        addHidden(box, sum.reasons[at]!, sum.counts[at]!);
      }
      const own = firstKeys!.get(box);
      const withKeys = (s: { reasons: string[]; keys: number[] }) => {
        const all = new Map(own);
        for (let at = 0; at < s.reasons.length; at++) all.set(s.reasons[at]!, Math.min(all.get(s.reasons[at]!) ?? Infinity, s.keys[at]!));
        return all;
      };
      const all = withKeys(sum);
      // A loose key (its first holder read afresh) is a lower bound: it decides nothing while no other reason's key comes after it.
      const decides = sum.reasons.some((r, at) => sum.loose?.[at] === true && [...all.values()].some((k) => k > all.get(r)!));
      firstKeys!.set(box, decides ? withKeys(some.reach.exactHeldSum(i)) : all);
    }
    // Hidden reasons in the full census's order.
    for (const [box, keys] of firstKeys!) {
      if (keys.size < 2) continue;
      const sorted = [...(box.hidden as Map<string, number>)].sort((a, b) => keys.get(a[0])! - keys.get(b[0])!);
      box.hidden = new Map(sorted);
    }
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
