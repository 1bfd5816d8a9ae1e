/**
 * Fills a recording's copy of the graph (graph-store.ts) from the running engine:
 * at each step, a row for every object the change log (memory.ts) names, every
 * object made, every object seen for the first time, and every object whose count
 * changed, plus the frames and the interpreter's roots. The work is proportional
 * to what the step changed, not to the heap.
 *
 * Counts are not logged (that would cost the untraced engine an increment per
 * reference): a count changes only when a reference to the object is made or
 * dropped, so the objects whose counts may have changed are the targets of the
 * references that changed — a noted holder's old and new references, a new
 * object's, a freed object's last ones, a frame's, the roots'. Only builtin code
 * in progress holds references nobody can see (in its own variables): at such a
 * step, and at the step after, every count is read.
 */
import { NodeKind } from '../python/heap-image';
import { describeFrame, LiveImage } from '../python/live-image';
import { Flag, type PyObject } from '../python/object';
import type { Frame } from '../python/vm/frame';
import type { ImageFrame, ImageRoots } from '../python/heap-image';
import type { GraphStep, NodeRow } from './graph-store';

/** Reads what each step changed; attach its hooks to the run's heap. */
export class GraphCapture {
  /** Serials of the objects seen (a Map: the engine drops freed objects from it, and weak maps cost the collector far more). */
  private readonly serials = new Map<PyObject, number>();
  /** Serial → the object, while it lives. */
  private readonly objects: Array<PyObject | undefined> = [];
  /** Serial → its last row, while it lives. */
  private readonly lastRows: Array<NodeRow | undefined> = [];
  /** Each frame of the last step's stack, as recorded (a frame that has not run since cannot have changed). */
  private lastFrames = new Map<Frame, ImageFrame>();
  /**
   * The frames that ran since the last step, so may have changed (pushed a call's arguments,
   * say): the innermost then, and its caller too when that step was its return.
   */
  private ran: Frame[] = [];
  private lastRoots: ImageRoots | null = null;
  private nextSerial = 0;
  /** Objects made since the recording began and not freed (the census's live objects). */
  private readonly watched = new Set<PyObject>();
  private born: PyObject[] = [];
  private freed: number[] = [];
  /** Serials given since the last `takeNamed`, each with its object's id as `id()` prints it. */
  private named: Array<[number, string]> = [];
  /** Builtin code was in progress at the last step: references it held in its own variables may be gone now. */
  private builtinBefore = false;

  /** The serial of `o` (given on first sight). */
  serialOf(o: PyObject): number {
    let s = this.serials.get(o);
    if (s === undefined) {
      this.serials.set(o, (s = this.nextSerial++));
      this.objects[s] = o;
      this.named.push([s, String(o.addr)]);
    }
    return s;
  }

  /** An object was made: it gets a new serial (its block may have held another object). */
  allocated(o: PyObject): void {
    const s = this.nextSerial++;
    this.serials.set(o, s);
    this.objects[s] = o;
    this.named.push([s, String(o.addr)]);
    this.watched.add(o);
    this.born.push(o);
  }

  /** The serials given since the last call, each with its object's id text (a recording names objects by these). */
  takeNamed(): Array<[number, string]> {
    const named = this.named;
    this.named = [];
    return named;
  }

  /** An object was freed. */
  released(o: PyObject): void {
    const s = this.serials.get(o);
    this.watched.delete(o);
    if (s !== undefined) {
      this.freed.push(s);
      this.serials.delete(o);
      this.objects[s] = undefined;
    }
  }

