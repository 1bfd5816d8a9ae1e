import { describe, expect, it } from 'vitest';
import { drawDiagram } from '../../src/diagram/draw';
import { COMPACT_LAYOUT, layoutStep, WIDE_LAYOUT, type DiagramLayout } from '../../src/diagram/layout';
import type { TraceStep } from '../../src/trace/protocol';
import { fakeSvg, type FakeElement } from './fake-dom';
import { frame, object, step } from './steps';

const LIST = '140245312345600';
const INT = '94372790019876';

/** A walk through a small program: bind, share, append, rebind, collect. */
const STEPS: TraceStep[] = [
  step([frame('<module>', { x: LIST })], {
    [LIST]: object('list', '[1] <b>bold</b>', [['[0]', INT]]),
    [INT]: object('int', '1', [], { shared: true, refcount: 0 }),
  }),
  step([frame('<module>', { x: LIST, y: LIST })], {
    [LIST]: object('list', '[1] <b>bold</b>', [['[0]', INT]], { refcount: 2 }),
    [INT]: object('int', '1', [], { shared: true, refcount: 0 }),
  }),
  step([frame('<module>', { x: LIST, y: LIST }), frame('f', { items: LIST })], {
    [LIST]: object('list', 'len 2', [['[0]', INT], ['[1]', '700']], { refcount: 3 }),
    [INT]: object('int', '1', [], { shared: true, refcount: 0 }),
    '700': object('int', '1000'),
    '800': object('Node', '<Node>', [['.other', '800']], { state: 'garbage' }),
  }),
  step([frame('<module>', { x: INT })], {
    [INT]: object('int', '1', [], { shared: true, refcount: 0 }),
    [LIST]: object('list', 'len 2', [], { state: 'freed', refcount: 0 }),
    '800': object('Node', '<Node>', [], { state: 'freed', refcount: 0 }),
  }, { event: 'gc', freed: [LIST, '800'] }),
];

const layouts = (fold = false): DiagramLayout[] => STEPS.map((s, i) => layoutStep(s, STEPS[i - 1] ?? null, WIDE_LAYOUT, { foldSingletons: fold }));
const all = (root: FakeElement, selector: string) => root.querySelectorAll(selector);
const one = (root: FakeElement, test: (e: FakeElement) => boolean) => root.descendants().find(test);
const byObject = (root: FakeElement, id: string) => one(root, (e) => e.getAttribute('data-object-id') === id);
const still = { animate: false };

