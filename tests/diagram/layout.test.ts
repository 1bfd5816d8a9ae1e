import { describe, expect, it } from 'vitest';
import { COMPACT_LAYOUT, layoutStep, objectOrder, shortId, WIDE_LAYOUT } from '../../src/diagram/layout';
import type { TraceStep } from '../../src/trace/protocol';
import { object, overlaps } from './steps';

/** `xs = [a, b]` in a call `f(xs)`, plus an unreachable cycle. */
const STEP: TraceStep = {
  event: 'line',
  line: 3,
  stdout: '',
  frames: [
    { name: '<module>', line: 5, locals: { xs: '300', n: '100' } },
    { name: 'f', line: 3, locals: { items: '300' } },
  ],
  heap: {
    '100': object('int', '7', [], { shared: true }),
    '300': object('list', '[7, 8]', [['[0]', '100'], ['[1]', '200']]),
    '200': object('int', '8'),
    '900': object('list', '[[...]]', [['[0]', '900']], { state: 'garbage' }),
  },
  freed: [],
  gc: { enabled: true, counts: [1, 0, 0], thresholds: [700, 10, 10] },
  explain: '',
};

describe('layoutStep', () => {
  it('orders objects as first reached from the outermost frame, then the unreachable ones', () => {
    expect(objectOrder(STEP)).toEqual(['300', '100', '200', '900']);
  });

  it('stacks frames outermost first in the left column', () => {
    const layout = layoutStep(STEP, null);
    expect(layout.frames.map((f) => f.name)).toEqual(['<module>', 'f']);
    expect(layout.frames[1].y).toBeGreaterThan(layout.frames[0].y + layout.frames[0].height);
    expect(layout.frames[0].rows.map((r) => [r.name, r.target])).toEqual([['xs', '300'], ['n', '100']]);
    for (const frame of layout.frames) expect(frame.x + frame.width).toBeLessThanOrEqual(WIDE_LAYOUT.framesColumn);
  });

  it('puts every object right of the frames without overlaps', () => {
    const layout = layoutStep(STEP, null);
    expect(layout.objects).toHaveLength(4);
    for (const box of layout.objects) expect(box.x).toBeGreaterThanOrEqual(WIDE_LAYOUT.framesColumn);
    for (const a of layout.objects) for (const b of layout.objects) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(layout.objects.find((o) => o.id === '900')?.state).toBe('garbage');
  });

  it('routes one arrow per local and per slot, to objects that exist', () => {
    const layout = layoutStep(STEP, null);
    const froms = layout.arrows.map((a) => `${a.from}->${a.to}`);
    expect(froms).toEqual(['frame:0:xs->300', 'frame:0:n->100', 'frame:1:items->300', '300[0]->100', '300[1]->200', '900[0]->900']);
    for (const arrow of layout.arrows) expect(arrow.d).toMatch(/^M[\d.-]+,[\d.-]+ C/);
  });

  it('skips arrows to ids missing from the heap', () => {
    const step: TraceStep = { ...STEP, frames: [{ name: '<module>', line: 1, locals: { ghost: '12345' } }], heap: {} };
    expect(layoutStep(step, null).arrows).toEqual([]);
  });

  it('is pure: the same step gives the same layout', () => {
    expect(layoutStep(STEP, null, COMPACT_LAYOUT)).toEqual(layoutStep(STEP, null, COMPACT_LAYOUT));
  });

  it('fits the whole drawing in its width and height', () => {
    const layout = layoutStep(STEP, null);
    for (const box of [...layout.frames, ...layout.objects]) {
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('handles an empty step', () => {
    const layout = layoutStep({ ...STEP, frames: [], heap: {} }, null);
    expect(layout).toMatchObject({ frames: [], objects: [], arrows: [] });
    expect(layout.height).toBeGreaterThanOrEqual(0);
  });
});

describe('shortId', () => {
  it('keeps the last four digits of a long id', () => {
    expect(shortId('140245312345600')).toBe('…5600');
    expect(shortId('42')).toBe('42');
  });
});
