import { describe, expect, it } from 'vitest';
import { drawDiagram } from '../../src/diagram/draw';
import { layoutStep, WIDE_LAYOUT } from '../../src/diagram/layout';
import type { TraceStep } from '../../src/trace/protocol';
import { fakeSvg } from './fake-dom';
import { bigStep, object } from './steps';

/** The fastest of `runs` timings of `work`, in milliseconds (the least disturbed by the machine). */
function fastest(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** `step` after one more name bound to a new int: the typical difference between two steps. */
function oneMore(step: TraceStep): TraceStep {
  const locals = { ...step.frames[0].locals, extra: '999' };
  return { ...step, frames: [{ ...step.frames[0], locals }], heap: { ...step.heap, '999': object('int', '123456') } };
}

// Node is not Chromium (the page's budget is checked in the browser), but the bounds here
// catch an accidental quadratic step or a drawing that rebuilds everything.
describe('speed', () => {
  const big = bigStep(2000);
  const small = bigStep(200);

  it('builds the test heaps it claims to', () => {
    expect(Object.keys(big.heap).length).toBeGreaterThanOrEqual(2000);
    expect(Object.keys(small.heap).length).toBeGreaterThanOrEqual(200);
  });

  it('lays out 2,000 objects in a few milliseconds', () => {
    const previous = oneMore(big);
    const ms = fastest(7, () => layoutStep(big, previous, WIDE_LAYOUT));
    expect(ms).toBeLessThan(50);
    expect(fastest(15, () => layoutStep(small, null))).toBeLessThan(5);
  });

  it('redraws a step of 2,000 objects by touching only what changed', () => {
    const a = layoutStep(big, null);
    const b = layoutStep(oneMore(big), big);
    const { svg } = fakeSvg();
    const first = fastest(1, () => drawDiagram(svg, a, { animate: false }));
    let flip = false;
    const update = fastest(7, () => {
      flip = !flip;
      drawDiagram(svg, flip ? b : a, { animate: false });
    });
    expect(update).toBeLessThan(first / 4);
  });
});
