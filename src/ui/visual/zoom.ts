import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';

/** The smallest and largest zoom a reader can reach. */
export const ZOOM_EXTENT: [number, number] = [0.1, 4];

/** The zoom factor of one press of "Zoom in" / "Zoom out". */
export const ZOOM_STEP = 1.25;

/** What the diagram's zoom needs from its caller. */
export interface Viewport {
  /** The visible area, in CSS pixels. */
  width: number;
  height: number;
}

/**
 * The smallest scale the view shrinks to by itself as a drawing grows (below it,
 * text gets too small to read, and the reader pans instead).
 */
export const AUTO_FIT_MIN = 0.6;

/**
 * The transform that shows a `content` drawing whole inside `viewport`, never
 * enlarged past 1:1 (a small diagram stays at its natural size, top-left) nor
 * shrunk below `min`. A shrunk drawing stays at the top left, where the frames are.
 */
export function fitTransform(content: Viewport, viewport: Viewport, min = ZOOM_EXTENT[0]): ZoomTransform {
  if (content.width <= 0 || content.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return zoomIdentity;
  const k = Math.max(min, Math.min(1, viewport.width / content.width, viewport.height / content.height));
  return k === 1 ? zoomIdentity : zoomIdentity.scale(k);
}

/**
 * Attaches d3-zoom to the viewport SVG, applying its transform to `layer`; `size`
 * gives the viewport's current size.
 * Dragging pans; a plain wheel scrolls the drawing (as the page would), and a
 * wheel with Ctrl/Cmd (a trackpad pinch sends that) zooms around the pointer,
 * so the page never zooms by surprise under a scrolling reader.
 */
export function attachZoom(
  viewport: SVGSVGElement,
  layer: SVGGElement,
  size: () => Viewport,
  onUserZoom: () => void,
  onTransform: (t: ZoomTransform) => void,
): ZoomBehavior<SVGSVGElement, unknown> {
  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent(ZOOM_EXTENT)
    // The view's size as last observed: d3's default measures the element, forcing a layout at every step.
    .extent(() => {
      const { width, height } = size();
      return [[0, 0], [width, height]];
    })
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type === 'dblclick') return false;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      layer.setAttribute('transform', event.transform.toString());
      onTransform(event.transform);
      if (event.sourceEvent) onUserZoom();
    });
  const root = select(viewport);
  root.call(behavior);
  root.on('wheel.pan', (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const k = (root.property('__zoom') as ZoomTransform | undefined)?.k ?? 1;
    behavior.translateBy(root, -event.deltaX / k, -event.deltaY / k);
    onUserZoom();
  });
  return behavior;
}
