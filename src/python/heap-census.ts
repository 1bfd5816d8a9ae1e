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
  hidden: Map<string, number>;
  weak: PyObject[];
  state: 'live' | 'garbage';
  shared: boolean;
}

/** The whole state at one moment. */
export interface Census {
  frames: CensusFrame[];
  /** Shown objects, in the order they were reached (locals first, then breadth-first). */
  objects: Map<PyObject, CensusObject>;
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

/** Objects never shown as boxes: their references to others become hidden reasons. */
function isInternal(o: PyObject, namespaces: Set<PyObject>): boolean {
  return o instanceof PyCode || namespaces.has(o) || (o instanceof PyType && o.native);
}

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

type Edge = (child: PyObject, label: string, hidden: string | null) => void;

/** Every reference an object holds, labelled, with the hidden reason for those no arrow shows. */
function edgesOf(o: PyObject, namespaces: Set<PyObject>, running: Set<Frame>, visit: Edge): void {
  if (o instanceof PyCode) {
    for (const k of o.consts) visit(k, 'const', Hidden.codeConstant);
    return;
  }
  if (o instanceof PyModule) {
    visit(o.dict, '__dict__', Hidden.moduleAttribute);
    return;
  }
  if (namespaces.has(o)) {
    // Keys and values that are shared (names are interned, builtins are static) count for nobody: skipped.
    const d = o as PyDict;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === null) continue;
      if (!(k.flags & Flag.Shared)) visit(k, 'key', Hidden.moduleAttribute);
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
    if (f === null || f.finished || running.has(f)) return;
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
  t.slots.traverse?.(o, (c, l) => {
    if (o instanceof PyFunction && l === '__code__') visit(c, l, Hidden.functionCode);
    else if (o instanceof PyFunction && l === '__globals__') visit(c, l, Hidden.functionGlobals);
    else visit(c, l, l === '' ? Hidden.internal : null);
  });
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
  const liveList: PyObject[] = [];
  for (const o of live) if (!(o.flags & Flag.Freed)) liveList.push(o);
  // Namespaces of running frames hold those frames' names; those of modules and the builtins hold module attributes.
  const runningNamespaces = new Set<PyObject>();
  for (const f of stack) {
    const ns = namespaceOf(f);
    if (ns !== null) runningNamespaces.add(ns);
  }
  const namespaces = new Set<PyObject>(runningNamespaces);
  for (const o of liveList) if (o instanceof PyModule) namespaces.add(o.dict);
  namespaces.add(env.builtins);
  const running = new Set<Frame>(stack);

  // 1. Every reference: holder (null for a frame or the interpreter), target, label, hidden reason.
  const holders: Array<PyObject | null> = [];
  const targets: PyObject[] = [];
  const labels: string[] = [];
  const reasons: Array<string | null> = [];
  const edge = (h: PyObject | null, c: PyObject, label: string, reason: string | null) => {
    holders.push(h);
    targets.push(c);
    labels.push(label);
    reasons.push(reason);
  };
  const frames: CensusFrame[] = [];
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i]!;
    const locals: Array<[string, PyObject]> = [];
    frameEdges(f, (name, o) => {
      locals.push([name, o]);
      edge(null, o, name, null);
    }, (o, reason) => edge(null, o, '', reason));
    const d = namespaceOf(f);
    if (d !== null) {
      for (let j = 0; j < d.keys.length; j++) {
        const k = d.keys[j] as PyStr | null;
        if (k !== null && !MODULE_DUNDERS.has(k.v)) locals.push([k.v, d.values[j]!]);
      }
    }
    frames.push({ name: f.code.kind === 'module' ? '<module>' : f.code.name, line: f.line, locals });
  }
  for (const m of loadedModules().values()) edge(null, m, '', Hidden.moduleRegistry);
  for (const [o, reason] of inFlight) edge(null, o, '', reason);
  for (const c of runtime.lent) edge(null, c, '', Hidden.valueStack);
  for (const k of runtime.literals) edge(null, k, '', Hidden.parserArena);
  if (runtime.handled !== null) edge(null, runtime.handled, '', Hidden.handledException);
  const out = new Map<PyObject, number[]>();
  for (const o of liveList) {
    const first = holders.length;
    // The entries of a running module's (or class body's) namespace are its frame's locals.
    const frameNamespace = runningNamespaces.has(o);
    let drawn = 0;
    edgesOf(o, namespaces, running, (c, label, reason) => {
      if (frameNamespace && label !== 'key' && !MODULE_DUNDERS.has(label)) edge(null, c, label, null);
      else if (reason === null && ++drawn > MAX_DRAWN_REFS) edge(o, c, label, Hidden.notDrawn);
      else edge(o, c, label, reason);
    });
    const idx: number[] = [];
    for (let j = first; j < holders.length; j++) idx.push(j);
    out.set(o, idx);
  }

  // 2. Reachable from outside: frames, the interpreter, and any object whose count exceeds the references found.
  const found = new Map<PyObject, number>();
  // Shared objects are never garbage and their counts are not shown: not counted.
  for (const c of targets) if (!(c.flags & Flag.Shared)) found.set(c, (found.get(c) ?? 0) + 1);
  const reachable = new Set<PyObject>();
  const queue: PyObject[] = [];
  const reach = (o: PyObject) => {
    if (!(o.flags & Flag.Shared) && !reachable.has(o)) {
      reachable.add(o);
      queue.push(o);
    }
  };
  for (let j = 0; j < holders.length; j++) if (holders[j] === null) reach(targets[j]!);
  for (const o of liveList) if (!(o.flags & Flag.Shared) && o.rc > (found.get(o) ?? 0)) reach(o);
  while (queue.length) for (const j of out.get(queue.pop()!) ?? []) reach(targets[j]!);

  // 3. Shown: breadth-first from the locals along shown arrows, then the garbage (alive, unreachable).
  const shownSet = new Set<PyObject>();
  const order: PyObject[] = [];
  let limit = MAX_SHOWN_OBJECTS;
  const show = (o: PyObject) => {
    if (order.length >= limit || shownSet.has(o) || isInternal(o, namespaces)) return;
    shownSet.add(o);
    order.push(o);
  };
  const expand = (from: number) => {
    for (let i = from; i < order.length; i++) {
      const o = order[i]!;
      if (o.flags & Flag.Shared) continue;
      for (const j of out.get(o) ?? []) if (reasons[j] === null) show(targets[j]!);
    }
  };
  for (const f of frames) for (const [, o] of f.locals) show(o);
  expand(0);
  const garbageFrom = order.length;
  limit = garbageFrom + MAX_SHOWN_OBJECTS;
  for (const o of liveList) if (!reachable.has(o) && !(o.flags & Flag.Shared)) show(o);
  expand(garbageFrom);

  // 4. Tally each shown object's incoming references.
  const objects = new Map<PyObject, CensusObject>();
  for (const o of order) {
    const shared = (o.flags & Flag.Shared) !== 0;
    objects.set(o, {
      obj: o,
      type: o.type.name,
      value: valueText(o),
      refcount: o.rc,
      refs: [],
      hidden: new Map(),
      weak: o.weakrefs === null ? [] : [...o.weakrefs],
      state: shared || reachable.has(o) ? 'live' : 'garbage',
      shared,
    });
  }
  const counted = new Map<PyObject, number>();
  const leftOut = new Map<CensusObject, number>();
  for (let j = 0; j < holders.length; j++) {
    const c = targets[j]!;
    const box = objects.get(c);
    const h = holders[j];
    const hBox = h === null ? undefined : objects.get(h);
    if (hBox !== undefined && reasons[j] === null) {
      if (hBox.shared) continue;
      if (box === undefined && !isInternal(c, namespaces)) {
        leftOut.set(hBox, (leftOut.get(hBox) ?? 0) + 1);
        continue;
      }
      hBox.refs.push([labels[j]!, c]);
    }
    if (box === undefined || box.shared) continue;
    counted.set(c, (counted.get(c) ?? 0) + 1);
    if (h === null ? reasons[j] === null : hBox !== undefined && reasons[j] === null) continue;
    // (A reference from a frame or the interpreter always has a reason or is a local, counted above.)
    const reason = reasons[j] ?? heldBy(h!);
    box.hidden.set(reason, (box.hidden.get(reason) ?? 0) + 1);
  }
  for (const [box, n] of leftOut) box.value = `${box.value ? box.value + ' · ' : ''}${n} not drawn`;
  // Builtin code running under a Python frame (a sort calling a key, a generator resumed by next()) holds
  // references in its own variables, as CPython's C code does; only then can a count exceed what was found.
  const builtinRunning = midInstruction || stack.some((f, i) => !f.inlined && (i < stack.length - 1 || f.code.kind !== 'module'));
  for (const box of objects.values()) {
    if (box.shared) continue;
    const n = counted.get(box.obj) ?? 0;
    if (box.refcount !== n) box.hidden.set(builtinRunning && box.refcount > n ? Hidden.builtinCode : Hidden.other, box.refcount - n);
  }
  return { frames, objects };
}

/** The hidden reason for a reference held by an object the diagram does not show. */
function heldBy(h: PyObject): string {
  return `held by ${h.type.name === 'dict' ? 'an internal dict' : 'a ' + h.type.name}`;
}
