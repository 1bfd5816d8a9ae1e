/**
 * Steps written by hand into a Recording's copy of the graph, for tests that need no
 * engine: a module frame whose names refer to plain objects, each object by its
 * serial, written through the same GraphStore calls graph-capture.ts makes.
 */
import { NodeKind } from '../../src/python/heap-image';
import { RefKind } from '../../src/trace/graph-refs';
import { FrameFlag, type GraphStore } from '../../src/trace/graph-store';
import type { GcState, StepEvent } from '../../src/trace/protocol';
import type { Recording } from '../../src/trace/recording';

export const GC: GcState = { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10] };

/** GC as gc.ts writeState writes it. */
const GC_STATE = Int32Array.of(1, 0, 0, 0, 700, 10, 10);

/** The serial of the module's code object (held by the frame, never drawn). */
const CODE = 1_000_000;

/** A plain object: its type and count. */
export interface ScriptObject {
  type: string;
  refcount: number;
  /** Its id as `id()` prints it. */
  id?: number;
}

/** What one hand-written step does. */
export interface ScriptStep {
  line?: number;
  event?: StepEvent;
  /** The module's names → serials, when they change. */
  names?: Record<string, number>;
  /** Objects made at this step, by serial. */
  born?: Record<number, ScriptObject>;
  /** New counts of objects already made. */
  counts?: Record<number, number>;
  freed?: number[];
  stdoutLength?: number;
}

/** Writes a plain object's row. */
function writeRow(store: GraphStore, serial: number, o: ScriptObject): void {
  const facts = store.facts.add(NodeKind.Plain, store.textId(o.type), '', false, false, -1, -1);
  const refs = store.refs.end(RefKind.Edges, store.refs.data.length, -1);
  store.addRow(serial, o.refcount, store.version(-1, facts, refs, 0));
}

/** Appends the script's steps to `recording`. */
export function recordScript(recording: Recording, script: Iterable<ScriptStep>): void {
  const store = recording.graph;
  let names: Record<string, number> = {};
  let node = -1;
  let frame = -1;
  let line = -1;
  for (const s of script) {
    store.beginStep(false);
    if (store.length === 0) {
      store.setId(CODE, 1);
      store.addRow(CODE, 1, store.version(-1, store.facts.add(NodeKind.Code, store.textId('code'), '', false, true, -1, -1), store.refs.end(RefKind.Edges, store.refs.data.length, -1), 0));
      store.addRoots(store.rootData.length, store.rootData.length, store.rootData.length, -1, -1, -1);
      frame = store.addFrame(0, store.textId('<module>'), store.slotNamesId([]), [-1, CODE, -1, -1, -1, -1], FrameFlag.Module);
    }
    for (const [k, o] of Object.entries(s.born ?? {})) {
      const serial = Number(k);
      store.setId(serial, o.id ?? 1000 + 16 * serial);
      store.addBorn(serial, -1);
      writeRow(store, serial, o);
    }
    for (const [k, n] of Object.entries(s.counts ?? {})) {
      const serial = Number(k);
      store.addRow(serial, n, store.rowVersion.get(store.rowNow(serial)));
    }
    for (const serial of s.freed ?? []) store.addFreed(serial);
    const at = s.line ?? 1;
    if (node < 0 || s.names !== undefined || at !== line) {
      if (s.names !== undefined) {
        names = s.names;
        frame = store.addFrame(0, store.textId('<module>'), store.slotNamesId(Object.keys(names)), [-1, CODE, -1, -1, -1, -1], FrameFlag.Module);
      }
      const from = store.stateSlots.length;
      for (const serial of Object.values(names)) store.stateSlots.push(serial);
      node = store.addNode(store.addState(frame, at, from), -1);
      line = at;
    }
    store.endStep(node, at);
    recording.push(s.event ?? 'line', s.stdoutLength ?? 0, GC_STATE);
  }
}
