/**
 * The arrows of a layout. Every path is one cubic Bézier `M x,y C x,y x,y x,y`, so the
 * drawing can morph any arrow into its next shape with a plain string interpolation.
 */
import type { ObjectId } from '../trace/protocol';
import type { ArrowPath, FrameBox, LayoutConfig, ObjectBox } from './model';

/** Distance of the dot a row's arrow starts from, left of its box's right edge. */
export const DOT_INSET = 10;

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function bezier(x1: number, y1: number, c1x: number, c2x: number, x2: number, y2: number): string {
  return `M${round(x1)},${round(y1)} C${round(c1x)},${round(y1)} ${round(c2x)},${round(y2)} ${round(x2)},${round(y2)}`;
}

/** Where arrows land on a box: level with its header, on the left edge (from the left) or the right edge (coming back). */
function anchorY(box: ObjectBox, c: LayoutConfig): number {
  return box.y + c.headerHeight / 2;
}

/** An arrow rightwards into the target's left edge, leaving and arriving horizontally. */
function forward(x1: number, y1: number, target: ObjectBox, c: LayoutConfig): string {
  const x2 = target.x;
  const y2 = anchorY(target, c);
  const bend = Math.max(24, (x2 - x1) / 2);
  return bezier(x1, y1, x1 + bend, x2 - bend, x2, y2);
}

/**
 * An arrow to a box in the same or an earlier column (a cycle, a shared object, itself):
 * it leaves rightwards and swings back into the target's right edge, the further the
 * taller the jump, so it does not run along a column's boxes. Returns the path and the
 * rightmost x it may reach (its control points), which the drawing's width must include.
 */
function back(x1: number, y1: number, target: ObjectBox, c: LayoutConfig): { d: string; reach: number } {
  const x2 = target.x + target.width;
  const y2 = anchorY(target, c);
  const bend = 30 + Math.min(90, Math.abs(y2 - y1) / 4);
  const reach = Math.max(x1, x2) + bend;
  return { d: bezier(x1, y1, reach, reach, x2, y2), reach };
}

/** Arrows of one layout and how far right they reach. */
export interface RoutedArrows {
  arrows: ArrowPath[];
  /** The rightmost x any arrow's curve may reach. */
  reach: number;
}

/**
 * One arrow per local and per slot whose object is drawn as a box (a folded shared
 * object has none: its row shows it). Locals first, outermost frame first, then the
 * slots in box order: the order of the `data-from` hooks is stable.
 */
export function routeArrows(frames: FrameBox[], objects: ObjectBox[], byId: ReadonlyMap<ObjectId, ObjectBox>, c: LayoutConfig): RoutedArrows {
  const arrows: ArrowPath[] = [];
  let reach = 0;
  for (const frame of frames) {
    const x1 = frame.x + frame.width - DOT_INSET;
    for (const row of frame.rows) {
      const target = byId.get(row.target);
      if (!target || row.folded) continue;
      const from = `frame:${frame.depth}:${row.name}`;
      arrows.push({ key: from, from, to: row.target, source: null, kind: 'local', unreachable: false, changed: row.changed, d: forward(x1, row.y, target, c) });
    }
  }
  for (const box of objects) {
    const x1 = box.x + box.width - DOT_INSET;
    const unreachable = box.state !== 'live';
    for (const slot of box.slots) {
      const target = byId.get(slot.target);
      if (!target || slot.folded) continue;
      let kind: ArrowPath['kind'] = 'forward';
      let d: string;
      if (target.column > box.column) {
        d = forward(x1, slot.y, target, c);
      } else {
        const route = back(x1, slot.y, target, c);
        reach = Math.max(reach, route.reach);
        kind = 'back';
        d = route.d;
      }
      arrows.push({
        key: `${box.id}\u241f${slot.key}`, from: box.id + slot.label, to: slot.target, source: box.id,
        kind, unreachable, changed: slot.changed, d,
      });
    }
  }
  return { arrows, reach };
}
