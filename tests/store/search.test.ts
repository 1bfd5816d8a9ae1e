import { describe, expect, it } from 'vitest';
import { eventOf, findCreated, findFreed, findLine, freedOf, lineOf, objectAt, objectHistory } from '../../src/store/search';
import type { StepSource, TraceStep } from '../../src/trace/protocol';
import { heapStep, lifetimeSteps, makeStep } from './helpers';

const EMPTY: TraceStep[] = [];

describe('findCreated', () => {
  const steps = lifetimeSteps();

  it('finds the first step of the unbroken run that draws the object', () => {
    for (const at of [1, 2, 3]) expect(findCreated(steps, 'A', at)).toBe(1);
    expect(findCreated(steps, 'D', 13)).toBe(13);
    expect(findCreated(steps, 'D', 16)).toBe(15); // it left the drawing at 14
  });

  it('stops where the id changed hands', () => {
    for (const at of [5, 6, 7]) expect(findCreated(steps, 'A', at)).toBe(5); // the list's id, reused by a dict
    expect(findCreated(steps, 'B', 8)).toBe(8);
    expect(findCreated(steps, 'B', 10)).toBe(9); // freed and taken again within step 9
    expect(findCreated(steps, 'C', 11)).toBe(10); // shown as freed: still the list
    expect(findCreated(steps, 'C', 12)).toBe(12); // after a step showing it freed: another object
    expect(findCreated(steps, 'C', 14)).toBe(12);
  });

  it('is null when nothing is drawn under the id at that step, or there is no such step', () => {
    expect(findCreated(steps, 'A', 0)).toBeNull();
    expect(findCreated(steps, 'A', 4)).toBeNull();
    expect(findCreated(steps, 'D', 14)).toBeNull();
    expect(findCreated(steps, 'nope', 3)).toBeNull();
    expect(findCreated(steps, 'A', steps.length)).toBeNull();
    expect(findCreated(steps, 'A', -1)).toBeNull();
    expect(findCreated(steps, 'A', 1.5)).toBeNull();
    expect(findCreated(EMPTY, 'A', 0)).toBeNull();
  });

  it('reaches step 0', () => {
    expect(findCreated([heapStep(1, { Z: lifetimeSteps()[1]!.heap.A! }), heapStep(2, { Z: lifetimeSteps()[1]!.heap.A! })], 'Z', 1)).toBe(0);
  });
});

describe('findFreed', () => {
  const steps = lifetimeSteps();

  it('finds the step that frees the object drawn at the cursor, not a later holder of its id', () => {
    expect(findFreed(steps, 'A', 1)).toBe(3);
    expect(findFreed(steps, 'A', 2)).toBe(3);
    expect(findFreed(steps, 'A', 5)).toBe(7);
    expect(findFreed(steps, 'B', 8)).toBe(9);
    expect(findFreed(steps, 'C', 10)).toBe(11);
  });

  it('is null when the object is shown as freed, not drawn, or never freed', () => {
    expect(findFreed(steps, 'A', 3)).toBeNull(); // already freed: the next free is another object's
    expect(findFreed(steps, 'A', 0)).toBeNull();
    expect(findFreed(steps, 'A', 4)).toBeNull();
    expect(findFreed(steps, 'B', 9)).toBeNull();
    expect(findFreed(steps, 'C', 12)).toBeNull();
    expect(findFreed(steps, 'D', 16)).toBeNull();
    expect(findFreed(EMPTY, 'A', 0)).toBeNull();
  });
});

describe('findLine', () => {
  // Step i is at line i % 5 + 1: line 3 runs at steps 2, 7 and 12.
  const steps = lifetimeSteps();

  it('finds the next execution after the cursor', () => {
    expect(findLine(steps, 3, 0)).toBe(2);
    expect(findLine(steps, 3, 2)).toBe(7);
    expect(findLine(steps, 3, 7)).toBe(12);
  });

  it('wraps around to the first execution from the start', () => {
    expect(findLine(steps, 3, 12)).toBe(2);
    expect(findLine(steps, 3, 16)).toBe(2);
  });

  it('stays at the cursor when that is the only execution', () => {
    const one = [makeStep(1), makeStep(2), makeStep(1)];
    expect(findLine(one, 2, 1)).toBe(1);
  });

  it('only counts `line` events', () => {
    const mixed = [makeStep(1), { ...makeStep(2), event: 'call' as const }, makeStep(3), makeStep(2)];
    expect(findLine(mixed, 2, 0)).toBe(3);
    expect(findLine(mixed.slice(0, 3), 2, 0)).toBeNull();
  });

  it('is null for a line that never runs or an empty recording', () => {
    expect(findLine(steps, 99, 0)).toBeNull();
    expect(findLine(EMPTY, 1, 0)).toBeNull();
  });

  it('treats a cursor outside the steps as before the first', () => {
    expect(findLine(steps, 1, -5)).toBe(0);
    expect(findLine(steps, 1, Number.NaN)).toBe(0);
    expect(findLine(steps, 1, 1000)).toBe(0);
  });
});

describe('step reads', () => {
  it('read through at(i) when the source has no fast reads, and give nothing past the ends', () => {
    const steps = lifetimeSteps();
    expect(eventOf(steps, 0)).toBe('line');
    expect(lineOf(steps, 7)).toBe(3);
    expect(freedOf(steps, 3)).toEqual(['A']);
    expect(eventOf(steps, 99)).toBeUndefined();
    expect(lineOf(steps, -1)).toBeUndefined();
    expect(freedOf(steps, 99)).toEqual([]);
    expect(objectAt(steps, 2, 'A')?.refcount).toBe(2);
    expect(objectAt(steps, 4, 'A')).toBeUndefined();
    expect(objectAt(steps, 99, 'A')).toBeUndefined();
    expect([...objectHistory(steps, 'A', 3)].map((o) => o?.state)).toEqual(['freed', 'live', 'live', undefined]);
    expect([...objectHistory(steps, 'A', 17)]).toEqual([]);
  });

  it('use the fast reads when the source has them, never at(i)', () => {
    const steps = lifetimeSteps();
    const fast: StepSource = {
      length: steps.length,
      at: () => {
        throw new Error('at() was called');
      },
      eventAt: (i) => steps[i]?.event,
      lineAt: (i) => steps[i]?.line,
      freedAt: (i) => steps[i]?.freed,
      objectHistory: (id, from) => objectHistory(steps, id, from),
    };
    expect(findLine(fast, 3, 12)).toBe(2);
    expect(findCreated(fast, 'A', 6)).toBe(5);
    expect(findFreed(fast, 'A', 1)).toBe(3);
  });

  it('does not mistake an inherited property for an object', () => {
    expect(objectAt(lifetimeSteps(), 0, 'constructor')).toBeUndefined();
  });
});
