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

/** The handle CodeEditor keeps. */
export interface PythonEditor {
  /** Replaces the text (keeping undo), unless it is already equal. */
  setValue: (code: string) => void;
  /** Switches between the light and dark themes. */
  setDark: (dark: boolean) => void;
  /** Moves keyboard focus into the editor. */
  focus: () => void;
  /** Frees the editor and its model. */
  dispose: () => void;
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

  return {
    setValue: (code) => {
      if (model.getValue() === code) return;
      editor.pushUndoStop();
      editor.executeEdits('memory-lane', [{ range: model.getFullModelRange(), text: code }]);
      editor.pushUndoStop();
    },
    setDark: (dark) => monaco.editor.setTheme(dark ? EDITOR_THEMES.dark : EDITOR_THEMES.light),
    focus: () => editor.focus(),
    dispose: () => {
      listener.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
