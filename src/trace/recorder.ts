/**
 * The trace recorder: watches a run through the engine's tracer hooks and
 * records one step per event `sys.settrace` would see (line, call, return,
 * exception) plus one per collection.
 *
 * It records changes, not copies, and draws nothing while the program runs: each
 * step hands the recording what graph-capture.ts read of the objects the step
 * made, changed (the engine's change log names them) or freed, with the frames
 * that ran and the interpreter's roots. The recording takes the census of a step
 * only when the step is looked at.
 */
import type { Memory } from '../python/memory';
import { Flag, type PyObject } from '../python/object';
import type { PyThrow } from '../python/errors';
import type { Frame } from '../python/vm/frame';
import type { Tracer } from '../python/vm/state';
import { runtime } from '../python/vm/state';
import { gcHooks, writeState } from '../python/gc';
import { Hidden } from '../python/heap-image';
import type { StepEvent } from './protocol';
import { GraphCapture } from './graph-capture';
import { GC_INTS, Recording, type RecordingBatch } from './recording';

export { CHECKPOINT_EVERY, Recording } from './recording';

/** How often, at most, a running recording hands its new steps on. */
const BATCH_MS = 100;

/**
 * The most steps one batch holds (a multiple of 256, the steps between two looks at the
 * clock). The page appends a batch in one task, about a microsecond a step: a fast
 * program's 100 ms made batches of 150,000 steps, and a click on Stop waited behind them.
 */
export const BATCH_STEPS = 1 << 14;

/** Records a run: pass it as the engine's tracer. */
export class Recorder implements Tracer {
  readonly recording: Recording;
  private readonly capture: GraphCapture;
  /** The exception of the last 'exception' step, until a line or a call shows it was handled. */
  private raising: PyThrow | null = null;

  private lastBatch = 0;
  private lastBatchSteps = 0;
  /** The collector's state at the step being recorded. */
  private readonly gc = new Int32Array(GC_INTS);

  /**
   * @param stdoutText what the program has printed so far
   * @param onBatch called with the steps recorded since the last call, about every
   *   BATCH_MS or BATCH_STEPS steps, whichever comes first, while the run goes on (the
   *   worker posts them, so Stop keeps them)
   * @param source the program (the explanations quote its lines)
   */
  constructor(
    private readonly stdoutText: () => string,
    private readonly onBatch: ((batch: RecordingBatch) => void) | null = null,
    source = '',
  ) {
    this.recording = new Recording(source);
    this.capture = new GraphCapture(this.recording.graph);
  }

  /** Hands the last steps to `onBatch` (the run ended). */
  flush(): void {
    this.recording.stdout = this.stdoutText();
    this.onBatch?.(this.recording.takeBatch());
  }

  attach(mem: Memory): void {
    const capture = this.capture;
    mem.hooks.onAlloc = (o) => capture.allocated(o);
    mem.hooks.onFree = (o) => capture.released(o);
    capture.watch(true);
    gcHooks.observer = {
      willClear: () => {},
      done: () => this.record('gc'),
    };
  }

  /** Stops watching (the run ended). */
  detach(mem: Memory): void {
    mem.hooks.onAlloc = null;
    mem.hooks.onFree = null;
    gcHooks.observer = null;
    this.capture.watch(false);
    this.recording.graph.trim();
    this.recording.stdout = this.stdoutText();
  }

  // (Each event's frame is the running one: a step's line is the innermost frame's, which the capture reads.)
  line(): void {
    this.raising = null;
    this.record('line');
  }

  call(): void {
    this.raising = null;
    this.record('call');
  }

  ret(_f: Frame, value: PyObject | null): void {
    if (value !== null) this.record('return', [[value, Hidden.returnValue]]);
    else {
      // A frame left by an exception: the exception its 'exception' step raised is still on its way out.
      this.record('return', this.raising !== null ? inFlight(this.raising) : []);
    }
  }

  exception(_f: Frame, t: PyThrow): void {
    this.raising = t;
    this.record('exception', inFlight(t));
  }

  private record(event: StepEvent, inFlight: ReadonlyArray<readonly [PyObject, string]> = NOTHING_IN_FLIGHT): void {
    this.capture.capture(runtime.current, inFlight, event);
    writeState(this.gc);
    this.recording.push(event, (this.recording.stdout = this.stdoutText()).length, this.gc);
    const length = this.recording.length;
    if (this.onBatch !== null && (length & 255) === 0) {
      const now = Date.now();
      if (now - this.lastBatch >= BATCH_MS || length - this.lastBatchSteps >= BATCH_STEPS) {
        this.lastBatch = now;
        this.lastBatchSteps = length;
        this.onBatch(this.recording.takeBatch());
      }
    }
  }
}

/** The references most events hold: none (one array for them all: a step is recorded a million times). */
const NOTHING_IN_FLIGHT: ReadonlyArray<readonly [PyObject, string]> = [];

/**
 * What a raised exception holds on its way: the exception, or (raised lazily by native
 * code and not made yet) its message and the traceback gathered so far; nothing freed.
 */
function inFlight(t: PyThrow): Array<[PyObject, string]> {
  return t.held().filter((o) => !(o.flags & Flag.Freed)).map((o) => [o, Hidden.raisedException]);
}
