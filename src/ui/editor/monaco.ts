/**
 * Monaco, bundled locally by Vite: the core editor API, the Python grammar, the editor
 * worker, and only the editor features a student needs. Loaded lazily by CodeEditor so
 * the rest of the page (and any page without an editor) never downloads it.
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/languages/definitions/python/register.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/smartSelect/register.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import { defineEditorThemes, EDITOR_THEMES } from './themes';
import { JUMP_HOVER, MARKER_OWNER, WARNING_OWNER, type ErrorMark, type LineMark, type LineMarkKind, type MarkTarget } from './trace-marks';

globalThis.MonacoEnvironment = { getWorker: () => new EditorWorker() };
defineEditorThemes(monaco);

/** The font the editor uses (bundled with the page, see src/main.tsx). */
export const EDITOR_FONT = '"JetBrains Mono Variable", ui-monospace, "SF Mono", Menlo, Consolas, monospace';

/** What CodeEditor needs to make an editor. */
export interface PythonEditorOptions {
  /** The initial code. */
  value: string;
  /** Whether to start in the dark theme. */
  dark: boolean;
  /** Called with the whole text after every edit. */
  onChange: (code: string) => void;
  /** Called on Ctrl/Cmd+Enter. */
  onRun: () => void;
}

/** The handle CodeEditor keeps; its MarkTarget half shows the run's marks (see trace-marks.ts). */
export interface PythonEditor extends MarkTarget {
  /** Replaces the text (keeping undo), unless it is already equal. */
  setValue: (code: string) => void;
  /** Switches between the light and dark themes. */
  setDark: (dark: boolean) => void;
  /** Moves keyboard focus into the editor. */
  focus: () => void;
  /** Frees the editor and its model. */
  dispose: () => void;
}

/** The CSS classes of each trace mark (styled in src/ui/styles/controls.css). */
const MARK_CLASSES: Readonly<Record<LineMarkKind, { line: string; glyph: string }>> = {
  next: { line: 'ml-line-next', glyph: 'ml-glyph-next' },
  previous: { line: 'ml-line-previous', glyph: 'ml-glyph-previous' },
  both: { line: 'ml-line-next', glyph: 'ml-glyph-next ml-glyph-both' },
};

/** The gutter parts a click may jump from: the line numbers and the strips either side. */
const GUTTER_TARGETS: ReadonlySet<monaco.editor.MouseTargetType> = new Set([
  monaco.editor.MouseTargetType.GUTTER_LINE_NUMBERS,
  monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN,
  monaco.editor.MouseTargetType.GUTTER_LINE_DECORATIONS,
]);

/** A trace mark as a Monaco decoration: a whole-line background and a gutter glyph. */
function markDecoration(mark: LineMark): monaco.editor.IModelDeltaDecoration {
  const classes = MARK_CLASSES[mark.kind];
  return {
    range: new monaco.Range(mark.line, 1, mark.line, 1),
    options: {
      isWholeLine: true,
      className: classes.line,
      glyphMarginClassName: classes.glyph,
      glyphMarginHoverMessage: { value: mark.hover },
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    },
  };
}

