/**
 * Fills a recording's copy of the graph (graph-store.ts) from the running engine:
 * at each step, a row for every object the change log (memory.ts) names, every
 * object made, every object seen for the first time, and every object whose count
 * changed, plus the stack and the interpreter's roots. The work is proportional
 * to what the step changed, not to the heap, and it makes no plain object per
 * step: everything goes straight into the store's columns.
 *
 * Counts are not logged (that would cost the untraced engine a store per
 * reference): a count changes only when a reference to the object is made or
 * dropped, so the objects whose counts may have changed are the targets of the
 * references that changed — a noted holder's old and new references, a new
 * object's, a freed object's last ones, a frame's, the roots'. Only builtin code
 * holds references nobody can see (in its own variables), and only while it runs:
 * it is paused while the Python code it called runs. So every count is read only
 * at a step that follows builtin code running: a call into Python from builtin
 * code (the frame is not inlined in its caller's loop), the first step after a
 * return to builtin code, and a collection (inside an instruction, whose operands
 * the interpreter holds) and the step after it.
 */
import { NodeKind } from '../python/heap-image';
import { frameKey, generatorFrameOf, kindOf, namespaceOf, objectEdges, slotNames, valueText, type ObjectEdge } from '../python/live-image';
import { loadedModules } from '../python/modules/index';
import { Flag, type PyObject } from '../python/object';
import { keyLabel, type PyDict } from '../python/types/dict';
import type { PyGenerator } from '../python/types/generator';
import type { PyModule } from '../python/types/module';
import { PyStr } from '../python/types/str';
import { env } from '../python/vm/call';
import type { Frame } from '../python/vm/frame';
import type { StepEvent } from './protocol';
import { runtime } from '../python/vm/state';
import { FRAME_REFS, FrameFlag, RefKind, REF_STRIDE, type GraphStore } from './graph-store';
import { IntColumn } from './int-column';

const NO_OBJECTS: readonly PyObject[] = [];

/** Reads what each step changed into a store; attach its hooks to the run's heap. */
export class GraphCapture {
  /** Serials of the objects seen (a Map: the engine drops freed objects from it, and weak maps cost the collector far more). */
  private readonly serials = new Map<PyObject, number>();
  /** Serial → the object, while it lives. */
  private readonly objects: Array<PyObject | undefined> = [];
  private nextSerial = 0;
  /** Per serial: 1 for an object made since the recording began (its references are read; the census's live objects). */
  private watched = new Uint8Array(1024);
  /** Per serial: the step that last read its row, and the step that last named it as maybe recounted. */
  private rowStamp = new Int32Array(1024);
  private countStamp = new Int32Array(1024);
  /** The step being captured (stamps above are compared with it). */
  private stamp = 0;
  private born: PyObject[] = [];
  private freed: number[] = [];
  /** Objects whose rows are read in the step being captured (grows while reading: targets seen for the first time). */
  private readonly fresh: PyObject[] = [];
  /** Serials whose count may have changed in the step being captured. */
  private readonly maybe = new IntColumn(256);

  // The last step's stack, outermost first: frame, its record, its node.
  private readonly stackFrames: Frame[] = [];
  private readonly stackRecords: number[] = [];
  private readonly stackNodes: number[] = [];
  /** The frames that ran since the last step, so may have changed: the innermost then, and its caller too after a return. */
  private ran0: Frame | null = null;
  private ran1: Frame | null = null;
  /** Scratch: a frame's fn, code, own globals, locals, namespace, frame object. */
  private readonly frameRefs: number[] = new Array<number>(FRAME_REFS).fill(-1);

  // The last roots record and what it was made from.
  private roots = -1;
  private lastModules: readonly PyObject[] = NO_OBJECTS;
  private lastLent: readonly PyObject[] = NO_OBJECTS;
  private lastLiterals: readonly PyObject[] = NO_OBJECTS;
  private lastHandled: PyObject | null = null;
  private lastBuiltins: PyObject | null = null;

  /** Serials the last step's event held. */
  private readonly inFlight: number[] = [];

  /** Builtin code ran since the last step (it returned to builtin code, or collected): its references may be gone now. */
  private builtinBefore = false;

