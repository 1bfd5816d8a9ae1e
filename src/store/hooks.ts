import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './context';
import {
  selectGc,
  selectPlayback,
  selectRunControls,
  selectSelection,
  selectTimeline,
  type GcView,
  type PlaybackView,
  type SelectionView,
  type TimelineView,
} from './selectors';
import type { TraceStep } from '../trace/protocol';
import type { AppState, RunStatus } from './types';

/**
 * The step under the cursor, or null when nothing is recorded. The step is rebuilt
 * while rendering, not in a selector: the store's listeners (a Stop, a step move) stay
 * quick, and a recording keeps its last few steps, so the panels share one rebuild.
 */
export function useCurrentStep(): TraceStep | null {
  const { result, cursor } = useAppStore(useShallow((s: AppState) => ({ result: s.result, cursor: s.cursor })));
  return result?.steps.at(cursor) ?? null;
}

/** The timeline's state (cursor, count, ends), re-rendering only when one of them changes. */
export function useTimeline(): TimelineView {
  return useAppStore(useShallow(selectTimeline));
}

/** The run controls' state. */
export function useRunControls(): { status: RunStatus; running: boolean; stale: boolean } {
  return useAppStore(useShallow(selectRunControls));
}

/** The playback's state (playing, speed, whether there is anything to play). */
export function usePlaybackView(): PlaybackView {
  return useAppStore(useShallow(selectPlayback));
}

/** The picked object as seen at the shown step, or null when nothing is picked. */
export function useSelection(): SelectionView | null {
  return useAppStore(useShallow(selectSelection));
}

/** The collector's state at the shown step, or null when no step is shown. */
export function useGcView(): GcView | null {
  return useAppStore(useShallow(selectGc));
}

const selectActions = (state: AppState) => ({
  run: state.run,
  stop: state.stop,
  setCursor: state.setCursor,
  stepFirst: state.stepFirst,
  stepBack: state.stepBack,
  stepForward: state.stepForward,
  stepLast: state.stepLast,
  jumpToLine: state.jumpToLine,
  play: state.play,
  pause: state.pause,
  togglePlay: state.togglePlay,
  setSpeed: state.setSpeed,
  selectObject: state.selectObject,
  jumpToCreated: state.jumpToCreated,
  jumpToFreed: state.jumpToFreed,
  setCode: state.setCode,
  setStdin: state.setStdin,
  setOption: state.setOption,
  setSplitRatio: state.setSplitRatio,
});

/** The store's actions (stable functions). */
export function useActions(): ReturnType<typeof selectActions> {
  return useAppStore(useShallow(selectActions));
}
