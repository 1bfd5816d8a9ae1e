import { clampSplitRatio, DEFAULT_OPTIONS, PLAYBACK_SPEEDS } from './optionsSlice';
import type { AppState, Options, ThemeChoice } from './types';

/** The localStorage key of the autosaved draft. */
export const STORAGE_KEY = 'memory-lane';

/**
 * The version of the saved shape; bump it and extend `migratePersisted` when it changes.
 * 1: the first; 2: the options gained the playback `speed`.
 */
export const PERSIST_VERSION = 2;

/** What is saved in the browser: the draft and the options, never the trace. */
export interface PersistedState {
  code: string;
  stdin: string;
  options: Options;
}

/** Picks the saved part of the state. */
export function partialize(state: AppState): PersistedState {
  return { code: state.code, stdin: state.stdin, options: state.options };
}

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const MAX_SAVED_CODE = 1_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps only well-formed options from saved data; anything else falls back to defaults. */
export function sanitizeOptions(value: unknown): Options {
  const saved = isRecord(value) ? value : {};
  const theme = THEMES.includes(saved.theme as ThemeChoice) ? (saved.theme as ThemeChoice) : DEFAULT_OPTIONS.theme;
  const splitRatio = typeof saved.splitRatio === 'number' ? clampSplitRatio(saved.splitRatio) : DEFAULT_OPTIONS.splitRatio;
  const maxSteps =
    typeof saved.maxSteps === 'number' && Number.isInteger(saved.maxSteps) && saved.maxSteps > 0
      ? saved.maxSteps
      : DEFAULT_OPTIONS.maxSteps;
  const foldSingletons = typeof saved.foldSingletons === 'boolean' ? saved.foldSingletons : DEFAULT_OPTIONS.foldSingletons;
  const speed = typeof saved.speed === 'number' && PLAYBACK_SPEEDS.includes(saved.speed) ? saved.speed : DEFAULT_OPTIONS.speed;
  return { theme, splitRatio, maxSteps, foldSingletons, speed };
}

/** Keeps only the well-formed fields of saved data (a draft too large to be real is dropped). */
export function sanitizePersisted(value: unknown): Partial<PersistedState> {
  if (!isRecord(value)) return {};
  const out: Partial<PersistedState> = { options: sanitizeOptions(value.options) };
  if (typeof value.code === 'string' && value.code.length <= MAX_SAVED_CODE) out.code = value.code;
  if (typeof value.stdin === 'string' && value.stdin.length <= MAX_SAVED_CODE) out.stdin = value.stdin;
  return out;
}

/**
 * Brings data saved by another version of the app to the current shape. From version 1
 * the options gain the default playback `speed`; for any version the draft (`code`,
 * `stdin`) is kept when it is text and the options are rebuilt from what is still
 * valid (missing ones take their defaults), so an update never loses work.
 */
export function migratePersisted(persisted: unknown, version: number): Partial<PersistedState> {
  if (version <= 1 && isRecord(persisted) && isRecord(persisted.options)) {
    persisted = { ...persisted, options: { ...persisted.options, speed: DEFAULT_OPTIONS.speed } };
  }
  return sanitizePersisted(persisted);
}

/** Merges saved data into the fresh state, field by field, after checking it. */
export function mergePersisted(persisted: unknown, current: AppState): AppState {
  return { ...current, ...sanitizePersisted(persisted) };
}
