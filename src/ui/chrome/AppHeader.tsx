import { LessonsMenu } from '../lessons/LessonsMenu';
import { ShareMenu } from '../share/ShareMenu';
import { ThemeToggle } from './ThemeToggle';

/** The Memory Lane mark: a name (left) pointing at an object (right). */
export function LogoMark() {
  return (
    <svg className="logo-mark" width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="logo-bg" />
      <rect x="6" y="9" width="8" height="14" rx="2.5" className="logo-frame" />
      <path d="M11 16h7.5" className="logo-arrow" />
      <path d="M17 13l3 3-3 3" className="logo-arrow" />
      <circle cx="23.5" cy="16" r="4" className="logo-object" />
    </svg>
  );
}

/** The top bar: the product's name and the page-wide controls. */
export function AppHeader() {
  return (
    <header className="app-header">
      <div className="brand">
        <LogoMark />
        <span className="brand-name">Memory Lane</span>
        <span className="brand-tagline hide-narrow">Python's memory, one step at a time</span>
      </div>
      <nav className="header-actions" aria-label="Page">
        <LessonsMenu />
        <ShareMenu />
        <ThemeToggle />
      </nav>
    </header>
  );
}
