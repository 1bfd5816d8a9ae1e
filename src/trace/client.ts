import type { RecordedRun, StepSource, WorkerRequest, WorkerResponse } from './protocol';
import { Recording } from './recording';

/** What the page asks for: one program to run. */
export interface RunRequest {
  code: string;
  stdin: string;
  maxSteps: number;
}

/** How a run ended: with a result, with an engine failure, or stopped by the user. */
export type RunOutcome =
  | { kind: 'result'; result: RecordedRun }
  | { kind: 'error'; message: string }
  | { kind: 'stopped'; steps: StepSource };

/** Anything that can run programs for the store: the worker client, or a fake in tests. */
export interface TraceRunner {
  /** Runs a program; a newer run or `stop()` settles the older one as stopped. */
  run(request: RunRequest): Promise<RunOutcome>;
  /** Ends the current run at once, keeping the steps recorded so far. */
  stop(): void;
}

/** The part of `Worker` the client uses (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Starts the real trace worker as a module worker bundled by Vite. */
export function createTraceWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'memory-lane-trace',
  }) as WorkerLike;
}

interface PendingRun {
  id: number;
  /** The page's copy of the recording, grown by the worker's batches. */
  recording: Recording;
  settle: (outcome: RunOutcome) => void;
}

/**
 * Runs programs in a Web Worker so the page never blocks. Stop terminates the worker
 * (the only way to end a busy loop) and starts a fresh one for the next run.
 */
export class TraceClient implements TraceRunner {
  private worker: WorkerLike | null = null;
  private pending: PendingRun | null = null;
  private nextId = 1;
  private disposed = false;

  /** @param createWorker makes a worker; defaults to the real trace worker. */
  constructor(private readonly createWorker: () => WorkerLike = createTraceWorker) {}

  /** True while a run is in progress. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Runs a program in the worker. */
  run(request: RunRequest): Promise<RunOutcome> {
    if (this.pending) this.stop();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<RunOutcome>((resolve) => {
      this.pending = { id, recording: new Recording(request.code), settle: resolve };
      worker.postMessage({ type: 'run', id, ...request });
    });
  }

  /**
   * Ends the current run at once and replaces the worker; the run settles as stopped.
   * The replacement is built in a later task: making a worker can take tens of
   * milliseconds on a busy machine, and Stop must not wait for it.
   */
  stop(): void {
    const pending = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    if (pending) pending.settle({ kind: 'stopped', steps: pending.recording });
    if (!this.disposed) setTimeout(() => void (this.disposed || this.ensureWorker()), 0);
  }

  /** Terminates the worker for good (page teardown). */
  dispose(): void {
    this.disposed = true;
    const pending = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    if (pending) pending.settle({ kind: 'stopped', steps: pending.recording });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(event.message || 'The trace worker failed to start.');
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending;
    if (!pending || message.id !== pending.id) return;
    switch (message.type) {
      case 'steps':
        pending.recording.appendBatch(message.batch);
        return;
      case 'result': {
        this.pending = null;
        const recording = pending.recording;
        recording.appendBatch(message.batch);
        pending.settle({ kind: 'result', result: { stdout: recording.stdout, stderr: message.stderr, error: message.error, warnings: message.warnings, steps: recording } });
        return;
      }
      case 'error':
        this.pending = null;
        pending.settle({ kind: 'error', message: message.message });
        return;
    }
  }

  private fail(message: string): void {
    const pending = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    if (pending) pending.settle({ kind: 'error', message });
  }
}