/** Creates the Python editor inside `container`. */
export function createPythonEditor(container: HTMLElement, options: PythonEditorOptions): PythonEditor {
  const model = monaco.editor.createModel(options.value, 'python');
  const editor = monaco.editor.create(container, {
    model,
    theme: options.dark ? EDITOR_THEMES.dark : EDITOR_THEMES.light,
    ariaLabel: 'Python code',
    automaticLayout: true,
    fontFamily: EDITOR_FONT,
    fontSize: 14,
    lineHeight: 22,
    fontLigatures: false,
    tabSize: 4,
    insertSpaces: true,
    detectIndentation: false,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    padding: { top: 14, bottom: 14 },
    lineNumbersMinChars: 3,
    glyphMargin: true,
    folding: false,
    renderLineHighlight: 'line',
    bracketPairColorization: { enabled: false },
    guides: { indentation: true, bracketPairs: false },
    overviewRulerLanes: 0,
    hideCursorInOverviewRuler: true,
    scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, useShadows: false },
    fixedOverflowWidgets: true,
    contextmenu: true,
    wordWrap: 'off',
    quickSuggestions: false,
    suggestOnTriggerCharacters: false,
    accessibilitySupport: 'auto',
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
  const listener = model.onDidChangeContent(() => options.onChange(model.getValue()));
  void document.fonts?.ready.then(() => monaco.editor.remeasureFonts());
  const traceMarks = editor.createDecorationsCollection();
  // One decoration over every line carries the line numbers' hover while a jump is possible.
  const jumpHint = editor.createDecorationsCollection();
  // A recording's lines match the code it ran, but a mark must never name a line the model lacks.
  const inModel = (line: number) => line >= 1 && line <= model.getLineCount();

  return {
    setValue: (code) => {
      if (model.getValue() === code) return;
      editor.pushUndoStop();
      editor.executeEdits('memory-lane', [{ range: model.getFullModelRange(), text: code }]);
      editor.pushUndoStop();
    },
    setDark: (dark) => monaco.editor.setTheme(dark ? EDITOR_THEMES.dark : EDITOR_THEMES.light),
    focus: () => editor.focus(),
    setLineMarks: (marks) => traceMarks.set(marks.filter((m) => inModel(m.line)).map(markDecoration)),
    setErrorMarker: (error: ErrorMark | null) => {
      if (!error || !inModel(error.line)) return monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      // Under what the traceback underlines, else from the first to the last character (the squiggle skips the indentation).
      const lineEnd = model.getLineLastNonWhitespaceColumn(error.line) || model.getLineMaxColumn(error.line);
      const max = model.getLineMaxColumn(error.line);
      const start = error.col !== null && error.col + 1 < max ? error.col + 1 : model.getLineFirstNonWhitespaceColumn(error.line) || 1;
      const end = error.col !== null && error.endCol !== null && error.endCol + 1 <= max && error.endCol + 1 > start ? error.endCol + 1 : lineEnd;
      monaco.editor.setModelMarkers(model, MARKER_OWNER, [
        {
          severity: monaco.MarkerSeverity.Error,
          message: error.message,
          startLineNumber: error.line,
          startColumn: start,
          endLineNumber: error.line,
          endColumn: end,
        },
      ]);
    },
    setWarningMarkers: (warnings) => {
      const marks = warnings.filter((w) => inModel(w.line) && inModel(w.endLine));
      monaco.editor.setModelMarkers(
        model,
        WARNING_OWNER,
        marks.map((w) => ({
          severity: monaco.MarkerSeverity.Warning,
          message: `SyntaxWarning: ${w.message}`,
          startLineNumber: w.line,
          startColumn: w.col + 1,
          endLineNumber: w.endLine,
          endColumn: w.endCol + 1,
        })),
      );
    },
    revealLine: (line) => {
      if (inModel(line)) editor.revealLineInCenterIfOutsideViewport(line);
    },
    setJumpable: (jumpable) => {
      // A data attribute on our own container: Monaco rewrites its own nodes' classes.
      if (jumpable) container.dataset.jump = 'on';
      else delete container.dataset.jump;
      const lines = model.getLineCount();
      jumpHint.set(
        jumpable
          ? [{ range: new monaco.Range(1, 1, lines, model.getLineMaxColumn(lines)), options: { isWholeLine: true, lineNumberHoverMessage: { value: JUMP_HOVER } } }]
          : [],
      );
    },
    onGutterClick: (onClick) => {
      const subscription = editor.onMouseDown((event) => {
        const target = event.target;
        if (!event.event.leftButton || !GUTTER_TARGETS.has(target.type) || !target.position) return;
        onClick(target.position.lineNumber);
      });
      return () => subscription.dispose();
    },
    dispose: () => {
      listener.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
