import { describe, expect, it } from 'vitest';
import { drawDiagram } from '../../src/diagram/draw';
import { layoutStep, WIDE_LAYOUT } from '../../src/diagram/layout';
import type { TraceStep } from '../../src/trace/protocol';
import { FakeElement, fakeSvg } from './fake-dom';
import { bigStep, object } from './steps';

// The work of a layout and of a redraw, counted in operations rather than timed: a count
// does not depend on how busy the machine is, and still catches an accidental quadratic
// step or a redraw that rebuilds everything. The timings are `npm run bench:diagram`'s.

/** `step` after one more name bound to a new int: the typical difference between two steps. */
function oneMore(step: TraceStep): TraceStep {
  const locals = { ...step.frames[0].locals, extra: '999' };
  return { ...step, frames: [{ ...step.frames[0], locals }], heap: { ...step.heap, '999': object('int', '123456') } };
}

/** `step` with its heap and every object in it counting the reads made of them into `reads.n`. */
function counted(step: TraceStep, reads: { n: number }): TraceStep {
  const watch = <T extends object>(o: T): T =>
    new Proxy(o, {
      get(target, key, receiver) {
        reads.n++;
        return Reflect.get(target, key, receiver);
      },
      ownKeys(target) {
        reads.n += Object.keys(target).length;
        return Reflect.ownKeys(target);
      },
    });
  const heap = Object.fromEntries(Object.entries(step.heap).map(([id, o]) => [id, watch({ ...o, refs: watch([...o.refs]) })]));
  return { ...step, heap: watch(heap) };
}

/** Reads a layout of `step` (after `previous`) makes of the two heaps. */
function layoutReads(step: TraceStep, previous: TraceStep | null): number {
  const reads = { n: 0 };
  layoutStep(counted(step, reads), previous === null ? null : counted(previous, reads), WIDE_LAYOUT);
  return reads.n;
}

/** Writes to the DOM (attributes, text, insertions, removals) made while `work` runs. */
function domWrites(work: () => void): number {
  const proto = FakeElement.prototype;
  const saved = {
    setAttribute: proto.setAttribute,
    removeAttribute: proto.removeAttribute,
    insertBefore: proto.insertBefore,
    removeChild: proto.removeChild,
    text: Object.getOwnPropertyDescriptor(proto, 'textContent')!,
  };
  let n = 0;
  proto.setAttribute = function (this: FakeElement, name: string, value: unknown) {
    n++;
    saved.setAttribute.call(this, name, value);
  };
  proto.removeAttribute = function (this: FakeElement, name: string) {
    n++;
    saved.removeAttribute.call(this, name);
  };
  proto.insertBefore = function (this: FakeElement, child: FakeElement, next: FakeElement | null) {
    n++;
    return saved.insertBefore.call(this, child, next);
  };
  proto.removeChild = function (this: FakeElement, child: FakeElement) {
    n++;
    return saved.removeChild.call(this, child);
  };
  Object.defineProperty(proto, 'textContent', {
    ...saved.text,
    set(this: FakeElement, value: string) {
      n++;
      saved.text.set!.call(this, value);
    },
  });
  try {
    work();
  } finally {
    Object.assign(proto, { setAttribute: saved.setAttribute, removeAttribute: saved.removeAttribute, insertBefore: saved.insertBefore, removeChild: saved.removeChild });
    Object.defineProperty(proto, 'textContent', saved.text);
  }
  return n;
}

/** Reads of the heap a layout makes per object at most (about 56 today: the boxes, their arrows and the previous step's). */
const READS_PER_OBJECT = 80;
/** DOM writes a redraw after one new name makes at most (about 80 today; drawing 2,000 objects from nothing makes over 100,000). */
const UPDATE_WRITES = 200;

describe('work per step', () => {
  const big = bigStep(2000);
  const small = bigStep(200);

  it('builds the test heaps it claims to', () => {
    expect(Object.keys(big.heap).length).toBeGreaterThanOrEqual(2000);
    expect(Object.keys(small.heap).length).toBeGreaterThanOrEqual(200);
  });

  it('lays out a heap with work that grows linearly with its objects', () => {
    const smallReads = layoutReads(oneMore(small), small);
    const bigReads = layoutReads(oneMore(big), big);
    // Ten times the objects: ten times the reads, give or take; a quadratic step would make it a hundred.
    expect(bigReads / smallReads).toBeLessThan(15);
    expect(bigReads / Object.keys(big.heap).length).toBeLessThan(READS_PER_OBJECT);
  });

  it('redraws a step of 2,000 objects by touching only what changed', () => {
    const a = layoutStep(big, null);
    const b = layoutStep(oneMore(big), big);
    const { svg } = fakeSvg();
    const first = domWrites(() => drawDiagram(svg, a, { animate: false }));
    const update = domWrites(() => drawDiagram(svg, b, { animate: false }));
    const back = domWrites(() => drawDiagram(svg, a, { animate: false }));
    expect(first).toBeGreaterThan(2000);
    expect(update).toBeLessThan(UPDATE_WRITES);
    expect(back).toBeLessThan(UPDATE_WRITES);
  });
});
