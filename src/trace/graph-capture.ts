/**
 * Fills a recording's copy of the graph (graph-store.ts) from the running engine:
 * at each step, a row for every object the change log (memory.ts) names, every
 * object made, every object seen for the first time, and every object whose count
 * changed, plus the stack and the interpreter's roots (graph-frames.ts). The work
 * is proportional to what the step changed, not to the heap, and it makes no plain
 * object per step: everything goes straight into the store's columns.
 *
 * Counts come from the engine's count log: while a recording watches, every
 * incref and decref notes its object once per step (untraced, each is one test of
 * a module variable, written inline in the interpreter's loop). Reading the counts
 * of the targets of changed references instead misses the references builtin code
 * and the interpreter hold in their own variables while Python code they called
 * runs, and finding those meant reading every count of the heap.
 */
import { NodeKind } from '../python/heap-image';
import { generatorFrameOf, kindOf, objectEdges, rawStrText, valueOrNumber, type ObjectEdge } from '../python/live-image';
import { ChangeLog, logChanges, logCounts } from '../python/memory';
import { Flag, type PyObject } from '../python/object';
import { keyLabel, type PyDict } from '../python/types/dict';
import type { PyGenerator } from '../python/types/generator';
import { listType, type PyList } from '../python/types/list';
import { tupleType, type PyTuple } from '../python/types/tuple';
import type { PyModule } from '../python/types/module';
import { PyStr } from '../python/types/str';
import type { Frame } from '../python/vm/frame';
import { StackReader } from './graph-frames';
import { RefKind } from './graph-refs';
import type { GraphStore } from './graph-store';
import type { StepEvent } from './protocol';
import { BlockReuse } from './block-reuse';

/** Reads what each step changed into a store; attach its hooks to the run's heap. */
export class GraphCapture {
  /**
   * Serial → the object, while it lives. An object's serial is kept in its `mark`
   * (object.ts), valid while this array holds the object there.
   */
  private readonly objects: Array<PyObject | undefined> = [];
  private nextSerial = 0;
  /** Per serial: 1 for an object made since the recording began (its references are read; the census's live objects). */
  private watched = new Uint8Array(1024);
  /** Per serial: the step that last read its row. */
  private rowStamp = new Int32Array(1024);
  /**
   * Per serial, two integers: 1 + the text number of its name and of its label as a dict
   * key, 0 until it is first written as one (a key is hashable, hence immutable: its
   * texts never change, and a loop that rebinds a global made the key's label string
   * and looked both texts up again at every step).
   */
  private keyTexts = new Int32Array(2048);
  /** The step being captured (stamps above are compared with it). */
  private stamp = 0;
  // Objects made and serials freed since the last step (counted: setting an array's length is slow).
  private readonly born: PyObject[] = [];
  private readonly bornSerials: number[] = [];
  /** For each, the serial last freed with the id it took (-1 for none). */
  private readonly bornReused: number[] = [];
  private bornCount = 0;
  /** The serials freed per block, to tell whose id a new object takes. */
  private readonly reuse = new BlockReuse();
  private readonly idOf = (serial: number): number => this.store.idOf(serial)!;
  private readonly freed: number[] = [];
  private freedCount = 0;
  /** Objects whose rows are read in the step being captured (grows while reading: targets seen for the first time). */
  private readonly fresh: PyObject[] = [];
  /** Their serials, -1 where not known yet. */
  private readonly freshSerials: number[] = [];
  private freshCount = 0;
  private readonly frames: StackReader;
  /** The engine's change log (holders written) and count log (counts moved by incref/decref) while this watches. */
  private readonly changed = new ChangeLog();
  private readonly counted = new ChangeLog(Flag.Counted);

  /** Writes a reference of the object being read (its edges). */
  private readonly edge: ObjectEdge = (c, label, reason) => {
    const data = this.store.refs.data;
    data.push(this.serialOf(c));
    data.push(this.store.textId(label));
    data.push(reason === null ? -1 : this.store.textId(reason));
  };