  /**
   * The step that just happened: `changed` is the change log (the caller empties it);
   * `returning` says the step is a frame's return (its caller runs next).
   */
  capture(changed: readonly PyObject[], stack: readonly Frame[], inFlight: ReadonlyArray<readonly [PyObject, string]>, midInstruction: boolean, returning = false): GraphStep {
    const fresh = new Set<PyObject>();
    /** Serials whose count may have changed. */
    const maybe = new Set<number>();
    // Objects a frame shows for the first time (a builtin in a local) need a row too.
    const frames = this.framesOf(stack, returning, fresh, maybe);
    for (const o of this.born) if (!(o.flags & Flag.Freed)) fresh.add(o);
    for (const o of changed) {
      if (!(o.flags & Flag.Freed)) fresh.add(o);
      // Being freed: dead for the census already, though the engine announces the free only once its references are dropped.
      else if (this.watched.has(o)) this.released(o);
    }
    // A freed object's references are gone.
    for (const s of this.freed) {
      const last = this.lastRows[s];
      if (last !== undefined) targetsOf(last, maybe);
      this.lastRows[s] = undefined;
    }
    const image = new LiveImage(fresh, [], inFlight, midInstruction);
    const seen = new Set<PyObject>(fresh);
    // Rows name nodes by this image's numbers until every node met has its serial.
    const raw: Array<[number, NodeRow]> = [];
    for (let i = 0; i < image.liveCount; i++) raw.push([i, this.readRow(image, i)]);
    // Objects met for the first time (made before the recording began, or reached only now) get a row too.
    for (let i = image.liveCount; i < image.size; i++) {
      const o = image.objects[i]!;
      if (seen.has(o) || this.serials.has(o)) continue;
      seen.add(o);
      raw.push([i, this.readRow(image, i)]);
    }
    const serial = (i: number) => (i < 0 ? -1 : this.serialOf(image.objects[i]!));
    const rows: Array<[number, NodeRow]> = [];
    const rowed = new Set<number>();
    for (const [i, r] of raw) {
      const s = serial(i);
      const row: NodeRow = {
        ...r,
        weak: r.weak.map(serial),
        edges: r.edges === null ? null : r.edges.map(([t, l, why]) => [serial(t), l, why] as const),
        entries: r.entries === null ? null : r.entries.map(([k, v, n, l]) => [serial(k), serial(v), n, l] as const),
        moduleDict: serial(r.moduleDict),
      };
      // The references it had and has: their targets' counts may have changed.
      const last = this.lastRows[s];
      if (last !== undefined) targetsOf(last, maybe);
      targetsOf(row, maybe);
      this.lastRows[s] = row;
      rows.push([s, row]);
      rowed.add(s);
    }
    const roots = this.rootsOf(image, serial, maybe);
    const builtinNow = midInstruction || stack.some((f, k) => !f.inlined && (k < stack.length - 1 || f.code.kind !== 'module'));
    if (builtinNow || this.builtinBefore) for (const s of this.serials.values()) maybe.add(s);
    this.builtinBefore = builtinNow;
    for (const s of maybe) {
      if (rowed.has(s)) continue;
      const o = this.objects[s];
      const last = this.lastRows[s];
      if (o === undefined || last === undefined || o.flags & Flag.Freed || o.rc === last.refcount) continue;
      const row = { ...last, refcount: o.rc };
      this.lastRows[s] = row;
      rows.push([s, row]);
    }
    const step: GraphStep = {
      rows,
      born: this.born.filter((o) => !(o.flags & Flag.Freed)).map((o) => this.serialOf(o)),
      freed: this.freed,
      frames,
      roots,
    };
    this.born = [];
    this.freed = [];
    return step;
  }

  /** Node i of `image` as a row, references by the image's numbers. */
  private readRow(image: LiveImage, i: number): NodeRow {
    const o = image.objects[i]!;
    const kind = image.kind(i);
    const watched = this.watched.has(o);
    let edges: Array<[number, string, string | null]> | null = null;
    let entries: Array<[number, number, string, string]> | null = null;
    if (kind === NodeKind.Dict) {
      const names: string[] = [];
      entries = [];
      image.entries(i, true, (_k, _v, name) => void names.push(name));
      let j = 0;
      image.entries(i, false, (k, v, label) => void entries!.push([k, v, names[j++]!, label]));
    } else if (watched) {
      edges = [];
      image.edges(i, (t, label, reason) => void edges!.push([t, label, reason]));
    }
    return {
      kind,
      type: image.type(i),
      value: image.value(i),
      refcount: image.refcount(i),
      shared: image.shared(i),
      weak: image.weak(i),
      edges,
      entries,
      moduleDict: kind === NodeKind.Module ? image.moduleDict(i) : -1,
      generatorFrame: kind === NodeKind.Generator ? image.generatorFrame(i) : -1,
    };
  }

