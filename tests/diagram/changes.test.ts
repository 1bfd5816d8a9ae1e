import { describe, expect, it } from 'vitest';
import { layoutStep, type DiagramLayout, type ObjectBox } from '../../src/diagram/layout';
import { frame, object, step } from './steps';

const box = (layout: DiagramLayout, id: string): ObjectBox => {
  const found = layout.objects.find((o) => o.id === id);
  if (!found) throw new Error(`no box ${id}`);
  return found;
};
const arrow = (layout: DiagramLayout, from: string) => layout.arrows.find((a) => a.from === from);

/** `a = [1000]` */
const BEFORE = step([frame('<module>', { a: '10' })], {
  '10': object('list', 'len 1', [['[0]', '20']]),
  '20': object('int', '1000'),
});

/** then `b = a; a.append(2000)` folded into one step */
const AFTER = step([frame('<module>', { a: '10', b: '10' })], {
  '10': object('list', 'len 2', [['[0]', '20'], ['[1]', '30']], { refcount: 2 }),
  '20': object('int', '1000'),
  '30': object('int', '2000'),
});

describe('change marks against the previous step', () => {
  it('marks nothing without a previous step', () => {
    const layout = layoutStep(AFTER, null);
    for (const o of layout.objects) expect([o.change, o.countChange, o.previousRefcount]).toEqual([null, null, null]);
    expect(layout.arrows.every((a) => !a.changed)).toBe(true);
    expect(layout.frames.every((f) => f.change === null && f.rows.every((r) => !r.changed))).toBe(true);
  });

  it('marks new boxes, new names and new slots, and leaves the rest alone', () => {
    const layout = layoutStep(AFTER, BEFORE);
    expect(box(layout, '30').change).toBe('new');
    expect(box(layout, '10').change).toBeNull();
    expect(box(layout, '20').change).toBeNull();
    expect(layout.frames[0].rows.map((r) => [r.name, r.changed])).toEqual([['a', false], ['b', true]]);
    expect(arrow(layout, 'frame:0:a')?.changed).toBe(false);
    expect(arrow(layout, 'frame:0:b')?.changed).toBe(true);
    expect(arrow(layout, '10[0]')?.changed).toBe(false);
    expect(arrow(layout, '10[1]')?.changed).toBe(true);
    expect(box(layout, '10').slots.map((s) => s.changed)).toEqual([false, true]);
  });

  it('marks a count that went up or down and keeps the old count', () => {
    const up = layoutStep(AFTER, BEFORE);
    expect(box(up, '10')).toMatchObject({ countChange: 'up', previousRefcount: 1, refcount: 2 });
    expect(box(up, '10').badgeTitle).toBe('Reference count 2 (was 1)');
    expect(box(up, '20')).toMatchObject({ countChange: null, previousRefcount: 1 });
    const down = layoutStep(BEFORE, AFTER);
    expect(box(down, '10')).toMatchObject({ countChange: 'down', previousRefcount: 2, refcount: 1 });
  });

  it('marks a rebound name and its arrow as changed', () => {
    const rebound = step([frame('<module>', { a: '20' })], { '20': object('int', '1000') });
    const layout = layoutStep(rebound, BEFORE);
    expect(layout.frames[0].rows[0].changed).toBe(true);
    expect(arrow(layout, 'frame:0:a')?.changed).toBe(true);
  });

  it('treats an id reused by an object of another type as a new object', () => {
    const reused = step([frame('<module>', { a: '10' })], { '10': object('dict', 'len 0') });
    expect(box(layoutStep(reused, BEFORE), '10').change).toBe('new');
  });

  it('marks a new frame, and every name in it', () => {
    const call = step([...BEFORE.frames, frame('f', { x: '20' })], BEFORE.heap);
    const layout = layoutStep(call, BEFORE);
    expect(layout.frames.map((f) => f.change)).toEqual([null, 'new']);
    expect(layout.frames[1].rows[0].changed).toBe(true);
  });

  it('never changes where anything is', () => {
    const strip = (l: DiagramLayout) => l.objects.map((o) => [o.id, o.x, o.y, o.height]);
    expect(strip(layoutStep(AFTER, BEFORE))).toEqual(strip(layoutStep(AFTER, null)));
  });
});

describe('notes: garbage, freed, __del__', () => {
  const cycle = {
    '50': object('Node', '<Node>', [['.other', '51']], { state: 'garbage' as const }),
    '51': object('Node', '<Node>', [['.other', '50']], { state: 'garbage' as const }),
  };

  it('notes an unreachable cycle and marks its arrows', () => {
    const layout = layoutStep(step([frame('<module>', {})], cycle), null);
    for (const id of ['50', '51']) expect(box(layout, id)).toMatchObject({ state: 'garbage', note: 'unreachable' });
    expect(layout.arrows.map((a) => a.unreachable)).toEqual([true, true]);
    expect(box(layout, '50').ariaLabel).toBe('Node id 50, 1 reference, value <Node>, unreachable');
  });

  it('notes an object freed at this step, and one freed by a collection', () => {
    const freedHeap = {
      '50': object('Node', '<Node>', [], { state: 'freed' as const, refcount: 0 }),
      '51': object('Node', '<Node>', [], { state: 'freed' as const, refcount: 0 }),
    };
    const plain = layoutStep(step([frame('<module>', {})], freedHeap, { freed: ['50', '51'] }), null);
    expect(box(plain, '50')).toMatchObject({ change: 'freed', note: 'freed', collected: false, badgeText: 'freed' });
    expect(plain.collection).toBe(false);
    const before = step([frame('<module>', {})], cycle);
    const gc = layoutStep(step([frame('<module>', {})], freedHeap, { freed: ['50', '51'], event: 'gc' }), before);
    expect(gc.collection).toBe(true);
    for (const id of ['50', '51']) expect(box(gc, id)).toMatchObject({ change: 'freed', note: 'freed by the collector', collected: true, previousRefcount: 1 });
  });

  it('notes the object whose __del__ is running', () => {
    const heap = { '10': object('Res', '<Res object>', [], { refcount: 2 }), '11': object('list', 'len 0') };
    const running = step([frame('<module>', { r: '10', l: '11' }), frame('__del__', { self: '10' })], heap);
    const layout = layoutStep(running, null);
    expect(box(layout, '10').note).toBe('__del__ running');
    expect(box(layout, '11').note).toBeNull();
    // Only while the innermost frame is __del__.
    const deeper = step([...running.frames, frame('helper', {})], heap);
    expect(box(layoutStep(deeper, null), '10').note).toBeNull();
  });

  it('makes room for the note inside the box', () => {
    const live = layoutStep(step([frame('<module>', { a: '50' })], { '50': object('Node', '<Node>') }), null);
    const garbage = layoutStep(step([frame('<module>', {})], { '50': object('Node', '<Node>', [], { state: 'garbage' }) }), null);
    expect(box(garbage, '50').height - box(live, '50').height).toBe(garbage.config.noteHeight);
  });
});
