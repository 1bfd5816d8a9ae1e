/**
 * What the memory diagram shows at one moment: the call stack (frames and their
 * names) and the heap (objects, their counts, their labelled references), read
 * from the running interpreter without running any Python code.
 *
 * Every reference the engine holds is accounted for, as CPython's collector
 * accounts for them (gcmodule.c's update_refs/subtract_refs): each live object's
 * outgoing references come from its type's one `traverse` list, each frame's
 * from its slots. A reference is either a local (a frame's name), a labelled
 * arrow between shown objects, or a hidden reference with a reason (a code
 * constant, an instance's class, the value stack...). Whatever is left of an
 * object's count after that is held from outside the census and reported as
 * the reason `other`: the trace invariant test fails on it.
 *
 * Objects alive but unreachable from anything held from outside (cycles waiting
 * for the collector) are found the same way CPython finds them, and shown as
 * `garbage`.
 */
import { Flag, PyObject, PyType } from './object';
import type { Frame } from './vm/frame';
import { PyCode } from './types/code';
import { PyDict } from './types/dict';
import { PyFunction } from './types/function';
import { PyGenerator } from './types/generator';
import { PyModule } from './types/module';
import { PyStr } from './types/str';
import { PyInt, PyLong } from './types/int';
import { PyFloat } from './types/float';
import { PyList } from './types/list';
import { PyTuple } from './types/tuple';
import { None } from './types/none';
import { loadedModules } from './modules/index';
import { runtime } from './vm/state';
import { env } from './vm/call';
import { floatRepr } from './text/float-repr';
import { strRepr } from './text/str-repr';

/** One frame of the stack, outermost first. */
export interface CensusFrame {
  name: string;
  line: number;
  /** Local names in binding order → the object each refers to. */
  locals: Array<[name: string, target: PyObject]>;
}

/** One shown object. */
export interface CensusObject {
  obj: PyObject;
  type: string;
  value: string;
  refcount: number;
  refs: Array<[label: string, target: PyObject]>;
  /** References no arrow shows, by reason (NO_HIDDEN, shared, when there are none). */
  hidden: ReadonlyMap<string, number>;
  weak: PyObject[];
  state: 'live' | 'garbage';
  shared: boolean;
}

