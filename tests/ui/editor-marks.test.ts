import { describe, expect, it, vi } from 'vitest';
import { createAppStore, createMemoryStorage } from '../../src/store';
import type { StepSource, TraceStep } from '../../src/trace/protocol';
import {
  bindTraceMarks,
  canJump,
  editorMarks,
  errorMark,
  lineMarks,
  MARK_HOVER,
  sameLineMarks,
  type ErrorMark,
  type WarningMark,
  type LineMark,
  type MarkTarget,
} from '../../src/ui/editor/trace-marks';
import { FakeRunner, makeResult, makeStep } from '../store/helpers';

/** Steps at these lines, as a plain list (a StepSource, like the fixtures). */
const stepsAt = (...lines: number[]): TraceStep[] => lines.map((line) => makeStep(line));

describe('lineMarks', () => {
  const steps = stepsAt(1, 2, 5, 6, 2);

  it('marks the shown step line as about to run and the step before it as just run', () => {
    expect(lineMarks(steps, 2, false)).toEqual([
      { line: 5, kind: 'next', hover: 'Line about to run' },
      { line: 2, kind: 'previous', hover: 'Line just run' },
    ]);
  });

  it('has no line just run at the first step', () => {
    expect(lineMarks(steps, 0, false)).toEqual([{ line: 1, kind: 'next', hover: MARK_HOVER.next }]);
  });

  it('marks a line that is both just run and about to run once, saying both', () => {
    expect(lineMarks(stepsAt(3, 3), 1, false)).toEqual([{ line: 3, kind: 'both', hover: MARK_HOVER.both }]);
  });

  it('marks the def line of a call and the line of a return like any other line', () => {
    const call = { ...makeStep(1), event: 'call' as const };
    const back = { ...makeStep(2), event: 'return' as const };
    expect(lineMarks([makeStep(4), call, back], 1, false).map((m) => [m.line, m.kind])).toEqual([[1, 'next'], [4, 'previous']]);
    expect(lineMarks([makeStep(4), call, back], 2, false).map((m) => [m.line, m.kind])).toEqual([[2, 'next'], [1, 'previous']]);
  });

  it('marks nothing without steps, or once the code was edited after the run', () => {
    expect(lineMarks(null, 0, false)).toEqual([]);
    expect(lineMarks([], 0, false)).toEqual([]);
    expect(lineMarks(steps, 2, true)).toEqual([]);
  });

  it('skips a step without a source line, and a cursor past the end', () => {
    expect(lineMarks(stepsAt(0, 4), 1, false)).toEqual([{ line: 4, kind: 'next', hover: MARK_HOVER.next }]);
    expect(lineMarks(stepsAt(2, 4), 2, false)).toEqual([{ line: 4, kind: 'previous', hover: MARK_HOVER.previous }]);
  });

  it('reads lines through lineAt when the source has it, never rebuilding a step', () => {
    const at = vi.fn();
    const source: StepSource = { length: 3, at, lineAt: (i) => [7, 8, 9][i] };
    expect(lineMarks(source, 2, false).map((m) => m.line)).toEqual([9, 8]);
    expect(at).not.toHaveBeenCalled();
  });

  it('reads the step before the shown one first, so a one-step cache ends on the shown step', () => {
    const read: number[] = [];
    const source: StepSource = { length: 3, at: (i) => (read.push(i), makeStep(i + 1)) };
    lineMarks(source, 2, false);
    expect(read).toEqual([1, 2]);
  });
});

