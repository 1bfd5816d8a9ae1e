import { useEffect } from 'react';
import { useStoreApi } from '../../store';

/** Ctrl/Cmd+Enter runs the program from anywhere on the page (the editor handles its own). */
export function useGlobalShortcuts(): void {
  const store = useStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('.monaco-editor')) return;
      event.preventDefault();
      void store.getState().run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
