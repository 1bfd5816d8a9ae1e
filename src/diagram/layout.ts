import type { HeapObject, ObjectId, ObjectState, TraceStep } from '../trace/protocol';

/** Sizes of the drawing, in SVG units (CSS pixels at zoom 1). */
export interface LayoutConfig {
  /** Width of the frames column, including its padding. */
  framesColumn: number;
  /** Width of one frame box. */
  frameWidth: number;
  /** Width of one object box. */
  objectWidth: number;
  /** Space between the frames column and the object boxes, where the arrows run. */
  objectGap: number;
  /** Height of a header (frame name, object type). */
  headerHeight: number;
  /** Height of one row (a local, a value, a slot). */
  rowHeight: number;
  /** Vertical space between boxes. */
  gap: number;
  /** Space around the drawing. */
  padding: number;
}

/** The sizes used on wide screens. */
export const WIDE_LAYOUT: LayoutConfig = {
  framesColumn: 232, frameWidth: 200, objectWidth: 220, objectGap: 64, headerHeight: 28, rowHeight: 26, gap: 18, padding: 16,
};

/** The sizes used on narrow screens (phones). */
export const COMPACT_LAYOUT: LayoutConfig = {
  framesColumn: 148, frameWidth: 124, objectWidth: 168, objectGap: 28, headerHeight: 26, rowHeight: 24, gap: 14, padding: 12,
};

/** A local name in a frame, with the object it refers to. */
export interface LocalRow { name: string; target: ObjectId; y: number }

/** A frame box of the call stack. */
export interface FrameBox {
  /** Unique per step: depth and name. */
  key: string;
  name: string;
  depth: number;
  x: number; y: number; width: number; height: number;
  rows: LocalRow[];
}

/** A labelled reference slot inside an object box. */
export interface SlotRow { label: string; target: ObjectId; y: number }

/** An object box on the heap. */
export interface ObjectBox {
  id: ObjectId;
  type: string;
  value: string;
  refcount: number;
  state: ObjectState;
  shared: boolean;
  x: number; y: number; width: number; height: number;
  slots: SlotRow[];
}

/** An arrow from a local or a slot to an object. */
export interface ArrowPath {
  /** Unique per step. */
  key: string;
  /** `frame:DEPTH:NAME` for a local, or `ID[label]` for a slot. */
  from: string;
  to: ObjectId;
  /** SVG path data. */
  d: string;
}

/** Where everything of one step goes. */
export interface DiagramLayout {
  frames: FrameBox[];
  objects: ObjectBox[];
  arrows: ArrowPath[];
  width: number;
  height: number;
}

/** The order objects are placed in: first reached from the frames (outermost first), then the rest by id. */
export function objectOrder(step: TraceStep): ObjectId[] {
  const seen = new Set<ObjectId>();
  const order: ObjectId[] = [];
  const visit = (id: ObjectId) => {
    if (seen.has(id) || !step.heap[id]) return;
    seen.add(id);
    order.push(id);
    for (const [, target] of step.heap[id].refs) visit(target);
  };
  for (const frame of step.frames) for (const id of Object.values(frame.locals)) visit(id);
  const rest = Object.keys(step.heap).filter((id) => !seen.has(id));
  rest.sort((a, b) => (a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of rest) visit(id);
  return order;
}

function objectHeight(object: HeapObject, c: LayoutConfig): number {
  return c.headerHeight + c.rowHeight * (1 + object.refs.length) + 6;
}

function curve(x1: number, y1: number, x2: number, y2: number, bend: number): string {
  return `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
}

/**
 * Places the frames (left column, outermost at the top) and the objects (right column,
 * in `objectOrder`) of one step, and routes an arrow for every local and every slot.
 * Pure: the same step always gives the same layout.
 */
export function layoutStep(step: TraceStep, c: LayoutConfig = WIDE_LAYOUT): DiagramLayout {
  const frames: FrameBox[] = [];
  let y = c.padding;
  step.frames.forEach((frame, depth) => {
    const names = Object.keys(frame.locals);
    const height = c.headerHeight + Math.max(1, names.length) * c.rowHeight + 6;
    const rows = names.map((name, i) => ({
      name, target: frame.locals[name], y: y + c.headerHeight + i * c.rowHeight + c.rowHeight / 2,
    }));
    frames.push({ key: `${depth}:${frame.name}`, name: frame.name, depth, x: c.padding, y, width: c.frameWidth, height, rows });
    y += height + c.gap;
  });
  const framesBottom = y;

  const objects: ObjectBox[] = [];
  const byId = new Map<ObjectId, ObjectBox>();
  const objectX = c.framesColumn + c.objectGap;
  y = c.padding;
  for (const id of objectOrder(step)) {
    const object = step.heap[id];
    const height = objectHeight(object, c);
    const top = y;
    const slots = object.refs.map(([label, target], i) => ({
      label, target, y: top + c.headerHeight + (i + 1) * c.rowHeight + c.rowHeight / 2,
    }));
    const box: ObjectBox = {
      id, type: object.type, value: object.value, refcount: object.refcount, state: object.state,
      shared: object.shared, x: objectX, y: top, width: c.objectWidth, height, slots,
    };
    objects.push(box);
    byId.set(id, box);
    y += height + c.gap;
  }
  const objectsBottom = y;

  const arrows: ArrowPath[] = [];
  const anchorY = (box: ObjectBox) => box.y + c.headerHeight / 2;
  for (const frame of frames) {
    for (const row of frame.rows) {
      const target = byId.get(row.target);
      if (!target) continue;
      const x1 = frame.x + frame.width - 10;
      arrows.push({
        key: `frame:${frame.depth}:${row.name}`, from: `frame:${frame.depth}:${row.name}`, to: row.target,
        d: curve(x1, row.y, target.x, anchorY(target), Math.max(40, (target.x - x1) / 2)),
      });
    }
  }
  for (const box of objects) {
    for (const slot of box.slots) {
      const target = byId.get(slot.target);
      if (!target) continue;
      const x1 = box.x + box.width - 10;
      const x2 = target.x + target.width;
      const bend = 36 + Math.min(80, Math.abs(anchorY(target) - slot.y) / 4);
      arrows.push({
        key: `${box.id}${slot.label}`, from: `${box.id}${slot.label}`, to: slot.target,
        d: `M${x1},${slot.y} C${x1 + bend},${slot.y} ${x2 + bend},${anchorY(target)} ${x2},${anchorY(target)}`,
      });
    }
  }

  const width = objectX + c.objectWidth + c.padding + (arrows.length > 0 ? 96 : 0);
  const height = Math.max(framesBottom, objectsBottom) - c.gap + c.padding;
  return { frames, objects, arrows, width, height: Math.max(height, 0) };
}

/** The short form of an id shown in a box: its last four digits. */
export function shortId(id: ObjectId): string {
  return id.length > 4 ? `…${id.slice(-4)}` : id;
}