describe('errorMark and canJump', () => {
  const failed = makeResult(2, { error: { message: "NameError: name 'z' is not defined", line: 2 } });

  it('puts the error that ended the run on its line', () => {
    expect(errorMark({ result: failed, stale: false })).toEqual({ line: 2, message: "NameError: name 'z' is not defined", col: null, endCol: null });
  });

  it('keeps the columns the traceback underlines, for the squiggle', () => {
    const underlined = makeResult(2, { error: { message: 'ZeroDivisionError: division by zero', line: 2, col: 11, endCol: 16 } });
    expect(errorMark({ result: underlined, stale: false })).toEqual({ line: 2, message: 'ZeroDivisionError: division by zero', col: 11, endCol: 16 });
  });

  it('places a SyntaxError too, even with no step recorded', () => {
    const syntax = makeResult(0, { error: { message: 'SyntaxError: invalid syntax', line: 3 } });
    expect(errorMark({ result: syntax, stale: false })).toEqual({ line: 3, message: 'SyntaxError: invalid syntax', col: null, endCol: null });
    expect(editorMarks({ result: syntax, cursor: 0, stale: false })).toEqual({
      lines: [],
      error: { line: 3, message: 'SyntaxError: invalid syntax', col: null, endCol: null },
      warnings: [],
      jumpable: false,
    });
  });

  it('has no marker without an error, without its line, or once the code changed', () => {
    expect(errorMark({ result: makeResult(2), stale: false })).toBeNull();
    expect(errorMark({ result: null, stale: false })).toBeNull();
    expect(errorMark({ result: makeResult(1, { error: { message: 'MemoryError', line: null } }), stale: false })).toBeNull();
    expect(errorMark({ result: failed, stale: true })).toBeNull();
  });

  it('lets the gutter jump only over a recording of the code as it is', () => {
    expect(canJump({ result: makeResult(2), stale: false })).toBe(true);
    expect(canJump({ result: makeResult(2), stale: true })).toBe(false);
    expect(canJump({ result: makeResult(0), stale: false })).toBe(false);
    expect(canJump({ result: null, stale: false })).toBe(false);
  });

  it('compares line marks by line and kind', () => {
    const a: LineMark[] = [{ line: 2, kind: 'next', hover: MARK_HOVER.next }];
    expect(sameLineMarks(a, [{ ...a[0]! }])).toBe(true);
    expect(sameLineMarks(a, [{ ...a[0]!, kind: 'both' }])).toBe(false);
    expect(sameLineMarks(a, [])).toBe(false);
  });
});

/** An editor that records what it was told. */
class FakeEditor implements MarkTarget {
  lines: LineMark[][] = [];
  errors: Array<ErrorMark | null> = [];
  warnings: WarningMark[][] = [];
  revealed: number[] = [];
  jumpable: boolean[] = [];
  click: ((line: number) => void) | null = null;
  /** Forgets the calls so far (a binding's first call sets everything once). */
  reset() {
    this.lines = [];
    this.errors = [];
    this.warnings = [];
    this.revealed = [];
    this.jumpable = [];
  }
  setLineMarks = (marks: readonly LineMark[]) => void this.lines.push([...marks]);
  setErrorMarker = (error: ErrorMark | null) => void this.errors.push(error);
  setWarningMarkers = (warnings: readonly WarningMark[]) => void this.warnings.push([...warnings]);
  revealLine = (line: number) => void this.revealed.push(line);
  setJumpable = (jumpable: boolean) => void this.jumpable.push(jumpable);
  onGutterClick = (listener: (line: number) => void) => {
    this.click = listener;
    return () => {
      this.click = null;
    };
  };
  /** The lines of the last marks shown, with their kinds. */
  get shown() {
    return this.lines.at(-1)?.map((m) => `${m.kind}:${m.line}`) ?? [];
  }
}

function setup() {
  const store = createAppStore({ runner: new FakeRunner(), storage: createMemoryStorage() });
  const editor = new FakeEditor();
  const unbind = bindTraceMarks(store, editor);
  editor.reset();
  return { store, editor, unbind };
}