  /** @param store the copy to fill, one step per `capture` */
  constructor(readonly store: GraphStore) {
    this.frames = new StackReader(store, (o) => this.serialOf(o));
  }

  /** Starts (true) or stops the engine's logs for this capture (one capture watches at a time). */
  watch(on: boolean): void {
    logChanges(on ? this.changed : null);
    logCounts(on ? this.counted : null);
    if (!on) {
      this.changed.clear();
      this.counted.clear();
    }
  }

  /** The serial of `o` (given on first sight; an object seen for the first time gets a row in this step). */
  serialOf(o: PyObject): number {
    let s = this.seenSerial(o);
    if (s < 0) {
      s = this.newSerial(o);
      this.freshSerials[this.freshCount] = s;
      this.fresh[this.freshCount++] = o;
    }
    return s;
  }

  /** The serial of `o` if the copy has seen it, else -1 (nothing is recorded). */
  seenSerial(o: PyObject): number {
    const s = o.mark;
    return this.objects[s] === o ? s : -1;
  }

  private newSerial(o: PyObject): number {
    const s = this.nextSerial++;
    o.mark = s;
    this.objects[s] = o;
    this.store.setId(s, o.addr);
    if (s >= this.watched.length) {
      const n = this.watched.length * 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T, length: number): T => {
        const b = new (a.constructor as new (n: number) => T)(length);
        b.set(a);
        return b;
      };
      this.watched = grow(this.watched, n);
      this.rowStamp = grow(this.rowStamp, n);
      // (Serials are never reused: a new one's key texts are still the zeros of its growth.)
      this.keyTexts = grow(this.keyTexts, 2 * n);
    }
    this.watched[s] = 0;
    this.rowStamp[s] = 0;
    return s;
  }

  /** An object was made: it gets a new serial (its block may have held another object). */
  allocated(o: PyObject): void {
    // (Not `this.watched[this.newSerial(o)]`: the new serial may grow the array after the old one was read.)
    const s = this.newSerial(o);
    this.watched[s] = 1;
    this.bornSerials[this.bornCount] = s;
    this.bornReused[this.bornCount] = this.reuse.lastWithId(o.blk, this.store.idOf(s)!, this.idOf);
    this.born[this.bornCount++] = o;
  }

  /** An object was freed. */
  released(o: PyObject): void {
    const s = this.seenSerial(o);
    if (s < 0) return;
    this.objects[s] = undefined;
    this.reuse.freed(o.blk, s);
    this.freed[this.freedCount++] = s;
  }

  /**
   * Captures the step that just happened, and empties the engine's logs;
   * `top` is the innermost running frame; `inFlight` the
   * references the event itself holds. A 'gc' step falls inside an instruction.
   */
  capture(top: Frame | null, inFlight: ReadonlyArray<readonly [PyObject, string]>, event: StepEvent): void {
    const store = this.store;
    const changed = this.changed;
    const midInstruction = event === 'gc';
    store.beginStep(midInstruction);
    this.stamp++;
    this.freshCount = 0;
    const fresh = this.fresh;
    const freshSerials = this.freshSerials;
    for (let k = 0; k < this.bornCount; k++) {
      const o = this.born[k]!;
      if (!(o.flags & Flag.Freed)) {
        const s = this.bornSerials[k]!;
        freshSerials[this.freshCount] = s;
        fresh[this.freshCount++] = o;
        store.addBorn(s, this.bornReused[k]!);
      }
    }
    this.bornCount = 0;
    for (let k = 0; k < changed.length; k++) {
      const o = changed.objects[k]!;
      if (!(o.flags & Flag.Freed)) {
        freshSerials[this.freshCount] = -1;
        fresh[this.freshCount++] = o;
      }
      // Being freed: dead for the census already, though the engine announces the free only once its references are dropped.
      else this.released(o);
    }
    for (let k = 0; k < this.freedCount; k++) store.addFreed(this.freed[k]!);
    this.freedCount = 0;
    const node = this.frames.stack(top, event === 'return');
    this.frames.readRoots();
    for (let k = 0; k < inFlight.length; k++) store.addInFlight(this.serialOf(inFlight[k]![0]), store.textId(inFlight[k]![1]));
    // Grows as rows meet objects for the first time.
    for (let k = 0; k < this.freshCount; k++) this.readRow(fresh[k]!, freshSerials[k]!);
    this.recount();
    changed.clear();
    store.endStep(node, top !== null ? top.line : 0);
  }

  /** New rows for the objects the count log names whose count differs from their last row's (and empties the log). */
  private recount(): void {
    const store = this.store;
    const counted = this.counted;
    const objects = counted.objects;
    for (let k = 0; k < counted.length; k++) {
      const o = objects[k]!;
      o.flags &= ~Flag.Counted;
      if (o.flags & Flag.Freed) continue;
      const s = this.seenSerial(o);
      if (s < 0 || this.rowStamp[s] === this.stamp) continue;
      const r = store.rowNow(s);
      if (r < 0 || o.rc === store.rowRefcount.get(r)) continue;
      store.addRow(s, o.rc, store.rowVersion.get(r));
    }
    counted.length = 0;
  }

  /** Reads `o` (serial `known`, -1 when not known here) into a new row when anything of it changed (once per step). */
  private readRow(o: PyObject, known: number): void {
    const store = this.store;
    const s = known >= 0 ? known : this.seenSerial(o);
    if (s < 0 || this.rowStamp[s] === this.stamp) return;
    this.rowStamp[s] = this.stamp;
    const last = store.rowNow(s);
    const lastVersion = last < 0 ? -1 : store.rowVersion.get(last);
    const kind = kindOf(o);
    const t = o.type;
    if (t.nameTextStore !== store) {
      t.nameText = store.textId(t.name);
      t.nameTextStore = store;
    }
    const type = t.nameText;
    const raw = rawStrText(o);
    const value = raw ?? valueOrNumber(o);
    const shared = (o.flags & Flag.Shared) !== 0;
    const moduleDict = kind === NodeKind.Module ? this.serialOf((o as PyModule).dict) : -1;
    const genFrame = kind === NodeKind.Generator ? generatorFrameOf(o as PyGenerator) : -1;
    const lastFacts = lastVersion < 0 ? -1 : store.versionFacts.get(lastVersion);
    const facts = lastFacts >= 0 && store.facts.same(lastFacts, kind, type, value, raw !== null, shared, moduleDict, genFrame) ? lastFacts : store.facts.add(kind, type, value, raw !== null, shared, moduleDict, genFrame);
    const lastRefs = lastVersion < 0 ? -1 : store.versionRefs.get(lastVersion);
    let refs = -1;
    const from = store.refs.data.length;
    if (kind === NodeKind.Dict) {
      const d = o as PyDict;
      // (Entry k is at index k of the table only while it has no holes.)
      if (o.flags & Flag.ItemsOnly && lastRefs >= 0 && store.refs.kind.get(lastRefs) === RefKind.Entries && d.used === d.keys.length) {
        refs = this.readChangedEntries(d, lastRefs);
      } else {
        this.readEntries(d, lastRefs);
        refs = store.refs.end(RefKind.Entries, from, lastRefs);
      }
    } else if (this.watched[s]) {
      // Only a watched object's references are read: the census reads no others.
      if (o.type === listType && o.flags & Flag.ItemsOnly && lastRefs >= 0 && store.refs.kind.get(lastRefs) === RefKind.Edges) {
        refs = this.readChangedItems(o as PyList, lastRefs);
      } else {
        if (o.type === listType || o.type === tupleType) this.readItems((o as PyList | PyTuple).items);
        else objectEdges(o, this.edge);
        refs = store.refs.end(RefKind.Edges, from, lastRefs);
      }
    }
    const lastWeak = lastVersion < 0 ? 0 : store.versionWeak.get(lastVersion);
    const version = store.version(lastVersion, facts, refs, this.weakList(o, lastWeak));
    if (version === lastVersion && o.rc === store.rowRefcount.get(last)) return;
    store.addRow(s, o.rc, version);
  }

  /**
   * Writes an exact list's or tuple's references as objectEdges would (each item
   * under the label `[i]`), without making each label's text again.
   */
  private readItems(items: readonly PyObject[]): void {
    const data = this.store.refs.data;
    for (let k = 0; k < items.length; k++) {
      data.push(this.serialOf(items[k]!));
      data.push(-2 - k); // store.indexLabel(k)
      data.push(-1);
    }
  }

  /** A list's references as places over its last list `last`: only the items its change notes name. */
  private readChangedItems(l: PyList, last: number): number {
    const refs = this.store.refs;
    const data = refs.data;
    const from = data.length;
    const items = l.items;
    const n = items.length;
    // Past the range, items are the same only if the length is.
    const hi = n === refs.count.get(last) ? Math.min(l.dirtyHi, n) : n;
    for (let k = Math.min(l.dirtyLo, n); k < hi; k++) {
      data.push(k);
      data.push(this.serialOf(items[k]!));
      data.push(this.store.indexLabel(k));
      data.push(-1);
    }
    return refs.endPatch(RefKind.Edges, from, last, n);
  }

  /** A dict's entries as places over its last list `last`: only the entries its change notes name. */
  private readChangedEntries(d: PyDict, last: number): number {
    const store = this.store;
    const refs = store.refs;
    const data = refs.data;
    const from = data.length;
    const n = d.used;
    const hi = n === refs.count.get(last) ? Math.min(d.dirtyHi, n) : n;
    for (let k = Math.min(d.dirtyLo, n); k < hi; k++) {
      const key = d.keys[k]!;
      data.push(k);
      const ks = this.serialOf(key);
      data.push(ks);
      data.push(this.serialOf(d.values[k]!));
      this.pushKeyTexts(key, ks);
    }
    return refs.endPatch(RefKind.Entries, from, last, n);
  }

  /** Writes a dict's entries (each key's name and label texts are the last list's when its key is the same). */
  private readEntries(d: PyDict, lastRefs: number): void {
    const store = this.store;
    const data = store.refs.data;
    const same = lastRefs >= 0 && store.refs.kind.get(lastRefs) === RefKind.Entries;
    // (A full list's integers are in `data`, which grows while this writes: read through `data.get`, or a copy.)
    const old = same && store.refs.base.get(lastRefs) >= 0 ? store.refs.view(lastRefs, 0) : null;
    const oldFrom = same ? (old !== null ? 0 : store.refs.from.get(lastRefs)) : 0;
    const oldCount = same ? store.refs.count.get(lastRefs) : 0;
    const was = (k: number) => (old !== null ? old[k]! : data.get(k));
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
      if (j < oldCount && was(oldFrom + 4 * j) === ks) {
        data.push(was(oldFrom + 4 * j + 2));
        data.push(was(oldFrom + 4 * j + 3));
      } else this.pushKeyTexts(k, ks);
      j++;
    }
  }

  /** Writes the name and label texts of dict key `k` (serial `ks`), found once per key. */
  private pushKeyTexts(k: PyObject, ks: number): void {
    const texts = this.keyTexts;
    const data = this.store.refs.data;
    if (texts[2 * ks] === 0) {
      texts[2 * ks] = 1 + this.store.textId(k instanceof PyStr ? k.v : '');
      texts[2 * ks + 1] = 1 + this.store.textId(keyLabel(k));
    }
    data.push(texts[2 * ks]! - 1);
    data.push(texts[2 * ks + 1]! - 1);
  }

  /** The number of `o`'s weak-reference list: `last` when unchanged, 0 for none. */
  private weakList(o: PyObject, last: number): number {
    const w = o.weakrefs;
    if (w === null || w.length === 0) return 0;
    const lists = this.store.weakLists;
    const was = lists[last]!;
    if (was.length === w.length && w.every((x, k) => this.seenSerial(x) === was[k])) return last;
    lists.push(w.map((x) => this.serialOf(x)));
    return lists.length - 1;
  }
}
