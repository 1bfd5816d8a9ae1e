import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './context';
import { selectRunControls, selectTimeline, type TimelineView } from './selectors';
import type { AppState, RunStatus } from './types';

/** The timeline's state (cursor, count, ends), re-rendering only when one of them changes. */
export function useTimeline(): TimelineView {
  return useAppStore(useShallow(selectTimeline));
}

/** The run controls' state. */
export function useRunControls(): { status: RunStatus; running: boolean; stale: boolean } {
  return useAppStore(useShallow(selectRunControls));
}

const selectActions = (state: AppState) => ({
  run: state.run,
  stop: state.stop,
  setCursor: state.setCursor,
  stepFirst: state.stepFirst,
  stepBack: state.stepBack,
  stepForward: state.stepForward,
  stepLast: state.stepLast,
  setCode: state.setCode,
  setStdin: state.setStdin,
  setOption: state.setOption,
  setSplitRatio: state.setSplitRatio,
});

/** The store's actions (stable functions). */
export function useActions(): ReturnType<typeof selectActions> {
  return useAppStore(useShallow(selectActions));
}
