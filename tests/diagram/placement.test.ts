import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPACT_LAYOUT, layoutStep, WIDE_LAYOUT, type DiagramLayout, type LayoutConfig, type ObjectBox } from '../../src/diagram/layout';
import { columnX } from '../../src/diagram/placement';
import type { HeapObject, ObjectId, TraceStep } from '../../src/trace/protocol';
import { frame, geometry, object, overlaps, step } from './steps';

const box = (layout: DiagramLayout, id: string): ObjectBox => {
  const found = layout.objects.find((o) => o.id === id);
  if (!found) throw new Error(`no box ${id}`);
  return found;
};

/** `a = [[1], 'x']`, `b = a`, with a chain a → ... through nested lists. */
const NESTED = step([frame('<module>', { a: '10', b: '10', s: '30' })], {
  '10': object('list', 'len 2', [['[0]', '11'], ['[1]', '12']], { refcount: 2 }),
  '11': object('list', 'len 1', [['[0]', '13']]),
  '12': object('str', "'x'"),
  '13': object('int', '1000'),
  '30': object('str', "'s'"),
});

/** A linked list n0 → n1 → ... → n7. */
function chain(length: number): TraceStep {
  const heap: Record<ObjectId, HeapObject> = {};
  for (let i = 0; i < length; i++) heap[String(100 + i)] = object('Node', '<Node>', i + 1 < length ? [['.next', String(101 + i)]] : []);
  return step([frame('<module>', { head: '100' })], heap);
}

describe('placement: columns by distance from the frames', () => {
  it('puts named objects in column 0 and what they hold one column further right', () => {
    const layout = layoutStep(NESTED, null);
    expect(Object.fromEntries(layout.objects.map((o) => [o.id, o.column]))).toEqual({ '10': 0, '30': 0, '11': 1, '12': 1, '13': 2 });
    for (const o of layout.objects) expect(o.x).toBe(columnX(o.column, WIDE_LAYOUT));
  });

  it('visits breadth-first: names in binding order, then slots in order', () => {
    expect(layoutStep(NESTED, null).objects.map((o) => o.id)).toEqual(['10', '30', '11', '12', '13']);
  });

  it('puts a box level with the row that first reached it when there is room', () => {
    const layout = layoutStep(NESTED, null);
    const a = layout.frames[0].rows[0];
    expect(box(layout, '10').y + WIDE_LAYOUT.headerHeight / 2).toBe(a.y);
    const list = box(layout, '10');
    expect(box(layout, '11').y + WIDE_LAYOUT.headerHeight / 2).toBe(list.slots[0].y);
  });

  it('stacks a long chain down the last column instead of running off to the right', () => {
    for (const config of [WIDE_LAYOUT, COMPACT_LAYOUT]) {
      const layout = layoutStep(chain(9), null, config);
      const last = config.maxColumns - 1;
      expect(Math.max(...layout.objects.map((o) => o.column))).toBe(last);
      const tail = layout.objects.filter((o) => o.column === last);
      expect(tail).toHaveLength(9 - last);
      for (let i = 1; i < tail.length; i++) expect(tail[i].y).toBeGreaterThanOrEqual(tail[i - 1].y + tail[i - 1].height + config.gap);
      // Within the last column, the chain's arrows come back round (they are not forward).
      expect(layout.arrows.filter((a) => a.kind === 'back')).toHaveLength(9 - last - 1);
    }
  });

  it('puts the unreachable below everything reachable: garbage first, then the freed in the order they died', () => {
    const s = step([frame('<module>', { a: '10' })], {
      '10': object('list', 'len 0'),
      '50': object('Node', '<Node>', [['.other', '51']], { state: 'garbage' }),
      '51': object('Node', '<Node>', [['.other', '50']], { state: 'garbage' }),
      '70': object('list', 'len 0', [], { state: 'freed', refcount: 0 }),
      '60': object('list', 'len 0', [], { state: 'freed', refcount: 0 }),
    }, { freed: ['70', '60'] });
    const layout = layoutStep(s, null);
    expect(layout.objects.map((o) => o.id)).toEqual(['10', '50', '51', '70', '60']);
    const reachableBottom = box(layout, '10').y + box(layout, '10').height;
    expect(box(layout, '50').y).toBeGreaterThan(reachableBottom);
    expect(box(layout, '51').column).toBe(1);
    expect(box(layout, '70').y).toBeGreaterThan(box(layout, '51').y + box(layout, '51').height);
    expect(box(layout, '60').y).toBeGreaterThan(box(layout, '70').y);
  });

  it('starts an unreachable group at its root (the object nothing else in it holds)', () => {
    const s = step([], {
      '5': object('int', '1000', [], { state: 'garbage' }),
      '9': object('list', 'len 1', [['[0]', '5'], ['[1]', '9']], { state: 'garbage' }),
    });
    const layout = layoutStep(s, null);
    expect(layout.objects.map((o) => [o.id, o.column])).toEqual([['9', 0], ['5', 1]]);
    expect(box(layout, '9').y).toBe(WIDE_LAYOUT.padding);
  });
});

