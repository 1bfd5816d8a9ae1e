import { useEffect, useRef, useState } from 'react';
import { useStoreApi } from '../../store';
import { useResolvedTheme } from '../chrome/theme';
import type { PythonEditor } from './monaco';
import { useTraceMarks } from './useTraceMarks';

/** Loads Monaco (a separate chunk) once the editor's font is ready, so it measures right. */
function loadMonaco() {
  const font = document.fonts?.load('14px "JetBrains Mono Variable"').catch(() => undefined);
  return Promise.all([import('./monaco'), font]).then(([module]) => module);
}

/**
 * The Monaco editor bound to the store: typing updates `code`, outside changes to `code`
 * (a lesson, a permalink) update the editor, Ctrl/Cmd+Enter runs the program, and the
 * shown step's lines, the run's error and gutter jumps come from useTraceMarks.
 * Until Monaco has loaded, the code is shown as plain text.
 */
export function CodeEditor() {
  const store = useStoreApi();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<PythonEditor | null>(null);
  const [loaded, setLoaded] = useState<PythonEditor | null>(null);
  const ready = loaded !== null;
  const [failed, setFailed] = useState<string | null>(null);
  const dark = useResolvedTheme() === 'dark';
  const darkRef = useRef(dark);
  darkRef.current = dark;

  useEffect(() => {
    let disposed = false;
    let unsubscribe = () => {};
    loadMonaco()
      .then(({ createPythonEditor }) => {
        if (disposed || !host.current) return;
        const instance = createPythonEditor(host.current, {
          value: store.getState().code,
          dark: darkRef.current,
          onChange: (code) => store.getState().setCode(code),
          onRun: () => void store.getState().run(),
        });
        editor.current = instance;
        unsubscribe = store.subscribe((state, previous) => {
          if (state.code !== previous.code) instance.setValue(state.code);
        });
        setLoaded(instance);
      })
      .catch((error: unknown) => {
        if (!disposed) setFailed(error instanceof Error ? error.message : String(error));
      });
    return () => {
      disposed = true;
      unsubscribe();
      editor.current?.dispose();
      editor.current = null;
    };
  }, [store]);

  useEffect(() => editor.current?.setDark(dark), [dark, ready]);
  useTraceMarks(loaded);

  return (
    <div className="code-editor" data-ready={ready ? 'true' : 'false'}>
      <div className="code-editor-host" ref={host} />
      {!ready && (
        <pre className="code-editor-fallback" aria-hidden={failed ? undefined : 'true'}>
          {failed ? `The editor could not load: ${failed}` : store.getState().code}
        </pre>
      )}
    </div>
  );
}
