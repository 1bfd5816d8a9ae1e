import { DEFAULT_MAX_STEPS } from '../trace/protocol';
import type { Options, OptionsSlice, SliceCreator } from './types';

/** The smallest and largest share of the width the editor may take. */
export const SPLIT_LIMITS = { min: 0.2, max: 0.8 } as const;

/** The playback speeds offered, in steps per second. */
export const PLAYBACK_SPEEDS: readonly number[] = [1, 2, 5, 10, 30];

/** The nearest offered playback speed to `stepsPerSecond` (anything not a number gives the default). */
export function clampSpeed(stepsPerSecond: number): number {
  if (!Number.isFinite(stepsPerSecond)) return DEFAULT_OPTIONS.speed;
  let best = PLAYBACK_SPEEDS[0]!;
  for (const s of PLAYBACK_SPEEDS) if (Math.abs(s - stepsPerSecond) < Math.abs(best - stepsPerSecond)) best = s;
  return best;
}

/** The options a first visit starts with. */
export const DEFAULT_OPTIONS: Options = {
  theme: 'system',
  splitRatio: 0.42,
  maxSteps: DEFAULT_MAX_STEPS,
  foldSingletons: false,
  speed: 2,
};

/** Clamps a split ratio to the allowed range (NaN gives the default). */
export function clampSplitRatio(ratio: number): number {
  if (!Number.isFinite(ratio)) return DEFAULT_OPTIONS.splitRatio;
  return Math.min(SPLIT_LIMITS.max, Math.max(SPLIT_LIMITS.min, ratio));
}

/** The options slice: theme, split, step limit and drawing options. */
export const createOptionsSlice: SliceCreator<OptionsSlice> = (set) => ({
  options: DEFAULT_OPTIONS,
  setOption: (key, value) => set((state) => ({ options: { ...state.options, [key]: value } })),
  setSplitRatio: (ratio) =>
    set((state) => ({ options: { ...state.options, splitRatio: clampSplitRatio(ratio) } })),
});
