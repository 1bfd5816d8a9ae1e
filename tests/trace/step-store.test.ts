import { describe, expect, it } from 'vitest';
import type { GcState, HeapObject, TraceFrame } from '../../src/trace/protocol';
import type { StepDelta } from '../../src/trace/recording';
import { StepStore, type RowHeap } from '../../src/trace/step-store';

const GC: GcState = { enabled: true, counts: [1, 0, 0], thresholds: [700, 10, 10] };
const GC2: GcState = { enabled: false, counts: [2, 0, 0], thresholds: [700, 10, 10] };

function obj(value: string, over: Partial<HeapObject> = {}): HeapObject {
  return { type: 'int', value, refcount: 1, refs: [], hidden: [], weak: [], state: 'live', shared: false, ...over };
}

const module: TraceFrame = { name: '<module>', line: 5, locals: { x: '100' } };
const callee: TraceFrame = { name: 'f', line: 2, locals: { n: '200' } };
const callee2: TraceFrame = { name: 'f', line: 3, locals: { n: '200', m: '300' } };

const steps: StepDelta[] = [
  { event: 'line', line: 5, stdoutLength: 0, frames: [module], changed: [['100', obj('7')]], gone: [], freed: [], gc: GC },
  { event: 'call', line: 1, stdoutLength: 0, frames: [module, callee], changed: [['200', obj('[1, 2]', { type: 'list', refs: [['[0]', '100']], hidden: [['value stack', 1]], refcount: 2 })]], gone: [], freed: [], gc: GC },
  { event: 'line', line: 3, stdoutLength: 3, frames: [module, callee2], changed: [['300', obj('8', { shared: true, refcount: 0 })], ['100', obj('7', { state: 'garbage', weak: ['400'] })]], gone: [], freed: [], gc: GC2 },
  { event: 'return', line: 3, stdoutLength: 3, frames: [module], changed: [['200', obj('[1, 2]', { type: 'list', state: 'freed', refcount: 0 })]], gone: ['300'], freed: ['200', '300'], gc: GC2 },
  { event: 'gc', line: 0, stdoutLength: 4, frames: [], changed: [], gone: ['100', '200'], freed: [], gc: GC },
];

describe('StepStore', () => {
  const store = new StepStore();
  const heap: RowHeap = new Map();
  const heaps: Array<Map<string, HeapObject>> = [];
  for (const d of steps) {
    store.push(d, heap);
    heaps.push(new Map([...heap].map(([n, row]) => [store.idText(n), store.object(row)])));
  }

  it('gives back every step as it was pushed', () => {
    expect(store.length).toBe(steps.length);
    steps.forEach((d, i) => expect(store.delta(i)).toEqual(d));
  });

  it('keeps a frame shared by consecutive steps once, and the stack outermost first', () => {
    expect(store.frames(1)[0]).toBe(module);
    expect(store.frames(2)).toEqual([module, callee2]);
    expect(store.frames(4)).toEqual([]);
  });

  it('replays the heap: what push leaves equals applying each step in turn', () => {
    const replay: RowHeap = new Map();
    steps.forEach((_, i) => {
      store.apply(replay, i);
      expect(new Map([...replay].map(([n, row]) => [store.idText(n), store.object(row)]))).toEqual(heaps[i]);
    });
    expect(heaps[2]!.get('100')).toEqual(obj('7', { state: 'garbage', weak: ['400'] }));
    expect(heaps[4]!.size).toBe(0);
  });

  it('says what a step did to one id: set it, dropped it, or left it', () => {
    const n = store.findIdNumber('200');
    expect(store.rowSetAt(1, n)).not.toBeUndefined();
    expect(store.rowSetAt(2, n)).toBeUndefined();
    expect(store.rowSetAt(4, n)).toBeNull();
    expect(store.findIdNumber('no such id')).toBe(-1);
  });

  it('shares the drawing of a row within one memo, and makes fresh ones without', () => {
    const memo = new Map<number, HeapObject>();
    const [, a] = store.changed(1, memo)[0]!;
    expect(store.delta(1, memo).changed[0]![1]).toBe(a);
    expect(store.changed(1)[0]![1]).not.toBe(a);
    expect(store.changed(1)[0]![1]).toEqual(a);
  });
});
