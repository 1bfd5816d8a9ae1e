import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { TraceRunner } from '../trace/client';
import { createCodeSlice } from './codeSlice';
import { createDraftKeeper, createLessonSlice } from './lessonSlice';
import { createOptionsSlice } from './optionsSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createSelectionSlice } from './selectionSlice';
import { mergePersisted, migratePersisted, partialize, PERSIST_VERSION, STORAGE_KEY } from './persist';
import { browserStorage } from './storage';
import { createTraceSlice } from './traceSlice';
import type { AppState } from './types';

/** What the store needs from outside. */
export interface AppStoreOptions {
  /** Runs programs (the worker client in the page, a fake in tests). */
  runner: TraceRunner;
  /** Where the draft is saved; the browser's localStorage by default. */
  storage?: StateStorage;
  /** The storage key; `memory-lane` by default (the draft kept aside by a lesson goes under KEY-draft). */
  storageKey?: string;
}

/**
 * Creates the application store: the code, trace, playback, selection, options and
 * lesson slices, with the draft and options autosaved (versioned, with a migration for older saved data).
 */
export function createAppStore({ runner, storage, storageKey = STORAGE_KEY }: AppStoreOptions) {
  return createStore<AppState>()(
    persist(
      (...args) => ({
        ...createCodeSlice(...args),
        ...createTraceSlice(runner)(...args),
        ...createPlaybackSlice(...args),
        ...createSelectionSlice(...args),
        ...createOptionsSlice(...args),
        ...createLessonSlice(createDraftKeeper(storage ?? browserStorage(), `${storageKey}-draft`))(...args),
      }),
      {
        name: storageKey,
        version: PERSIST_VERSION,
        storage: createJSONStorage(() => storage ?? browserStorage()),
        partialize,
        migrate: migratePersisted,
        merge: mergePersisted,
      },
    ),
  );
}

/** The store returned by `createAppStore` (a vanilla Zustand store with persist). */
export type AppStore = ReturnType<typeof createAppStore>;
