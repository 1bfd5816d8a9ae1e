/**
 * The frames column: one box per frame (keyed by depth and name), one row per local
 * (keyed by name). Boxes and rows keep their elements from step to step.
 */
import { select } from 'd3';
import type { FrameBox, LocalRow } from './model';
import { contentChanged, moveTo } from './motion';
import { buildRow, rowSignature, updateRow, type RowView } from './draw-rows';
import type { DrawContext } from './draw-context';

function rowView(row: LocalRow, frame: FrameBox): RowView {
  return { label: row.name, text: row.nameText, folded: row.folded, changed: row.changed, width: frame.width };
}

function frameSignature(frame: FrameBox, context: DrawContext): string {
  return [frame.name, frame.nameText, frame.width, frame.height, frame.change, context.hooks ? 1 : 0].join('\u0002');
}

/** Draws the frames into their layer. */
export function drawFrames(layer: SVGGElement, frames: FrameBox[], context: DrawContext): void {
  select(layer)
    .selectChildren<SVGGElement, FrameBox>('g.frame')
    .data(frames, (d) => d.key)
    .join(
      (enter) => {
        const g = enter.append('g').attr('class', 'frame');
        g.append('title');
        g.append('rect').attr('class', 'frame-box').attr('rx', 8);
        g.append('text').attr('class', 'frame-name').attr('x', 12);
        if (context.animate) g.classed('is-entering', true).each(function () { context.entering.add(this); });
        return g;
      },
      (update) => update,
      (exit) => exit.remove(),
    )
    .each(function (frame) {
      moveTo(this, frame.x, frame.y, context.animate);
      if (contentChanged(this, frameSignature(frame, context))) {
        const g = select(this);
        g.attr('data-frame', context.hooks ? frame.name : null)
          .classed('is-new', frame.change === 'new');
        g.select('title').text(frame.name);
        g.select<SVGRectElement>('rect.frame-box').attr('width', frame.width).attr('height', frame.height);
        g.select<SVGTextElement>('text.frame-name').attr('y', context.config.headerHeight / 2).attr('dy', '0.35em').text(frame.nameText);
      }
      select(this)
        .selectChildren<SVGGElement, LocalRow>('g.local')
        .data(frame.rows, (d) => d.name)
        .join(
          (enter) => enter.append('g').attr('class', 'local').call(buildRow, 'local-name'),
          (update) => update,
          (exit) => exit.remove(),
        )
        .each(function (row) {
          const view = rowView(row, frame);
          const signature = `${rowSignature(view)}\u0002${row.target}\u0002${row.y - frame.y}\u0002${context.hooks ? 1 : 0}`;
          if (!contentChanged(this, signature)) return;
          this.setAttribute('transform', `translate(0,${row.y - frame.y})`);
          if (context.hooks) {
            this.setAttribute('data-var', row.name);
            this.setAttribute('data-target', row.target);
          } else {
            this.removeAttribute('data-var');
            this.removeAttribute('data-target');
          }
          updateRow(this, view);
        });
    });
}
