/**
 * The messages between the page and the trace worker, and the shape of a recorded
 * step. Data flows one way: src/python runs the program, src/trace records it, the
 * worker posts the recording here, the store keeps it, the diagram and the UI show it.
 *
 * A step follows the trace format of the engine (docs/trace-format.md once it exists):
 * frames outermost first with their locals (name → object id), and the heap keyed by
 * object id, each id written in decimal exactly as Python's `id()` prints it.
 */
import type { RecordingBatch } from './recording';

/** An object id as decimal text, exactly as `id()` prints it (JSON keys are text anyway). */
export type ObjectId = string;

/** The kind of event a step records: the events `sys.settrace` sees, plus collections. */
export type StepEvent = 'line' | 'call' | 'return' | 'exception' | 'gc';

/** The life state of a heap object at a step. */
export type ObjectState = 'live' | 'garbage' | 'freed';

/** One frame of the call stack at a step. */
export interface TraceFrame {
  /** The function name (`<module>` for the top level). */
  name: string;
  /** The line the frame is at (1-based). */
  line: number;
  /** Local names in binding order, each referring to an object id. */
  locals: Record<string, ObjectId>;
}

/** One heap object at a step. */
export interface HeapObject {
  /** The Python type name (`int`, `list`, `function`...). */
  type: string;
  /** A short value text (`100`, `[1, 2]`, `<function f>`), shown as text, never as HTML. */
  value: string;
  /** The exact reference count. */
  refcount: number;
  /** Labelled outgoing references: `[label, target]`, e.g. `['[0]', '1403...']`. */
  refs: Array<[label: string, target: ObjectId]>;
  /** References no arrow shows: `[reason, count]`, e.g. `['code constant', 1]`. */
  hidden: Array<[reason: string, count: number]>;
  /** Weak references to this object (never counted). */
  weak: ObjectId[];
  /** Live, alive but unreachable (garbage), or freed at this step. */
  state: ObjectState;
  /** True for shared singletons (small ints, None, True, False, interned strings). */
  shared: boolean;
}

/** The cyclic collector's state at a step. */
export interface GcState {
  /** Whether automatic collection is enabled. */
  enabled: boolean;
  /** Allocation counts of generations 0, 1 and 2. */
  counts: [number, number, number];
  /** Thresholds of generations 0, 1 and 2. */
  thresholds: [number, number, number];
}

/** Everything the page needs to draw one step. */
export interface TraceStep {
  /** What happened at this step. */
  event: StepEvent;
  /** The line just executed or about to execute (1-based). */
  line: number;
  /** Everything printed to stdout up to and including this step. */
  stdout: string;
  /** The call stack, outermost first. */
  frames: TraceFrame[];
  /** Every object reachable from the frames plus every live-but-unreachable object. */
  heap: Record<ObjectId, HeapObject>;
  /** Ids freed at this step. */
  freed: ObjectId[];
  /** The collector's counts and thresholds. */
  gc: GcState;
  /** One or two plain sentences saying what this step did. */
  explain: string;
}

/** Steps looked at one at a time: a recording (each look rebuilds the step) or a plain list (an array fits). */
export interface StepSource {
  /** Number of steps. */
  readonly length: number;
  /** Step `i` (0-based), or undefined past the ends. */
  at(i: number): TraceStep | undefined;
  // The optional reads below let a search go over a long recording without rebuilding
  // whole steps; src/store/search.ts falls back to `at(i)` without them (as for an array).
  /** Step `i`'s event, or undefined past the ends (the same as `at(i)?.event`). */
  eventAt?(i: number): StepEvent | undefined;
  /** Step `i`'s line, or undefined past the ends (the same as `at(i)?.line`). */
  lineAt?(i: number): number | undefined;
  /** Step `i`'s output so far, or undefined past the ends (the same as `at(i)?.stdout`). */
  stdoutAt?(i: number): string | undefined;
  /** Step `i`'s collector state, or undefined past the ends (the same as `at(i)?.gc`). */
  gcAt?(i: number): GcState | undefined;
  /** The ids freed at step `i`, or undefined past the ends (the same as `at(i)?.freed`). */
  freedAt?(i: number): readonly ObjectId[] | undefined;
  /** The first step after `after` whose freed ids include `id`, or undefined (the same as searching `freedAt`). */
  nextFreed?(id: ObjectId, after: number): number | undefined;
  /**
   * The object drawn under `id` at step `from`, then at `from - 1`, and so on down to
   * step 0, lazily (undefined at a step where nothing is drawn under `id`); nothing
   * when `from` is not a step. The same as `at(j)?.heap[id]` for j = from, from - 1, ….
   */
  objectHistory?(id: ObjectId, from: number): Iterable<HeapObject | undefined>;
  /**
   * The step where the object drawn under `id` at step `at` first appears, within the
   * unbroken run of steps that draw that same object; null when nothing is drawn under
   * `id` at `at` (the same as store/search.ts's `findCreated` walking back over `at`).
   */
  createdAt?(id: ObjectId, at: number): number | null;
}

/** A Python error that ended the run (an uncaught exception, a limit, an unsupported feature). */
export interface RunError {
  /** CPython's last traceback line, e.g. `NameError: name 'x' is not defined`. */
  message: string;
  /** The line it happened on, when known (1-based). */
  line: number | null;
  /** The columns its traceback underlines on that line (0-based; `endCol` null: to the line's end), when known. */
  col?: number | null;
  endCol?: number | null;
}

/** A SyntaxWarning the compiler gave, and the code it is about (lines 1-based, columns 0-based). */
export interface RunWarning {
  message: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** What a finished run produced, with its steps as a list (tests and fixtures build these by hand). */
export interface RunResult {
  /** Everything the program printed. */
  stdout: string;
  /** The traceback text, if any. */
  stderr: string;
  /** Every recorded step, in order. */
  steps: TraceStep[];
  /** The error that ended the run, or null when it ran to its end. */
  error: RunError | null;
  /** The compiler's SyntaxWarnings (`"is" with a literal`...), when it gave any. */
  warnings?: RunWarning[];
}

/** What a run produced, as the page keeps it: the steps are looked at one at a time. */
export interface RecordedRun extends Omit<RunResult, 'steps'> {
  steps: StepSource;
}

/** Page → worker: run this program. */
export interface RunMessage {
  type: 'run';
  /** Matches the reply to its request. */
  id: number;
  /** The Python source. */
  code: string;
  /** The text `input()` reads from. */
  stdin: string;
  /** The run ends with a clear message after this many steps. */
  maxSteps: number;
}

/** Every message the page sends to the worker. */
export type WorkerRequest = RunMessage;

/** Worker → page: the steps recorded since the last batch (so Stop keeps them). */
export interface StepsMessage {
  type: 'steps';
  id: number;
  batch: RecordingBatch;
}

/** Worker → page: the run finished (normally or with a Python error); the last steps come with it. */
export interface ResultMessage {
  type: 'result';
  id: number;
  batch: RecordingBatch;
  /** The traceback text, if any. */
  stderr: string;
  /** The error that ended the run, or null. */
  error: RunError | null;
  /** The compiler's SyntaxWarnings. */
  warnings: RunWarning[];
}

/** Worker → page: the engine itself failed (a bug, not a Python error). */
export interface ErrorMessage {
  type: 'error';
  id: number;
  /** What went wrong, as plain text. */
  message: string;
}

/** Every message the worker sends to the page. */
export type WorkerResponse = StepsMessage | ResultMessage | ErrorMessage;

/** The default step limit of a run (issue 5: one million). */
export const DEFAULT_MAX_STEPS = 1_000_000;
