/**
 * A tracer that compares, at every step, the census of the running engine with
 * the census of a recording's copy of the graph replayed to that step (the
 * graph-store test runs it over the corpus; a debugging script can run it on one
 * program and print what differs).
 */
import { gcHooks } from '../../src/python/gc';
import { censusOf, type Census } from '../../src/python/heap-census';
import { Hidden } from '../../src/python/heap-image';
import { LiveImage } from '../../src/python/live-image';
import type { Memory } from '../../src/python/memory';
import { Flag, type PyObject } from '../../src/python/object';
import type { PyThrow } from '../../src/python/errors';
import type { Frame } from '../../src/python/vm/frame';
import { runtime, type Tracer } from '../../src/python/vm/state';
import { GraphCapture } from '../../src/trace/graph-capture';
import { GraphStore } from '../../src/trace/graph-store';
import { invariantViolations } from '../../src/trace/invariant';
import type { HeapObject, StepEvent, TraceStep } from '../../src/trace/protocol';
import { NONE, samePairs } from '../../src/trace/recording';

/**
 * Compares, at every step, the census of the engine with the census of the copy
 * (`mismatches` says where they differ), and checks the reference-count invariant
 * on the engine's census (`violations`): the copy's census, from which the
 * recording draws its steps, then holds it too.
 */
export class CopyChecker implements Tracer {
  readonly store = new GraphStore();
  private readonly capture = new GraphCapture(this.store);
  private readonly live = new Set<PyObject>();
  readonly mismatches: string[] = [];
  readonly violations: string[] = [];

  /** @param keep how many mismatches to describe (the first ones) */
  constructor(private readonly keep = 3) {}

  attach(mem: Memory): void {
    mem.hooks.onAlloc = (o) => {
      this.live.add(o);
      this.capture.allocated(o);
    };
    mem.hooks.onFree = (o) => {
      this.live.delete(o);
      this.capture.released(o);
    };
    // The recorder's step after each collection: it falls inside an instruction, whose operands builtin code holds.
    gcHooks.observer = { willClear: () => {}, done: () => this.check('gc', []) };
    this.capture.watch(true);
  }

  /** Stops logging (the run ended). */
  detach(): void {
    gcHooks.observer = null;
    this.capture.watch(false);
  }

  // In flight at each event as the recorder (recorder.ts) has it: a frame left by an
  // exception still holds the exception its 'exception' step raised.
  private raising: PyThrow | null = null;

  line(): void {
    this.raising = null;
    this.check('line', []);
  }
  call(): void {
    this.raising = null;
    this.check('call', []);
  }
  ret(_f: Frame, value: PyObject | null): void {
    if (value !== null) this.check('return', [[value, Hidden.returnValue]]);
    else this.check('return', this.raising !== null ? raised(this.raising) : []);
  }
  exception(_f: Frame, t: PyThrow): void {
    this.raising = t;
    this.check('exception', raised(t));
  }

  private check(event: StepEvent, inFlight: Array<[PyObject, string]>): void {
    const midInstruction = event === 'gc';
    const stack: Frame[] = [];
    for (let f = runtime.current; f !== null; f = f.back) stack.push(f);
    this.capture.capture(runtime.current, inFlight, event);
    // The engine's census names objects by the copy's serials (one the copy never saw by a number no serial has).
    const engine = new LiveImage(this.live, stack, inFlight, midInstruction);
    const expected = censusOf(engine, (i) => {
      const s = this.capture.seenSerial(engine.objects[i]!);
      return s >= 0 ? s : -2 - i;
    });
    if (this.violations.length < this.keep) {
      const bad = invariantViolations(asStep(expected));
      if (bad.length) this.violations.push(`step ${this.store.length - 1} (${event}, line ${runtime.current?.line ?? 0}): ${bad.join('; ')}`);
    }
    const { image, serialOf } = this.store.imageAt(this.store.length - 1);
    const actual = censusOf(image, serialOf);
    // (Compared field by field first: turning both censuses into JSON at every step was most
    // of the time the corpus pass took on the deep-recursion programs; JSON only shows a mismatch.)
    if (this.mismatches.length < this.keep && !sameCensus(actual, expected)) {
      const show = (c: typeof actual) => [JSON.stringify(c.frames), ...c.objects.map((o) => JSON.stringify({ ...o, hidden: [...o.hidden] }))];
      const a = show(actual);
      const e = show(expected);
      const k = a.findIndex((x, j) => x !== e[j]);
      if (k >= 0 || a.length !== e.length) this.mismatches.push(`step ${this.store.length - 1} (${event}, line ${runtime.current?.line ?? 0}), entry ${k}:\n  copy   ${a[k] ?? '(none)'}\n  engine ${e[k] ?? '(none)'}`);
    }
  }
}

/** True when two censuses are equal in every field JSON would show, in the same order. */
function sameCensus(a: Census<number>, b: Census<number>): boolean {
  if (a.frames.length !== b.frames.length || a.objects.length !== b.objects.length) return false;
  for (let i = 0; i < a.frames.length; i++) {
    const f = a.frames[i]!;
    const g = b.frames[i]!;
    if (f.name !== g.name || f.line !== g.line || !samePairs(f.locals, g.locals)) return false;
  }
  for (let i = 0; i < a.objects.length; i++) {
    const o = a.objects[i]!;
    const p = b.objects[i]!;
    if (o.obj !== p.obj || o.type !== p.type || o.value !== p.value || o.refcount !== p.refcount || o.state !== p.state || o.shared !== p.shared) return false;
    if (!samePairs(o.refs, p.refs) || !samePairs([...o.hidden], [...p.hidden])) return false;
    if (o.weak.length !== p.weak.length || o.weak.some((w, k) => w !== p.weak[k])) return false;
  }
  return true;
}

/** What a raised exception holds, as references in flight. */
function raised(t: PyThrow): Array<[PyObject, string]> {
  return t.held().filter((o) => !(o.flags & Flag.Freed)).map((o) => [o, Hidden.raisedException]);
}

/** A census as a step's frames and heap (serials for ids), for src/trace/invariant.ts's check. */
function asStep(c: Census<number>): Pick<TraceStep, 'frames' | 'heap'> {
  const heap: Record<string, HeapObject> = {};
  for (const o of c.objects) {
    heap[o.obj] = {
      type: o.type,
      value: o.value,
      refcount: o.refcount,
      refs: o.refs.map(([l, t]) => [l, String(t)]),
      hidden: [...o.hidden],
      weak: NONE,
      state: o.state,
      shared: o.shared,
    };
  }
  const frames = c.frames.map((f) => ({ name: f.name, line: f.line, locals: Object.fromEntries(f.locals.map(([n, t]) => [n, String(t)])) }));
  return { frames, heap };
}
