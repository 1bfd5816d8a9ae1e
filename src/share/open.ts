/**
 * Opening a permalink in a store: the link's program goes into the editor, runs in the
 * engine (a Web Worker, which cannot reach the page) and the linked step is shown. A
 * broken link leaves the reader's code as it is and says why. In the playground the
 * reader's draft is first kept aside (see draft.ts) and the notice offers it back.
 */
import type { StateStorage } from 'zustand/middleware';
import { STARTER_CODE, type AppStore } from '../store';
import { clearAside, keepDraftAside, type Draft } from './draft';
import { LINK_PROBLEMS, type Link, type ParsedLink } from './link';
import { findLesson, lessonWithCode } from './lessons';
import type { NoticeStore } from './notice';

/** What opening a link needs besides the store. */
export interface OpenContext {
  /** Where the draft is kept aside; null in the embed view (a viewer keeps nothing). */
  draftStorage: StateStorage | null;
  /** Where the notice goes. */
  notices: NoticeStore;
  /** Run a program even when its link names no step (the embed, which has no Run button), showing step 1. */
  alwaysRun?: boolean;
}

/** What opening a fragment did. */
export type OpenOutcome = 'none' | 'broken' | 'opened';

/** The program a link names, or null for a lesson that does not exist. */
export function programOf(link: Link): Draft | null {
  if (link.kind === 'code') return { code: link.code, stdin: link.stdin };
  const lesson = findLesson(link.slug);
  return lesson ? { code: lesson.code, stdin: lesson.stdin ?? '' } : null;
}

/** A saved program not worth keeping aside: the starter, or a lesson never edited (the lessons keep the draft before it). */
function isDisposable(draft: Draft): boolean {
  if (draft.code === STARTER_CODE && draft.stdin === '') return true;
  const lesson = lessonWithCode(draft.code);
  return lesson !== undefined && (lesson.stdin ?? '') === draft.stdin;
}

/** Puts `program` in the editor in place of whatever ran before (a run still going is stopped). */
function replaceProgram(store: AppStore, program: Draft): void {
  const state = store.getState();
  if (state.status === 'running') state.stop();
  // A new run id: a late answer from an older run must not land on the new code.
  store.setState((s) => ({ code: program.code, stdin: program.stdin, runId: s.runId + 1, selectedObject: null }));
  store.getState().clearTrace();
}

/** Runs the program in the store and shows the 1-based `step` (clamped to the recording). */
async function runToStep(store: AppStore, step: number | null): Promise<void> {
  const run = store.getState().run();
  const runId = store.getState().runId;
  await run;
  if (store.getState().runId !== runId) return;
  store.getState().setCursor(step === null ? 0 : step - 1);
}

/**
 * Opens `parsed` in `store`. Resolves once the linked step is shown (after the run).
 * Nothing from the link is ever treated as markup: the code and the notice are text.
 */
export async function openLink(store: AppStore, parsed: ParsedLink, context: OpenContext): Promise<OpenOutcome> {
  const { notices, draftStorage } = context;
  if (parsed.kind === 'none') return 'none';
  if (parsed.kind === 'broken') {
    notices.getState().show({ kind: 'broken', message: LINK_PROBLEMS[parsed.problem] });
    return 'broken';
  }
  const link = parsed.link;
  const program = programOf(link);
  if (!program) {
    notices.getState().show({ kind: 'broken', message: LINK_PROBLEMS['unknown-lesson'] });
    return 'broken';
  }
  notices.getState().dismiss();
  if (link.fold !== null) store.getState().setOption('foldSingletons', link.fold);
  const { code, stdin } = store.getState();
  const saved = { code, stdin };
  const worthKeeping = draftStorage !== null && !isDisposable(saved);
  if (link.kind === 'lesson') {
    // The lessons slice keeps the draft aside itself (its own key), and puts it back with restoreDraft.
    const opened = store.getState().openLesson(link.slug);
    if (worthKeeping && store.getState().hasSavedDraft) offerRestore(notices, link, () => store.getState().restoreDraft());
    if (await opened) store.getState().setCursor((link.step ?? 1) - 1);
    return 'opened';
  }
  const kept = worthKeeping ? keepDraftAside(draftStorage, saved, program, isDisposable) : null;
  if (kept && draftStorage) offerRestore(notices, link, () => restoreDraft(store, kept, draftStorage));
  replaceProgram(store, program);
  // The program runs when the link names a step (or always, in the embed).
  if (link.step !== null || context.alwaysRun) await runToStep(store, link.step);
  return 'opened';
}

function offerRestore(notices: NoticeStore, link: Link, restore: () => void): void {
  notices.getState().show({
    kind: 'replaced',
    message: link.kind === 'lesson' ? 'The lesson from the link replaced your code in the editor.' : "The link's code replaced your code in the editor.",
    restore: () => {
      restore();
      notices.getState().show({ kind: 'info', message: 'Your draft is back in the editor.' });
    },
  });
}

/** Puts `draft` back in the editor and forgets the link's run and the aside copy. */
export function restoreDraft(store: AppStore, draft: Draft, storage: StateStorage): void {
  replaceProgram(store, draft);
  clearAside(storage);
}