describe('bindTraceMarks', () => {
  it('sets everything once when it binds, clearing what an earlier binding left', () => {
    const store = createAppStore({ runner: new FakeRunner(), storage: createMemoryStorage() });
    const editor = new FakeEditor();
    bindTraceMarks(store, editor);
    expect(editor.lines).toEqual([[]]);
    expect(editor.errors).toEqual([null]);
    expect(editor.jumpable).toEqual([false]);
    expect(editor.revealed).toEqual([]);
  });

  it('marks the steps as the cursor moves, revealing the line about to run', () => {
    const { store, editor } = setup();
    store.getState().receiveResult({ ...makeResult(0), steps: stepsAt(1, 2, 9) });
    expect(editor.shown).toEqual(['next:1']);
    expect(editor.jumpable).toEqual([true]);
    store.getState().stepForward();
    expect(editor.shown).toEqual(['next:2', 'previous:1']);
    store.getState().stepLast();
    expect(editor.shown).toEqual(['next:9', 'previous:2']);
    expect(editor.revealed).toEqual([1, 2, 9]);
  });

  it('leaves Monaco alone while typing changes nothing it shows', () => {
    const { store, editor } = setup();
    store.getState().setStdin('a\n');
    store.getState().setOption('foldSingletons', false);
    expect(editor.lines.length + editor.errors.length + editor.jumpable.length + editor.revealed.length).toBe(0);
  });

  it('clears the marks, the error and the jumps when the code changes, and shows them again after a new run', () => {
    const { store, editor } = setup();
    const failed = makeResult(3, { error: { message: 'ZeroDivisionError: division by zero', line: 3 } });
    store.getState().receiveResult(failed);
    expect(editor.errors).toEqual([{ line: 3, message: 'ZeroDivisionError: division by zero', col: null, endCol: null }]);
    store.getState().setCode('x = 1\n');
    expect(editor.shown).toEqual([]);
    expect(editor.errors.at(-1)).toBeNull();
    expect(editor.jumpable.at(-1)).toBe(false);
    // Further typing is not passed on: nothing changed that the editor shows.
    const calls = editor.lines.length;
    store.getState().setCode('x = 12\n');
    expect(editor.lines.length).toBe(calls);
    store.getState().receiveResult(makeResult(2));
    expect(editor.shown).toEqual(['next:1']);
    expect(editor.errors.at(-1)).toBeNull();
    expect(editor.errors).toHaveLength(2);
    expect(editor.jumpable.at(-1)).toBe(true);
  });

  it('replaces one error with the next run’s error', () => {
    const { store, editor } = setup();
    store.getState().receiveResult(makeResult(1, { error: { message: 'A', line: 1 } }));
    store.getState().receiveResult(makeResult(2, { error: { message: 'B', line: 2 } }));
    expect(editor.errors).toEqual([
      { line: 1, message: 'A', col: null, endCol: null },
      { line: 2, message: 'B', col: null, endCol: null },
    ]);
  });

  it("shows the compiler's warnings, and takes them away once the code changes", () => {
    const { store, editor } = setup();
    const warning = { message: '"is" with a literal. Did you mean "=="?', line: 2, col: 3, endLine: 2, endCol: 14 };
    store.getState().receiveResult(makeResult(2, { warnings: [warning] }));
    expect(editor.warnings).toEqual([[warning]]);
    store.getState().setCode('x = 1\n');
    expect(editor.warnings).toEqual([[warning], []]);
  });

  it('jumps the timeline on a gutter click only while a trace of this code exists', () => {
    const { store, editor } = setup();
    const jump = vi.fn();
    store.setState({ jumpToLine: jump });
    editor.click?.(2);
    expect(jump).not.toHaveBeenCalled();
    store.getState().receiveResult(makeResult(3));
    editor.click?.(2);
    expect(jump).toHaveBeenCalledWith(2);
    store.getState().setCode('print(1)\n');
    editor.click?.(1);
    expect(jump).toHaveBeenCalledTimes(1);
  });

  it('moves the cursor to the clicked line through the store', () => {
    const { store, editor } = setup();
    store.getState().receiveResult({ ...makeResult(0), steps: stepsAt(1, 2, 3, 2, 3) });
    editor.click?.(3);
    expect(store.getState().cursor).toBe(2);
    expect(editor.shown).toEqual(['next:3', 'previous:2']);
    expect(editor.revealed.at(-1)).toBe(3);
  });

  it('shows what the store already holds when it binds, and stops listening when unbound', () => {
    const store = createAppStore({ runner: new FakeRunner(), storage: createMemoryStorage() });
    store.getState().receiveResult(makeResult(3));
    store.getState().setCursor(2);
    const editor = new FakeEditor();
    const unbind = bindTraceMarks(store, editor);
    expect(editor.shown).toEqual(['next:3', 'previous:2']);
    expect(editor.revealed).toEqual([3]);
    unbind();
    store.getState().stepFirst();
    expect(editor.shown).toEqual(['next:3', 'previous:2']);
    expect(editor.click).toBeNull();
  });

  it('with a later schedule, leaves the editor alone until then, then shows the last state once', () => {
    const store = createAppStore({ runner: new FakeRunner(), storage: createMemoryStorage() });
    const editor = new FakeEditor();
    const later: Array<() => void> = [];
    const unbind = bindTraceMarks(store, editor, (callback) => void later.push(callback));
    editor.reset();
    store.getState().receiveResult({ ...makeResult(0), steps: stepsAt(1, 2, 3) });
    store.getState().setCursor(1);
    store.getState().setCursor(2);
    expect(editor.lines).toEqual([]);
    expect(editor.revealed).toEqual([]);
    expect(later).toHaveLength(1);
    later.shift()!();
    expect(editor.lines).toHaveLength(1);
    expect(editor.shown).toEqual(['next:3', 'previous:2']);
    expect(editor.revealed).toEqual([3]);
    // Unbound before its turn comes: the update is dropped.
    store.getState().setCursor(0);
    unbind();
    later.shift()!();
    expect(editor.lines).toHaveLength(1);
  });
});
