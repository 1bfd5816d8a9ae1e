/** What every part of one drawDiagram call shares. */
import type { LayoutConfig } from './model';

/** The settings of one drawing pass, handed to the frames, objects and arrows drawers. */
export interface DrawContext {
  /** Write the data-* hooks the browser tests read (off for the empty-state sketch). */
  hooks: boolean;
  /** Animate what changed since the last drawing. */
  animate: boolean;
  /** Object boxes are focusable buttons (a selection callback was given). */
  interactive: boolean;
  /** The sizes the layout used: texts sit inside rows of these heights. */
  config: LayoutConfig;
  /** Arrowhead marker ids of this SVG, one per arrow look. */
  markers: { plain: string; changed: string; unreachable: string };
  /** Elements given `is-entering` (a CSS fade-in) in this pass; the next pass takes the class off again. */
  entering: Set<Element>;
}
