/**
 * The notice shown after opening a link: why a link could not be opened, or that the
 * link's program replaced the reader's draft (with a way to put it back). A small store
 * of its own, so the application store stays as it is.
 */
import { createStore } from 'zustand/vanilla';

/** What the notice says. All of it is shown as text, never as markup. */
export type LinkNotice =
  /** The link could not be opened; the reader's own code is shown. */
  | { kind: 'broken'; message: string }
  /** The link's program replaced the reader's draft; `restore` puts the draft back. */
  | { kind: 'replaced'; message: string; restore: () => void }
  /** A short confirmation (the draft is back). */
  | { kind: 'info'; message: string };

export interface NoticeState {
  notice: LinkNotice | null;
  show: (notice: LinkNotice) => void;
  dismiss: () => void;
}

/** Makes a notice store. */
export function createNoticeStore() {
  return createStore<NoticeState>()((set) => ({
    notice: null,
    show: (notice) => set({ notice }),
    dismiss: () => set({ notice: null }),
  }));
}

export type NoticeStore = ReturnType<typeof createNoticeStore>;

/** The page's notice. */
export const linkNotice: NoticeStore = createNoticeStore();
