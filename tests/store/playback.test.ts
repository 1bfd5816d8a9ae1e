import { describe, expect, it } from 'vitest';
import {
  clampSpeed,
  createAppStore,
  createMemoryStorage,
  DEFAULT_OPTIONS,
  PERSIST_VERSION,
  PLAYBACK_SPEEDS,
  selectPlayback,
  STORAGE_KEY,
} from '../../src/store';
import { FakeRunner, makeResult } from './helpers';

function setup(count: number | null = 4) {
  const runner = new FakeRunner();
  const storage = createMemoryStorage();
  const store = createAppStore({ runner, storage });
  if (count !== null) store.getState().receiveResult(makeResult(count));
  return { runner, storage, store, s: () => store.getState() };
}

describe('playback', () => {
  it('is paused at first, at a speed offered in the menu', () => {
    const { s } = setup();
    expect(s().playing).toBe(false);
    expect(PLAYBACK_SPEEDS).toContain(s().options.speed);
    expect(selectPlayback(s())).toEqual({ playing: false, speed: DEFAULT_OPTIONS.speed, canPlay: true });
  });

  it('advances one step per tick and pauses on the last step', () => {
    const { s } = setup(3);
    s().play();
    expect(s().playing).toBe(true);
    s().tick();
    expect(s()).toMatchObject({ cursor: 1, playing: true });
    s().tick();
    expect(s()).toMatchObject({ cursor: 2, playing: false });
    s().tick();
    expect(s().cursor).toBe(2);
  });

  it('ignores ticks while paused', () => {
    const { s } = setup();
    s().tick();
    expect(s().cursor).toBe(0);
  });

  it('plays from the start again when the last step is shown', () => {
    const { s } = setup(3);
    s().stepLast();
    s().play();
    expect(s()).toMatchObject({ cursor: 0, playing: true });
  });

  it('does not play with fewer than two steps', () => {
    for (const count of [null, 0, 1]) {
      const { s } = setup(count);
      s().play();
      expect(s().playing).toBe(false);
      expect(selectPlayback(s()).canPlay).toBe(false);
    }
  });

  it('toggles between playing and paused', () => {
    const { s } = setup();
    s().togglePlay();
    expect(s().playing).toBe(true);
    s().togglePlay();
    expect(s().playing).toBe(false);
    s().pause();
    expect(s().playing).toBe(false);
  });

  it('pauses when a step button moves the cursor, even when it cannot move', () => {
    for (const move of ['stepForward', 'stepBack', 'stepFirst', 'stepLast'] as const) {
      const { s } = setup(5);
      s().setCursor(2);
      s().play();
      s()[move]();
      expect(s().playing).toBe(false);
    }
    const { s } = setup(5);
    s().play();
    s().stepFirst(); // already there
    expect(s().playing).toBe(false);
  });

  it('keeps playing while the slider is dragged', () => {
    const { s } = setup(10);
    s().play();
    s().setCursor(5);
    expect(s()).toMatchObject({ cursor: 5, playing: true });
    s().setCursor(9);
    s().tick();
    expect(s()).toMatchObject({ cursor: 9, playing: false });
  });

  it('pauses for a new run, a new result and a cleared trace', async () => {
    const { runner, s } = setup();
    s().play();
    const done = s().run();
    expect(s().playing).toBe(false);
    runner.finish({ kind: 'result', result: makeResult(3) });
    await done;
    s().play();
    s().receiveResult(makeResult(3));
    expect(s().playing).toBe(false);
    s().play();
    s().clearTrace();
    expect(s().playing).toBe(false);
  });

  it('sets the speed to the nearest offered one', () => {
    const { s } = setup();
    s().setSpeed(10);
    expect(s().options.speed).toBe(10);
    s().setSpeed(26);
    expect(s().options.speed).toBe(30);
    s().setSpeed(0);
    expect(s().options.speed).toBe(1);
    s().setSpeed(1e9);
    expect(s().options.speed).toBe(30);
    s().setSpeed(Number.NaN);
    expect(s().options.speed).toBe(DEFAULT_OPTIONS.speed);
    expect(clampSpeed(4)).toBe(5);
  });
});

describe('the saved speed', () => {
  it('is saved with the options and comes back after a reload', () => {
    const { storage, s } = setup();
    s().setSpeed(30);
    const saved = JSON.parse(String(storage.getItem(STORAGE_KEY)));
    expect(saved.version).toBe(PERSIST_VERSION);
    expect(saved.state.options.speed).toBe(30);
    const again = createAppStore({ runner: new FakeRunner(), storage });
    expect(again.getState().options.speed).toBe(30);
    expect(again.getState().playing).toBe(false);
  });

  it('takes the default when options saved by version 1 have none', () => {
    const storage = createMemoryStorage();
    const v1 = { code: 'a = 1\n', stdin: '', options: { theme: 'dark', splitRatio: 0.5, maxSteps: 100, foldSingletons: true } };
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, state: v1 }));
    const store = createAppStore({ runner: new FakeRunner(), storage });
    expect(store.getState().options).toEqual({ ...v1.options, speed: DEFAULT_OPTIONS.speed });
    expect(store.getState().code).toBe('a = 1\n');
  });

  it('falls back to the default when the saved speed is not one offered', () => {
    for (const speed of [3, -1, '5', null]) {
      const storage = createMemoryStorage();
      storage.setItem(STORAGE_KEY, JSON.stringify({ version: PERSIST_VERSION, state: { options: { ...DEFAULT_OPTIONS, speed } } }));
      expect(createAppStore({ runner: new FakeRunner(), storage }).getState().options.speed).toBe(DEFAULT_OPTIONS.speed);
    }
  });
});
