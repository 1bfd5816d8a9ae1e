/**
 * Opening a permalink in the store: the code goes in, runs, and the linked step is shown;
 * broken links leave the reader's code alone and say why; the reader's draft is kept
 * aside (its own storage key) and can be put back; storage that throws breaks nothing.
 */
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { DRAFT_ASIDE_KEY, keepDraftAside, readAside } from '../../src/share/draft';
import { LESSONS } from '../../src/share/lessons';
import { encodeLink, LINK_PROBLEMS, parseLink, type Link } from '../../src/share/link';
import { createNoticeStore, type LinkNotice } from '../../src/share/notice';
import { openLink } from '../../src/share/open';
import { createAppStore, createMemoryStorage, STARTER_CODE } from '../../src/store';
import { FakeRunner, flush, makeResult } from '../store/helpers';

function setup(storage: StateStorage = createMemoryStorage()) {
  const runner = new FakeRunner();
  const store = createAppStore({ runner, storage: createMemoryStorage() });
  const notices = createNoticeStore();
  const context = { draftStorage: storage, notices };
  return { runner, store, storage, notices, context, s: () => store.getState(), notice: () => notices.getState().notice };
}

type Setup = ReturnType<typeof setup>;

const codeLink = (code: string, step: number | null = 2, extra: Partial<Link> = {}): Link =>
  ({ kind: 'code', code, stdin: '', step, fold: null, ...extra }) as Link;

/** Opens `link` (as its fragment) and finishes the run with `count` steps. */
async function open(t: Setup, link: Link | string, count = 5) {
  const fragment = typeof link === 'string' ? link : `#${encodeLink(link)}`;
  const opened = openLink(t.store, parseLink(fragment), t.context);
  await flush();
  t.runner.finish({ kind: 'result', result: makeResult(count) });
  return opened;
}

function restore(t: Setup) {
  const notice = t.notice() as Extract<LinkNotice, { kind: 'replaced' }>;
  expect(notice.kind).toBe('replaced');
  notice.restore();
}

describe('opening a link', () => {
  it('puts the code and stdin in, runs them and shows the linked (1-based) step', async () => {
    const t = setup();
    expect(await open(t, codeLink('a = [1]\nb = a\n', 3, { stdin: '7\n' }))).toBe('opened');
    expect(t.runner.requests).toEqual([{ code: 'a = [1]\nb = a\n', stdin: '7\n', maxSteps: expect.any(Number) }]);
    expect(t.s()).toMatchObject({ code: 'a = [1]\nb = a\n', stdin: '7\n', status: 'done', cursor: 2, stale: false });
  });

  it('clamps a step past the end to the last step', async () => {
    const t = setup();
    await open(t, codeLink('a = 1\n', 99), 4);
    expect(t.s().cursor).toBe(3);
  });

  it('sets the fold option when the link has it, and leaves it otherwise', async () => {
    const t = setup();
    await open(t, codeLink('a = 1\n', 1, { fold: true }));
    expect(t.s().options.foldSingletons).toBe(true);
    await open(t, codeLink('a = 2\n', 1, { fold: null }));
    expect(t.s().options.foldSingletons).toBe(true);
    await open(t, codeLink('a = 3\n', 1, { fold: false }));
    expect(t.s().options.foldSingletons).toBe(false);
  });

  it('without a step, shows the code and does not run it; the old run is forgotten', async () => {
    const t = setup();
    t.s().receiveResult(makeResult(3));
    expect(await openLink(t.store, parseLink(`#${encodeLink(codeLink('z = 0\n', null))}`), t.context)).toBe('opened');
    expect(t.runner.requests).toEqual([]);
    expect(t.s()).toMatchObject({ code: 'z = 0\n', status: 'idle', result: null });
  });

  it('a link opened while a run is going stops it, and the old run cannot land on the new code', async () => {
    const t = setup();
    t.s().setCode('while True: pass\n');
    const first = t.s().run();
    const opened = openLink(t.store, parseLink(`#${encodeLink(codeLink('a = 1\n', 2))}`), t.context);
    expect(t.runner.stops).toBe(1);
    await first;
    await flush();
    t.runner.finish({ kind: 'result', result: makeResult(3) });
    await opened;
    expect(t.s()).toMatchObject({ code: 'a = 1\n', status: 'done', cursor: 1 });
  });

  it('a broken link changes nothing and says why, as text', async () => {
    const t = setup();
    t.s().setCode('mine = 1\n');
    const full = `#${encodeLink(codeLink('theirs = 2\n', 1))}`;
    expect(await openLink(t.store, parseLink(full.slice(0, -3)), t.context)).toBe('broken');
    expect(t.notice()).toEqual({ kind: 'broken', message: LINK_PROBLEMS.truncated });
    expect(t.s().code).toBe('mine = 1\n');
    expect(t.runner.requests).toEqual([]);
    expect(await openLink(t.store, parseLink('#v=1&lesson=no-such-lesson'), t.context)).toBe('broken');
    expect(t.notice()).toEqual({ kind: 'broken', message: LINK_PROBLEMS['unknown-lesson'] });
    expect(await openLink(t.store, parseLink('#v=9&code=Q'), t.context)).toBe('broken');
    expect(t.notice()).toEqual({ kind: 'broken', message: LINK_PROBLEMS['newer-version'] });
    expect(t.s().code).toBe('mine = 1\n');
  });

  it('no link, no change', async () => {
    const t = setup();
    expect(await openLink(t.store, parseLink(''), t.context)).toBe('none');
    expect(t.notice()).toBeNull();
  });

  it('a lesson link opens the lesson (run, then the step)', async () => {
    const t = setup();
    const lesson = LESSONS[0]!;
    await open(t, `#v=1&lesson=${lesson.slug}&step=3`);
    expect(t.runner.requests[0]!.code).toBe(lesson.code);
    expect(t.s()).toMatchObject({ code: lesson.code, status: 'done', cursor: 2 });
  });
});

