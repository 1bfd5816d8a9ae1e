/** The names of the icons the interface uses. */
export type IconName =
  | 'play' | 'stop' | 'first' | 'back' | 'forward' | 'last'
  | 'sun' | 'moon' | 'monitor' | 'file' | 'keyboard' | 'terminal' | 'sparkle'
  | 'pause' | 'zoom-in' | 'zoom-out' | 'fit' | 'actual-size';

const PATHS: Record<IconName, string> = {
  play: 'M7 4.5v15l12-7.5z',
  stop: 'M6.5 6.5h11v11h-11z',
  first: 'M6 5v14M18 5l-9 7 9 7z',
  back: 'M16 5l-9 7 9 7z',
  forward: 'M8 5l9 7-9 7z',
  last: 'M18 5v14M6 5l9 7-9 7z',
  sun: 'M12 7.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
  monitor: 'M3.5 5h17v11h-17zM9 20h6M12 16v4',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  keyboard: 'M3 7h18v10H3zM7 11h.01M11 11h.01M15 11h.01M8 14h8',
  terminal: 'M4 5h16v14H4zM8 10l3 2-3 2M13 15h3',
  sparkle: 'M12 3l1.8 5.2L19 10l-5.2 1.8L12 17l-1.8-5.2L5 10l5.2-1.8z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  'zoom-in': 'M10.5 4.5a6 6 0 1 0 0 12 6 6 0 0 0 0-12zM15 15l5 5M10.5 7.5v6M7.5 10.5h6',
  'zoom-out': 'M10.5 4.5a6 6 0 1 0 0 12 6 6 0 0 0 0-12zM15 15l5 5M7.5 10.5h6',
  fit: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  'actual-size': 'M4 5h16v14H4zM8.5 10l1.5-1v6M14 10l1.5-1v6',
};

const FILLED: ReadonlySet<IconName> = new Set(['play', 'stop', 'back', 'forward', 'pause']);

/** A 24×24 line icon, hidden from assistive technology (the control carries the name). */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  const filled = FILLED.has(name);
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={filled ? 0 : 1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
      {(name === 'first' || name === 'last') && <path d={name === 'first' ? 'M18 5l-9 7 9 7z' : 'M6 5l9 7-9 7z'} fill="currentColor" stroke="none" />}
    </svg>
  );
}
