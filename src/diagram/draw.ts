import { select, type Selection } from 'd3';
import { shortId, type ArrowPath, type DiagramLayout, type FrameBox, type LocalRow, type ObjectBox } from './layout';

type Root = Selection<SVGSVGElement, unknown, null, undefined>;

/** How to draw. */
export interface DrawOptions {
  /**
   * Put the data-* attributes the browser tests rely on (data-frame, data-var,
   * data-target, data-object-id, data-type, data-refcount, data-state, data-from,
   * data-to). Off for the empty-state sketch, so tests never see it. Default true.
   */
  testHooks?: boolean;
}

/** The attribute value when test hooks are on, else null (which removes it). */
function hook<T, V>(on: boolean, value: (d: T) => V): ((d: T) => V) | null {
  return on ? value : null;
}

const MARKER_ID = 'memory-lane-arrowhead';

/** Makes sure the SVG has its marker definition and its three layers, in drawing order. */
function ensureLayers(svg: Root): void {
  if (!svg.select('defs').empty()) return;
  svg.append('defs')
    .append('marker')
    .attr('id', MARKER_ID)
    .attr('viewBox', '0 0 10 10')
    .attr('refX', 9).attr('refY', 5)
    .attr('markerWidth', 7).attr('markerHeight', 7)
    .attr('orient', 'auto-start-reverse')
    .append('path').attr('d', 'M0,0 L10,5 L0,10 z').attr('class', 'arrowhead');
  svg.append('g').attr('class', 'layer-frames');
  svg.append('g').attr('class', 'layer-objects');
  svg.append('g').attr('class', 'layer-arrows');
}

function drawFrames(svg: Root, frames: FrameBox[], hooks: boolean): void {
  svg.select('.layer-frames')
    .selectAll<SVGGElement, FrameBox>('g.frame')
    .data(frames, (d) => d.key)
    .join((enter) => enter.append('g').attr('class', 'frame'))
    .attr('data-frame', hook(hooks, (d: FrameBox) => d.name))
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .each(function (frame) {
      const g = select(this);
      g.selectAll('*').remove();
      g.append('rect').attr('class', 'frame-box').attr('width', frame.width).attr('height', frame.height).attr('rx', 8);
      g.append('text').attr('class', 'frame-name').attr('x', 12).attr('y', 19).text(frame.name);
      const rows = g.selectAll('g.local').data(frame.rows).join('g').attr('class', 'local')
        .attr('data-var', hook(hooks, (d: LocalRow) => d.name)).attr('data-target', hook(hooks, (d: LocalRow) => d.target))
        .attr('transform', (d) => `translate(0,${d.y - frame.y})`);
      rows.append('text').attr('class', 'local-name').attr('x', 12).attr('dy', '0.35em').text((d) => d.name);
      rows.append('circle').attr('class', 'local-dot').attr('cx', frame.width - 10).attr('r', 3.5);
    });
}

function drawObjects(svg: Root, objects: ObjectBox[], hooks: boolean): void {
  svg.select('.layer-objects')
    .selectAll<SVGGElement, ObjectBox>('g.object')
    .data(objects, (d) => d.id)
    .join((enter) => enter.append('g').attr('class', 'object'))
    .attr('data-object-id', hook(hooks, (d: ObjectBox) => d.id))
    .attr('data-type', hook(hooks, (d: ObjectBox) => d.type))
    .attr('data-refcount', hook(hooks, (d: ObjectBox) => d.refcount))
    .attr('data-state', hook(hooks, (d: ObjectBox) => d.state))
    .classed('shared', (d) => d.shared)
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .each(function (object) {
      const g = select(this);
      g.selectAll('*').remove();
      g.append('rect').attr('class', 'object-box').attr('width', object.width).attr('height', object.height).attr('rx', 8);
      g.append('text').attr('class', 'object-type').attr('x', 12).attr('y', 18).text(object.type);
      // A shared singleton's count belongs to all of Python, and a freed object has none: the badge says so instead of a number.
      const badgeText = object.shared ? 'shared' : object.state === 'freed' ? 'freed' : String(object.refcount);
      const badgeWidth = badgeText.length > 3 ? 50 : 28;
      const badgeX = object.width - 8 - badgeWidth / 2;
      g.append('text').attr('class', 'object-id').attr('x', badgeX - badgeWidth / 2 - 8).attr('y', 18)
        .attr('text-anchor', 'end').text(`id ${shortId(object.id)}`);
      const badge = g.append('g').attr('class', 'refcount').attr('transform', `translate(${badgeX},13)`);
      badge.append('title').text(object.shared ? 'A shared object: its reference count belongs to all of Python' : object.state === 'freed' ? 'Freed at this step' : `Reference count ${object.refcount}`);
      badge.append('rect').attr('x', -badgeWidth / 2).attr('y', -9).attr('width', badgeWidth).attr('height', 18).attr('rx', 9);
      badge.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em').text(badgeText);
      g.append('text').attr('class', 'object-value').attr('x', 12).attr('y', 28 + 17).text(object.value);
      const slots = g.selectAll('g.slot').data(object.slots).join('g').attr('class', 'slot')
        .attr('transform', (d) => `translate(0,${d.y - object.y})`);
      slots.append('text').attr('class', 'slot-label').attr('x', 12).attr('dy', '0.35em').text((d) => d.label);
      slots.append('circle').attr('class', 'local-dot').attr('cx', object.width - 10).attr('r', 3.5);
    });
}

function drawArrows(svg: Root, arrows: ArrowPath[], hooks: boolean): void {
  svg.select('.layer-arrows')
    .selectAll<SVGPathElement, ArrowPath>('path.arrow')
    .data(arrows, (d) => d.key)
    .join('path')
    .attr('class', 'arrow')
    .attr('data-from', hook(hooks, (d: ArrowPath) => d.from))
    .attr('data-to', hook(hooks, (d: ArrowPath) => d.to))
    .attr('d', (d) => d.d)
    .attr('marker-end', `url(#${MARKER_ID})`);
}

/**
 * Draws a layout into an SVG element with D3 data joins keyed by frame and object id,
 * so boxes keep their element from step to step. All text is set as text, never HTML.
 */
export function drawDiagram(element: SVGSVGElement, layout: DiagramLayout, options: DrawOptions = {}): void {
  const hooks = options.testHooks ?? true;
  const svg: Root = select(element);
  ensureLayers(svg);
  svg.attr('width', layout.width).attr('height', layout.height)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  drawFrames(svg, layout.frames, hooks);
  drawObjects(svg, layout.objects, hooks);
  drawArrows(svg, layout.arrows, hooks);
}
