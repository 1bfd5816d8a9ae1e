import { describe, expect, it } from 'vitest';
import { createAppStore, createMemoryStorage, DEFAULT_OPTIONS, STARTER_CODE } from '../../src/store';
import { FakeRunner, flush, makeResult, makeStep } from './helpers';

function setup() {
  const runner = new FakeRunner();
  const store = createAppStore({ runner, storage: createMemoryStorage() });
  return { runner, store };
}

describe('the app store', () => {
  it('starts with the seed article starter program and no trace', () => {
    const { store } = setup();
    const state = store.getState();
    expect(state.code).toBe(STARTER_CODE);
    expect(state.code).toContain('x += 10');
    expect(state.stdin).toBe('');
    expect(state.status).toBe('idle');
    expect(state.result).toBeNull();
    expect(state.cursor).toBe(0);
    expect(state.options).toEqual(DEFAULT_OPTIONS);
  });

  it('sends the code, stdin and step limit to the runner and keeps the result', async () => {
    const { runner, store } = setup();
    store.getState().setCode('print(1)\n');
    store.getState().setStdin('abc\n');
    store.getState().setOption('maxSteps', 500);
    const done = store.getState().run();
    expect(store.getState().status).toBe('running');
    expect(runner.requests).toEqual([{ code: 'print(1)\n', stdin: 'abc\n', maxSteps: 500 }]);
    runner.finish({ kind: 'result', result: makeResult(3) });
    await done;
    const state = store.getState();
    expect(state.status).toBe('done');
    expect(state.result?.steps).toHaveLength(3);
    expect(state.cursor).toBe(0);
    expect(state.stale).toBe(false);
  });

  it('marks a Python error as an error status but keeps the steps', async () => {
    const { runner, store } = setup();
    const done = store.getState().run();
    runner.finish({ kind: 'result', result: makeResult(2, { error: { message: 'NameError: name \'z\' is not defined', line: 2 } }) });
    await done;
    expect(store.getState().status).toBe('error');
    expect(store.getState().result?.steps).toHaveLength(2);
  });

  it('reports an engine failure', async () => {
    const { runner, store } = setup();
    const done = store.getState().run();
    runner.finish({ kind: 'error', message: 'boom' });
    await done;
    expect(store.getState()).toMatchObject({ status: 'error', engineError: 'boom', result: null });
  });

  it('stops a running program and keeps the steps recorded so far, showing the last', async () => {
    const { runner, store } = setup();
    runner.partial = [makeStep(1), makeStep(2), makeStep(1)];
    const done = store.getState().run();
    store.getState().stop();
    await done;
    const state = store.getState();
    expect(runner.stops).toBe(1);
    expect(state.status).toBe('stopped');
    expect(state.result?.steps).toHaveLength(3);
    expect(state.cursor).toBe(2);
  });

  it('ignores Stop when nothing runs', () => {
    const { runner, store } = setup();
    store.getState().stop();
    expect(runner.stops).toBe(0);
    expect(store.getState().status).toBe('idle');
  });

  it('ignores a late answer to a run that a newer one replaced', async () => {
    const { runner, store } = setup();
    const first = store.getState().run();
    store.getState().receiveResult(makeResult(5));
    runner.finish({ kind: 'result', result: makeResult(1) });
    await first;
    expect(store.getState().result?.steps).toHaveLength(5);
  });

  it('moves the cursor within the recording', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().receiveResult(makeResult(4));
    s().stepForward();
    s().stepForward();
    expect(s().cursor).toBe(2);
    s().stepLast();
    expect(s().cursor).toBe(3);
    s().stepForward();
    expect(s().cursor).toBe(3);
    s().stepBack();
    expect(s().cursor).toBe(2);
    s().stepFirst();
    s().stepBack();
    expect(s().cursor).toBe(0);
    s().setCursor(99);
    expect(s().cursor).toBe(3);
    s().setCursor(-5);
    expect(s().cursor).toBe(0);
    s().setCursor(Number.NaN);
    expect(s().cursor).toBe(0);
  });

  it('keeps the cursor at 0 when there is nothing recorded', () => {
    const { store } = setup();
    store.getState().stepForward();
    store.getState().stepLast();
    expect(store.getState().cursor).toBe(0);
  });

  it('marks the trace stale when the code or stdin changes after a run', async () => {
    const { runner, store } = setup();
    store.getState().setCode('a = 1\n');
    expect(store.getState().stale).toBe(false);
    const done = store.getState().run();
    runner.finish({ kind: 'result', result: makeResult(1) });
    await done;
    store.getState().setCode('a = 1\n');
    expect(store.getState().stale).toBe(false);
    store.getState().setCode('a = 2\n');
    expect(store.getState().stale).toBe(true);
    store.getState().clearTrace();
    expect(store.getState()).toMatchObject({ stale: false, result: null, status: 'idle' });
  });

  it('clamps the split ratio', () => {
    const { store } = setup();
    store.getState().setSplitRatio(0.05);
    expect(store.getState().options.splitRatio).toBe(0.2);
    store.getState().setSplitRatio(0.99);
    expect(store.getState().options.splitRatio).toBe(0.8);
    store.getState().setSplitRatio(0.5);
    expect(store.getState().options.splitRatio).toBe(0.5);
  });

  it('puts the starter program back', () => {
    const { store } = setup();
    store.getState().setCode('');
    store.getState().resetCode();
    expect(store.getState().code).toBe(STARTER_CODE);
  });

  it('settles a run before its promise resolves callers', async () => {
    const { runner, store } = setup();
    void store.getState().run();
    runner.finish({ kind: 'result', result: makeResult(1) });
    await flush();
    expect(store.getState().status).toBe('done');
  });
});
