import type { RunOutcome, TraceRunner } from '../trace/client';
import type { RecordedRun } from '../trace/protocol';
import { findLine } from './search';
import type { AppState, SliceCreator, TraceSlice } from './types';

/** Clamps a step index to a recording of `count` steps. */
export function clampCursor(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** What every new run (or forgotten one) resets: playback stops and the pick is dropped. */
const FRESH = { playing: false, selectedObject: null } as const;

/** The state after a run ends with `outcome`, paused and with nothing picked. */
function settle(outcome: RunOutcome): Partial<AppState> {
  return { ...FRESH, ...recorded(outcome) };
}

/** The recording, status and cursor `outcome` leaves. */
function recorded(outcome: RunOutcome): Partial<AppState> {
  switch (outcome.kind) {
    case 'result':
      return {
        status: outcome.result.error ? 'error' : 'done',
        result: outcome.result,
        engineError: null,
        cursor: 0,
        stale: false,
      };
    case 'stopped': {
      const steps = outcome.steps;
      // Read from the recording's index: Stop must not wait for the last step to be rebuilt.
      const n = steps.length - 1;
      const stdout = steps.stdoutAt ? steps.stdoutAt(n) : steps.at(n)?.stdout;
      const result: RecordedRun = { stdout: stdout ?? '', stderr: '', steps, error: null };
      return { status: 'stopped', result, engineError: null, cursor: clampCursor(steps.length - 1, steps.length), stale: false };
    }
    case 'error':
      return { status: 'error', result: null, engineError: outcome.message, cursor: 0, stale: false };
  }
}

/**
 * The trace slice: runs the code through `runner` and moves the cursor over the steps.
 * Moving by the step buttons (or their keys) or jumping pauses the playback; dragging
 * the slider (`setCursor`) does not.
 */
export function createTraceSlice(runner: TraceRunner): SliceCreator<TraceSlice> {
  return (set, get) => {
    const move = (index: number, pause = true) =>
      set((state) => {
        const cursor = clampCursor(index, state.result?.steps.length ?? 0);
        if (cursor === state.cursor) return pause && state.playing ? { playing: false } : state;
        return pause ? { cursor, playing: false } : { cursor };
      });
    return {
      status: 'idle',
      result: null,
      engineError: null,
      cursor: 0,
      stale: false,
      runId: 0,
      run: async () => {
        const { code, stdin, options } = get();
        const runId = get().runId + 1;
        set({ status: 'running', runId, engineError: null, playing: false });
        const outcome = await runner.run({ code, stdin, maxSteps: options.maxSteps });
        if (get().runId !== runId) return;
        set(settle(outcome));
      },
      stop: () => {
        if (get().status === 'running') runner.stop();
      },
      receiveResult: (result) => set((state) => ({ ...settle({ kind: 'result', result }), runId: state.runId + 1 })),
      clearTrace: () => set({ ...FRESH, status: 'idle', result: null, engineError: null, cursor: 0, stale: false }),
      setCursor: (index) => move(index, false),
      stepFirst: () => move(0),
      stepBack: () => move(get().cursor - 1),
      stepForward: () => move(get().cursor + 1),
      stepLast: () => move((get().result?.steps.length ?? 0) - 1),
      jumpToLine: (line) => {
        const { result, cursor } = get();
        const found = result ? findLine(result.steps, line, cursor) : null;
        if (found === null) return false;
        move(found);
        return true;
      },
    };
  };
}
