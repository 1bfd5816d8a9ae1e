/**
 * Writes that skip themselves when nothing would change. Chromium re-examines style and
 * layout (and re-shapes SVG text) on every text or attribute write, even an equal one, so
 * a box whose only change is a class must not rewrite its texts.
 */

/** Sets `node`'s text, unless it already is `text`. */
export function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets (or, for null, removes) an attribute, unless it already has that value. */
export function setAttr(node: Element, name: string, value: string | null): void {
  if (value === null) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}
