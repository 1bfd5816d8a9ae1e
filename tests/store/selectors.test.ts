import { describe, expect, it } from 'vitest';
import {
  createAppStore,
  createMemoryStorage,
  selectCounterText,
  selectCurrentStep,
  selectGc,
  selectRunControls,
  selectStdout,
  selectTimeline,
} from '../../src/store';
import { Recording } from '../../src/trace/recording';
import { traceProgram } from '../../src/trace/trace-run';
import { FakeRunner, makeResult } from './helpers';

function storeWith(count: number | null) {
  const store = createAppStore({ runner: new FakeRunner(), storage: createMemoryStorage() });
  if (count !== null) store.getState().receiveResult(makeResult(count));
  return store;
}

describe('selectors', () => {
  it('count "Step 0 of 0" before a trace', () => {
    const state = storeWith(null).getState();
    expect(selectCounterText(state)).toBe('Step 0 of 0');
    expect(selectCurrentStep(state)).toBeNull();
    expect(selectTimeline(state)).toEqual({ cursor: 0, count: 0, status: 'idle', atStart: true, atEnd: true });
    expect(selectStdout(state)).toBe('');
  });

  it('count steps from 1 and follow the cursor', () => {
    const store = storeWith(3);
    expect(selectCounterText(store.getState())).toBe('Step 1 of 3');
    store.getState().stepForward();
    const state = store.getState();
    expect(selectCounterText(state)).toBe('Step 2 of 3');
    expect(selectCurrentStep(state)?.line).toBe(2);
    expect(selectStdout(state)).toBe('x\n');
    expect(selectTimeline(state)).toMatchObject({ atStart: false, atEnd: false, count: 3 });
    store.getState().stepLast();
    expect(selectTimeline(store.getState()).atEnd).toBe(true);
  });

  it('give the run controls their state', () => {
    const state = storeWith(null).getState();
    expect(selectRunControls(state)).toEqual({ status: 'idle', running: false, stale: false });
  });

  it('return equal objects for equal state (fit for useShallow)', () => {
    const state = storeWith(2).getState();
    expect(selectTimeline(state)).toEqual(selectTimeline(state));
  });

  it('that a run ending or a step move wakes read the recording columns and rebuild no step', () => {
    const { recording } = traceProgram('import gc\nx = [1]\nprint(x)\ngc.collect()\n');
    const store = createAppStore({ runner: new FakeRunner(), storage: createMemoryStorage() });
    store.getState().receiveResult({ stdout: recording.stdout, stderr: '', error: null, steps: recording });
    store.getState().stepLast();
    const wanted = recording.at(recording.length - 1)!;
    const rebuilt: number[] = [];
    const snapshot = Recording.prototype.snapshot;
    recording.snapshot = (i: number) => {
      rebuilt.push(i);
      return snapshot.call(recording, i);
    };
    const state = store.getState();
    expect(selectStdout(state)).toBe(wanted.stdout);
    expect(selectGc(state)).toEqual({ enabled: wanted.gc.enabled, counts: wanted.gc.counts, thresholds: wanted.gc.thresholds, collecting: wanted.event === 'gc' });
    expect(selectTimeline(state).atEnd).toBe(true);
    expect(rebuilt).toEqual([]);
  });
});