describe('placement: a function of the step alone', () => {
  const before = step([frame('<module>', { a: '10' })], { '10': object('list', 'len 0') });

  it('gives the same positions whatever the previous step was', () => {
    const alone = geometry(layoutStep(NESTED, null));
    expect(geometry(layoutStep(NESTED, before))).toEqual(alone);
    expect(geometry(layoutStep(NESTED, chain(5)))).toEqual(alone);
    expect(geometry(layoutStep(NESTED, NESTED))).toEqual(alone);
  });

  it('keeps every box in place when a step binds a new name', () => {
    const grown = step([frame('<module>', { ...NESTED.frames[0].locals, c: '40' })], { ...NESTED.heap, '40': object('float', '2.5') });
    const a = layoutStep(NESTED, null);
    const b = layoutStep(grown, NESTED);
    for (const o of a.objects) expect([box(b, o.id).x, box(b, o.id).y]).toEqual([o.x, o.y]);
    expect(box(b, '40').column).toBe(0);
  });

  it('moves only what is below when a list grows by one item', () => {
    const grown = step(NESTED.frames, {
      ...NESTED.heap,
      '10': object('list', 'len 3', [['[0]', '11'], ['[1]', '12'], ['[2]', '41']], { refcount: 2 }),
      '41': object('int', '999'),
    });
    const a = layoutStep(NESTED, null);
    const b = layoutStep(grown, NESTED);
    for (const id of ['10', '11', '12', '13']) expect([box(b, id).x, box(b, id).y]).toEqual([box(a, id).x, box(a, id).y]);
    expect(box(b, '30').y).toBe(box(a, '30').y + WIDE_LAYOUT.rowHeight);
  });
});

describe('placement: readable for any heap (property)', () => {
  /** Random heaps: each object holds up to 4 references to any object; frames name a few. */
  const heaps = fc
    .record({
      size: fc.integer({ min: 0, max: 40 }),
      frames: fc.integer({ min: 0, max: 3 }),
      seed: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
      compact: fc.boolean(),
    })
    .map(({ size, frames, seed, compact }) => {
      let k = 0;
      const r = (n: number) => (n <= 0 ? 0 : seed[k++ % seed.length] % n);
      const ids = Array.from({ length: size }, (_, i) => String(1000 + i * 16));
      const heap: Record<ObjectId, HeapObject> = {};
      for (const id of ids) {
        const refs: Array<[string, string]> = Array.from({ length: r(5) }, (_, i) => [`[${i}]`, ids[r(ids.length)]]);
        const state = r(6) === 0 ? 'garbage' : r(9) === 0 ? 'freed' : 'live';
        heap[id] = object(r(2) ? 'list' : 'int', 'v', state === 'freed' ? [] : refs, { state, shared: r(5) === 0 && refs.length === 0 });
      }
      const fs = Array.from({ length: frames }, (_, f) =>
        frame(f === 0 ? '<module>' : `f${f}`, Object.fromEntries(Array.from({ length: r(5) }, (_, i) => [`n${i}`, ids[r(ids.length)] ?? '1']))));
      return { s: step(fs, heap), config: compact ? COMPACT_LAYOUT : WIDE_LAYOUT, fold: r(2) === 0 };
    });

  /** Everything wrong with a layout, as readable lines (checked without one expect per pair: 300 runs stay fast). */
  const problems = (layout: DiagramLayout, config: LayoutConfig): string[] => {
    const found: string[] = [];
    const boxes = [...layout.frames, ...layout.objects];
    const name = (b: (typeof boxes)[number]) => ('id' in b ? b.id : b.key);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) found.push(`${name(boxes[i])} overlaps ${name(boxes[j])}`);
    for (const b of boxes) {
      if (b.x < 0 || b.y < 0 || b.x + b.width > layout.width || b.y + b.height > layout.height) found.push(`${name(b)} outside`);
    }
    for (const f of layout.frames) if (f.x + f.width > config.framesColumn) found.push(`frame ${f.key} past its column`);
    for (const o of layout.objects) if (o.x < config.framesColumn) found.push(`object ${o.id} in the frames column`);
    for (const a of layout.arrows) {
      const [x1, , c1x, , c2x, , x2] = (a.d.match(/-?[\d.]+/g) ?? []).map(Number);
      if (a.kind !== 'back' && !(x2 > x1)) found.push(`${a.key} goes left`);
      if (Math.max(x1, c1x, c2x, x2) > layout.width) found.push(`${a.key} outside`);
    }
    return found;
  };

  it('never overlaps boxes, keeps frames left and objects right, and fits everything in its size', () => {
    fc.assert(
      fc.property(heaps, ({ s, config, fold }) => {
        const layout = layoutStep(s, null, config, { foldSingletons: fold });
        expect(problems(layout, config)).toEqual([]);
        // Every object is drawn once, except folded shared ones.
        const drawn = layout.objects.map((o) => o.id);
        const expected = Object.entries(s.heap).filter(([, o]) => !(fold && o.shared && o.state === 'live')).map(([id]) => id);
        expect([...new Set(drawn)].sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});
