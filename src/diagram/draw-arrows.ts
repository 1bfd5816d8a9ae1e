/**
 * The arrows: one path per reference, keyed by where it starts, so an arrow whose target
 * changes keeps its element and morphs into its new shape.
 */
import { select, type Selection } from 'd3';
import type { ArrowPath } from './model';
import { contentChanged, reshape } from './motion';
import type { DrawContext } from './draw-context';

function classes(arrow: ArrowPath): string {
  let names = `arrow arrow-${arrow.kind}`;
  if (arrow.changed) names += ' is-changed';
  if (arrow.unreachable) names += ' is-unreachable';
  return names;
}

function marker(arrow: ArrowPath, context: DrawContext): string {
  const m = context.markers;
  return `url(#${arrow.changed ? m.changed : arrow.unreachable ? m.unreachable : m.plain})`;
}

/** Draws the arrows into their layer; returns them for the selection pass. */
export function drawArrows(layer: SVGGElement, arrows: ArrowPath[], context: DrawContext): Selection<SVGPathElement, ArrowPath, SVGGElement, unknown> {
  return select(layer)
    .selectChildren<SVGPathElement, ArrowPath>('path.arrow')
    .data(arrows, (d) => d.key)
    .join(
      (enter) => {
        const path = enter.append('path').attr('class', 'arrow');
        if (context.animate) path.each(function () { context.entering.add(this); });
        return path;
      },
      (update) => update,
      (exit) => exit.remove(),
    )
    .each(function (arrow) {
      reshape(this, arrow.d, context.animate);
      const signature = `${arrow.from}\u0002${arrow.to}\u0002${arrow.kind}\u0002${arrow.changed}\u0002${arrow.unreachable}\u0002${context.hooks}`;
      if (!contentChanged(this, signature)) return;
      this.setAttribute('class', classes(arrow) + (context.entering.has(this) ? ' is-entering' : ''));
      this.setAttribute('marker-end', marker(arrow, context));
      if (context.hooks) {
        this.setAttribute('data-from', arrow.from);
        this.setAttribute('data-to', arrow.to);
      } else {
        this.removeAttribute('data-from');
        this.removeAttribute('data-to');
      }
    });
}
