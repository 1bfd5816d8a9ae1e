/**
 * The pure layout of one step: frames on the left (outermost at the top), object boxes
 * in columns on the right (placement.ts), arrows between them (arrows.ts), and marks of
 * what changed since the previous step (changes.ts). No DOM: draw.ts turns it into SVG.
 */
import type { HeapObject, ObjectId, TraceStep } from '../trace/protocol';
import { routeArrows } from './arrows';
import { delRunning, objectChange, objectNote, sameFrame, slotChanges } from './changes';
import {
  WIDE_LAYOUT, type DiagramLayout, type FoldedValue, type FrameBox, type LayoutConfig, type LayoutOptions,
  type LocalRow, type ObjectBox, type ObjectNote, type SlotRow,
} from './model';
import { columnX, placeObjects, slotOffset, type RootRow } from './placement';
import { badgeText, badgeTitle, badgeWidth, CHAR_WIDTH, fitText, foldedValue, objectLabel, shortId, textWidth } from './text';

export * from './model';
export { shortId } from './text';

/** Room left and right of a row's texts: 12 before the label, the dot and its margin after. */
const ROW_INSET = 34;

/** A row's label fitted beside an optional folded value; the label never takes more than half the row then. */
function rowTexts(label: string, width: number, folded: ((room: number) => FoldedValue) | null): { text: string; folded: FoldedValue | null } {
  const room = width - ROW_INSET;
  if (!folded) return { text: fitText(label, room, CHAR_WIDTH.mono), folded: null };
  const text = fitText(label, Math.min(textWidth(label, CHAR_WIDTH.mono), room / 2), CHAR_WIDTH.mono);
  return { text, folded: folded(room - textWidth(text, CHAR_WIDTH.mono) - 8) };
}

/** Height of an object box: header, value row, one row per slot, the note row when there is a note. */
function boxHeight(object: HeapObject, note: ObjectNote | null, c: LayoutConfig): number {
  return c.headerHeight + c.rowHeight * (1 + object.refs.length) + (note ? c.noteHeight : 0) + 6;
}

/**
 * Lays out one step. Positions and sizes depend on `step`, `config` and `options` only;
 * `previous` (the step before, or null) only adds change marks (`change`, `countChange`,
 * `previousRefcount`, `changed`), so stepping back reproduces every earlier picture.
 */
export function layoutStep(
  step: TraceStep,
  previous: TraceStep | null,
  config: LayoutConfig = WIDE_LAYOUT,
  options: LayoutOptions = {},
): DiagramLayout {
  const c = config;
  const heap = step.heap;
  // Only a shared object with no references of its own can be folded: nothing would be lost but an arrow.
  const folds = (id: ObjectId): boolean => {
    if (!options.foldSingletons) return false;
    const object = heap[id];
    return object !== undefined && object.shared && object.refs.length === 0 && object.state === 'live';
  };
  const folder = (id: ObjectId) => (folds(id) ? (room: number) => foldedValue(id, heap[id], room) : null);

  const frames: FrameBox[] = [];
  const roots: RootRow[] = [];
  let y = c.padding;
  step.frames.forEach((frame, depth) => {
    const names = Object.keys(frame.locals);
    const height = c.headerHeight + Math.max(1, names.length) * c.rowHeight + 6;
    const before = sameFrame(previous, depth, frame);
    const rows: LocalRow[] = names.map((name, i) => {
      const target = frame.locals[name];
      const texts = rowTexts(name, c.frameWidth, folder(target));
      const row: LocalRow = {
        name, nameText: texts.text, target, y: y + c.headerHeight + i * c.rowHeight + c.rowHeight / 2,
        changed: previous !== null && before?.locals[name] !== target, folded: texts.folded,
      };
      roots.push(row);
      return row;
    });
    frames.push({
      key: `${depth}:${frame.name}`, name: frame.name, nameText: fitText(frame.name, c.frameWidth - 24, CHAR_WIDTH.sans), depth,
      x: c.padding, y, width: c.frameWidth, height, rows, change: previous !== null && !before ? 'new' : null,
    });
    y += height + c.gap;
  });
  const framesBottom = y - c.gap;

  const del = delRunning(step);
  const notes = new Map<ObjectId, ObjectNote | null>();
  const noteOf = (id: ObjectId, object: HeapObject) => {
    let note = notes.get(id);
    if (note === undefined) notes.set(id, (note = objectNote(step, id, object, del)));
    return note;
  };
  const placed = placeObjects(step, roots, (id, object) => boxHeight(object, noteOf(id, object), c), c, folds);

  const objects: ObjectBox[] = [];
  const byId = new Map<ObjectId, ObjectBox>();
  let bottom = framesBottom;
  for (const { id, column, x, y: top, height } of placed) {
    const object = heap[id];
    const note = noteOf(id, object);
    const marks = objectChange(previous, id, object);
    const slotChanged = slotChanges(previous, id, object);
    const seenLabels = new Map<string, number>();
    const slots: SlotRow[] = object.refs.map(([label, target], i) => {
      const repeat = seenLabels.get(label) ?? 0;
      seenLabels.set(label, repeat + 1);
      const texts = rowTexts(label, c.objectWidth, folder(target));
      return {
        key: repeat === 0 ? label : `${label}#${repeat}`, label, labelText: texts.text, target,
        y: top + slotOffset(i, c), changed: slotChanged(label, target), folded: texts.folded,
      };
    });
    const badge = badgeText(object);
    const bw = badgeWidth(badge);
    // The header is the type's and the badge's alone (type names run long: `builtin_function_or_method`);
    // the short id sits at the right end of the value row.
    const idText = `id ${shortId(id)}`;
    const typeRoom = c.objectWidth - 12 - 8 - bw - 8;
    const valueRoom = c.objectWidth - 12 - 12 - textWidth(idText, CHAR_WIDTH.id) - 10;
    const box: ObjectBox = {
      id, type: object.type, value: object.value, refcount: object.refcount, state: object.state, shared: object.shared,
      column, x, y: top, width: c.objectWidth, height, slots,
      typeText: fitText(object.type, typeRoom, CHAR_WIDTH.sans),
      valueText: fitText(object.value, valueRoom, CHAR_WIDTH.value),
      idText, badgeText: badge, badgeWidth: bw, badgeTitle: badgeTitle(object, marks.previousRefcount),
      ariaLabel: objectLabel(id, object, note), note,
      collected: step.event === 'gc' && object.state === 'freed',
      ...marks,
    };
    objects.push(box);
    byId.set(id, box);
    bottom = Math.max(bottom, top + height);
  }

  const { arrows, reach } = routeArrows(frames, objects, byId, c);
  const right = Math.max(columnX(0, c) + c.objectWidth, reach, maxRight(objects));
  return {
    frames, objects, arrows, config: c,
    width: Math.ceil(right + c.padding),
    height: Math.ceil(Math.max(bottom, c.padding) + c.padding),
    collection: step.event === 'gc',
  };
}

function maxRight(objects: ObjectBox[]): number {
  let right = 0;
  for (const box of objects) right = Math.max(right, box.x + box.width);
  return right;
}

/** The order object boxes are placed (and drawn, and tabbed through) in: see placement.ts. */
export function objectOrder(step: TraceStep, options: LayoutOptions = {}): ObjectId[] {
  return layoutStep(step, null, WIDE_LAYOUT, options).objects.map((o) => o.id);
}
