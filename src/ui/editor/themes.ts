import type * as Monaco from 'monaco-editor/editor/editor.api.js';

/** The editor theme names, matching the page's light and dark palettes. */
export const EDITOR_THEMES = { light: 'memory-lane-light', dark: 'memory-lane-dark' } as const;

/** Bracket colours all equal to the punctuation colour: calm, not a rainbow. */
function uniformBrackets(color: string): Record<string, string> {
  const colors: Record<string, string> = {};
  for (let i = 1; i <= 6; i++) colors[`editorBracketHighlight.foreground${i}`] = color;
  return colors;
}

/** Registers the two editor themes (colours chosen to match src/ui/styles/tokens.css). */
export function defineEditorThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEMES.light, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: '7c3aed' },
      { token: 'string', foreground: '0f7b55' },
      { token: 'string.escape', foreground: '0f7b55' },
      { token: 'number', foreground: 'c2410c' },
      { token: 'number.hex', foreground: 'c2410c' },
      { token: 'comment', foreground: '8a93a3', fontStyle: 'italic' },
      { token: 'delimiter', foreground: '4b5565' },
      { token: 'identifier', foreground: '1d2433' },
    ],
    colors: {
      'editor.background': '#ffffff',
      'editor.foreground': '#1d2433',
      'editorLineNumber.foreground': '#b3bac6',
      'editorLineNumber.activeForeground': '#4b5565',
      'editor.lineHighlightBackground': '#f4f6fb',
      'editor.lineHighlightBorder': '#00000000',
      'editor.selectionBackground': '#d9e2ff',
      'editor.inactiveSelectionBackground': '#e8edfb',
      'editorCursor.foreground': '#3b5bdb',
      'editorIndentGuide.background1': '#eef0f4',
      'editorGutter.background': '#ffffff',
      ...uniformBrackets('#4b5565'),
      'focusBorder': '#00000000',
      'scrollbarSlider.background': '#1d243320',
      'scrollbarSlider.hoverBackground': '#1d243338',
    },
  });
  monaco.editor.defineTheme(EDITOR_THEMES.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: 'c4a7ff' },
      { token: 'string', foreground: '7ad3a8' },
      { token: 'string.escape', foreground: '7ad3a8' },
      { token: 'number', foreground: 'ffae7a' },
      { token: 'number.hex', foreground: 'ffae7a' },
      { token: 'comment', foreground: '6e7889', fontStyle: 'italic' },
      { token: 'delimiter', foreground: 'a9b1bf' },
      { token: 'identifier', foreground: 'e6e9ef' },
    ],
    colors: {
      'editor.background': '#171b22',
      'editor.foreground': '#e6e9ef',
      'editorLineNumber.foreground': '#4a5263',
      'editorLineNumber.activeForeground': '#a9b1bf',
      'editor.lineHighlightBackground': '#1e232c',
      'editor.lineHighlightBorder': '#00000000',
      'editor.selectionBackground': '#34416b',
      'editor.inactiveSelectionBackground': '#2a3350',
      'editorCursor.foreground': '#8ea2ff',
      'editorIndentGuide.background1': '#232935',
      'editorGutter.background': '#171b22',
      ...uniformBrackets('#a9b1bf'),
      'focusBorder': '#00000000',
      'scrollbarSlider.background': '#ffffff1c',
      'scrollbarSlider.hoverBackground': '#ffffff30',
    },
  });
}
