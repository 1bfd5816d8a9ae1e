import { clampSpeed } from './optionsSlice';
import type { AppState, PlaybackSlice, SliceCreator } from './types';

/** The number of steps in the state's recording. */
const countOf = (state: AppState) => state.result?.steps.length ?? 0;

/**
 * The playback slice: plays the steps one after another. It keeps no timer: the UI's
 * `usePlayback` calls `tick` every 1/speed seconds while `playing` is true, so the
 * store stays synchronous and testable.
 */
export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => ({
  playing: false,
  play: () =>
    set((state) => {
      const count = countOf(state);
      if (state.playing || count < 2) return state;
      // Play from the start again when the last step is shown.
      return state.cursor >= count - 1 ? { playing: true, cursor: 0 } : { playing: true };
    }),
  pause: () => set((state) => (state.playing ? { playing: false } : state)),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  tick: () =>
    set((state) => {
      if (!state.playing) return state;
      const last = countOf(state) - 1;
      if (state.cursor >= last) return { playing: false };
      const cursor = state.cursor + 1;
      return { cursor, playing: cursor < last };
    }),
  setSpeed: (stepsPerSecond) =>
    set((state) => {
      const speed = clampSpeed(stepsPerSecond);
      return speed === state.options.speed ? state : { options: { ...state.options, speed } };
    }),
});
