import { beforeEach, describe, expect, it } from 'vitest';
import * as gc from '../../../src/python/gc';
import { decref, heap, incref, Memory, setHeap, type MemoryHooks } from '../../../src/python/memory';
import { Flag, PyObject, PyType } from '../../../src/python/object';
import { newDict } from '../../../src/python/types/dict';
import { newInt } from '../../../src/python/types/int';
import { newList, PyList } from '../../../src/python/types/list';
import { newStr } from '../../../src/python/types/str';
import { newTuple } from '../../../src/python/types/tuple';
import { objectType, typeType } from '../../../src/python/types/type';

/** A GC type whose objects hold an array of references and may have a "__del__". */
class Node extends PyObject {
  refs: PyObject[] = [];
  constructor(
    type: PyType,
    public label: string,
  ) {
    super(type);
  }
}
const nodeType = new PyType(typeType, 'node', [objectType], {
  gcType: true,
  basicSize: 32,
  slots: {
    traverse(o, visit) {
      for (const r of (o as Node).refs) visit(r, 'ref');
    },
    clear(o) {
      const n = o as Node;
      const refs = n.refs;
      n.refs = [];
      for (const r of refs) decref(r);
    },
  },
});
nodeType.mro = [nodeType, objectType];
gc.setGcClear(nodeType, nodeType.slots.clear!);

let events: string[];
let finalizerHook: (o: Node) => void;

function freshHeap(): void {
  events = [];
  finalizerHook = () => {};
  const hooks: MemoryHooks = {
    finalize: (o) => {
      events.push('del ' + (o as Node).label);
      finalizerHook(o as Node);
    },
    maybeCollect: (o?: PyObject) => gc.maybeCollect(o),
    trackReused: (o: PyObject) => gc.trackReused(o),
    clearWeakrefs: () => {},
    onAlloc: null,
    onFree: (o) => {
      if (o instanceof Node) events.push('free ' + o.label);
    },
    hasFinalizer: (o) => o instanceof Node && o.label.startsWith('D'),
    outOfMemory: () => {
      throw new Error('out of memory');
    },
  } as MemoryHooks;
  setHeap(new Memory(hooks));
  gc.resetCollector();
}

function node(label: string): Node {
  const n = heap.born(new Node(nodeType, label));
  gc.track(n);
  return n;
}

/** Makes `from` refer to `to` (a counted reference). */
function link(from: Node, to: PyObject): void {
  from.refs.push(incref(to));
}

function list(items: PyObject[] = []): PyList {
  const l = newList(items);
  gc.track(l);
  return l;
}

beforeEach(freshHeap);

describe('finding cycles', () => {
  it('frees a self-referencing list and reports one unreachable object', () => {
    const l = list();
    l.items.push(incref(l));
    decref(l);
    expect(l.flags & Flag.Freed).toBe(0);
    expect(gc.collect()).toBe(1);
    expect(l.flags & Flag.Freed).toBeTruthy();
    expect(gc.collect()).toBe(0);
  });

  it('frees a two-list cycle; leaves a chain and a referenced cycle alone', () => {
    const a = list();
    const b = list([incref(a)]);
    a.items.push(incref(b));
    decref(a);
    decref(b);
    const c = list();
    const d = list([c]);
    expect(gc.collect()).toBe(2);
    expect(d.flags & Flag.Freed).toBe(0);
    const e = list();
    const f = list([incref(e)]);
    e.items.push(f);
    expect(gc.collect()).toBe(0);
    expect(e.flags & Flag.Freed).toBe(0);
    expect(gc.generationSizes()).toEqual([0, 0, 4]);
  });

  it('counts what is only reachable from the garbage, and frees it by refcounting', () => {
    const a = node('a');
    link(a, a);
    const inner = list([newInt(1)]);
    a.refs.push(inner);
    decref(a);
    expect(gc.collect()).toBe(2);
    expect(events).toEqual(['free a']);
    expect(inner.flags & Flag.Freed).toBeTruthy();
  });
});

