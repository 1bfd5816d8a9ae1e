/**
 * One row of a frame (a local) or of an object (a slot): its label on the left and, on
 * the right, either the dot its arrow leaves from or, for a folded shared object, the
 * object's value with a hollow marker and a tooltip saying it is still one shared object.
 * Each row's elements are made once and then only updated.
 */
import type { Selection } from 'd3';
import type { FoldedValue } from './model';
import { DOT_INSET } from './arrows';
import { setAttr, setText } from './dom-write';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a row shows; the same for a local and a slot. */
export interface RowView {
  /** The full label, in the tooltip when `text` had to be cut. */
  label: string;
  text: string;
  folded: FoldedValue | null;
  changed: boolean;
  /** Width of the box the row is in. */
  width: number;
}

/** The row's content as one string, to tell whether it needs redrawing. */
export function rowSignature(row: RowView): string {
  const f = row.folded;
  return `${row.label}\u0001${row.text}\u0001${row.width}\u0001${row.changed ? 1 : 0}\u0001${f ? `${f.id}\u0001${f.text}\u0001${f.title}` : ''}`;
}

/** Makes a new row's elements (`labelClass` is `local-name` or `slot-label`); a folded row's extras come when needed. */
export function buildRow<D>(rows: Selection<SVGGElement, D, SVGGElement, unknown>, labelClass: string): void {
  rows.append('text').attr('class', labelClass).attr('x', 12).attr('dy', '0.35em');
  rows.append('circle').attr('class', 'local-dot').attr('r', 3.5);
}

/**
 * The row's extras after its label and dot, made or dropped so that exactly `wanted`
 * (element name and class) follow, in that order: the same row content always gives the
 * same elements, however the row got there.
 */
function extras(node: SVGGElement, wanted: Array<[name: string, className: string]>): SVGElement[] {
  const have = Array.from(node.children).slice(2) as SVGElement[];
  if (have.length === wanted.length && have.every((e, i) => e.getAttribute('class') === wanted[i][1])) return have;
  for (const element of have) element.remove();
  return wanted.map(([name, className]) => {
    const made = node.ownerDocument.createElementNS(SVG_NS, name) as SVGElement;
    made.setAttribute('class', className);
    return node.appendChild(made);
  });
}

/** Brings a row's elements up to date (label, dot or folded value, change highlight, tooltip). */
export function updateRow(node: SVGGElement, row: RowView): void {
  const label = node.children[0] as SVGTextElement;
  const dot = node.children[1] as SVGCircleElement;
  setText(label, row.text);
  setAttr(dot, 'cx', String(row.width - DOT_INSET));
  node.classList.toggle('is-changed', row.changed);
  node.classList.toggle('is-folded', row.folded !== null);
  // A tooltip only when there is something to tell: an empty <title> would still be announced.
  const tip = [row.text !== row.label ? row.label : '', row.folded ? row.folded.title : ''].filter(Boolean).join('\n');
  const wanted: Array<[string, string]> = row.folded ? [['text', 'folded-value'], ['circle', 'folded-marker']] : [];
  if (tip) wanted.push(['title', 'row-title']);
  const made = extras(node, wanted);
  if (row.folded) {
    const [value, marker] = made;
    setAttr(value, 'x', String(row.width - DOT_INSET - 9));
    setAttr(value, 'text-anchor', 'end');
    setAttr(value, 'dy', '0.35em');
    setText(value, row.folded.text);
    setAttr(marker, 'cx', String(row.width - DOT_INSET));
    setAttr(marker, 'r', '4');
  }
  if (tip) setText(made[made.length - 1], tip);
}
