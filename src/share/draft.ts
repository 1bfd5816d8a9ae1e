/**
 * Opening a link replaces the code in the editor, and the autosave then saves the link's
 * code over the reader's draft. So, first, the draft is kept aside under a second key
 * (`memory-lane:draft-before-link`), and the notice offers to put it back.
 *
 * Opening a second link before editing the first must not lose the draft either: the
 * aside copy remembers which link's code replaced it, and while the saved code is still
 * exactly that link's, the aside copy is kept as it is.
 */
import type { StateStorage } from 'zustand/middleware';

/** The key of the draft kept aside. */
export const DRAFT_ASIDE_KEY = 'memory-lane:draft-before-link';

/** A program and its input. */
export interface Draft {
  code: string;
  stdin: string;
}

/** What is kept aside: the draft, and the link's program that replaced it. */
interface Aside {
  draft: Draft;
  replacedBy: Draft;
}

const same = (a: Draft, b: Draft) => a.code === b.code && a.stdin === b.stdin;

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const { code, stdin } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof stdin === 'string';
}

/** The aside copy, or null (none, unreadable or malformed). */
export function readAside(storage: StateStorage): Aside | null {
  try {
    const text = storage.getItem(DRAFT_ASIDE_KEY);
    if (typeof text !== 'string') return null;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { draft, replacedBy } = value as Record<string, unknown>;
    return isDraft(draft) && isDraft(replacedBy) ? { draft, replacedBy } : null;
  } catch {
    return null;
  }
}

function writeAside(storage: StateStorage, aside: Aside): void {
  try {
    void storage.setItem(DRAFT_ASIDE_KEY, JSON.stringify(aside));
  } catch {
    // Full or disabled storage: the notice still holds the draft for this visit.
  }
}

/** Forgets the aside copy. */
export function clearAside(storage: StateStorage): void {
  try {
    void storage.removeItem(DRAFT_ASIDE_KEY);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

/**
 * Keeps the reader's draft `saved` aside before a link's program `incoming` replaces it,
 * and returns the draft the reader may restore, or null when there is none worth
 * offering (`saved` is the same as `incoming`, or `disposable`: e.g. the untouched
 * starter program).
 */
export function keepDraftAside(
  storage: StateStorage,
  saved: Draft,
  incoming: Draft,
  disposable: (draft: Draft) => boolean = () => false,
): Draft | null {
  const aside = readAside(storage);
  // The saved code is a link's, never edited: the draft before it is still the one aside.
  if (aside && same(saved, aside.replacedBy)) {
    if (same(aside.draft, incoming)) return null;
    if (!same(incoming, aside.replacedBy)) writeAside(storage, { draft: aside.draft, replacedBy: incoming });
    return aside.draft;
  }
  if (same(saved, incoming) || disposable(saved)) return null;
  writeAside(storage, { draft: saved, replacedBy: incoming });
  return saved;
}
