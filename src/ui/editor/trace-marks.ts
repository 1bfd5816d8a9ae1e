/**
 * What the editor marks for the shown step, as plain data: the line about to run, the
 * line just run (Python Tutor's two arrows), the error that ended the run, and whether a
 * click in the gutter may jump the timeline. Kept free of Monaco and React so the rules
 * are unit-tested in Node; `bindTraceMarks` hands the result to the editor.
 */
import type { AppState, AppStore } from '../../store';
import type { RunWarning, StepSource } from '../../trace/protocol';

/** Which of the two trace marks a line carries (`both` when one line is both). */
export type LineMarkKind = 'next' | 'previous' | 'both';

/** One marked line of the editor. */
export interface LineMark {
  /** The 1-based line. */
  line: number;
  /** About to run, just run, or both at once. */
  kind: LineMarkKind;
  /** The words shown when the mark is hovered. */
  hover: string;
}

/** The error that ended the run, placed on its line. */
export interface ErrorMark {
  /** The 1-based line. */
  line: number;
  /** CPython's last traceback line. */
  message: string;
  /** The 0-based columns the traceback underlines (`endCol` null: to the line's end); null: the whole line. */
  col: number | null;
  endCol: number | null;
}

/** A compiler warning, placed on the code it is about (lines 1-based, columns 0-based): as the run gives it. */
export type WarningMark = RunWarning;

/** Everything the editor shows about the last run. */
export interface EditorMarks {
  /** The marked lines, the line about to run first. */
  lines: LineMark[];
  /** The error marker, or null. */
  error: ErrorMark | null;
  /** The compiler's warnings (SyntaxWarning), none once the code changed. */
  warnings: readonly WarningMark[];
  /** True when a click on a line number may jump the timeline to that line. */
  jumpable: boolean;
}

/** The hover of each mark kind. */
export const MARK_HOVER: Readonly<Record<LineMarkKind, string>> = {
  next: 'Line about to run',
  previous: 'Line just run',
  both: 'Line just run, and the line about to run',
};

/** The gutter's hover while a click there jumps the timeline. */
export const JUMP_HOVER = 'Jump to the next time this line runs';

/** The owner of the editor's error markers, so clearing ours never touches another's. */
export const MARKER_OWNER = 'memory-lane';

/** The owner of the compiler's warning markers (apart, so setting the error leaves them be). */
export const WARNING_OWNER = 'memory-lane-warnings';

/**
 * The line of step `i`, or null when there is no such step or it has no source line.
 * Through `lineAt` when the source has it: a recording's `at(i)` rebuilds the whole
 * step and caches only the last one, so it would also evict the step the diagram drew.
 */
function lineOf(steps: StepSource, i: number): number | null {
  if (i < 0 || i >= steps.length) return null;
  const line = steps.lineAt ? steps.lineAt(i) : steps.at(i)?.line;
  return line !== undefined && Number.isInteger(line) && line >= 1 ? line : null;
}

/**
 * The lines to mark at step `cursor`: step `cursor`'s line is about to run, step
 * `cursor - 1`'s line has just run. Nothing is marked once the code was edited after
 * the run, since the recorded line numbers may no longer point at the same statements.
 */
export function lineMarks(steps: StepSource | null | undefined, cursor: number, stale: boolean): LineMark[] {
  if (!steps || stale || steps.length === 0) return [];
  // The step before first: a recording's one-step cache then ends on the shown step.
  const previous = lineOf(steps, cursor - 1);
  const next = lineOf(steps, cursor);
  if (next === null) return previous === null ? [] : [{ line: previous, kind: 'previous', hover: MARK_HOVER.previous }];
  // One line cannot wear two backgrounds; it keeps the stronger mark and says both.
  if (previous === next) return [{ line: next, kind: 'both', hover: MARK_HOVER.both }];
  const marks: LineMark[] = [{ line: next, kind: 'next', hover: MARK_HOVER.next }];
  if (previous !== null) marks.push({ line: previous, kind: 'previous', hover: MARK_HOVER.previous });
  return marks;
}

/** The error marker of the last run: its error, on its line, unless the code changed since. */
export function errorMark(state: Pick<AppState, 'result' | 'stale'>): ErrorMark | null {
  const error = state.result?.error;
  if (!error || state.stale || error.line === null || !Number.isInteger(error.line) || error.line < 1) return null;
  return { line: error.line, message: error.message, col: error.col ?? null, endCol: error.endCol ?? null };
}

/** The compiler warnings of the last run, unless the code changed since. */
export function warningMarks(state: Pick<AppState, 'result' | 'stale'>): readonly WarningMark[] {
  return state.stale ? NO_WARNINGS : (state.result?.warnings ?? NO_WARNINGS);
}

const NO_WARNINGS: readonly WarningMark[] = [];

