/**
 * The object boxes: one group per object id, made once and then updated in place. A box
 * whose content did not change since the last drawing is only moved (if at all), which
 * keeps a step of a 2,000-object heap cheap.
 */
import { select, type Selection } from 'd3';
import type { ObjectBox, SlotRow } from './model';
import { contentChanged, moveTo, pulse } from './motion';
import { buildRow, rowSignature, updateRow, type RowView } from './draw-rows';
import type { DrawContext } from './draw-context';
import { setAttr, setText } from './dom-write';

function slotView(slot: SlotRow, box: ObjectBox): RowView {
  return { label: slot.label, text: slot.labelText, folded: slot.folded, changed: slot.changed, width: box.width };
}

/** Everything a box shows, slots included, as one string: equal strings mean nothing to redraw. */
function objectSignature(box: ObjectBox, context: DrawContext): string {
  let slots = '';
  for (const slot of box.slots) slots += `${slot.key}\u0003${slot.y - box.y}\u0003${rowSignature(slotView(slot, box))}\u0004`;
  return [
    slots, box.type, box.value, box.refcount, box.state, box.shared ? 1 : 0, box.width, box.height, box.typeText, box.valueText,
    box.idText, box.badgeText, box.badgeWidth, box.badgeTitle, box.ariaLabel, box.note, box.collected ? 1 : 0, box.change,
    box.countChange, context.hooks ? 1 : 0, context.interactive ? 1 : 0, context.config.headerHeight, context.config.rowHeight,
    context.config.noteHeight,
  ].join('\u0002');
}

function classes(box: ObjectBox): string {
  let names = `object is-${box.state}`;
  if (box.shared) names += ' shared';
  if (box.change === 'new') names += ' is-new';
  if (box.collected) names += ' is-collected';
  if (box.note === '__del__ running') names += ' is-deleting';
  return names;
}

/** Makes a new box's fixed elements, in drawing order (the note, when any, and the slots come after them). */
function build(g: Selection<SVGGElement, ObjectBox, SVGGElement, unknown>): void {
  g.append('title');
  g.append('rect').attr('class', 'object-box').attr('rx', 8);
  g.append('text').attr('class', 'object-type').attr('x', 12).attr('dy', '0.35em');
  const badge = g.append('g').attr('class', 'refcount');
  badge.append('rect').attr('y', -9).attr('height', 18).attr('rx', 9);
  badge.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
  g.append('text').attr('class', 'object-value').attr('x', 12).attr('dy', '0.35em');
  g.append('text').attr('class', 'object-id').attr('text-anchor', 'end').attr('dy', '0.35em');
}

/** The number of fixed elements `build` makes. */
const FIXED = 6;

/** The note's text element, made before the slots when the box has a note and dropped when it has none. */
function noteElement(node: SVGGElement, wanted: boolean): SVGTextElement | null {
  const present = node.children[FIXED];
  const note = present?.getAttribute('class') === 'object-note' ? (present as SVGTextElement) : null;
  if (wanted && !note) {
    const made = node.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'text');
    made.setAttribute('class', 'object-note');
    made.setAttribute('x', '12');
    made.setAttribute('dy', '0.35em');
    return node.insertBefore(made, present ?? null);
  }
  if (!wanted && note) note.remove();
  return wanted ? note : null;
}

/** Rewrites a box's own elements (not its slots) from the layout. */
function update(node: SVGGElement, box: ObjectBox, context: DrawContext): void {
  const c = context.config;
  const hooks = context.hooks;
  setAttr(node, 'class', classes(box));
  setAttr(node, 'data-object-id', hooks ? box.id : null);
  setAttr(node, 'data-type', hooks ? box.type : null);
  setAttr(node, 'data-refcount', hooks ? String(box.refcount) : null);
  setAttr(node, 'data-state', hooks ? box.state : null);
  setAttr(node, 'tabindex', context.interactive ? '0' : null);
  setAttr(node, 'role', context.interactive ? 'button' : null);
  setAttr(node, 'aria-label', context.interactive ? box.ariaLabel : null);

  const [title, rect, type, badge, value, id] = Array.from(node.children) as SVGElement[];
  // One tooltip for the whole box: what the cut texts hide (full type, value, id) and what the count means.
  setText(title, `${box.type} ${box.value}\nid ${box.id}\n${box.badgeTitle}${box.note ? `\n${box.note}` : ''}`);
  setAttr(rect, 'width', String(box.width));
  setAttr(rect, 'height', String(box.height));
  setAttr(type, 'y', String(c.headerHeight / 2));
  setText(type, box.typeText);
  const rowY = String(c.headerHeight + c.rowHeight / 2);
  setAttr(value, 'y', rowY);
  setText(value, box.valueText);
  setAttr(id, 'x', String(box.width - 12));
  setAttr(id, 'y', rowY);
  setText(id, box.idText);
  const note = noteElement(node, box.note !== null);
  if (note) {
    setAttr(note, 'y', String(box.height - 6 - c.noteHeight / 2));
    setText(note, box.note ?? '');
  }

  const [badgeRect, badgeText] = Array.from(badge.children) as SVGElement[];
  setAttr(badge, 'class', box.countChange ? `refcount count-${box.countChange}` : 'refcount');
  setAttr(badgeRect, 'x', String(-box.badgeWidth / 2));
  setAttr(badgeRect, 'width', String(box.badgeWidth));
  setText(badgeText, box.badgeText);
  const base = `translate(${box.width - 8 - box.badgeWidth / 2},${c.headerHeight / 2})`;
  pulse(badge as SVGGElement, base, context.animate && box.countChange !== null);
}

/** Draws the object boxes into their layer; returns them for the selection pass. */
export function drawObjects(layer: SVGGElement, objects: ObjectBox[], context: DrawContext): Selection<SVGGElement, ObjectBox, SVGGElement, unknown> {
  return select(layer)
    .selectChildren<SVGGElement, ObjectBox>('g.object')
    .data(objects, (d) => d.id)
    .join(
      (enter) => {
        const g = enter.append('g').attr('class', 'object').call(build);
        if (context.animate) g.each(function () { context.entering.add(this); });
        return g;
      },
      (update) => update,
      (exit) => exit.remove(),
    )
    .each(function (box) {
      moveTo(this, box.x, box.y, context.animate);
      if (!contentChanged(this, objectSignature(box, context))) return;
      const entering = context.entering.has(this);
      update(this, box, context);
      if (entering) this.classList.add('is-entering');
      select(this)
        .selectChildren<SVGGElement, SlotRow>('g.slot')
        .data(box.slots, (d) => d.key)
        .join(
          (enter) => enter.append('g').attr('class', 'slot').call(buildRow, 'slot-label'),
          (update) => update,
          (exit) => exit.remove(),
        )
        .each(function (slot) {
          const view = slotView(slot, box);
          if (!contentChanged(this, `${rowSignature(view)}\u0002${slot.y - box.y}`)) return;
          this.setAttribute('transform', `translate(0,${slot.y - box.y})`);
          updateRow(this, view);
        });
    });
}
