/** Copying text for the share menu, with a fallback for browsers or frames without clipboard access. */

/** How a copy went: on the clipboard, or only selected in its field (the reader copies it). */
export type CopyResult = 'copied' | 'selected';

/**
 * Copies `text`: through the asynchronous clipboard when the page may use it, else by
 * selecting `field` (a read-only text field showing the same text) and asking the
 * browser to copy the selection; when that is refused too, the text stays selected.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<CopyResult> {
  try {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (no permission, an iframe without clipboard-write, an insecure page): fall back.
  }
  if (!field) return 'selected';
  field.focus();
  field.select();
  try {
    return document.execCommand('copy') ? 'copied' : 'selected';
  } catch {
    return 'selected';
  }
}