/** True when two lists of warnings are the same. */
export function sameWarningMarks(a: readonly WarningMark[], b: readonly WarningMark[]): boolean {
  return a === b || (a.length === b.length && a.every((w, i) => JSON.stringify(w) === JSON.stringify(b[i])));
}

/** Whether a gutter click may jump: only over a recording of the code as it is now. */
export function canJump(state: Pick<AppState, 'result' | 'stale'>): boolean {
  return !state.stale && (state.result?.steps.length ?? 0) > 0;
}

/** Everything the editor shows about the run at the cursor. */
export function editorMarks(state: Pick<AppState, 'result' | 'cursor' | 'stale'>): EditorMarks {
  return {
    lines: lineMarks(state.result?.steps, state.cursor, state.stale),
    error: errorMark(state),
    warnings: warningMarks(state),
    jumpable: canJump(state),
  };
}

/** True when two lists of line marks mark the same lines the same way. */
export function sameLineMarks(a: readonly LineMark[], b: readonly LineMark[]): boolean {
  return a.length === b.length && a.every((m, i) => m.line === b[i]!.line && m.kind === b[i]!.kind);
}

/** True when two error marks are equal (both null counts as equal). */
export function sameErrorMark(a: ErrorMark | null, b: ErrorMark | null): boolean {
  return a === b || (a !== null && b !== null && a.line === b.line && a.message === b.message && a.col === b.col && a.endCol === b.endCol);
}

/** Runs a callback now or later (`bindTraceMarks`'s timing). */
export type Scheduler = (callback: () => void) => void;

/** Runs the callback at once. */
export const runNow: Scheduler = (callback) => callback();

/** Runs the callback before the browser's next paint. */
export const nextFrame: Scheduler = (callback) => void requestAnimationFrame(() => callback());

/** What `bindTraceMarks` needs from an editor (the PythonEditor, or a fake in tests). */
export interface MarkTarget {
  /** Shows exactly these line marks (an empty list removes them). */
  setLineMarks: (marks: readonly LineMark[]) => void;
  /** Shows this error marker, or none. */
  setErrorMarker: (error: ErrorMark | null) => void;
  /** Shows exactly these warning markers (an empty list removes them). */
  setWarningMarkers: (warnings: readonly WarningMark[]) => void;
  /** Scrolls `line` to the middle of the view if it is out of view. */
  revealLine: (line: number) => void;
  /** Turns the gutter's pointer cursor and jump hover on or off. */
  setJumpable: (jumpable: boolean) => void;
  /** Calls `listener` with the line of each click in the gutter; returns the unsubscribe. */
  onGutterClick: (listener: (line: number) => void) => () => void;
}

/**
 * Keeps `editor`'s marks in step with `store` and lets gutter clicks jump the timeline.
 * It listens to the vanilla store, not through React, so stepping through a long
 * recording re-renders nothing; each change is compared with what is already shown and
 * only differences reach Monaco. Returns the unsubscribe.
 *
 * `schedule` decides when a change reaches the editor: at once by default; the page
 * passes `nextFrame`, so the store's other listeners (Stop's, say) never wait on
 * Monaco's layout, and many store changes within one frame cost one update.
 */
export function bindTraceMarks(store: Pick<AppStore, 'getState' | 'subscribe'>, editor: MarkTarget, schedule: Scheduler = runNow): () => void {
  // Null at first: whatever an earlier binding left in the editor is overwritten once.
  let shown: EditorMarks | null = null;
  const apply = (marks: EditorMarks, reveal: boolean) => {
    if (!shown || !sameLineMarks(shown.lines, marks.lines)) editor.setLineMarks(marks.lines);
    if (!shown || !sameErrorMark(shown.error, marks.error)) editor.setErrorMarker(marks.error);
    if (!shown || !sameWarningMarks(shown.warnings, marks.warnings)) editor.setWarningMarkers(marks.warnings);
    if (!shown || shown.jumpable !== marks.jumpable) editor.setJumpable(marks.jumpable);
    const next = marks.lines[0];
    if (reveal && next && next.kind !== 'previous') editor.revealLine(next.line);
    shown = marks;
  };
  apply(editorMarks(store.getState()), true);
  let pending = false;
  let reveal = false;
  let bound = true;
  const flush = () => {
    pending = false;
    if (!bound) return;
    const wantsReveal = reveal;
    reveal = false;
    apply(editorMarks(store.getState()), wantsReveal);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // Typing changes `code` on every key: only these three fields move the marks.
    if (state.result === previous.result && state.cursor === previous.cursor && state.stale === previous.stale) return;
    reveal ||= state.cursor !== previous.cursor || state.result !== previous.result;
    if (pending) return;
    pending = true;
    schedule(flush);
  });
  const stopClicks = editor.onGutterClick((line) => {
    const state = store.getState();
    if (canJump(state)) state.jumpToLine(line);
  });
  return () => {
    bound = false;
    unsubscribe();
    stopClicks();
  };
}
