import type { StateCreator } from 'zustand';
import type { ObjectId, RecordedRun } from '../trace/protocol';

/** The code being edited and the text `input()` reads. */
export interface CodeSlice {
  /** The Python source in the editor. */
  code: string;
  /** The stdin text fed to `input()`. */
  stdin: string;
  /** Replaces the code (typing, loading a lesson or a permalink). */
  setCode: (code: string) => void;
  /** Replaces the stdin text. */
  setStdin: (stdin: string) => void;
  /** Puts the starter program back. */
  resetCode: () => void;
}

/** Where the current run is. */
export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/** The last run's recording and the cursor over its steps. */
export interface TraceSlice {
  /** Idle before the first run, then running, done, error (Python or engine) or stopped. */
  status: RunStatus;
  /** The last run's recording (only the steps recorded so far when stopped), or null. */
  result: RecordedRun | null;
  /** An engine failure (a bug, not a Python error), as plain text, or null. */
  engineError: string | null;
  /** The index of the shown step (0-based; 0 when there are no steps). */
  cursor: number;
  /** True when the code changed after the last run. */
  stale: boolean;
  /** Counts runs, so a late answer to an older run is ignored. */
  runId: number;
  /** Runs the code in the worker and keeps the recording. */
  run: () => Promise<void>;
  /** Ends the current run at once, keeping the steps recorded so far. */
  stop: () => void;
  /** Stores what a run produced (used by `run`, and by tests to load a recording). */
  receiveResult: (result: RecordedRun) => void;
  /** Forgets the last run. */
  clearTrace: () => void;
  /** Shows step `index` (clamped to the recording). */
  setCursor: (index: number) => void;
  /** Shows the first step. */
  stepFirst: () => void;
  /** Shows the previous step. */
  stepBack: () => void;
  /** Shows the next step. */
  stepForward: () => void;
  /** Shows the last step. */
  stepLast: () => void;
  /**
   * Shows the next execution of `line` (a `line` event on it) after the cursor, else
   * the first one from the start; false (and nothing moves) when the line never runs.
   */
  jumpToLine: (line: number) => boolean;
}

/** Playing the steps one after another (the timer lives in the UI's `usePlayback`). */
export interface PlaybackSlice {
  /** True while the steps play on their own. */
  playing: boolean;
  /** Starts playing (from the first step when at the last); nothing happens with fewer than two steps. */
  play: () => void;
  /** Stops playing, keeping the cursor where it is. */
  pause: () => void;
  /** Plays when paused, pauses when playing. */
  togglePlay: () => void;
  /** One beat of the playback timer: the next step, pausing on the last one. */
  tick: () => void;
  /** Sets the speed in steps per second (the nearest of PLAYBACK_SPEEDS; saved in the options). */
  setSpeed: (stepsPerSecond: number) => void;
}

/** The object picked in the diagram and the jumps to the ends of its life. */
export interface SelectionSlice {
  /** The id of the picked object, or null. */
  selectedObject: ObjectId | null;
  /** Picks an object (null clears the pick). */
  selectObject: (id: ObjectId | null) => void;
  /**
   * Shows the step where the picked object first appears in the unbroken run of steps
   * drawing it around the cursor; false (nothing moves) when it is not drawn at the cursor.
   */
  jumpToCreated: () => boolean;
  /**
   * Shows the step that frees the picked object; false (nothing moves) when it is not
   * drawn alive at the cursor or is never freed in the recording.
   */
  jumpToFreed: () => boolean;
}

/** The colour theme: follow the system, or a fixed one. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** View and run options (saved in the browser; permalinks will carry them too). */
export interface Options {
  /** Colour theme. */
  theme: ThemeChoice;
  /** The editor's share of the width in the side-by-side layout (0.2 to 0.8). */
  splitRatio: number;
  /** A run ends with a clear message after this many steps. */
  maxSteps: number;
  /** Draw small ints, None, True and False inside the slot instead of as boxes. */
  foldSingletons: boolean;
  /** Playback speed in steps per second (one of PLAYBACK_SPEEDS). */
  speed: number;
}

/** The view and run options and their setters. */
export interface OptionsSlice {
  /** The current options. */
  options: Options;
  /** Sets one option. */
  setOption: <K extends keyof Options>(key: K, value: Options[K]) => void;
  /** Sets the editor's share of the width, clamped to 0.2 to 0.8. */
  setSplitRatio: (ratio: number) => void;
}

/** The lesson open from the Lessons gallery, and the user's own draft kept aside meanwhile. */
export interface LessonSlice {
  /** The slug of the open lesson, or null. Editing its code closes it (the code stays). */
  lesson: string | null;
  /** True while the user's own code is kept aside (opening a lesson put it there). */
  hasSavedDraft: boolean;
  /**
   * Opens a lesson: keeps the user's code aside (unless the editor holds an unedited
   * lesson), puts the lesson's code and stdin in, runs it and shows step 0. Resolves
   * after the run has finished: true then, false for an unknown slug or when another
   * run replaced this one before it finished.
   */
  openLesson: (slug: string) => Promise<boolean>;
  /** Closes the lesson's notes; the code stays as it is. */
  closeLesson: () => void;
  /** Puts the user's code kept aside back (and forgets the lesson's run); false when none is kept. */
  restoreDraft: () => boolean;
}

/** The whole application state. */
export type AppState = CodeSlice & TraceSlice & PlaybackSlice & SelectionSlice & OptionsSlice & LessonSlice;

/** A slice creator that sees the whole state, inside the persist middleware. */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;
