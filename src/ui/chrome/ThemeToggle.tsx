import { useActions, useAppStore } from '../../store';
import type { ThemeChoice } from '../../store';
import { Icon, type IconName } from './Icon';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const ICON: Record<ThemeChoice, IconName> = { system: 'monitor', light: 'sun', dark: 'moon' };

/** A button that cycles the colour theme: system → light → dark. */
export function ThemeToggle() {
  const theme = useAppStore((s) => s.options.theme);
  const { setOption } = useActions();
  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon-label"
      aria-label={`Theme: ${LABEL[theme]}`}
      title={`Theme: ${LABEL[theme]} (click for ${LABEL[NEXT[theme]]})`}
      onClick={() => setOption('theme', NEXT[theme])}
    >
      <Icon name={ICON[theme]} />
      <span className="hide-narrow">{LABEL[theme]}</span>
    </button>
  );
}