  /** Writes a reference of the object being read (its edges). */
  private readonly edge: ObjectEdge = (c, label, reason) => {
    const data = this.store.refData;
    data.push(this.serialOf(c));
    data.push(this.store.textId(label));
    data.push(reason === null ? -1 : this.store.textId(reason));
  };

  /** @param store the copy to fill, one step per `capture` */
  constructor(readonly store: GraphStore) {}

  /** The serial of `o` (given on first sight; an object seen for the first time gets a row in this step). */
  serialOf(o: PyObject): number {
    let s = this.serials.get(o);
    if (s === undefined) {
      s = this.newSerial(o);
      this.fresh.push(o);
    }
    return s;
  }

  /** The serial of `o` if the copy has seen it, else -1 (nothing is recorded). */
  seenSerial(o: PyObject): number {
    return this.serials.get(o) ?? -1;
  }

  private newSerial(o: PyObject): number {
    const s = this.nextSerial++;
    this.serials.set(o, s);
    this.objects[s] = o;
    if (s >= this.watched.length) {
      const n = this.watched.length * 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(n);
        b.set(a);
        return b;
      };
      this.watched = grow(this.watched);
      this.rowStamp = grow(this.rowStamp);
      this.countStamp = grow(this.countStamp);
    }
    this.watched[s] = 0;
    this.rowStamp[s] = 0;
    this.countStamp[s] = 0;
    return s;
  }

  /** An object was made: it gets a new serial (its block may have held another object). */
  allocated(o: PyObject): void {
    // (Not `this.watched[this.newSerial(o)]`: the new serial may grow the array after the old one was read.)
    const s = this.newSerial(o);
    this.watched[s] = 1;
    this.born.push(o);
  }

  /** An object was freed. */
  released(o: PyObject): void {
    const s = this.serials.get(o);
    if (s === undefined) return;
    this.serials.delete(o);
    this.objects[s] = undefined;
    this.freed.push(s);
  }

  /**
   * Captures the step that just happened: `changed` is the change log (the caller
   * empties it); `stack` the running frames, innermost first; `inFlight` the
   * references the event itself holds. A 'gc' step falls inside an instruction.
   */
  capture(changed: readonly PyObject[], stack: readonly Frame[], inFlight: ReadonlyArray<readonly [PyObject, string]>, event: StepEvent): void {
    const midInstruction = event === 'gc';
    const returning = event === 'return';
    const store = this.store;
    store.beginStep();
    this.stamp++;
    this.maybe.length = 0;
    const fresh = this.fresh;
    fresh.length = 0;
    for (const o of this.born) if (!(o.flags & Flag.Freed)) fresh.push(o);
    for (const o of changed) {
      if (!(o.flags & Flag.Freed)) fresh.push(o);
      // Being freed: dead for the census already, though the engine announces the free only once its references are dropped.
      else this.released(o);
    }
    for (const o of this.born) if (!(o.flags & Flag.Freed)) store.addBorn(this.serials.get(o)!);
    this.born.length = 0;
    // A freed object's references are gone.
    for (const s of this.freed) {
      const r = store.rowNow(s);
      if (r >= 0) this.maybeTargets(store.rowRefs.get(r));
      store.addFreed(s);
    }
    this.freed.length = 0;
    const node = this.framesOf(stack, returning);
    const roots = this.rootsOf();
    // What the last step's event held (a return value) may have gone on its way since, and so may what this one holds.
    for (let k = 0; k < this.inFlight.length; k++) this.maybeRecounted(this.inFlight[k]!);
    this.inFlight.length = 0;
    for (const [o, reason] of inFlight) {
      const s = this.serialOf(o);
      store.addInFlight(s, store.textId(reason));
      this.maybeRecounted(s);
      this.inFlight.push(s);
    }
    // Grows as rows meet objects for the first time.
    for (let k = 0; k < fresh.length; k++) this.readRow(fresh[k]!);
    // Builtin code ran since the last step: it called this frame, or returned from the last one's, or collected.
    const fromBuiltin = midInstruction || (event === 'call' && underBuiltin(stack));
    if (fromBuiltin || this.builtinBefore) {
      const alive = store.alive;
      for (let k = 0; k < alive.length; k++) this.maybeRecounted(alive.get(k));
    }
    this.builtinBefore = midInstruction || (returning && underBuiltin(stack));
    this.recount();
    store.endStep(node, stack.length ? stack[0]!.line : 0, roots, midInstruction);
  }

  /** New rows for the objects named as maybe recounted whose count differs from their last row's. */
  private recount(): void {
    const store = this.store;
    const maybe = this.maybe;
    for (let k = 0; k < maybe.length; k++) {
      const s = maybe.get(k);
      if (this.rowStamp[s] === this.stamp) continue;
      const o = this.objects[s];
      const r = store.rowNow(s);
      if (o === undefined || r < 0 || o.flags & Flag.Freed || o.rc === store.rowRefcount.get(r)) continue;
      store.addRow(s, o.rc, store.rowFacts.get(r), store.rowRefs.get(r), store.rowWeak.get(r));
    }
  }

  private maybeRecounted(s: number): void {
    if (this.countStamp[s] !== this.stamp) {
      this.countStamp[s] = this.stamp;
      this.maybe.push(s);
    }
  }

  /** Names the targets of reference list `l` (-1 for none) as maybe recounted. */
  private maybeTargets(l: number): void {
    if (l < 0) return;
    const store = this.store;
    const kind = store.refKind.get(l) as RefKind;
    const stride = REF_STRIDE[kind];
    const from = store.refFrom.get(l);
    const to = from + store.refCount.get(l) * stride;
    for (let k = from; k < to; k += stride) {
      this.maybeRecounted(store.refData.get(k));
      if (kind === RefKind.Entries) this.maybeRecounted(store.refData.get(k + 1));
    }
  }

  /** Reads `o` into a new row when anything of it changed (once per step). */
  private readRow(o: PyObject): void {
    const store = this.store;
    const s = this.serials.get(o);
    if (s === undefined || this.rowStamp[s] === this.stamp) return;
    this.rowStamp[s] = this.stamp;
    const last = store.rowNow(s);
    const kind = kindOf(o);
    const type = store.textId(o.type.name);
    const value = valueText(o);
    const shared = (o.flags & Flag.Shared) !== 0;
    const moduleDict = kind === NodeKind.Module ? this.serialOf((o as PyModule).dict) : -1;
    const genFrame = kind === NodeKind.Generator ? generatorFrameOf(o as PyGenerator) : -1;
    const lastFacts = last < 0 ? -1 : store.rowFacts.get(last);
    const facts = lastFacts >= 0 && store.sameFacts(lastFacts, kind, type, value, shared, moduleDict, genFrame) ? lastFacts : store.addFacts(kind, type, value, shared, moduleDict, genFrame);
    const lastRefs = last < 0 ? -1 : store.rowRefs.get(last);
    let refs = -1;
    const from = store.refData.length;
    if (kind === NodeKind.Dict) {
      this.readEntries(o as PyDict, lastRefs);
      refs = store.endRefs(RefKind.Entries, from, lastRefs);
    } else if (this.watched[s]) {
      // Only a watched object's references are read: the census reads no others.
      objectEdges(o, this.edge);
      refs = store.endRefs(RefKind.Edges, from, lastRefs);
    }
    if (refs !== lastRefs) {
      this.maybeTargets(lastRefs);
      this.maybeTargets(refs);
    }
    const lastWeak = last < 0 ? 0 : store.rowWeak.get(last);
    const weak = this.weakList(o, lastWeak);
    if (last >= 0 && o.rc === store.rowRefcount.get(last) && facts === lastFacts && refs === lastRefs && weak === lastWeak) return;
    store.addRow(s, o.rc, facts, refs, weak);
  }

  /** Writes a dict's entries (each key's name and label texts are the last list's when its key is the same). */
  private readEntries(d: PyDict, lastRefs: number): void {
    const store = this.store;
    const data = store.refData;
    const same = lastRefs >= 0 && store.refKind.get(lastRefs) === RefKind.Entries;
    const oldFrom = same ? store.refFrom.get(lastRefs) : 0;
    const oldCount = same ? store.refCount.get(lastRefs) : 0;
    const keys = d.keys;
    const values = d.values;
    let j = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === null || k === undefined) continue;
      const ks = this.serialOf(k);
      const vs = this.serialOf(values[i]!);
      data.push(ks);
      data.push(vs);
      if (j < oldCount && data.get(oldFrom + 4 * j) === ks) {
        data.push(data.get(oldFrom + 4 * j + 2));
        data.push(data.get(oldFrom + 4 * j + 3));
      } else {
        data.push(store.textId(k instanceof PyStr ? k.v : ''));
        data.push(store.textId(keyLabel(k)));
      }
      j++;
    }
  }

  /** The number of `o`'s weak-reference list: `last` when unchanged, 0 for none. */
  private weakList(o: PyObject, last: number): number {
    const w = o.weakrefs;
    if (w === null || w.length === 0) return 0;
    const lists = this.store.weakLists;
    const was = lists[last]!;
    if (was.length === w.length && w.every((x, k) => this.serials.get(x) === was[k])) return last;
    lists.push(w.map((x) => this.serialOf(x)));
    return lists.length - 1;
  }

  /** The stack as a node of the store's tree: only the frames that ran since the last step (the innermost then and now) are read again. */
  private framesOf(stack: readonly Frame[], returning: boolean): number {
    const store = this.store;
    const n = stack.length;
    const frames = this.stackFrames;
    const records = this.stackRecords;
    const nodes = this.stackNodes;
    const before = frames.length;
    let parent = -1;
    let moved = false;
    for (let d = 0; d < n; d++) {
      const f = stack[n - 1 - d]!;
      const was = d < before ? frames[d]! : null;
      const wasRecord = d < before ? records[d]! : -1;
      let record = wasRecord;
      if (d === n - 1 || f !== was || f === this.ran0 || f === this.ran1) {
        record = this.readFrame(f, f === was ? wasRecord : -1, d === n - 1);
        if (record !== wasRecord) {
          // What it held and holds (or the frame that was here): those counts may have changed.
          if (wasRecord >= 0) this.maybeFrameTargets(wasRecord);
          this.maybeFrameTargets(record);
        }
      }
      const node: number = !moved && record === wasRecord && d < before ? nodes[d]! : store.addNode(record, parent);
      moved = d >= before || node !== nodes[d];
      frames[d] = f;
      records[d] = record;
      nodes[d] = node;
      parent = node;
    }
    // Frames gone from the stack let go of their references (or handed them to their generators).
    for (let d = n; d < before; d++) this.maybeFrameTargets(records[d]!);
    frames.length = records.length = nodes.length = n;
    this.ran0 = n > 0 ? stack[0]! : null;
    this.ran1 = returning && n > 1 ? stack[1]! : null;
    return parent;
  }

  /**
   * Frame `f` as a frame record: `last` (its record at the last step, -1 for none)
   * when nothing changed; the innermost frame's line is the step's, so it may differ.
   */
  private readFrame(f: Frame, last: number, innermost: boolean): number {
    const store = this.store;
    const slots = store.frameSlots;
    const from = slots.length;
    const fast = f.fast;
    for (let i = 0; i < f.sp; i++) {
      const o = fast[i];
      slots.push(o == null ? -1 : this.serialOf(o));
    }
    const refs = this.frameRefs;
    refs[0] = f.fn === null ? -1 : this.serialOf(f.fn);
    refs[1] = this.serialOf(f.code);
    refs[2] = f.ownsGlobals ? this.serialOf(f.globals) : -1;
    refs[3] = f.locals === null ? -1 : this.serialOf(f.locals);
    const ns = namespaceOf(f);
    refs[4] = ns === null ? -1 : this.serialOf(ns);
    refs[5] = f.frameObj === null ? -1 : this.serialOf(f.frameObj);
    const isModule = f.code.kind === 'module';
    const flags = (f.inlined ? FrameFlag.Inlined : 0) | (isModule ? FrameFlag.Module : 0);
    if (last >= 0 && this.sameFrame(last, from, flags) && (innermost || store.frameLine.get(last) === f.line)) {
      slots.length = from;
      return last;
    }
    // The same code keeps its name and slot names (no look-up).
    const sameCode = last >= 0 && store.frameRefs.get(last * FRAME_REFS + 1) === refs[1];
    const name = sameCode ? store.frameName.get(last) : store.textId(isModule ? '<module>' : f.code.name);
    const names = sameCode ? store.frameSlotNames.get(last) : store.slotNamesId(slotNames(f.code));
    const key = last >= 0 ? store.frameKey.get(last) : frameKey(f);
    return store.addFrame(key, name, f.line, names, from, refs, flags);
  }

  /** True when record `r` has the slots written from `from` on, the scratch refs and `flags`. */
  private sameFrame(r: number, from: number, flags: number): boolean {
    const store = this.store;
    const slots = store.frameSlots;
    const n = slots.length - from;
    if (store.frameSlotCount.get(r) !== n || store.frameFlags.get(r) !== flags) return false;
    for (let k = 0; k < FRAME_REFS; k++) if (store.frameRefs.get(r * FRAME_REFS + k) !== this.frameRefs[k]) return false;
    const at = store.frameSlotFrom.get(r);
    for (let k = 0; k < n; k++) if (slots.get(at + k) !== slots.get(from + k)) return false;
    return true;
  }

  private maybeFrameTargets(r: number): void {
    const store = this.store;
    const from = store.frameSlotFrom.get(r);
    for (let k = 0, n = store.frameSlotCount.get(r); k < n; k++) {
      const s = store.frameSlots.get(from + k);
      if (s >= 0) this.maybeRecounted(s);
    }
    for (let k = 0; k < FRAME_REFS; k++) {
      const s = store.frameRefs.get(r * FRAME_REFS + k);
      if (s >= 0) this.maybeRecounted(s);
    }
  }

  /** The interpreter's references as a roots record: the last step's when none changed. */
  private rootsOf(): number {
    const modules = loadedModules();
    const lent = runtime.lent;
    const literals = runtime.literals;
    const handled = runtime.handled;
    const builtins = env.builtins;
    if (
      this.roots >= 0 &&
      handled === this.lastHandled &&
      builtins === this.lastBuiltins &&
      sameObjects(lent, this.lastLent) &&
      sameObjects(literals, this.lastLiterals) &&
      sameModules(modules, this.lastModules)
    )
      return this.roots;
    const store = this.store;
    if (this.roots >= 0) this.maybeRootTargets(this.roots);
    this.lastModules = [...modules.values()];
    this.lastLent = lent.slice();
    this.lastLiterals = literals.slice();
    this.lastHandled = handled;
    this.lastBuiltins = builtins;
    const data = store.rootData;
    const modulesFrom = data.length;
    for (const m of this.lastModules) data.push(this.serialOf(m));
    const lentFrom = data.length;
    for (const o of this.lastLent) data.push(this.serialOf(o));
    const literalsFrom = data.length;
    for (const o of this.lastLiterals) data.push(this.serialOf(o));
    this.roots = store.addRoots(modulesFrom, lentFrom, literalsFrom, handled === null ? -1 : this.serialOf(handled), this.serialOf(builtins));
    this.maybeRootTargets(this.roots);
    return this.roots;
  }

  private maybeRootTargets(r: number): void {
    const store = this.store;
    for (let k = store.rootModulesFrom.get(r), e = store.rootEnd.get(r); k < e; k++) this.maybeRecounted(store.rootData.get(k));
    const h = store.rootHandled.get(r);
    if (h >= 0) this.maybeRecounted(h);
  }
}

/** True when builtin code called the innermost frame (the program's own module frame excepted). */
function underBuiltin(stack: readonly Frame[]): boolean {
  const f = stack[0];
  return f !== undefined && !f.inlined && (stack.length > 1 || f.code.kind !== 'module');
}

function sameObjects(a: readonly PyObject[], b: readonly PyObject[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sameModules(now: ReadonlyMap<string, PyObject>, was: readonly PyObject[]): boolean {
  if (now.size !== was.length) return false;
  let k = 0;
  for (const m of now.values()) if (m !== was[k++]) return false;
  return true;
}

