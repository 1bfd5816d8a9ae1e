import { describe, expect, it } from 'vitest';
import { createAppStore, createMemoryStorage, selectGc, selectSelection } from '../../src/store';
import type { RunResult } from '../../src/trace/protocol';
import { FakeRunner, lifetimeSteps, makeResult, makeStep } from './helpers';

function setup(result: RunResult | null = { stdout: '', stderr: '', steps: lifetimeSteps(), error: null }) {
  const store = createAppStore({ runner: new FakeRunner(), storage: createMemoryStorage() });
  if (result) store.getState().receiveResult(result);
  return () => store.getState();
}

describe('selection', () => {
  it('picks and clears an object', () => {
    const s = setup();
    expect(s().selectedObject).toBeNull();
    expect(selectSelection(s())).toBeNull();
    s().selectObject('A');
    expect(s().selectedObject).toBe('A');
    s().selectObject(null);
    expect(s().selectedObject).toBeNull();
  });

  it('is dropped by a new result or a cleared trace', () => {
    const s = setup();
    s().selectObject('A');
    s().receiveResult(makeResult(2));
    expect(s().selectedObject).toBeNull();
    s().selectObject('A');
    s().clearTrace();
    expect(s().selectedObject).toBeNull();
  });

  it('is seen at the shown step', () => {
    const s = setup();
    s().selectObject('A');
    expect(selectSelection(s())).toEqual({ id: 'A', type: null, drawn: false, canJumpToCreated: false, canJumpToFreed: false });
    s().setCursor(2);
    expect(selectSelection(s())).toEqual({ id: 'A', type: 'list', drawn: true, canJumpToCreated: true, canJumpToFreed: true });
    s().setCursor(3);
    expect(selectSelection(s())).toMatchObject({ type: 'list', drawn: true, canJumpToCreated: true, canJumpToFreed: false });
  });
});

describe('jumpToCreated and jumpToFreed', () => {
  it('jump to the ends of the picked object\'s life and pause', () => {
    const s = setup();
    s().selectObject('A');
    s().setCursor(6);
    s().play();
    expect(s().jumpToCreated()).toBe(true);
    expect(s()).toMatchObject({ cursor: 5, playing: false });
    expect(s().jumpToFreed()).toBe(true);
    expect(s().cursor).toBe(7);
    s().setCursor(2);
    expect(s().jumpToFreed()).toBe(true);
    expect(s().cursor).toBe(3); // the list's free, not the dict's that took its id
    expect(s().jumpToCreated()).toBe(true);
    expect(s().cursor).toBe(1);
  });

  it('are no-ops reporting false when nothing is found', () => {
    const s = setup();
    s().selectObject('A');
    s().setCursor(4); // not drawn here
    expect(s().jumpToCreated()).toBe(false);
    expect(s().jumpToFreed()).toBe(false);
    expect(s().cursor).toBe(4);
    s().selectObject('D');
    s().setCursor(15);
    s().play();
    expect(s().jumpToFreed()).toBe(false); // never freed: nothing moves, the playback goes on
    expect(s()).toMatchObject({ cursor: 15, playing: true });
  });

  it('are no-ops with nothing picked or nothing recorded', () => {
    const s = setup();
    expect(s().jumpToCreated()).toBe(false);
    expect(s().jumpToFreed()).toBe(false);
    const empty = setup(null);
    empty().selectObject('A');
    expect(empty().jumpToCreated()).toBe(false);
    expect(empty().jumpToFreed()).toBe(false);
    const none = setup(makeResult(0));
    none().selectObject('A');
    expect(none().jumpToFreed()).toBe(false);
  });
});

describe('jumpToLine', () => {
  it('goes to the next execution of the line, wrapping around, and pauses', () => {
    const s = setup(); // step i is at line i % 5 + 1
    s().play();
    expect(s().jumpToLine(3)).toBe(true);
    expect(s()).toMatchObject({ cursor: 2, playing: false });
    expect(s().jumpToLine(3)).toBe(true);
    expect(s().cursor).toBe(7);
    s().setCursor(15);
    expect(s().jumpToLine(3)).toBe(true);
    expect(s().cursor).toBe(2);
  });

  it('reports false and stays put for a line that never runs, or with no recording', () => {
    const s = setup();
    s().setCursor(4);
    expect(s().jumpToLine(42)).toBe(false);
    expect(s().cursor).toBe(4);
    expect(setup(null)().jumpToLine(1)).toBe(false);
    expect(setup(makeResult(0))().jumpToLine(1)).toBe(false);
  });

  it('skips calls and returns on that line', () => {
    const steps = [makeStep(1), { ...makeStep(2), event: 'call' as const }, makeStep(1), makeStep(2)];
    const s = setup({ stdout: '', stderr: '', steps, error: null });
    expect(s().jumpToLine(2)).toBe(true);
    expect(s().cursor).toBe(3);
  });
});

describe('selectGc', () => {
  it('gives the collector at the shown step, marked at a collection', () => {
    expect(selectGc(setup(null)())).toBeNull();
    const collect = { ...makeStep(0), event: 'gc' as const, gc: { enabled: false, counts: [0, 2, 1] as [number, number, number], thresholds: [700, 10, 10] as [number, number, number] } };
    const s = setup({ stdout: '', stderr: '', steps: [makeStep(1), collect], error: null });
    expect(selectGc(s())).toEqual({ enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10], collecting: false });
    s().stepForward();
    expect(selectGc(s())).toEqual({ enabled: false, counts: [0, 2, 1], thresholds: [700, 10, 10], collecting: true });
  });
});
