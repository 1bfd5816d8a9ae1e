/**
 * The playground's side of permalinks: the link in the address when the page opens (or
 * pasted into the address bar later) is opened, then taken out of the address, so a
 * reload shows the reader's own edits instead of opening the link again.
 */
import { browserStorage, type AppStore } from '../store';
import { parseLink } from './link';
import { linkNotice } from './notice';
import { openLink } from './open';

/** The page's fragment, or '' (reading the address cannot fail, but a sandbox is no place to find out). */
export function currentFragment(): string {
  try {
    return window.location.hash;
  } catch {
    return '';
  }
}

/** Takes the fragment out of the address without a reload or a new history entry. */
function dropFragment(): void {
  try {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
  } catch {
    // A sandboxed page may refuse: the link then stays in the address, which is harmless.
  }
}

/** Opens the link in the page's address now and whenever the fragment changes. */
export function openLinksOnPage(store: AppStore): void {
  const storage = browserStorage();
  const openFragment = () => {
    const parsed = parseLink(currentFragment());
    if (parsed.kind === 'none') return;
    dropFragment();
    void openLink(store, parsed, { draftStorage: storage, notices: linkNotice });
  };
  openFragment();
  window.addEventListener('hashchange', openFragment);
}
