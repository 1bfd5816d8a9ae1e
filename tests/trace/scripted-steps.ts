/**
 * Recorded steps written by hand, for tests of a Recording that need no engine: a
 * module frame whose names refer to plain objects, each object by its serial.
 */
import { NodeKind, type ImageFrame, type ImageRoots } from '../../src/python/heap-image';
import type { GraphStep, NodeRow } from '../../src/trace/graph-store';
import type { GcState, ObjectId, StepEvent } from '../../src/trace/protocol';
import type { RecordedStep } from '../../src/trace/recording';

export const GC: GcState = { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10] };

/** The serial of the module's code object (held by the frame, never drawn). */
const CODE = 1_000_000_000;
const CODE_ROW: NodeRow = { kind: NodeKind.Code, type: 'code', value: '', refcount: 1, shared: true, weak: [], edges: [], entries: null, moduleDict: -1, generatorFrame: -1 };
const ROOTS: ImageRoots = { modules: [], inFlight: [], lent: [], literals: [], handled: -1, builtins: -1, midInstruction: false };

/** A plain object's row. */
export function plainRow(type: string, refcount: number): NodeRow {
  return { kind: NodeKind.Plain, type, value: '', refcount, shared: false, weak: [], edges: [], entries: null, moduleDict: -1, generatorFrame: -1 };
}

/** What one hand-written step does. */
export interface ScriptStep {
  line?: number;
  event?: StepEvent;
  /** The module's names → serials, when they change. */
  names?: Record<string, number>;
  /** Objects made at this step: serial → [id, row]. */
  born?: Record<number, [ObjectId, NodeRow]>;
  /** New rows of objects already made. */
  rows?: Record<number, NodeRow>;
  freed?: number[];
}

/** Turns a script into recorded steps; unchanged frames are shared between steps, as the recorder shares them. */
export function scriptedSteps(script: Iterable<ScriptStep>): Generator<RecordedStep> {
  return (function* () {
    let frame: ImageFrame | null = null;
    let first = true;
    for (const s of script) {
      const line = s.line ?? 1;
      if (frame === null || s.names !== undefined || frame.line !== line) {
        const names: Record<string, number> = s.names ?? (frame === null ? {} : Object.fromEntries(frame.slotNames.map((n, k) => [n, frame!.slots[k]!])));
        frame = { key: 0, name: '<module>', line, slotNames: Object.keys(names), slots: Object.values(names), fn: -1, code: CODE, ownGlobals: -1, locals: -1, namespace: -1, frameObject: -1, inlined: false, isModule: true };
      }
      const rows: Array<[number, NodeRow]> = first ? [[CODE, CODE_ROW]] : [];
      const named: Array<[number, ObjectId]> = [];
      for (const [k, [id, row]] of Object.entries(s.born ?? {})) {
        rows.push([Number(k), row]);
        named.push([Number(k), id]);
      }
      for (const [k, row] of Object.entries(s.rows ?? {})) rows.push([Number(k), row]);
      const graph: GraphStep = { rows, born: Object.keys(s.born ?? {}).map(Number), freed: s.freed ?? [], frames: [frame], roots: ROOTS };
      first = false;
      yield { event: s.event ?? 'line', line, stdoutLength: 0, gc: GC, graph, named };
    }
  })();
}
