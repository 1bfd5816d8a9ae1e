import { describe, expect, it } from 'vitest';
import {
  createAppStore,
  createMemoryStorage,
  DEFAULT_OPTIONS,
  migratePersisted,
  PERSIST_VERSION,
  sanitizePersisted,
  STARTER_CODE,
  STORAGE_KEY,
} from '../../src/store';
import { FakeRunner, makeResult } from './helpers';

describe('autosave', () => {
  it('saves the code, stdin and options, versioned, but never the trace', () => {
    const storage = createMemoryStorage();
    const store = createAppStore({ runner: new FakeRunner(), storage });
    store.getState().setCode('a = [1]\n');
    store.getState().setStdin('7\n');
    store.getState().setOption('theme', 'dark');
    store.getState().receiveResult(makeResult(3));
    const saved = JSON.parse(String(storage.getItem(STORAGE_KEY)));
    expect(saved.version).toBe(PERSIST_VERSION);
    expect(saved.state).toEqual({ code: 'a = [1]\n', stdin: '7\n', options: { ...DEFAULT_OPTIONS, theme: 'dark' } });
  });

  it('brings the draft back in a new store (a reload)', () => {
    const storage = createMemoryStorage();
    const first = createAppStore({ runner: new FakeRunner(), storage });
    first.getState().setCode('b = 2\n');
    first.getState().setSplitRatio(0.6);
    const second = createAppStore({ runner: new FakeRunner(), storage });
    expect(second.getState().code).toBe('b = 2\n');
    expect(second.getState().options.splitRatio).toBe(0.6);
    expect(second.getState().result).toBeNull();
  });

  it('keeps the draft of data saved by another version', () => {
    const storage = createMemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 0, state: { code: 'old = 1\n', stdin: 'in\n', layout: 'wide' } }));
    const store = createAppStore({ runner: new FakeRunner(), storage });
    expect(store.getState().code).toBe('old = 1\n');
    expect(store.getState().stdin).toBe('in\n');
    expect(store.getState().options).toEqual(DEFAULT_OPTIONS);
  });

  it('ignores saved data that is not well formed', () => {
    const storage = createMemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: PERSIST_VERSION, state: { code: 42, stdin: null, options: { theme: 'neon', splitRatio: 7, maxSteps: -1, foldSingletons: 'yes' } } }),
    );
    const store = createAppStore({ runner: new FakeRunner(), storage });
    expect(store.getState().code).toBe(STARTER_CODE);
    expect(store.getState().stdin).toBe('');
    expect(store.getState().options).toEqual({ ...DEFAULT_OPTIONS, splitRatio: 0.8 });
  });

  it('survives unreadable JSON in storage', () => {
    const storage = createMemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    expect(() => createAppStore({ runner: new FakeRunner(), storage })).not.toThrow();
  });

  it('migrates and sanitizes without throwing on anything', () => {
    for (const value of [null, undefined, 3, 'x', [], { code: ['a'] }, { options: 'dark' }]) {
      expect(() => migratePersisted(value, 0)).not.toThrow();
      expect(() => sanitizePersisted(value)).not.toThrow();
    }
    expect(migratePersisted({ code: 'k = 1' }, 0)).toEqual({ code: 'k = 1', options: DEFAULT_OPTIONS });
  });
});
