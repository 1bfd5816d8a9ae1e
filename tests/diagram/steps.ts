/** Hand-built steps for the diagram tests. */
import type { HeapObject, ObjectId, TraceFrame, TraceStep } from '../../src/trace/protocol';
import type { DiagramLayout } from '../../src/diagram/layout';

/** A heap object with a count of 1, live, not shared, unless `extra` says otherwise. */
export function object(type: string, value: string, refs: Array<[string, string]> = [], extra: Partial<HeapObject> = {}): HeapObject {
  return { type, value, refcount: 1, refs, hidden: [], weak: [], state: 'live', shared: false, ...extra };
}

/** A step of `frames` and `heap` (a `line` event unless `extra` says otherwise). */
export function step(frames: TraceFrame[], heap: Record<ObjectId, HeapObject>, extra: Partial<TraceStep> = {}): TraceStep {
  return {
    event: 'line', line: 1, stdout: '', frames, heap, freed: [],
    gc: { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10] }, explain: '', ...extra,
  };
}

/** A frame named `name` with `locals`. */
export function frame(name: string, locals: Record<string, ObjectId>, line = 1): TraceFrame {
  return { name, line, locals };
}

/** Where everything is, without the change marks: what must not depend on the previous step. */
export function geometry(layout: DiagramLayout): unknown {
  return {
    width: layout.width,
    height: layout.height,
    frames: layout.frames.map((f) => ({ key: f.key, x: f.x, y: f.y, w: f.width, h: f.height, rows: f.rows.map((r) => [r.name, r.y, r.folded?.id ?? null]) })),
    objects: layout.objects.map((o) => ({ id: o.id, column: o.column, x: o.x, y: o.y, w: o.width, h: o.height, slots: o.slots.map((s) => [s.key, s.y]) })),
    arrows: layout.arrows.map((a) => [a.key, a.d]),
  };
}

/** Two boxes overlap (touching edges do not count). */
export function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * A big step: `n` objects in the shape of a real program's heap: a module frame with
 * lists of ints and strings, dicts, a linked list, small ints shared, and a garbage cycle.
 */
export function bigStep(n: number, seed = 1): TraceStep {
  let id = 140_000_000_000_000 + seed * 1_000_000;
  const next = () => String((id += 16));
  const heap: Record<ObjectId, HeapObject> = {};
  const locals: Record<string, ObjectId> = {};
  const small = Array.from({ length: 10 }, (_, i) => {
    const sid = next();
    heap[sid] = object('int', String(i), [], { shared: true, refcount: 0 });
    return sid;
  });
  let count = small.length;
  let v = 0;
  while (count < n) {
    const kind = v % 4;
    const name = `v${v++}`;
    if (kind === 0) {
      const items = Array.from({ length: Math.min(20, n - count - 1) }, (_, i) => {
        const iid = next();
        heap[iid] = object('int', String(1000 + i));
        return iid;
      });
      const lid = next();
      heap[lid] = object('list', `len ${items.length + 2}`, [...items, small[v % 10], small[(v + 1) % 10]].map((t, i) => [`[${i}]`, t]));
      locals[name] = lid;
      count += items.length + 1;
    } else if (kind === 1) {
      const keys = Array.from({ length: Math.min(6, n - count - 1) }, (_, i) => {
        const kid = next();
        heap[kid] = object('str', `'key${i}'`);
        return kid;
      });
      const did = next();
      heap[did] = object('dict', `len ${keys.length}`, keys.map((k, i) => [`'key${i}'`, k]));
      locals[name] = did;
      count += keys.length + 1;
    } else if (kind === 2) {
      // A linked list of up to 8 nodes.
      let tail: ObjectId | null = null;
      const length = Math.min(8, n - count);
      for (let i = 0; i < length; i++) {
        const nid = next();
        heap[nid] = object('Node', `<Node object>`, tail ? [['.next', tail], ['.value', small[i % 10]]] : [['.value', small[i % 10]]]);
        tail = nid;
      }
      if (tail) locals[name] = tail;
      count += length;
    } else {
      // A garbage cycle of two nodes.
      const a = next();
      const b = next();
      heap[a] = object('Node', '<Node object>', [['.other', b]], { state: 'garbage' });
      heap[b] = object('Node', '<Node object>', [['.other', a]], { state: 'garbage' });
      count += 2;
    }
  }
  return step([frame('<module>', locals)], heap);
}
