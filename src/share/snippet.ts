/**
 * The addresses the share menu hands out: the playground's permalink, the embed page's
 * address and its `<iframe>` snippet. All are computed from the current page's address,
 * so they work from any static host and sub-folder.
 */

/** The embed page, beside the playground's index.html. */
export const EMBED_PAGE = 'embed.html';

/** The playground's page, as the embed's "Open in Memory Lane" link names it (relative). */
export const APP_PAGE = 'index.html';

/** The default height of an embedded view, in CSS pixels (the diagram, the timeline and the explanation fit). */
export const EMBED_HEIGHT = 520;

/** The iframe's accessible title. */
export const EMBED_TITLE = 'Memory Lane: a Python program and its memory, step by step';

/** `pageHref` with its fragment replaced by `fragment` (the permalink of the current page). */
export function permalink(pageHref: string, fragment: string): string {
  const url = new URL(pageHref);
  url.hash = fragment;
  return url.href;
}

/** The absolute address of the embed page for `fragment`, next to the page at `pageHref`. */
export function embedUrl(pageHref: string, fragment: string): string {
  const url = new URL(EMBED_PAGE, pageHref);
  url.search = '';
  url.hash = fragment;
  return url.href;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<iframe>` snippet that embeds the view at `src`. */
export function iframeSnippet(src: string, { height = EMBED_HEIGHT, title = EMBED_TITLE } = {}): string {
  const h = Number.isFinite(height) && height > 0 ? Math.round(height) : EMBED_HEIGHT;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${h}" loading="lazy" style="border: 0; max-width: 100%;"></iframe>`
  );
}