describe("the reader's draft", () => {
  it('is kept aside under its own key, and the notice puts it back', async () => {
    const t = setup();
    t.s().setCode('my_work = [1, 2]\n');
    t.s().setStdin('42\n');
    await open(t, codeLink('theirs = 1\n'));
    expect(t.s().code).toBe('theirs = 1\n');
    expect(JSON.parse(t.storage.getItem(DRAFT_ASIDE_KEY) as string).draft).toEqual({ code: 'my_work = [1, 2]\n', stdin: '42\n' });
    restore(t);
    expect(t.s()).toMatchObject({ code: 'my_work = [1, 2]\n', stdin: '42\n', result: null, status: 'idle' });
    expect(t.storage.getItem(DRAFT_ASIDE_KEY)).toBeNull();
    expect(t.notice()).toEqual({ kind: 'info', message: 'Your draft is back in the editor.' });
  });

  it('a lesson link keeps it through the lessons slice, and the notice puts it back', async () => {
    const t = setup();
    t.s().setCode('my_work = 1\n');
    await open(t, `#v=1&lesson=${LESSONS[1]!.slug}`);
    expect(t.s().code).toBe(LESSONS[1]!.code);
    restore(t);
    expect(t.s()).toMatchObject({ code: 'my_work = 1\n', lesson: null, result: null });
  });

  it('survives a second link opened before any edit', async () => {
    const t = setup();
    t.s().setCode('my_work = 1\n');
    await open(t, codeLink('first = 1\n'));
    await open(t, codeLink('second = 2\n'));
    expect(t.s().code).toBe('second = 2\n');
    restore(t);
    expect(t.s().code).toBe('my_work = 1\n');
  });

  it('after editing the link, the edit is the draft kept aside by the next link', async () => {
    const t = setup();
    t.s().setCode('my_work = 1\n');
    await open(t, codeLink('first = 1\n'));
    t.s().setCode('first = 1\nedited = True\n');
    await open(t, codeLink('second = 2\n'));
    restore(t);
    expect(t.s().code).toBe('first = 1\nedited = True\n');
  });

  it('is not offered when there is none: the starter program, or the same code as the link', async () => {
    const t = setup();
    expect(t.s().code).toBe(STARTER_CODE);
    await open(t, codeLink('theirs = 1\n'));
    expect(t.notice()).toBeNull();
    await open(t, codeLink('theirs = 1\n'));
    expect(t.notice()).toBeNull();
    expect(t.storage.getItem(DRAFT_ASIDE_KEY)).toBeNull();
  });

  it('the embed keeps nothing (no storage given)', async () => {
    const t = setup();
    t.s().setCode('my_work = 1\n');
    const opened = openLink(t.store, parseLink(`#${encodeLink(codeLink('theirs = 1\n'))}`), { draftStorage: null, notices: t.notices });
    await flush();
    t.runner.finish({ kind: 'result', result: makeResult(3) });
    await opened;
    expect(t.notice()).toBeNull();
    expect(t.s().code).toBe('theirs = 1\n');
  });

  it('full or disabled storage breaks nothing: the draft is still offered for this visit', async () => {
    const refusing: StateStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const t = setup(refusing);
    t.s().setCode('my_work = 1\n');
    await open(t, codeLink('theirs = 1\n'));
    expect(t.s().code).toBe('theirs = 1\n');
    restore(t);
    expect(t.s().code).toBe('my_work = 1\n');
  });
});

describe('keepDraftAside', () => {
  it('reads nothing from malformed data', () => {
    const storage = createMemoryStorage();
    storage.setItem(DRAFT_ASIDE_KEY, '{not json');
    expect(readAside(storage)).toBeNull();
    storage.setItem(DRAFT_ASIDE_KEY, JSON.stringify({ draft: { code: 1 }, replacedBy: { code: '', stdin: '' } }));
    expect(readAside(storage)).toBeNull();
    const a = { code: 'a\n', stdin: '' };
    const b = { code: 'b\n', stdin: '' };
    expect(keepDraftAside(storage, a, b)).toEqual(a);
    expect(readAside(storage)).toEqual({ draft: a, replacedBy: b });
  });

  it('a link back to the draft kept aside offers nothing', () => {
    const storage = createMemoryStorage();
    const a = { code: 'a\n', stdin: '' };
    const b = { code: 'b\n', stdin: '' };
    keepDraftAside(storage, a, b);
    expect(keepDraftAside(storage, b, a)).toBeNull();
  });
});