/** The whole state at one moment. */
export interface Census {
  frames: CensusFrame[];
  /** Shown objects, in the order they were reached (locals first, then breadth-first). */
  objects: CensusObject[];
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

/** Entries every class statement adds to the class's namespace: drawn as hidden, not as arrows. */
const CLASS_BOOKKEEPING = new Set(['.__module__', '.__qualname__', '.__doc__', '.__dict__', '.__weakref__']);

/** Hidden-reference reasons, as the diagram prints them. */
export const Hidden = {
  codeConstant: 'code constant',
  instanceClass: "instance's class",
  functionCode: "function's code",
  functionGlobals: "function's globals",
  moduleAttribute: 'module attribute',
  classInternals: 'class internals',
  valueStack: 'value stack',
  runningFrame: 'running frame',
  frameNamespace: 'frame namespace',
  frameObject: 'frame object',
  moduleRegistry: 'sys.modules',
  parserArena: "compiler's literal",
  handledException: 'exception being handled',
  returnValue: 'return value',
  builtinCode: 'builtin code in progress',
  notDrawn: 'item not drawn',
  raisedException: 'exception being raised',
  internal: 'internal',
  other: 'other',
} as const;

/** A short value text for the diagram; never runs Python code. */
export function valueText(o: PyObject): string {
  if (o === None) return 'None';
  if (o instanceof PyInt) {
    if (o.type.name === 'bool') return o.v ? 'True' : 'False';
    return String(o.v);
  }
  if (o instanceof PyLong) {
    const s = o.v.toString();
    return s.length > 24 ? s.slice(0, 10) + '…' + s.slice(-10) : s;
  }
  if (o instanceof PyFloat) return floatRepr(o.v);
  if (o instanceof PyStr) {
    const r = strRepr(o.v.length > 40 ? o.v.slice(0, 40) : o.v);
    return o.v.length > 40 ? r.slice(0, -1) + '…' + r.slice(-1) : r;
  }
  if (o instanceof PyList || o instanceof PyTuple) return `len ${o.items.length}`;
  if (o instanceof PyDict) return `len ${o.size}`;
  if (o instanceof PyFunction) return o.qualname;
  if (o instanceof PyModule) return o.name;
  if (o instanceof PyType) return o.qualname ?? o.name;
  return '';
}

/** The label of a namespace's reference to one of its keys: not an identifier, so no variable (a global named `key`) is taken for it. */
const NAMESPACE_KEY = '(key)';

/** Visits one reference: the target, its label, and the hidden reason when no arrow shows it. */
type Edge = (child: PyObject, label: string, hidden: string | null) => void;

/** What the census needs to know about the objects and frames around the one it reads. */
interface Surroundings {
  /** True for a namespace dict (a module's or the builtins', or a running frame's names). */
  isNamespace(o: PyObject): boolean;
  /** True for a frame on the running stack. */
  isRunning(f: Frame): boolean;
}

/** Every reference an object holds, labelled, with the hidden reason for those no arrow shows. */
function edgesOf(o: PyObject, around: Surroundings, visit: Edge): void {
  if (o instanceof PyCode) {
    for (const k of o.consts) visit(k, 'const', Hidden.codeConstant);
    return;
  }
  if (o instanceof PyModule) {
    visit(o.dict, '__dict__', Hidden.moduleAttribute);
    return;
  }
  if (around.isNamespace(o)) {
    // Keys and values that are shared (names are interned, builtins are static) count for nobody: skipped.
    const d = o as PyDict;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === null) continue;
      if (!(k.flags & Flag.Shared)) visit(k, NAMESPACE_KEY, Hidden.moduleAttribute);
      const v = d.values[i]!;
      if (!(v.flags & Flag.Shared)) visit(v, (k as PyStr).v, Hidden.moduleAttribute);
    }
    return;
  }
  if (o instanceof PyType) {
    if (o.native) return;
    const slots = (o as PyType & { typeSlots?: { traverse?: (o: PyObject, v: (c: PyObject, l: string) => void) => void } }).typeSlots;
    slots?.traverse?.(o, (c, l) => visit(c, l, l.startsWith('.') && !CLASS_BOOKKEEPING.has(l) ? null : Hidden.classInternals));
    return;
  }
  if (o instanceof PyGenerator) {
    // A suspended generator owns its frame: the frame's names are the generator's arrows. A running one's frame is on the stack.
    const f = o.frame;
    if (f === null || f.finished || around.isRunning(f)) return;
    const names = slotNames(f.code);
    for (let i = 0; i < f.sp; i++) {
      const v = f.fast[i];
      if (v !== null) visit(v, i < names.length ? names[i]! : 'stack', i < names.length ? null : Hidden.valueStack);
    }
    if (f.fn !== null) visit(f.fn, 'function', Hidden.runningFrame);
    visit(f.code, 'code', Hidden.runningFrame);
    if (f.frameObj !== null) visit(f.frameObj, 'frame', Hidden.frameObject);
    return;
  }
  const t = o.type;
  if (o instanceof PyFunction) {
    t.slots.traverse?.(o, (c, l) => visit(c, l, l === '__code__' ? Hidden.functionCode : l === '__globals__' ? Hidden.functionGlobals : l === '' ? Hidden.internal : null));
  } else {
    t.slots.traverse?.(o, (c, l) => visit(c, l, l === '' ? Hidden.internal : null));
  }
  if (!t.native) visit(t, '__class__', Hidden.instanceClass);
}

const slotNameLists = new WeakMap<PyCode, string[]>();

/** The name each fast slot of a frame has, for locals and cells (made once per code object). */
function slotNames(code: PyCode): string[] {
  let names = slotNameLists.get(code);
  if (names === undefined) slotNameLists.set(code, (names = [...code.varnames, ...code.cellvars, ...code.freevars]));
  return names;
}

/** The namespace dict whose entries are a frame's names (a module's globals, a class body's dict), or null. */
function namespaceOf(f: Frame): PyDict | null {
  return f.locals !== null && (f.locals === f.globals || f.code.kind === 'class') ? f.locals : null;
}

/** Every reference a frame holds: its names as locals, the rest hidden. */
function frameEdges(f: Frame, local: (name: string, o: PyObject) => void, hidden: (o: PyObject, reason: string) => void): void {
  const names = slotNames(f.code);
  for (let i = 0; i < f.sp; i++) {
    const v = f.fast[i];
    if (v === null) continue;
    if (i < names.length) local(names[i]!, v);
    else hidden(v, Hidden.valueStack);
  }
  if (f.fn !== null) hidden(f.fn, Hidden.runningFrame);
  hidden(f.code, Hidden.runningFrame);
  if (f.ownsGlobals) hidden(f.globals, Hidden.runningFrame);
  if (f.locals !== null) hidden(f.locals, Hidden.frameNamespace);
  if (f.frameObj !== null) hidden(f.frameObj, Hidden.frameObject);
}

/** Roles of a numbered object (bits of `Walk.role`). */
const enum Role {
  /** A namespace dict (module, builtins, running frame). */
  Namespace = 1,
  /** The namespace of a running frame: its entries are that frame's names. */
  RunningNamespace = 2,
}

