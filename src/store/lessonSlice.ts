import type { StateStorage } from 'zustand/middleware';
import { findLesson, lessonWithCode } from '../share/lessons';
import type { LessonSlice, SliceCreator } from './types';

/** The user's own program, kept aside while lessons are open. */
export interface SavedDraft {
  code: string;
  stdin: string;
}

/** Where the draft is kept aside: in memory for this page, and in storage to survive a reload. */
export interface DraftKeeper {
  load: () => SavedDraft | null;
  save: (draft: SavedDraft) => void;
  clear: () => void;
}

function parseDraft(text: unknown): SavedDraft | null {
  if (typeof text !== 'string') return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { code, stdin } = value as Record<string, unknown>;
    return typeof code === 'string' && typeof stdin === 'string' ? { code, stdin } : null;
  } catch {
    return null;
  }
}

/**
 * A keeper writing to `storage` under `key` (its own key: the autosave's key then holds
 * the lesson). Storage may be missing, refuse, throw or answer asynchronously: the copy
 * in memory still serves this page.
 */
export function createDraftKeeper(storage: StateStorage, key: string): DraftKeeper {
  let memory: SavedDraft | null | undefined;
  const attempt = (action: () => unknown) => {
    try {
      const answer = action();
      if (answer instanceof Promise) answer.catch(() => undefined);
      return answer;
    } catch {
      return undefined;
    }
  };
  return {
    load: () => {
      if (memory === undefined) memory = parseDraft(attempt(() => storage.getItem(key)));
      return memory;
    },
    save: (draft) => {
      memory = { code: draft.code, stdin: draft.stdin };
      attempt(() => storage.setItem(key, JSON.stringify(memory)));
    },
    clear: () => {
      memory = null;
      attempt(() => storage.removeItem(key));
    },
  };
}

/**
 * The lesson slice. Opening a lesson keeps the user's code aside first, unless the
 * editor holds an unedited lesson (then what was kept stays kept). Any change of the
 * code away from the open lesson's closes the lesson quietly.
 */
export function createLessonSlice(drafts: DraftKeeper): SliceCreator<LessonSlice> {
  return (set, get, api) => {
    api.subscribe((state, previous) => {
      if (state.lesson !== null && state.code !== previous.code && state.code !== findLesson(state.lesson)?.code) {
        set({ lesson: null });
      }
    });
    return {
      lesson: null,
      hasSavedDraft: drafts.load() !== null,
      openLesson: async (slug) => {
        const lesson = findLesson(slug);
        if (!lesson) return false;
        const { code, stdin } = get();
        if (get().lesson === null && lessonWithCode(code) === undefined) drafts.save({ code, stdin });
        set((state) => ({
          lesson: slug,
          code: lesson.code,
          stdin: lesson.stdin ?? '',
          hasSavedDraft: drafts.load() !== null,
          stale: state.result !== null,
          selectedObject: null,
        }));
        const running = get().run();
        const runId = get().runId;
        await running;
        if (get().runId !== runId || get().lesson !== slug) return false;
        set({ cursor: 0, playing: false });
        return true;
      },
      closeLesson: () => set((state) => (state.lesson === null ? state : { lesson: null })),
      restoreDraft: () => {
        const draft = drafts.load();
        if (!draft) return false;
        drafts.clear();
        // A lesson still running must not land its steps on the restored code.
        if (get().status === 'running') get().stop();
        set((state) => ({ lesson: null, hasSavedDraft: false, code: draft.code, stdin: draft.stdin, runId: state.runId + 1 }));
        get().clearTrace();
        return true;
      },
    };
  };
}
