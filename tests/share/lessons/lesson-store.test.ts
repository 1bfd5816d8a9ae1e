/**
 * The store's lesson slice: opening a lesson (code, stdin, run, step 0, a promise that
 * settles after the run), keeping the user's draft aside and bringing it back, closing
 * the lesson when its code is edited, and storage that refuses to work.
 */
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { LESSONS } from '../../../src/share/lessons';
import { createAppStore, createDraftKeeper, createMemoryStorage, STARTER_CODE } from '../../../src/store';
import { FakeRunner, flush, makeResult } from '../../store/helpers';

const [first, second] = LESSONS as [(typeof LESSONS)[number], (typeof LESSONS)[number]];
const DRAFT_KEY = 'memory-lane-draft';

function setup(storage: StateStorage = createMemoryStorage()) {
  const runner = new FakeRunner();
  const store = createAppStore({ runner, storage });
  return { runner, store, storage, s: () => store.getState() };
}

/** Opens `slug` and lets the fake runner finish its run with `count` steps. */
async function open(t: ReturnType<typeof setup>, slug: string, count = 4): Promise<boolean> {
  const opened = t.s().openLesson(slug);
  t.runner.finish({ kind: 'result', result: makeResult(count) });
  return opened;
}

describe('the lesson slice', () => {
  it('refuses an unknown slug and changes nothing', async () => {
    const t = setup();
    t.s().setCode('mine = 1\n');
    expect(await t.s().openLesson('no-such-lesson')).toBe(false);
    expect(t.s()).toMatchObject({ lesson: null, code: 'mine = 1\n', status: 'idle', hasSavedDraft: false });
    expect(t.runner.requests).toEqual([]);
  });

  it('puts the lesson in, runs it and resolves only after the run, at step 0', async () => {
    const t = setup();
    t.s().setStdin('typed input\n');
    let settled = false;
    const opened = t.s().openLesson(first.slug).then((ok) => ((settled = true), ok));
    expect(t.s()).toMatchObject({ lesson: first.slug, code: first.code, stdin: '', status: 'running' });
    expect(t.runner.requests).toEqual([{ code: first.code, stdin: '', maxSteps: expect.any(Number) }]);
    await flush();
    expect(settled).toBe(false);
    t.runner.finish({ kind: 'result', result: makeResult(5) });
    expect(await opened).toBe(true);
    expect(t.s()).toMatchObject({ lesson: first.slug, status: 'done', cursor: 0, stale: false });
  });

  it('keeps the draft aside (in its own storage key) and brings it back', async () => {
    const t = setup();
    t.s().setCode('my_work = [1, 2]\n');
    t.s().setStdin('42\n');
    await open(t, first.slug);
    expect(t.s().hasSavedDraft).toBe(true);
    expect(JSON.parse((await t.storage.getItem(DRAFT_KEY)) as string)).toEqual({ code: 'my_work = [1, 2]\n', stdin: '42\n' });
    // A second lesson keeps the draft kept, not the first lesson's code.
    await open(t, second.slug);
    expect(t.s().code).toBe(second.code);
    expect(t.s().restoreDraft()).toBe(true);
    expect(t.s()).toMatchObject({ lesson: null, code: 'my_work = [1, 2]\n', stdin: '42\n', hasSavedDraft: false, result: null, status: 'idle' });
    expect(await t.storage.getItem(DRAFT_KEY)).toBeNull();
    expect(t.s().restoreDraft()).toBe(false);
  });

  it('closes the lesson quietly when its code is edited, and not when the same code is set again', async () => {
    const t = setup();
    await open(t, first.slug);
    t.s().setCode(first.code);
    expect(t.s().lesson).toBe(first.slug);
    t.s().setCode(first.code + 'print("mine")\n');
    expect(t.s().lesson).toBeNull();
    expect(t.s().code).toBe(first.code + 'print("mine")\n');
    // The draft kept earlier is still there to go back to.
    expect(t.s().hasSavedDraft).toBe(true);
    t.s().closeLesson();
    expect(t.s().lesson).toBeNull();
  });

  it('after a reload, still offers the draft and does not overwrite it with the lesson left in the editor', async () => {
    const storage = createMemoryStorage();
    const before = setup(storage);
    before.s().setCode('draft_before_reload = 1\n');
    await open(before, first.slug);
    const after = setup(storage);
    expect(after.s()).toMatchObject({ code: first.code, lesson: null, hasSavedDraft: true });
    await open(after, second.slug);
    expect(after.s().restoreDraft()).toBe(true);
    expect(after.s().code).toBe('draft_before_reload = 1\n');
  });

  it('answers false when another run replaced the lesson before it finished', async () => {
    const t = setup();
    const opened = t.s().openLesson(first.slug);
    // The worker client settles the older run as stopped when a newer one starts.
    t.runner.finish({ kind: 'stopped', steps: [] });
    const again = t.s().openLesson(second.slug);
    t.runner.finish({ kind: 'result', result: makeResult(3) });
    expect(await opened).toBe(false);
    expect(await again).toBe(true);
    expect(t.s().lesson).toBe(second.slug);
  });

  it('drops a lesson run still going when the draft comes back', async () => {
    const t = setup();
    t.s().setCode('mine = 2\n');
    const opened = t.s().openLesson(first.slug);
    expect(t.s().restoreDraft()).toBe(true);
    expect(t.runner.stops).toBe(1);
    expect(await opened).toBe(false);
    expect(t.s()).toMatchObject({ code: 'mine = 2\n', result: null, status: 'idle', lesson: null });
  });

  it('works without storage: a storage that throws keeps the draft for the page', async () => {
    const denied = () => {
      throw new Error('denied');
    };
    const keeper = createDraftKeeper({ getItem: denied, setItem: denied, removeItem: denied }, DRAFT_KEY);
    expect(keeper.load()).toBeNull();
    keeper.save({ code: 'kept = 1\n', stdin: '' });
    expect(keeper.load()).toEqual({ code: 'kept = 1\n', stdin: '' });
    keeper.clear();
    expect(keeper.load()).toBeNull();
    // The store with a storage that refuses only the draft's key (the autosave has its own guard).
    const memory = createMemoryStorage();
    const t = setup({
      getItem: (name) => (name === DRAFT_KEY ? denied() : memory.getItem(name)),
      setItem: (name, value) => (name === DRAFT_KEY ? denied() : memory.setItem(name, value)),
      removeItem: (name) => (name === DRAFT_KEY ? denied() : memory.removeItem(name)),
    });
    expect(t.s().code).toBe(STARTER_CODE);
    await open(t, first.slug);
    expect(t.s().hasSavedDraft).toBe(true);
    expect(t.s().restoreDraft()).toBe(true);
    expect(t.s().code).toBe(STARTER_CODE);
  });

  it('ignores a kept draft that is not well formed', () => {
    for (const text of ['not json', '{"code": 1, "stdin": ""}', 'null', '[]']) {
      const storage = createMemoryStorage();
      void storage.setItem(DRAFT_KEY, text);
      expect(createDraftKeeper(storage, DRAFT_KEY).load(), text).toBeNull();
    }
  });
});
