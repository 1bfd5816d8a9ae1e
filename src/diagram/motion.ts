/**
 * Moving things between two drawings. Every target (a box's place, an arrow's shape) is
 * remembered per element, so a redraw that changes nothing starts nothing, and a redraw
 * without animation cancels whatever is still moving and puts the element exactly where
 * the layout says: the picture after the call never depends on the one before it.
 */
import { easeCubicOut, interrupt, select } from 'd3';
import { setAttr } from './dom-write';

/** Length of every transition, in milliseconds. */
export const DURATION = 300;

const targets = new WeakMap<Element, string>();
const contents = new WeakMap<Element, string>();

/**
 * True when `signature` differs from what `node` was last drawn with (and remembers it).
 * Lets a redraw skip the children of every box that did not change, which is most of them.
 */
export function contentChanged(node: Element, signature: string): boolean {
  if (contents.get(node) === signature) return false;
  contents.set(node, signature);
  return true;
}

const TRANSLATE = /^translate\((-?[\d.e+-]+),\s*(-?[\d.e+-]+)\)$/;

function translate(x: number, y: number): string {
  return `translate(${x},${y})`;
}

/**
 * Puts a group at (x, y): slides it there from where it is when `animate` (and it was
 * drawn before), else jumps. Chained moves start from wherever the last one had got to.
 */
export function moveTo(node: SVGGElement, x: number, y: number, animate: boolean): void {
  const target = translate(x, y);
  const before = targets.get(node);
  if (before === target) return;
  targets.set(node, target);
  if (!animate || before === undefined) {
    interrupt(node, 'move');
    node.setAttribute('transform', target);
    return;
  }
  select(node)
    .transition('move')
    .duration(DURATION)
    .ease(easeCubicOut)
    .attrTween('transform', function () {
      const from = TRANSLATE.exec(this.getAttribute('transform') ?? '');
      if (!from) return () => target;
      const x0 = Number(from[1]);
      const y0 = Number(from[2]);
      return (t: number) => (t >= 1 ? target : translate(Math.round((x0 + (x - x0) * t) * 10) / 10, Math.round((y0 + (y - y0) * t) * 10) / 10));
    });
}

/** Gives a path its shape `d`: morphs into it when `animate` (all arrow paths share one command pattern), else jumps. */
export function reshape(node: SVGPathElement, d: string, animate: boolean): void {
  const before = targets.get(node);
  if (before === d) return;
  targets.set(node, d);
  if (!animate || before === undefined) {
    interrupt(node, 'morph');
    node.setAttribute('d', d);
    return;
  }
  select(node).transition('morph').duration(DURATION).ease(easeCubicOut).attr('d', d);
}

/**
 * Makes a badge swell and settle back, so a count that just went up or down catches the
 * eye. `base` is its resting transform, which it always ends on.
 */
export function pulse(node: SVGGElement, base: string, animate: boolean): void {
  interrupt(node, 'pulse');
  setAttr(node, 'transform', base);
  if (!animate) return;
  select(node)
    .transition('pulse')
    .duration(DURATION)
    .ease(easeCubicOut)
    .attrTween('transform', () => (t: number) => (t >= 1 ? base : `${base} scale(${(1.35 - 0.35 * t).toFixed(3)})`));
}
