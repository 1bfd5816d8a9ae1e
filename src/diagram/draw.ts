/**
 * Draws a layout (layout.ts) into an SVG element with D3. Keyed joins (frames by depth
 * and name, locals by name, objects by id, slots by label, arrows by origin) keep every
 * element from step to step and only update what changed; transitions animate the
 * change when asked to. All text from the program is set as text, never as markup.
 */
import { select } from 'd3';
import type { DrawContext } from './draw-context';
import { drawArrows } from './draw-arrows';
import { drawFrames } from './draw-frames';
import { drawObjects } from './draw-objects';
import type { DiagramLayout, ObjectBox } from './model';

/** How to draw. */
export interface DrawOptions {
  /**
   * Put the data-* attributes the browser tests rely on (data-frame, data-var,
   * data-target, data-object-id, data-type, data-refcount, data-state, data-from,
   * data-to). Off for the empty-state sketch, so tests never see it. Default true.
   */
  testHooks?: boolean;
  /**
   * Animate what changed since the last drawing into this SVG (slides, morphs, fades,
   * count pulses; about 300 ms). Pass false for reduced motion and for any move that is
   * not one step forward: the drawing then jumps straight to the layout. Default true.
   */
  animate?: boolean;
  /** The id of the selected object, outlined (and its arrows emphasised). */
  selected?: string | null;
  /**
   * Called with an object's id when the reader clicks its box or presses Enter or Space
   * on it. When given, object boxes are focusable buttons; without it they are pictures.
   */
  onSelect?: (id: string) => void;
}

/** What one SVG element keeps between drawings. */
interface SvgState {
  frames: SVGGElement;
  objects: SVGGElement;
  arrows: SVGGElement;
  markers: DrawContext['markers'];
  onSelect: ((id: string) => void) | undefined;
  last: DiagramLayout | null;
  entering: Set<Element>;
}

const states = new WeakMap<SVGSVGElement, SvgState>();
let serial = 0;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The object box an event happened in, if any (events are handled once, on the objects layer). */
function boxOf(target: EventTarget | null, layer: Element): SVGGElement | null {
  for (let node = target as Element | null; node && node !== layer; node = node.parentNode as Element | null) {
    if (node.classList?.contains('object')) return node as SVGGElement;
  }
  return null;
}

function idOf(node: SVGGElement): string | null {
  return select<SVGGElement, ObjectBox | undefined>(node).datum()?.id ?? null;
}

/** Makes the markers and the three layers (frames, objects, arrows on top) once per SVG element. */
function setup(element: SVGSVGElement): SvgState {
  const known = states.get(element);
  if (known && known.frames.parentNode === element) return known;
  const svg = select(element);
  svg.selectChildren().remove();
  // Ids unique per drawing: a page (or an exported copy) may hold more than one.
  const n = ++serial;
  const markers = { plain: `ml-arrow-${n}`, changed: `ml-arrow-${n}-changed`, unreachable: `ml-arrow-${n}-unreachable` };
  const defs = svg.append('defs');
  for (const [look, id] of Object.entries(markers)) {
    defs.append('marker')
      .attr('id', id)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9).attr('refY', 5)
      .attr('markerWidth', 7).attr('markerHeight', 7)
      .attr('orient', 'auto-start-reverse')
      .append('path').attr('d', 'M0,0 L10,5 L0,10 z').attr('class', `arrowhead arrowhead-${look}`);
  }
  const frames = svg.append('g').attr('class', 'layer-frames').node()!;
  const objects = svg.append('g').attr('class', 'layer-objects').node()!;
  const arrows = svg.append('g').attr('class', 'layer-arrows').node()!;
  const state: SvgState = { frames, objects, arrows, markers, onSelect: undefined, last: null, entering: new Set() };
  select(objects)
    .on('click.select', (event: MouseEvent) => {
      const box = boxOf(event.target, objects);
      const id = box && idOf(box);
      if (id && state.onSelect) state.onSelect(id);
    })
    .on('keydown.select', (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const box = boxOf(event.target, objects);
      const id = box && idOf(box);
      if (!id || !state.onSelect || event.target !== box) return;
      event.preventDefault();
      state.onSelect(id);
    });
  states.set(element, state);
  return state;
}

/**
 * Draws `layout` into `element`, updating the elements of the previous drawing in place.
 * With animations off the result is exactly the drawing of `layout` from scratch, so
 * stepping back restores every earlier picture.
 */
export function drawDiagram(element: SVGSVGElement, layout: DiagramLayout, options: DrawOptions = {}): void {
  const state = setup(element);
  state.onSelect = options.onSelect;
  // Redrawing the same layout (say, for a new selection) must not replay its animation,
  // and a reader who asked for less motion gets none whatever the caller passed.
  const animate = (options.animate ?? true) && layout !== state.last && !prefersReducedMotion();
  for (const node of state.entering) node.classList.remove('is-entering');
  const context: DrawContext = {
    hooks: options.testHooks ?? true,
    animate,
    interactive: options.onSelect !== undefined,
    config: layout.config,
    markers: state.markers,
    entering: new Set(),
  };
  select(element)
    .attr('width', layout.width)
    .attr('height', layout.height)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .classed('is-collection', layout.collection);
  drawFrames(state.frames, layout.frames, context);
  const objects = drawObjects(state.objects, layout.objects, context);
  const arrows = drawArrows(state.arrows, layout.arrows, context);

  // Touches only what differs: a browser re-examines styles (and the accessibility tree) on every write.
  const selected = options.selected ?? null;
  objects.each(function (d) {
    const on = d.id === selected;
    if (this.classList.contains('is-selected') !== on) this.classList.toggle('is-selected', on);
    const pressed = context.interactive ? String(on) : null;
    if (this.getAttribute('aria-pressed') !== pressed) {
      if (pressed === null) this.removeAttribute('aria-pressed');
      else this.setAttribute('aria-pressed', pressed);
    }
  });
  arrows.each(function (d) {
    const on = selected !== null && (d.to === selected || d.source === selected);
    if (this.classList.contains('is-related') !== on) this.classList.toggle('is-related', on);
  });
  state.entering = context.entering;
  state.last = layout;
}
