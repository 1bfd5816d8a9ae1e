/**
 * What a box says about itself (notes: read from the step alone) and what changed since
 * the step before (marks: the only use of the previous step). Marks only add highlight
 * classes and animations; they never move anything, so a step looks the same however
 * the reader arrived at it.
 */
import type { HeapObject, ObjectId, TraceFrame, TraceStep } from '../trace/protocol';
import type { ObjectNote } from './model';

/** The object whose `__del__` is running: `self` of the innermost frame when that frame is `__del__`. */
export function delRunning(step: TraceStep): ObjectId | null {
  const inner = step.frames[step.frames.length - 1];
  if (!inner || inner.name !== '__del__') return null;
  return inner.locals.self ?? null;
}

/**
 * The note of an object box. A running `__del__` wins (the object is alive again while
 * it runs), then freed (naming the collector on a `gc` step), then unreachable garbage.
 */
export function objectNote(step: TraceStep, id: ObjectId, object: HeapObject, del: ObjectId | null): ObjectNote | null {
  if (id === del && object.state !== 'freed') return '__del__ running';
  if (object.state === 'freed') return step.event === 'gc' ? 'freed by the collector' : 'freed';
  if (object.state === 'garbage') return 'unreachable';
  return null;
}

/**
 * The same object at the previous step, or undefined when there it was another (ids
 * come back after a free, as in CPython) or not there at all.
 */
export function sameObject(previous: TraceStep | null, id: ObjectId, object: HeapObject): HeapObject | undefined {
  const before = previous?.heap[id];
  if (!before || before.state === 'freed' || before.type !== object.type) return undefined;
  return before;
}

/** The box's change marks against the previous step (none when there is no previous step to compare with). */
export function objectChange(previous: TraceStep | null, id: ObjectId, object: HeapObject): {
  change: 'new' | 'freed' | null;
  countChange: 'up' | 'down' | null;
  previousRefcount: number | null;
} {
  if (object.state === 'freed') return { change: 'freed', countChange: null, previousRefcount: previous?.heap[id]?.refcount ?? null };
  if (!previous) return { change: null, countChange: null, previousRefcount: null };
  const before = sameObject(previous, id, object);
  if (!before) return { change: 'new', countChange: null, previousRefcount: null };
  const counted = !object.shared && before.refcount !== object.refcount;
  return {
    change: null,
    countChange: counted ? (object.refcount > before.refcount ? 'up' : 'down') : null,
    previousRefcount: before.refcount,
  };
}

/**
 * Tells whether a slot is new or points elsewhere than at the previous step. Built once
 * per object (label → target before), so checking every slot of a step stays linear.
 */
export function slotChanges(previous: TraceStep | null, id: ObjectId, object: HeapObject): (label: string, target: ObjectId) => boolean {
  if (!previous) return () => false;
  const before = sameObject(previous, id, object);
  if (!before) return () => true;
  const targets = new Map<string, ObjectId>();
  for (const [label, target] of before.refs) if (!targets.has(label)) targets.set(label, target);
  return (label, target) => targets.get(label) !== target;
}

/** The frame at the same depth of the previous step when it is the same function, else undefined (a new frame). */
export function sameFrame(previous: TraceStep | null, depth: number, frame: TraceFrame): TraceFrame | undefined {
  const before = previous?.frames[depth];
  return before && before.name === frame.name ? before : undefined;
}
