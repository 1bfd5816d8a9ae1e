import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../../store';
import type { ThemeChoice } from '../../store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** True when the system asks for a dark colour scheme (live). */
export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(DARK_QUERY).matches ?? false, () => false);
}

/** The theme in force: the user's choice, or the system's when the choice is "system". */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** The theme in force, live. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useAppStore((s) => s.options.theme);
  return resolveTheme(choice, useSystemPrefersDark());
}

/** Puts the chosen theme on <html data-theme> (CSS follows the system when it is absent). */
export function useDocumentTheme(): void {
  const choice = useAppStore((s) => s.options.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
  }, [choice]);
}
