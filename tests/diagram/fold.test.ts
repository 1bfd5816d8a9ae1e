import { describe, expect, it } from 'vitest';
import { COMPACT_LAYOUT, layoutStep, WIDE_LAYOUT } from '../../src/diagram/layout';
import { fitText } from '../../src/diagram/text';
import { frame, object, step } from './steps';

const ONE = '94372790019876';
const NONE = '94372790012345';

/** `n = 1; xs = [1, None, 1000]` with 1 and None shared. */
const S = step([frame('<module>', { n: ONE, xs: '200' })], {
  [ONE]: object('int', '1', [], { shared: true, refcount: 0 }),
  [NONE]: object('NoneType', 'None', [], { shared: true, refcount: 0 }),
  '200': object('list', 'len 3', [['[0]', ONE], ['[1]', NONE], ['[2]', '300']]),
  '300': object('int', '1000'),
});

describe('folding shared singletons', () => {
  it('draws shared objects as lighter boxes with arrows by default', () => {
    const layout = layoutStep(S, null);
    expect(layout.objects.map((o) => o.id)).toContain(ONE);
    const one = layout.objects.find((o) => o.id === ONE)!;
    expect(one).toMatchObject({ shared: true, badgeText: 'shared' });
    expect(one.ariaLabel).toBe('int id …9876, shared object, value 1');
    expect(layout.arrows.filter((a) => a.to === ONE)).toHaveLength(2);
    expect(layout.frames[0].rows.every((r) => r.folded === null)).toBe(true);
  });

  it('folds them into the rows that name them, saying they are shared objects with their id', () => {
    const layout = layoutStep(S, null, WIDE_LAYOUT, { foldSingletons: true });
    expect(layout.objects.map((o) => o.id)).toEqual(['200', '300']);
    expect(layout.arrows.map((a) => a.from)).toEqual(['frame:0:xs', '200[2]']);
    const n = layout.frames[0].rows[0];
    expect(n.target).toBe(ONE);
    expect(n.folded).toEqual({ id: ONE, type: 'int', value: '1', text: '1', title: `1: one shared int object, id ${ONE}` });
    const slots = layout.objects[0].slots;
    expect(slots.map((s) => s.folded?.text ?? null)).toEqual(['1', 'None', null]);
    expect(slots[1].folded?.title).toContain(NONE);
  });

  it('never folds an object that is not shared, or one with references of its own', () => {
    const s = step([frame('<module>', { t: '400' })], {
      '400': object('type', "<class 'int'>", [['.x', '300']], { shared: true, refcount: 0 }),
      '300': object('int', '1000'),
    });
    const layout = layoutStep(s, null, WIDE_LAYOUT, { foldSingletons: true });
    expect(layout.objects.map((o) => o.id)).toEqual(['400', '300']);
  });

  it('keeps folded rows readable: label and value share the row without overflowing it', () => {
    const long = step([frame('<module>', { a_rather_long_variable_name: ONE })], S.heap);
    for (const config of [WIDE_LAYOUT, COMPACT_LAYOUT]) {
      const row = layoutStep(long, null, config, { foldSingletons: true }).frames[0].rows[0];
      expect(row.nameText.endsWith('…')).toBe(true);
      expect((row.nameText.length + row.folded!.text.length) * 7.85).toBeLessThan(config.frameWidth - 34);
    }
  });
});

describe('fitting text', () => {
  it('cuts with an ellipsis, never inside a surrogate pair', () => {
    expect(fitText('abc', 100, 10)).toBe('abc');
    expect(fitText('abcdefghijklmnop', 50, 10)).toBe('abcd…');
    expect(fitText('😀😀😀😀😀😀😀😀', 50, 10)).toBe('😀😀😀😀…');
  });
});
