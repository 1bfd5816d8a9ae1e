/**
 * Where the object boxes go.
 *
 * The rule (Python Tutor's, made deterministic): an object's COLUMN is its distance from
 * the frames along drawn references (column 0 = named by a local, 1 = held by a column-0
 * object...), capped at `maxColumns - 1` so a long chain grows downwards in the last
 * column instead of off to the right. Objects are visited breadth-first, frames outermost
 * first, locals in binding order, slots in their order; each box would like its header
 * level with the row that first reached it and is pushed down only as far as needed to
 * clear the box above it in its column.
 *
 * Why this rule:
 * - It reads the snapshot alone, never the step before, so stepping back redraws any
 *   earlier step exactly as it was drawn the first time.
 * - It is stable: a step usually binds or rebinds one name or fills one slot, which only
 *   adds a box at the end of the visit or moves the boxes below it; the boxes above, and
 *   every other column's boxes above the change, keep their place.
 * - Arrows stay readable: a name's arrow always runs right to column 0, level with its
 *   row when there is room; a slot's arrow to a newly reached object runs right into the
 *   next column; only references back to something already placed (cycles, sharing)
 *   curve around (arrows.ts).
 * - Boxes never overlap: columns are disjoint in x, and within a column each box starts
 *   below the one before it.
 *
 * What no frame reaches comes after, below everything reachable, one band per group:
 * garbage (cycles the collector has not found yet: roots first, then cycles by id), then
 * the objects freed at this step in the order they died. A freed object has lost every
 * reference, so nothing in the snapshot says where it used to be; the bottom band keeps
 * it out of the way of the living while it fades.
 */
import type { HeapObject, ObjectId, TraceStep } from '../trace/protocol';
import type { LayoutConfig } from './model';

/** One placed object box: its column and top-left corner. */
export interface Placed {
  id: ObjectId;
  column: number;
  x: number;
  y: number;
  height: number;
}

/** Where a root (a frame's local) wants its object: the row's centre. */
export interface RootRow {
  target: ObjectId;
  y: number;
}

/** Compares decimal ids as numbers (ids are addresses: longer means larger). */
export function compareIds(a: ObjectId, b: ObjectId): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The x of an object column's left edge. */
export function columnX(column: number, c: LayoutConfig): number {
  return c.framesColumn + c.objectGap + column * (c.objectWidth + c.columnGap);
}

/** Centre of slot `index` relative to its box's top (the value row comes first). */
export function slotOffset(index: number, c: LayoutConfig): number {
  return c.headerHeight + (index + 1) * c.rowHeight + c.rowHeight / 2;
}

interface Pending {
  id: ObjectId;
  /** Where the box's top would like to be. */
  desired: number;
}

/**
 * Places every object of `step` that `skip` does not leave out, in visiting order.
 * `heightOf` gives each box's height; `roots` are the frames' rows, outermost first.
 */
export function placeObjects(
  step: TraceStep,
  roots: RootRow[],
  heightOf: (id: ObjectId, object: HeapObject) => number,
  c: LayoutConfig,
  skip: (id: ObjectId) => boolean = () => false,
): Placed[] {
  const heap = step.heap;
  const placed: Placed[] = [];
  const seen = new Set<ObjectId>();
  const lastColumn = Math.max(0, c.maxColumns - 1);
  const bottoms: number[] = new Array(lastColumn + 1).fill(c.padding - c.gap);
  const wanted = (id: ObjectId) => heap[id] !== undefined && !seen.has(id) && !skip(id);

  // Breadth-first, one level (= one distance from the roots) at a time, so a box's
  // column is its shortest distance and its parent is already placed when it is reached.
  const visit = (first: Pending[]) => {
    let level = first;
    for (let depth = 0; level.length > 0; depth++) {
      const column = Math.min(depth, lastColumn);
      const x = columnX(column, c);
      const next: Pending[] = [];
      for (const { id, desired } of level) {
        const object = heap[id];
        const height = heightOf(id, object);
        const y = Math.max(desired, bottoms[column] + c.gap);
        bottoms[column] = y + height;
        placed.push({ id, column, x, y, height });
        object.refs.forEach(([, target], i) => {
          if (!wanted(target)) return;
          seen.add(target);
          next.push({ id: target, desired: y + slotOffset(i, c) - c.headerHeight / 2 });
        });
      }
      level = next;
    }
  };

  const first: Pending[] = [];
  for (const row of roots) {
    if (!wanted(row.target)) continue;
    seen.add(row.target);
    first.push({ id: row.target, desired: row.y - c.headerHeight / 2 });
  }
  visit(first);

  // The unreachable: each group starts its own band below everything drawn so far.
  let separation = 2 * c.gap;
  const band = (id: ObjectId) => {
    if (!wanted(id)) return;
    const top = placed.length === 0 ? c.padding : Math.max(...bottoms) + separation;
    separation = c.gap;
    bottoms.fill(top - c.gap);
    seen.add(id);
    visit([{ id, desired: top }]);
  };
  for (const id of unreachableRoots(step, seen, skip)) band(id);
  return placed;
}

/** The order the unreachable groups start in: garbage roots, then cycles, then the freed (see the file comment). */
function unreachableRoots(step: TraceStep, reached: ReadonlySet<ObjectId>, skip: (id: ObjectId) => boolean): ObjectId[] {
  const heap = step.heap;
  const rest: ObjectId[] = [];
  for (const id in heap) if (!reached.has(id) && !skip(id)) rest.push(id);
  if (rest.length === 0) return [];
  rest.sort(compareIds);
  const held = new Set<ObjectId>();
  for (const id of rest) for (const [, target] of heap[id].refs) if (target !== id) held.add(target);
  const garbage = rest.filter((id) => heap[id].state !== 'freed');
  const freed = new Set(rest.filter((id) => heap[id].state === 'freed'));
  const died = step.freed.filter((id) => freed.has(id));
  const diedSet = new Set(died);
  return [
    ...garbage.filter((id) => !held.has(id)),
    ...garbage,
    ...died,
    ...rest.filter((id) => freed.has(id) && !diedSet.has(id)),
  ];
}
