/**
 * The part of a layout a reader can see. A browser lays out, hit-tests and paints every
 * element of an SVG whenever anything in it changes, so a step of 2,000 boxes costs
 * hundreds of milliseconds even when only one box moved; drawing only the boxes and
 * arrows near the visible window keeps a step's cost to what is on screen. Positions
 * are the layout's own, so a culled drawing is the full drawing seen through a window.
 */
import type { ArrowPath, DiagramLayout } from './model';

/** A rectangle in layout coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Rect, x: number, y: number, width: number, height: number): boolean {
  return x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y;
}

/** The box around an arrow: a cubic Bézier lies inside the hull of its four points. */
function arrowBox(arrow: ArrowPath): Rect | null {
  const n = arrow.d.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g);
  if (!n || n.length < 8) return null;
  const xs = [0, 2, 4, 6].map((i) => Number(n[i]));
  const ys = [1, 3, 5, 7].map((i) => Number(n[i]));
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * The layout with only the frames, objects and arrows that touch `view`; the same
 * layout object when everything does (a small step is never copied).
 */
export function visibleLayout(layout: DiagramLayout, view: Rect): DiagramLayout {
  const objects = layout.objects.filter((o) => overlaps(view, o.x, o.y, o.width, o.height));
  const frames = layout.frames.filter((f) => overlaps(view, f.x, f.y, f.width, f.height));
  const arrows = layout.arrows.filter((a) => {
    const box = arrowBox(a);
    return box === null || overlaps(view, box.x, box.y, box.width, box.height);
  });
  if (objects.length === layout.objects.length && frames.length === layout.frames.length && arrows.length === layout.arrows.length) return layout;
  return { ...layout, objects, frames, arrows };
}

/**
 * The window to draw for a view showing `view`: grown by `margin` on every side and
 * snapped outwards to a grid of that size, so panning a little keeps the same window
 * (and draws nothing new) until the reader nears its edge.
 */
export function drawWindow(view: Rect, margin = 320): Rect {
  const x0 = Math.floor((view.x - margin) / margin) * margin;
  const y0 = Math.floor((view.y - margin) / margin) * margin;
  const x1 = Math.ceil((view.x + view.width + margin) / margin) * margin;
  const y1 = Math.ceil((view.y + view.height + margin) / margin) * margin;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
