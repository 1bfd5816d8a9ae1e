import type { TraceStep } from '../trace/protocol';
import type { AppState, RunStatus } from './types';

/** The number of recorded steps. */
export function selectStepCount(state: AppState): number {
  return state.result?.steps.length ?? 0;
}

/** The step under the cursor, or null when nothing is recorded. */
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
  return selectCurrentStep(state)?.stdout ?? state.result?.stdout ?? '';
}

/** The run controls' view of the state (use with `useShallow`). */
export function selectRunControls(state: AppState): { status: RunStatus; running: boolean; stale: boolean } {
  return { status: state.status, running: state.status === 'running', stale: state.stale };
}
