import { describe, expect, it } from 'vitest';
import { drawWindow, visibleLayout } from '../../src/diagram/cull';
import { layoutStep } from '../../src/diagram/layout';
import type { HeapObject, TraceStep } from '../../src/trace/protocol';

/** A step with one frame naming `n` lists, each holding the next: a tall column of boxes and arrows. */
function tallStep(n: number): TraceStep {
  const heap: Record<string, HeapObject> = {};
  const locals: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const id = String(1000 + i);
    locals[`x${i}`] = id;
    heap[id] = { type: 'list', value: 'len 0', refcount: 1, refs: [], hidden: [], weak: [], state: 'live', shared: false };
  }
  return { event: 'line', line: 1, stdout: '', frames: [{ name: '<module>', line: 1, locals }], heap, freed: [], gc: { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10] }, explain: '' };
}

describe('visibleLayout', () => {
  it('keeps everything (the same object) when the window covers the drawing', () => {
    const layout = layoutStep(tallStep(3), null);
    expect(visibleLayout(layout, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(layout);
  });

  it('keeps only the boxes and arrows that touch the window, at their own places', () => {
    const layout = layoutStep(tallStep(200), null);
    const view = { x: 0, y: 0, width: layout.width, height: 600 };
    const seen = visibleLayout(layout, view);
    expect(seen.objects.length).toBeGreaterThan(0);
    expect(seen.objects.length).toBeLessThan(layout.objects.length);
    for (const o of seen.objects) expect(o.y).toBeLessThan(600);
    for (const o of layout.objects) if (o.y + o.height < 600) expect(seen.objects).toContain(o);
    // An arrow from a visible name to a box far below still shows (it crosses the window).
    expect(seen.arrows.length).toBeGreaterThan(seen.objects.length);
    expect(seen.width).toBe(layout.width);
    expect(seen.height).toBe(layout.height);
  });

  it('snaps the drawn window to a grid, so small pans keep it', () => {
    const a = drawWindow({ x: 10, y: 10, width: 500, height: 400 });
    const b = drawWindow({ x: 40, y: 60, width: 500, height: 400 });
    expect(b).toEqual(a);
    expect(a.x).toBeLessThanOrEqual(10 - 320);
    expect(a.y + a.height).toBeGreaterThanOrEqual(410 + 320);
  });
});
