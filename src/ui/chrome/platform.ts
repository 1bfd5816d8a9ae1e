/** True on Apple platforms, where the run shortcut is ⌘ rather than Ctrl. */
export function isApplePlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.userAgent);
}

/** The run shortcut as shown to the user. */
export function runShortcutLabel(): string {
  return isApplePlatform() ? '⌘ ↵' : 'Ctrl ↵';
}
