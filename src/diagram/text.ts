/**
 * The words of the drawing. The layout is pure and runs without a DOM, so text cannot be
 * measured: widths are estimated from the fonts diagram.css sets (monospace is exact,
 * the sans-serif estimate is on the generous side so a fitted text never overflows).
 */
import type { HeapObject, ObjectId } from '../trace/protocol';
import type { FoldedValue, ObjectNote } from './model';

/** Average advance of one character, in pixels, for each text style of diagram.css. */
export const CHAR_WIDTH = {
  /** .object-value: monospace 14px. */
  value: 8.45,
  /** .local-name, .slot-label, .folded-value: monospace 13px. */
  mono: 7.85,
  /** .object-id: monospace 11px. */
  id: 6.65,
  /** .object-type, .frame-name: sans-serif 12px semi-bold. */
  sans: 7.6,
} as const;

/** The short form of an id shown in a box: its last four digits (the full id is in the tooltip and test hook). */
export function shortId(id: ObjectId): string {
  return id.length > 4 ? `…${id.slice(-4)}` : id;
}

/**
 * `text` cut to fit `width` pixels at `charWidth` per character, ending in "…" when cut.
 * Cuts between code points, never inside a surrogate pair.
 */
export function fitText(text: string, width: number, charWidth: number): string {
  const room = Math.max(1, Math.floor(width / charWidth + 1e-6));
  if (text.length <= room) return text;
  const chars = Array.from(text);
  if (chars.length <= room) return text;
  return `${chars.slice(0, Math.max(0, room - 1)).join('')}…`;
}

/** How many pixels `text` takes at `charWidth` per character. */
export function textWidth(text: string, charWidth: number): number {
  return text.length * charWidth;
}

/** A shared object's count belongs to all of Python and a freed one has none: the badge says so instead of a number. */
export function badgeText(object: HeapObject): string {
  if (object.shared) return 'shared';
  if (object.state === 'freed') return 'freed';
  return String(object.refcount);
}

/** Wide enough for the badge's text in its 11px semi-bold font. */
export function badgeWidth(text: string): number {
  return Math.max(28, Math.ceil(text.length * 7 + 14));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The badge's tooltip: what the number means, what it was, and the references no arrow shows. */
export function badgeTitle(object: HeapObject, previous: number | null): string {
  if (object.shared) return 'A shared object: its reference count belongs to all of Python';
  if (object.state === 'freed') return 'Freed at this step';
  let title = `Reference count ${object.refcount}`;
  if (previous !== null && previous !== object.refcount) title += ` (was ${previous})`;
  const hidden = object.hidden.filter(([, n]) => n > 0).map(([reason, n]) => `${reason} ×${n}`);
  if (hidden.length > 0) title += `; not drawn as arrows: ${hidden.join(', ')}`;
  return title;
}

/** The accessible name of an object box, e.g. "list id …1234, 2 references, value len 2". */
export function objectLabel(id: ObjectId, object: HeapObject, note: ObjectNote | null): string {
  const count = object.shared ? 'shared object' : object.state === 'freed' ? 'freed' : plural(object.refcount, 'reference');
  let label = `${object.type} id ${shortId(id)}, ${count}, value ${object.value}`;
  if (note && note !== 'freed') label += `, ${note}`;
  return label;
}

/** A shared object folded into a row of `room` pixels: its value, and a tooltip that it is still an object. */
export function foldedValue(id: ObjectId, object: HeapObject, room: number): FoldedValue {
  return {
    id, type: object.type, value: object.value,
    text: fitText(object.value, room, CHAR_WIDTH.mono),
    title: `${object.value}: one shared ${object.type} object, id ${id}`,
  };
}
