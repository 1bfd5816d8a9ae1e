/** The application store: slices, persistence, selectors and React bindings. */
export { createAppStore, type AppStore, type AppStoreOptions } from './createAppStore';
export { StoreProvider, useAppStore, useStoreApi } from './context';
export { useActions, useRunControls, useTimeline } from './hooks';
export * from './selectors';
export { STARTER_CODE } from './starter';
export { createMemoryStorage, browserStorage } from './storage';
export { DEFAULT_OPTIONS, SPLIT_LIMITS, clampSplitRatio } from './optionsSlice';
export { PERSIST_VERSION, STORAGE_KEY, migratePersisted, sanitizePersisted } from './persist';
export type * from './types';
