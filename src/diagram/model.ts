/**
 * The shapes a layout hands to the drawing. Everything here is plain data computed from
 * one step (plus change marks against the step before), so a layout can be compared,
 * tested and drawn without a DOM.
 */
import type { ObjectId, ObjectState } from '../trace/protocol';

/** Sizes of the drawing, in SVG units (CSS pixels at zoom 1); one set per screen class. */
export interface LayoutConfig {
  /** Width of the frames column, including its padding (the page tints it behind the frames). */
  framesColumn: number;
  /** Width of one frame box. */
  frameWidth: number;
  /** Width of one object box. */
  objectWidth: number;
  /** Space between the frames column and the first object column, where the names' arrows run. */
  objectGap: number;
  /** Space between two object columns, where the slots' arrows run. */
  columnGap: number;
  /** Objects deeper than this many columns stack in the last one, so a long chain grows down, not off to the right. */
  maxColumns: number;
  /** Height of a header (frame name, object type). */
  headerHeight: number;
  /** Height of one row (a local, a value, a slot). */
  rowHeight: number;
  /** Height of the note row ("unreachable", "freed", "__del__ running"). */
  noteHeight: number;
  /** Vertical space between boxes. */
  gap: number;
  /** Space around the drawing. */
  padding: number;
}

/** The sizes used on wide screens. */
export const WIDE_LAYOUT: LayoutConfig = {
  framesColumn: 232, frameWidth: 200, objectWidth: 220, objectGap: 64, columnGap: 72, maxColumns: 4,
  headerHeight: 28, rowHeight: 26, noteHeight: 20, gap: 18, padding: 16,
};

/** The sizes used on narrow screens (phones), where the reader pans rather than reads wide. */
export const COMPACT_LAYOUT: LayoutConfig = {
  framesColumn: 148, frameWidth: 124, objectWidth: 176, objectGap: 28, columnGap: 44, maxColumns: 2,
  headerHeight: 26, rowHeight: 24, noteHeight: 18, gap: 14, padding: 12,
};

/** What the layout may leave out of the picture. */
export interface LayoutOptions {
  /**
   * Draw shared singletons (small ints, None, True, False, interned strings: shared, no
   * references of their own) inside the slot that names them instead of as boxes with
   * arrows. The slot still says they are shared objects and gives their id. Default false.
   */
  foldSingletons?: boolean;
}

/** A shared object drawn inside the row that refers to it (see `foldSingletons`). */
export interface FoldedValue {
  id: ObjectId;
  type: string;
  value: string;
  /** The value as it fits in the row. */
  text: string;
  /** The tooltip: the value, that it is one shared object, and its full id. */
  title: string;
}

/** A local name in a frame, with the object it refers to. */
export interface LocalRow {
  name: string;
  /** The name as it fits in the frame box. */
  nameText: string;
  target: ObjectId;
  /** Centre of the row, in drawing coordinates. */
  y: number;
  /** The name is new or refers to another object than at the previous step. */
  changed: boolean;
  folded: FoldedValue | null;
}

/** A frame box of the call stack. */
export interface FrameBox {
  /** Unique per step: depth and name. */
  key: string;
  name: string;
  nameText: string;
  depth: number;
  x: number; y: number; width: number; height: number;
  rows: LocalRow[];
  /** 'new' when no frame of this name was at this depth at the previous step. */
  change: 'new' | null;
}

/** A labelled reference slot inside an object box. */
export interface SlotRow {
  /** Unique within the object (a label, plus a suffix in the rare case of a repeated label). */
  key: string;
  label: string;
  labelText: string;
  target: ObjectId;
  /** Centre of the row, in drawing coordinates. */
  y: number;
  changed: boolean;
  folded: FoldedValue | null;
}

/** Why an object box carries a note. */
export type ObjectNote = 'unreachable' | 'freed' | 'freed by the collector' | '__del__ running';

/** An object box on the heap. */
export interface ObjectBox {
  id: ObjectId;
  type: string;
  value: string;
  refcount: number;
  state: ObjectState;
  shared: boolean;
  /** Object column (0 = named directly by a frame); see placement.ts. */
  column: number;
  x: number; y: number; width: number; height: number;
  slots: SlotRow[];
  /** Texts fitted to the box (the full ones are in `type`, `value`, `id`). */
  typeText: string;
  valueText: string;
  idText: string;
  badgeText: string;
  badgeWidth: number;
  /** Tooltip of the badge: the count, what it was, and the references no arrow shows. */
  badgeTitle: string;
  /** The accessible name of the focusable box. */
  ariaLabel: string;
  note: ObjectNote | null;
  /** Freed by the cyclic collector at this step (a `gc` step): the freed cycle is highlighted. */
  collected: boolean;
  /** 'new' when the object was not at the previous step; 'freed' when it was freed since. */
  change: 'new' | 'freed' | null;
  countChange: 'up' | 'down' | null;
  /** The count at the previous step, or null when there is none to compare with. */
  previousRefcount: number | null;
}

/** How an arrow runs: from a name, to a later column, or back (same or earlier column, curving around). */
export type ArrowKind = 'local' | 'forward' | 'back';

/** An arrow from a local or a slot to an object. */
export interface ArrowPath {
  /** Unique per step. */
  key: string;
  /** `frame:DEPTH:NAME` for a local, or `ID` followed by the slot label for a slot. */
  from: string;
  to: ObjectId;
  /** The object the slot is in, or null for a frame's local. */
  source: ObjectId | null;
  kind: ArrowKind;
  /** Starts in an object nothing reachable holds (garbage or being freed). */
  unreachable: boolean;
  /** New at this step or pointing elsewhere than at the previous step. */
  changed: boolean;
  /** SVG path data: always `M x,y C x,y x,y x,y`, so one path can morph into another. */
  d: string;
}

/** Where everything of one step goes. */
export interface DiagramLayout {
  frames: FrameBox[];
  objects: ObjectBox[];
  arrows: ArrowPath[];
  width: number;
  height: number;
  /** The sizes it was laid out with (the drawing places texts inside rows with them). */
  config: LayoutConfig;
  /** The step was a run of the cyclic collector. */
  collection: boolean;
}
