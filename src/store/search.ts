/**
 * Searches over a run's steps for the timeline's jumps. They read steps through the
 * StepSource's fast reads when it has them (a Recording answers from its deltas, so a
 * million-step run is searched without rebuilding a single step) and through `at(i)`
 * otherwise (a plain array of steps). All are pure: the store's actions call them.
 */
import type { HeapObject, ObjectId, StepEvent, StepSource, TraceStep } from '../trace/protocol';

/** True when `i` is a step of `steps`. */
function isStep(steps: StepSource, i: number): boolean {
  return Number.isInteger(i) && i >= 0 && i < steps.length;
}

/** Step `i` through `at`, guarded: an array's `at(-1)` would be its last step. */
function stepAt(steps: StepSource, i: number): TraceStep | undefined {
  return isStep(steps, i) ? steps.at(i) : undefined;
}

/** Step `i`'s event (undefined past the ends). */
export function eventOf(steps: StepSource, i: number): StepEvent | undefined {
  return steps.eventAt ? steps.eventAt(i) : stepAt(steps, i)?.event;
}

/** Step `i`'s line (undefined past the ends). */
export function lineOf(steps: StepSource, i: number): number | undefined {
  return steps.lineAt ? steps.lineAt(i) : stepAt(steps, i)?.line;
}

/** The ids freed at step `i` (empty past the ends). */
export function freedOf(steps: StepSource, i: number): readonly ObjectId[] {
  return (steps.freedAt ? steps.freedAt(i) : stepAt(steps, i)?.freed) ?? [];
}

/** The object drawn under `id` at step `from`, `from - 1`, … down to 0, lazily (undefined where none is). */
export function objectHistory(steps: StepSource, id: ObjectId, from: number): Iterable<HeapObject | undefined> {
  if (!isStep(steps, from)) return [];
  if (steps.objectHistory) return steps.objectHistory(id, from);
  return (function* () {
    for (let j = from; j >= 0; j--) {
      const heap = steps.at(j)?.heap;
      yield heap && Object.hasOwn(heap, id) ? heap[id] : undefined;
    }
  })();
}

/** The object drawn under `id` at step `i`, or undefined (not drawn there, or no such step). */
export function objectAt(steps: StepSource, i: number, id: ObjectId): HeapObject | undefined {
  for (const o of objectHistory(steps, id, i)) return o;
  return undefined;
}

/**
 * The step where the object drawn under `id` at step `at` first appears in the
 * drawing, within the unbroken run of steps that draw it: the walk goes back from
 * `at` while the id is drawn, and also stops where the id changed hands (ids are
 * reused once freed): before a step that freed the id yet draws it alive, and after
 * a step that draws it as freed. Null when nothing is drawn under `id` at `at`.
 */
export function findCreated(steps: StepSource, id: ObjectId, at: number): number | null {
  if (steps.createdAt && isStep(steps, at)) return steps.createdAt(id, at);
  let born: number | null = null;
  let later: HeapObject | undefined;
  let j = at;
  for (const o of objectHistory(steps, id, at)) {
    if (o === undefined) break;
    if (later !== undefined) {
      // `later` is drawn at step j + 1: is it another object that took the id?
      if (o.state === 'freed') break;
      if (later.state !== 'freed' && freedOf(steps, j + 1).includes(id)) break;
    }
    born = j;
    later = o;
    j--;
  }
  return born;
}

/**
 * The step that frees the object drawn under `id` at step `at`: the first step after
 * `at` whose `freed` list holds the id (the id cannot change hands before that, so the
 * first one is the right one). Null when nothing (or an object already shown as freed)
 * is drawn under `id` at `at`, or when it outlives the recording.
 */
export function findFreed(steps: StepSource, id: ObjectId, at: number): number | null {
  const o = objectAt(steps, at, id);
  if (o === undefined || o.state === 'freed') return null;
  if (steps.nextFreed) return steps.nextFreed(id, at) ?? null;
  for (let j = at + 1; j < steps.length; j++) if (freedOf(steps, j).includes(id)) return j;
  return null;
}

/**
 * The next execution of `line`: the first `line` event on that line after step
 * `after`, else (wrapping around) the first from the start up to `after` itself.
 * Null when the line never runs.
 */
export function findLine(steps: StepSource, line: number, after: number): number | null {
  const count = steps.length;
  if (count === 0) return null;
  const start = Number.isInteger(after) ? Math.min(Math.max(after, -1), count - 1) : -1;
  for (let k = 1; k <= count; k++) {
    const j = (start + k) % count;
    if (lineOf(steps, j) === line && eventOf(steps, j) === 'line') return j;
  }
  return null;
}