  /** The stack by serials: only the frames that ran since the last step (the innermost then and now) and new ones are read again. */
  private framesOf(stack: readonly Frame[], returning: boolean, firstSeen: Set<PyObject>, maybe: Set<number>): ImageFrame[] {
    const ref = (o: PyObject | null) => {
      if (o === null) return -1;
      if (!this.serials.has(o)) firstSeen.add(o);
      return this.serialOf(o);
    };
    const frames: ImageFrame[] = [];
    const now = new Map<Frame, ImageFrame>();
    for (let k = 0; k < stack.length; k++) {
      const f = stack[k]!;
      const last = this.lastFrames.get(f);
      const was = k === 0 || this.ran.includes(f) ? undefined : last;
      let frame = was;
      if (frame === undefined) {
        frame = describeFrame(f, ref);
        // What it held and holds: those counts may have changed.
        if (last !== undefined) frameTargets(last, maybe);
        frameTargets(frame, maybe);
      }
      frames.push(frame);
      now.set(f, frame);
    }
    // A frame gone from the stack let go of its references (or handed them to its generator).
    for (const [f, frame] of this.lastFrames) if (!now.has(f)) frameTargets(frame, maybe);
    this.lastFrames = now;
    this.ran = stack.slice(0, returning ? 2 : 1);
    return frames;
  }

  /** The interpreter's references by serials, the last step's when nothing changed. */
  private rootsOf(image: LiveImage, serial: (i: number) => number, maybe: Set<number>): ImageRoots {
    const r = image.roots;
    const roots: ImageRoots = {
      modules: r.modules.map(serial),
      inFlight: r.inFlight.map(([o, reason]) => [serial(o), reason] as const),
      lent: r.lent.map(serial),
      literals: r.literals.map(serial),
      handled: serial(r.handled),
      builtins: serial(r.builtins),
      midInstruction: r.midInstruction,
    };
    const last = this.lastRoots;
    if (last !== null && sameRoots(last, roots)) return last;
    if (last !== null) rootTargets(last, maybe);
    rootTargets(roots, maybe);
    return (this.lastRoots = roots);
  }
}

/** Adds the serials a row refers to. */
function targetsOf(row: NodeRow, out: Set<number>): void {
  if (row.edges !== null) for (const [t] of row.edges) out.add(t);
  if (row.entries !== null)
    for (const [k, v] of row.entries) {
      out.add(k);
      out.add(v);
    }
}

function frameTargets(f: ImageFrame, out: Set<number>): void {
  for (const s of f.slots) if (s >= 0) out.add(s);
  for (const s of [f.fn, f.code, f.ownGlobals, f.locals, f.frameObject]) if (s >= 0) out.add(s);
}

function rootTargets(r: ImageRoots, out: Set<number>): void {
  for (const s of r.modules) out.add(s);
  for (const [s] of r.inFlight) out.add(s);
  for (const s of r.lent) out.add(s);
  for (const s of r.literals) out.add(s);
  if (r.handled >= 0) out.add(r.handled);
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameRoots(a: ImageRoots, b: ImageRoots): boolean {
  return (
    a.handled === b.handled &&
    a.builtins === b.builtins &&
    a.midInstruction === b.midInstruction &&
    sameList(a.modules, b.modules) &&
    sameList(a.lent, b.lent) &&
    sameList(a.literals, b.literals) &&
    a.inFlight.length === b.inFlight.length &&
    a.inFlight.every(([o, why], i) => o === b.inFlight[i]![0] && why === b.inFlight[i]![1])
  );
}
