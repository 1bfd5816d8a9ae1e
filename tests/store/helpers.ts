import type { RunOutcome, RunRequest, TraceRunner } from '../../src/trace/client';
import type { HeapObject, ObjectState, RunResult, TraceStep } from '../../src/trace/protocol';

/** A runner the test settles by hand. */
export class FakeRunner implements TraceRunner {
  requests: RunRequest[] = [];
  stops = 0;
  private settle: ((outcome: RunOutcome) => void) | null = null;
  /** Steps "recorded so far", handed back when stopped. */
  partial: TraceStep[] = [];

  run(request: RunRequest): Promise<RunOutcome> {
    this.requests.push(request);
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  stop(): void {
    this.stops++;
    this.finish({ kind: 'stopped', steps: this.partial });
  }

  /** Settles the pending run. */
  finish(outcome: RunOutcome): void {
    const settle = this.settle;
    this.settle = null;
    settle?.(outcome);
  }
}

/** A minimal step at `line` printing `stdout` so far. */
export function makeStep(line: number, stdout = '', explain = `line ${line}`): TraceStep {
  return {
    event: 'line',
    line,
    stdout,
    frames: [{ name: '<module>', line, locals: {} }],
    heap: {},
    freed: [],
    gc: { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10] },
    explain,
  };
}

/** A finished run of `count` steps. */
export function makeResult(count: number, extra: Partial<RunResult> = {}): RunResult {
  const steps = Array.from({ length: count }, (_, i) => makeStep(i + 1, 'x\n'.repeat(i)));
  return { stdout: steps[count - 1]?.stdout ?? '', stderr: '', steps, error: null, ...extra };
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A heap object of `type` in `state` (refcount 1, no references). */
export function makeObject(type = 'list', state: ObjectState = 'live', refcount = 1): HeapObject {
  return { type, value: type, refcount, refs: [], hidden: [], weak: [], state, shared: false };
}

/** A `line` step at `line` drawing `heap`, with `extra` fields (e.g. `freed`, `event`). */
export function heapStep(line: number, heap: Record<string, HeapObject>, extra: Partial<TraceStep> = {}): TraceStep {
  return { ...makeStep(line), heap, ...extra };
}

/**
 * Id `A` holds a list (drawn at steps 1-3, freed at 3), then, reused, a dict (5-7,
 * freed at 7). Id `B` changes hands inside step 9 (freed and drawn alive again). Id `C`
 * is drawn as freed at 11 and taken by a tuple at 12. Id `D` leaves the drawing at 14
 * and comes back at 15 (the same object). Lines: step i is at line i % 5 + 1.
 */
export function lifetimeSteps(): TraceStep[] {
  const o = makeObject;
  const heaps: Array<[Record<string, HeapObject>, string[]]> = [
    [{}, []],
    [{ A: o('list') }, []],
    [{ A: o('list', 'live', 2) }, []],
    [{ A: o('list', 'freed', 0) }, ['A']],
    [{}, []],
    [{ A: o('dict') }, []],
    [{ A: o('dict', 'live', 2) }, []],
    [{ A: o('dict', 'freed', 0) }, ['A']],
    [{ B: o('int') }, []],
    [{ B: o('str') }, ['B']],
    [{ B: o('str'), C: o('list') }, []],
    [{ C: o('list', 'freed', 0) }, ['C']],
    [{ C: o('tuple') }, []],
    [{ C: o('tuple'), D: o('set') }, []],
    [{ C: o('tuple') }, []],
    [{ D: o('set') }, []],
    [{ D: o('set', 'live', 3) }, []],
  ];
  return heaps.map(([heap, freed], i) => heapStep((i % 5) + 1, heap, { freed }));
}