describe('finalizers', () => {
  it('calls __del__ in unreachable-list order, once, then clears', () => {
    const a = node('D-alice');
    const b = node('D-bob');
    link(a, b);
    link(b, a);
    decref(a);
    decref(b);
    expect(gc.collect()).toBe(2);
    // Clearing alice drops the last reference to bob, so bob is freed first (as in CPython).
    expect(events).toEqual(['del D-alice', 'del D-bob', 'free D-bob', 'free D-alice']);
    expect(a.flags & Flag.Finalized).toBeTruthy();
  });

  it('keeps objects a finalizer resurrects, and never finalizes them twice', () => {
    const a = node('D-phoenix');
    link(a, a);
    let saved: Node | null = null;
    finalizerHook = (o) => {
      saved = incref(o);
    };
    decref(a);
    expect(gc.collect()).toBe(0);
    expect(a.flags & Flag.Freed).toBe(0);
    expect(saved).toBe(a);
    decref(a);
    events = [];
    expect(gc.collect()).toBe(1);
    expect(events).toEqual(['free D-phoenix']);
  });
});

describe('generations and counts', () => {
  it('resets counts on a full collection and counts younger collections', () => {
    for (let i = 0; i < 5; i++) list();
    expect(gc.getCount()[0]).toBe(5);
    gc.collect(0);
    expect(gc.getCount()).toEqual([0, 1, 0]);
    gc.collect(1);
    expect(gc.getCount()).toEqual([0, 0, 1]);
    gc.collect();
    expect(gc.getCount()).toEqual([0, 0, 0]);
  });

  it('collects automatically past threshold 0, never while disabled', () => {
    gc.setThreshold(10);
    const a = node('D-auto');
    link(a, a);
    decref(a);
    gc.disable();
    for (let i = 0; i < 30; i++) decref(newList([]));
    const keep: PyObject[] = [];
    for (let i = 0; i < 30; i++) keep.push(newList([]));
    expect(events).not.toContain('del D-auto');
    gc.enable();
    for (let i = 0; i < 10; i++) keep.push(newList([]));
    expect(events).toContain('del D-auto');
    expect(gc.getThreshold()).toEqual([10, 10, 10]);
  });

  it('writes its state as seven integers: enabled, the counts, the thresholds', () => {
    const out = new Int32Array(9).fill(-5);
    gc.writeState(out, 1);
    const [c0, c1, c2] = gc.getCount();
    const [t0, t1, t2] = gc.getThreshold();
    expect([...out]).toEqual([-5, 1, c0, c1, c2, t0, t1, t2, -5]);
    list();
    gc.disable();
    gc.setThreshold(t0 + 1);
    gc.writeState(out);
    expect([...out.subarray(0, 7)]).toEqual([0, c0 + 1, c1, c2, t0 + 1, t1, t2]);
    gc.enable();
  });

  it('net of deallocations: allocating and freeing does not trigger', () => {
    gc.setThreshold(5);
    const a = node('D-net');
    link(a, a);
    decref(a);
    for (let i = 0; i < 100; i++) decref(newList([]));
    expect(events).toEqual([]);
  });
});

describe('tracking', () => {
  it('untracks tuples of atomic values at the next collection', () => {
    const t = newTuple([newInt(1), newStr('two')]);
    gc.track(t);
    const u = newTuple([list()]);
    gc.track(u);
    expect(gc.isTracked(t)).toBe(true);
    gc.collect(0);
    expect(gc.isTracked(t)).toBe(false);
    expect(gc.isTracked(u)).toBe(true);
  });

  it('tracks a dict once it holds a container, untracks it only in full collections', () => {
    const d = newDict();
    const k = newStr('k');
    d.set(k, newInt(1));
    expect(gc.isTracked(d)).toBe(false);
    const l = list();
    d.set(k, l);
    expect(gc.isTracked(d)).toBe(true);
    d.set(k, newInt(2));
    gc.collect(1);
    expect(gc.isTracked(d)).toBe(true);
    gc.collect(2);
    expect(gc.isTracked(d)).toBe(false);
  });
});

describe('introspection', () => {
  it('lists tracked objects and referents in traverse order', () => {
    const leaf = list([newInt(1), newInt(2)]);
    const branch = list([incref(leaf), newStr('label')]);
    const stranger = list([newInt(0)]);
    const tracked = gc.generationObjects(0);
    expect(tracked).toContain(branch);
    expect(tracked).toContain(stranger);
    // list_traverse walks from the end, as CPython's does.
    expect(gc.getReferents([branch]).map((o) => (o === leaf ? 'leaf' : 'str'))).toEqual(['str', 'leaf']);
    expect(gc.getReferents([newInt(5)])).toEqual([]);
  });
});
