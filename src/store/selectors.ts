import type { ObjectId, TraceStep } from '../trace/protocol';
import type { AppState, RunStatus } from './types';

/** The number of recorded steps. */
export function selectStepCount(state: AppState): number {
  return state.result?.steps.length ?? 0;
}

// The selectors below run in the store's listeners, before anything is drawn: those a
// run's end or a step move wakes read the recording's per-step columns and leave the
// full step (a rebuild from the graph) to the components that draw it.

/** The step under the cursor, or null when nothing is recorded (rebuilds the step: keep it out of listeners). */
export function selectCurrentStep(state: AppState): TraceStep | null {
  return state.result?.steps.at(state.cursor) ?? null;
}

/** The counter text, `Step S of N` (S is 1-based; `Step 0 of 0` before a trace). */
export function selectCounterText(state: AppState): string {
  const count = selectStepCount(state);
  return `Step ${count === 0 ? 0 : state.cursor + 1} of ${count}`;
}

/** What the timeline needs. */
export interface TimelineView {
  cursor: number;
  count: number;
  status: RunStatus;
  atStart: boolean;
  atEnd: boolean;
}

/** The timeline's view of the state (use with `useShallow`). */
export function selectTimeline(state: AppState): TimelineView {
  const count = selectStepCount(state);
  return {
    cursor: state.cursor,
    count,
    status: state.status,
    atStart: count === 0 || state.cursor <= 0,
    atEnd: count === 0 || state.cursor >= count - 1,
  };
}

/** The output printed up to the shown step (all of it when no step is shown). */
export function selectStdout(state: AppState): string {
  const steps = state.result?.steps;
  const shown = steps?.stdoutAt ? steps.stdoutAt(state.cursor) : selectCurrentStep(state)?.stdout;
  return shown ?? state.result?.stdout ?? '';
}

/** The run controls' view of the state (use with `useShallow`). */
export function selectRunControls(state: AppState): { status: RunStatus; running: boolean; stale: boolean } {
  return { status: state.status, running: state.status === 'running', stale: state.stale };
}

/** What the play button and the speed menu need. */
export interface PlaybackView {
  playing: boolean;
  /** Steps per second. */
  speed: number;
  /** False with fewer than two steps (nothing to play). */
  canPlay: boolean;
}

/** The playback's view of the state (use with `useShallow`). */
export function selectPlayback(state: AppState): PlaybackView {
  return { playing: state.playing, speed: state.options.speed, canPlay: selectStepCount(state) >= 2 };
}

/** What the selection bar needs about the picked object at the shown step. */
export interface SelectionView {
  id: ObjectId;
  /** Its type at the shown step, or null when nothing is drawn under its id there. */
  type: string | null;
  /** True when it is drawn at the shown step (freed or not). */
  drawn: boolean;
  /** True when "Jump to creation" can apply (it is drawn at the shown step). */
  canJumpToCreated: boolean;
  /** True when "Jump to free" can apply (it is drawn, and not as freed, at the shown step). */
  canJumpToFreed: boolean;
}

/** The picked object seen at the shown step, or null when nothing is picked (use with `useShallow`). */
export function selectSelection(state: AppState): SelectionView | null {
  const id = state.selectedObject;
  if (id === null) return null;
  const heap = selectCurrentStep(state)?.heap;
  const object = heap && Object.hasOwn(heap, id) ? heap[id] : undefined;
  return {
    id,
    type: object?.type ?? null,
    drawn: object !== undefined,
    canJumpToCreated: object !== undefined,
    canJumpToFreed: object !== undefined && object.state !== 'freed',
  };
}

/** What the collector panel shows at the shown step. */
export interface GcView {
  /** Whether automatic collection is enabled. */
  enabled: boolean;
  /** Allocation counts of generations 0, 1 and 2. */
  counts: readonly [number, number, number];
  /** Thresholds of generations 0, 1 and 2. */
  thresholds: readonly [number, number, number];
  /** True when the shown step is a collection (its event is `gc`). */
  collecting: boolean;
}

/** The collector's state at the shown step, or null when no step is shown (use with `useShallow`). */
export function selectGc(state: AppState): GcView | null {
  const steps = state.result?.steps;
  const i = state.cursor;
  const gc = steps?.gcAt ? steps.gcAt(i) : steps?.at(i)?.gc;
  if (!gc) return null;
  const event = steps?.eventAt ? steps.eventAt(i) : steps?.at(i)?.event;
  return { enabled: gc.enabled, counts: gc.counts, thresholds: gc.thresholds, collecting: event === 'gc' };
}