describe('drawDiagram', () => {
  it('writes the DOM names the browser tests rely on', () => {
    const { svg, root } = fakeSvg();
    drawDiagram(svg, layouts()[1], still);
    expect(all(root, 'g.frame').map((g) => g.getAttribute('data-frame'))).toEqual(['<module>']);
    expect(all(root, 'g.local').map((g) => [g.getAttribute('data-var'), g.getAttribute('data-target')])).toEqual([['x', LIST], ['y', LIST]]);
    const list = byObject(root, LIST)!;
    expect(list.classList.contains('object')).toBe(true);
    expect([list.getAttribute('data-type'), list.getAttribute('data-refcount'), list.getAttribute('data-state')]).toEqual(['list', '2', 'live']);
    expect(all(root, 'path.arrow').map((p) => `${p.getAttribute('data-from')}->${p.getAttribute('data-to')}`))
      .toEqual([`frame:0:x->${LIST}`, `frame:0:y->${LIST}`, `${LIST}[0]->${INT}`]);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${layouts()[1].width} ${layouts()[1].height}`);
  });

  it('sets every program text as text: markup in a value stays characters', () => {
    const { svg, root } = fakeSvg();
    drawDiagram(svg, layouts()[0], still);
    expect(all(root, 'b')).toHaveLength(0);
    expect(all(root, 'text.object-value')[0].textContent).toBe('[1] <b>bold</b>');
  });

  it('shows state, notes, count changes and the collected cycle', () => {
    const { svg, root } = fakeSvg();
    const ls = layouts();
    drawDiagram(svg, ls[2], still);
    const garbage = byObject(root, '800')!;
    expect(garbage.getAttribute('data-state')).toBe('garbage');
    expect(garbage.querySelector('text.object-note')?.textContent).toBe('unreachable');
    expect(byObject(root, LIST)!.querySelector('g.refcount')?.classList.contains('count-up')).toBe(true);
    expect(byObject(root, '700')!.classList.contains('is-new')).toBe(true);
    expect(all(root, 'path.arrow').filter((p) => p.classList.contains('is-changed')).map((p) => p.getAttribute('data-from')))
      .toEqual(['frame:1:items', `${LIST}[1]`, '800.other']);
    drawDiagram(svg, ls[3], still);
    const freed = byObject(root, '800')!;
    expect(freed.getAttribute('data-state')).toBe('freed');
    expect(freed.classList.contains('is-collected')).toBe(true);
    expect(freed.querySelector('text.object-note')?.textContent).toBe('freed by the collector');
    expect(root.classList.contains('is-collection')).toBe(true);
  });

  it('updates elements in place: the same boxes, rows and arrows, never re-appended', () => {
    const { svg, root } = fakeSvg();
    const ls = layouts();
    drawDiagram(svg, ls[0], still);
    const list = byObject(root, LIST)!;
    const rect = list.querySelector('rect.object-box')!;
    const intBox = byObject(root, INT)!;
    const intChildren = intBox.descendants();
    const arrow = all(root, 'path.arrow')[0];
    drawDiagram(svg, ls[1], still);
    drawDiagram(svg, ls[2], still);
    expect(byObject(root, LIST)).toBe(list);
    expect(list.querySelector('rect.object-box')).toBe(rect);
    expect(all(root, 'path.arrow')[0]).toBe(arrow);
    expect(byObject(root, INT)!.descendants()).toEqual(intChildren);
    for (const e of [list, rect, arrow, ...intChildren]) expect(e.insertions).toBe(1);
  });

  it('restores every earlier picture exactly when stepping back, jumping, folding or resizing', () => {
    const variants = [layouts(false), layouts(true), STEPS.map((s, i) => layoutStep(s, STEPS[i - 1] ?? null, COMPACT_LAYOUT))];
    const fresh = variants.map((ls) => ls.map((layout) => {
      const { svg, root } = fakeSvg();
      drawDiagram(svg, layout, still);
      return root.serialize().replace(/ml-arrow-\d+/g, 'm');
    }));
    const { svg, root } = fakeSvg();
    // Forward with animation, then back and around without.
    for (const layout of variants[0]) drawDiagram(svg, layout, { animate: true });
    const visits: Array<[number, number]> = [[0, 2], [0, 1], [0, 0], [0, 3], [1, 3], [1, 1], [2, 2], [0, 2], [1, 0], [2, 0], [0, 1]];
    for (const [v, i] of visits) {
      drawDiagram(svg, variants[v][i], still);
      expect(root.serialize().replace(/ml-arrow-\d+/g, 'm')).toBe(fresh[v][i]);
    }
  });

  it('animates forward steps with transitions that end where the layout says', async () => {
    const ls = layouts();
    const { svg: a, root: animated } = fakeSvg();
    const { svg: b, root: jumped } = fakeSvg();
    drawDiagram(a, ls[2], still);
    const list = byObject(animated, LIST)!;
    const arrow = all(animated, 'path.arrow')[0];
    const [place, shape] = [list.getAttribute('transform'), arrow.getAttribute('d')];
    drawDiagram(a, ls[3], { animate: true });
    drawDiagram(b, ls[3], still);
    // The freed list slides to the bottom band, and x's arrow swings to the int: not yet there.
    expect(list.getAttribute('transform')).toBe(place);
    expect(arrow.getAttribute('d')).toBe(shape);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(list.getAttribute('transform')).not.toBe(place);
    const normal = (root: FakeElement) => root.serialize(['is-entering']).replace(/ml-arrow-\d+/g, 'm');
    expect(normal(animated)).toBe(normal(jumped));
  });

  it('fades in what is new when animating, and not when jumping', () => {
    const ls = layouts();
    const { svg, root } = fakeSvg();
    drawDiagram(svg, ls[1], still);
    drawDiagram(svg, ls[2], { animate: true });
    expect(byObject(root, '700')!.classList.contains('is-entering')).toBe(true);
    expect(byObject(root, LIST)!.classList.contains('is-entering')).toBe(false);
    drawDiagram(svg, ls[2], { animate: true });
    expect(byObject(root, '700')!.classList.contains('is-entering')).toBe(false);
  });

  it('draws folded singletons in their rows, with a tooltip naming the shared object', () => {
    const { svg, root } = fakeSvg();
    drawDiagram(svg, layouts(true)[1], still);
    expect(byObject(root, INT)).toBeUndefined();
    const slot = all(root, 'g.slot')[0];
    expect(slot.classList.contains('is-folded')).toBe(true);
    expect(slot.querySelector('text.folded-value')?.textContent).toBe('1');
    expect(slot.querySelector('title')?.textContent).toBe(`1: one shared int object, id ${INT}`);
    expect(all(root, 'path.arrow').map((p) => p.getAttribute('data-to'))).toEqual([LIST, LIST]);
  });

  it('redraws a slot that points elsewhere even when nothing else in its box changed', () => {
    const a = step([frame('<module>', { xs: '10', p: '20', q: '30' })], {
      '10': object('list', 'len 1', [['[0]', '20']]),
      '20': object('int', '1000', [], { refcount: 2 }),
      '30': object('int', '2000', [], { refcount: 2 }),
    });
    const b = step(a.frames, { ...a.heap, '10': object('list', 'len 1', [['[0]', '30']]) });
    const { svg, root } = fakeSvg();
    drawDiagram(svg, layoutStep(a, null), still);
    drawDiagram(svg, layoutStep(b, a), still);
    expect(all(root, 'g.slot')[0].classList.contains('is-changed')).toBe(true);
    expect(one(root, (e) => e.getAttribute('data-from') === '10[0]')?.getAttribute('data-to')).toBe('30');
  });

  it('gives a cut label its full text as a tooltip', () => {
    const long = 'a_name_far_too_long_for_any_frame_box';
    const { svg, root } = fakeSvg();
    drawDiagram(svg, layoutStep(step([frame('<module>', { [long]: '10' })], { '10': object('int', '1000') }), null), still);
    const row = all(root, 'g.local')[0];
    expect(row.querySelector('text.local-name')?.textContent).toMatch(/…$/);
    expect(row.querySelector('title')?.textContent).toBe(long);
  });

  it('selects an object by click, Enter or Space, and outlines the selected one', () => {
    const { svg, root } = fakeSvg();
    const picked: string[] = [];
    const onSelect = (id: string) => picked.push(id);
    drawDiagram(svg, layouts()[1], { animate: false, onSelect, selected: INT });
    const list = byObject(root, LIST)!;
    expect([list.getAttribute('tabindex'), list.getAttribute('role'), list.getAttribute('aria-label')])
      .toEqual(['0', 'button', 'list id …5600, 2 references, value [1] <b>bold</b>']);
    expect(byObject(root, INT)!.classList.contains('is-selected')).toBe(true);
    expect(list.getAttribute('aria-pressed')).toBe('false');
    list.querySelector('text.object-value')!.dispatch('click');
    expect(list.dispatch('keydown', { key: 'Enter' }).defaultPrevented).toBe(true);
    list.dispatch('keydown', { key: ' ' });
    list.dispatch('keydown', { key: 'a' });
    expect(picked).toEqual([LIST, LIST, LIST]);
    drawDiagram(svg, layouts()[1], { animate: false, onSelect, selected: LIST });
    expect(list.classList.contains('is-selected')).toBe(true);
    expect(byObject(root, INT)!.classList.contains('is-selected')).toBe(false);
    expect(all(root, 'path.arrow').filter((p) => p.classList.contains('is-related'))).toHaveLength(3);
  });

  it('is a plain picture without test hooks or a selection callback (the empty-state sketch)', () => {
    const { svg, root } = fakeSvg();
    drawDiagram(svg, layouts()[2], { testHooks: false, animate: false });
    const attributes = root.descendants().flatMap((e) => [...e.attributes.keys()]);
    expect(attributes.filter((a) => a.startsWith('data-') || a === 'tabindex' || a === 'role')).toEqual([]);
  });
});