/**
 * One census's numbering of the objects it meets. Objects are numbered densely
 * (live objects first) through the scratch field `o.mark`, so every per-object
 * fact below is an array slot rather than a Map keyed by object: a census runs at
 * every step, and Maps keyed by fresh objects cost far more than the work itself.
 */
class Walk {
  readonly objects: PyObject[] = [];
  readonly role: number[] = [];

  /** The number of `o` in this walk (numbering it when first met). */
  index(o: PyObject): number {
    const m = o.mark;
    if (this.objects[m] === o) return m;
    const n = this.objects.length;
    this.objects.push(o);
    this.role.push(0);
    o.mark = n;
    return n;
  }

  /** The number of `o` if this walk has met it, else -1. */
  find(o: PyObject): number {
    const m = o.mark;
    return this.objects[m] === o ? m : -1;
  }
}

/** The hidden references of an object that has none (shared: never written). */
export const NO_HIDDEN: ReadonlyMap<string, number> = new Map();

/** Adds `n` references held for `reason` to a box's hidden references. */
function addHidden(box: CensusObject, reason: string, n: number): void {
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
 * Takes the census of the running program. `live` is every object the heap
 * holds (the recorder keeps the set through the allocator's hooks); `stack`
 * the running frames, innermost first; `inFlight` the references the event
 * itself holds (a return value, an exception being raised); `midInstruction`
 * says the census runs inside an instruction (an automatic collection during an
 * allocation), whose operands the interpreter holds in its own variables.
 */
export function takeCensus(
  live: Iterable<PyObject>,
  stack: readonly Frame[],
  inFlight: ReadonlyArray<[PyObject, string]> = [],
  midInstruction = false,
): Census {
  const walk = new Walk();
  const { objects: objs, role } = walk;
  for (const o of live) if (!(o.flags & Flag.Freed)) walk.index(o);
  const liveCount = objs.length;
  // Namespaces of running frames hold those frames' names; those of modules and the builtins hold module attributes.
  for (const f of stack) {
    const ns = namespaceOf(f);
    if (ns !== null) role[walk.index(ns)] |= Role.Namespace | Role.RunningNamespace;
  }
  for (let i = 0; i < liveCount; i++) {
    const o = objs[i]!;
    if (o instanceof PyModule) role[walk.index(o.dict)] |= Role.Namespace;
  }
  role[walk.index(env.builtins)] |= Role.Namespace;
  let running: Set<Frame> | null = null;
  const around: Surroundings = {
    isNamespace: (o) => {
      const i = walk.find(o);
      return i >= 0 && (role[i]! & Role.Namespace) !== 0;
    },
    isRunning: (f) => (running ??= new Set(stack)).has(f),
  };
  const isInternal = (i: number): boolean => {
    const o = objs[i]!;
    return o instanceof PyCode || (role[i]! & Role.Namespace) !== 0 || (o instanceof PyType && o.native);
  };

  // 1. Every reference: holder (-1 for a frame or the interpreter), target, label, hidden reason.
  const holders: number[] = [];
  const targets: number[] = [];
  const labels: string[] = [];
  const reasons: Array<string | null> = [];
  const edge = (h: number, c: PyObject, label: string, reason: string | null) => {
    holders.push(h);
    targets.push(walk.index(c));
    labels.push(label);
    reasons.push(reason);
  };
  const frames: CensusFrame[] = [];
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i]!;
    const locals: Array<[string, PyObject]> = [];
    frameEdges(
      f,
      (name, o) => {
        locals.push([name, o]);
        edge(-1, o, name, null);
      },
      (o, reason) => edge(-1, o, '', reason),
    );
    const d = namespaceOf(f);
    if (d !== null) {
      for (let j = 0; j < d.keys.length; j++) {
        const k = d.keys[j] as PyStr | null;
        if (k !== null && !MODULE_DUNDERS.has(k.v)) locals.push([k.v, d.values[j]!]);
      }
    }
    frames.push({ name: f.code.kind === 'module' ? '<module>' : f.code.name, line: f.line, locals });
  }
  for (const m of loadedModules().values()) edge(-1, m, '', Hidden.moduleRegistry);
  for (const [o, reason] of inFlight) edge(-1, o, '', reason);
  for (const c of runtime.lent) edge(-1, c, '', Hidden.valueStack);
  for (const k of runtime.literals) edge(-1, k, '', Hidden.parserArena);
  if (runtime.handled !== null) edge(-1, runtime.handled, '', Hidden.handledException);
  // Each live object's references are the edges [edgeFrom[i], edgeTo[i]).
  const edgeFrom = zeroed(0, liveCount);
  const edgeTo = zeroed(1, liveCount);
  for (let i = 0; i < liveCount; i++) {
    const o = objs[i]!;
    edgeFrom[i] = holders.length;
    // The entries of a running module's (or class body's) namespace are its frame's locals.
    const frameNamespace = (role[i]! & Role.RunningNamespace) !== 0;
    let drawn = 0;
    edgesOf(o, around, (c, label, reason) => {
      if (frameNamespace && label !== NAMESPACE_KEY && !MODULE_DUNDERS.has(label)) edge(-1, c, label, null);
      else if (reason === null && ++drawn > MAX_DRAWN_REFS) edge(i, c, label, Hidden.notDrawn);
      else edge(i, c, label, reason);
    });
    edgeTo[i] = holders.length;
  }
  // A module's names bound to shared objects are locals without an edge: number them too.
  for (const f of frames) for (const [, o] of f.locals) walk.index(o);
  const n = objs.length;
  const edgeCount = holders.length;
  const shared = (i: number) => (objs[i]!.flags & Flag.Shared) !== 0;

  // 2. Reachable from outside: frames, the interpreter, and any object whose count exceeds the references found.
  const found = zeroed(2, n);
  // Shared objects are never garbage and their counts are not shown: not counted.
  for (let j = 0; j < edgeCount; j++) found[targets[j]!]!++;
  const reachable = zeroed(3, n);
  const queue: number[] = [];
  const reach = (i: number) => {
    if (reachable[i] === 0 && !shared(i)) {
      reachable[i] = 1;
      queue.push(i);
    }
  };
  for (let j = 0; j < edgeCount; j++) if (holders[j] === -1) reach(targets[j]!);
  for (let i = 0; i < liveCount; i++) if (objs[i]!.rc > found[i]!) reach(i);
  while (queue.length) {
    const i = queue.pop()!;
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
  for (const f of frames) for (const [, o] of f.locals) show(walk.find(o));
  expand(0);
  const garbageFrom = order.length;
  limit = garbageFrom + MAX_SHOWN_OBJECTS;
  for (let i = 0; i < liveCount; i++) if (reachable[i] === 0 && !shared(i)) show(i);
  expand(garbageFrom);

  // 4. Tally each shown object's incoming references.
  const census: CensusObject[] = [];
  const boxes: Array<CensusObject | undefined> = new Array(n);
  for (const i of order) {
    const o = objs[i]!;
    const isShared = shared(i);
    const box: CensusObject = {
      obj: o,
      type: o.type.name,
      value: valueText(o),
      refcount: o.rc,
      refs: [],
      hidden: NO_HIDDEN,
      weak: o.weakrefs === null ? [] : [...o.weakrefs],
      state: isShared || reachable[i] !== 0 ? 'live' : 'garbage',
      shared: isShared,
    };
    boxes[i] = box;
    census.push(box);
  }
  const counted = zeroed(5, n);
  const leftOut = zeroed(6, n);
  for (let j = 0; j < edgeCount; j++) {
    const c = targets[j]!;
    const box = boxes[c];
    const h = holders[j]!;
    const hBox = h === -1 ? undefined : boxes[h];
    const reason = reasons[j]!;
    if (hBox !== undefined && reason === null) {
      if (hBox.shared) continue;
      if (box === undefined && !isInternal(c)) {
        leftOut[h]!++;
        continue;
      }
      hBox.refs.push([labels[j]!, objs[c]!]);
    }
    if (box === undefined || box.shared) continue;
    counted[c]!++;
    if (h === -1 ? reason === null : hBox !== undefined && reason === null) continue;
    // (A reference from a frame or the interpreter always has a reason or is a local, counted above.)
    addHidden(box, reason ?? heldBy(objs[h]!), 1);
  }
  for (const i of order) if (leftOut[i]! > 0) boxes[i]!.value = `${boxes[i]!.value ? boxes[i]!.value + ' · ' : ''}${leftOut[i]} not drawn`;
  // Builtin code running under a Python frame (a sort calling a key, a generator resumed by next()) holds
  // references in its own variables, as CPython's C code does; only then can a count exceed what was found.
  const builtinRunning = midInstruction || stack.some((f, i) => !f.inlined && (i < stack.length - 1 || f.code.kind !== 'module'));
  for (const i of order) {
    const box = boxes[i]!;
    if (box.shared) continue;
    const k = counted[i]!;
    if (box.refcount !== k) addHidden(box, builtinRunning && box.refcount > k ? Hidden.builtinCode : Hidden.other, box.refcount - k);
  }
  return { frames, objects: census };
}

/** The hidden reason for a reference held by an object the diagram does not show. */
function heldBy(h: PyObject): string {
  return `held by ${h.type.name === 'dict' ? 'an internal dict' : 'a ' + h.type.name}`;
}
