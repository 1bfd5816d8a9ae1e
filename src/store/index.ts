/** The application store: slices, persistence, selectors and React bindings. */
export { createAppStore, type AppStore, type AppStoreOptions } from './createAppStore';
export { StoreProvider, useAppStore, useStoreApi } from './context';
export { useActions, useCurrentStep, useGcView, usePlaybackView, useRunControls, useSelection, useTimeline } from './hooks';
export * from './selectors';
export { STARTER_CODE } from './starter';
export { createMemoryStorage, browserStorage } from './storage';
export { DEFAULT_OPTIONS, PLAYBACK_SPEEDS, SPLIT_LIMITS, clampSpeed, clampSplitRatio } from './optionsSlice';
export { findCreated, findFreed, findLine, objectAt } from './search';
export { PERSIST_VERSION, STORAGE_KEY, migratePersisted, sanitizePersisted } from './persist';
export { createDraftKeeper, type DraftKeeper, type SavedDraft } from './lessonSlice';
export type * from './types';
