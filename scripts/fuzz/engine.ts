/**
 * The engine side of the fuzzers: programs run in a worker thread (engine-worker.ts,
 * bundled with esbuild into .cache/fuzz/), one at a time; a run that does not
 * end within the timeout is a hang: the worker is terminated and a fresh one started.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface EngineRun {
  stdout: string;
  stderr: string;
  /** null when the engine threw a JavaScript error out of runProgram. */
  exitCode: number | null;
  errorType: string | null;
  /** The JavaScript error runProgram threw (it never should). */
  threw: string | null;
  ms: number;
  /** CPU time: what a hang is judged by, since a loaded machine stretches wall-clock time. */
  cpuMs: number;
}
export interface TracedRun extends EngineRun {
  /** CPU time of the recording alone (cpuMs adds the invariant check of every step). */
  recordCpuMs: number;
  steps: number;
  /** Steps where the reference-count invariant fails (at most 3). */
  violations: string[];
}
export interface EngineRequest {
  id: number;
  src: string;
  maxSteps: number;
  /** Record the run with this step limit and check the invariant instead (0: a plain run). */
  traceSteps: number;
}
export interface EngineReply {
  id: number;
  run: EngineRun | null;
  traced: TracedRun | null;
}
export interface EngineResult {
  run: EngineRun | null;
  traced: TracedRun | null;
  /** The plain run did not end within the timeout. */
  hang: boolean;
  /** The recorded run did not end within its (longer) timeout. */
  traceHang: boolean;
  ms: number;
}

/** A recorded run is slower, and the invariant is then checked at every step (5,000 steps of a 2,000-object heap: 10 s): allow it much longer than a plain one. */
const TRACE_TIMEOUT_FACTOR = 6;

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles the worker (engine, recorder, invariant) into a file of its own; returns its path. */
export function buildEngineWorker(): string {
  const dir = join(ROOT, '.cache/fuzz');
  mkdirSync(dir, { recursive: true });
  // One file per process: test files build concurrently.
  const out = join(dir, `engine-worker-${process.pid}-${Math.random().toString(36).slice(2, 8)}.mjs`);
  buildSync({
    entryPoints: [join(ROOT, 'scripts/fuzz/engine-worker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return out;
}

/**
 * One worker thread running the engine, restarted after a hang. `timeoutMs` is
 * wall-clock time, the hard stop; judge.ts calls a run over HANG_MS of CPU time
 * a hang, so the default leaves room for a machine four times oversubscribed.
 */
export class Engine {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, (r: EngineReply) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly bundle: string;

  constructor(private timeoutMs = 20_000) {
    const bundle = buildEngineWorker();
    this.bundle = bundle;
    // Also when the process ends without close() (a failed test, Ctrl-C through process.exit).
    process.once('exit', () => rmSync(bundle, { force: true }));
  }

  private start(): Worker {
    // The same 16 MB stack as the CLI (scripts/py.mjs): recursion through
    // repr() and == re-enters the interpreter on the JavaScript stack up to
    // CPython's limit.
    const w = new Worker(this.bundle, { resourceLimits: { stackSizeMb: 16 } });
    w.on('message', (r: EngineReply) => {
      const k = this.pending.get(r.id);
      this.pending.delete(r.id);
      k?.(r);
    });
    w.on('error', (e) => {
      // A crash of the worker itself (not of the program): fail what is pending.
      for (const [id, k] of this.pending) {
        this.pending.delete(id);
        k({ id, run: { stdout: '', stderr: '', exitCode: null, errorType: null, threw: `worker error: ${e.stack ?? e}`, ms: 0, cpuMs: 0 }, traced: null });
      }
      this.worker = null;
    });
    w.unref();
    return w;
  }

  /** Runs one program, then (traceSteps > 0) records it (requests are served one after another). */
  run(src: string, maxSteps: number, traceSteps = 0): Promise<EngineResult> {
    const job = this.queue.then(async (): Promise<EngineResult> => {
      const t = performance.now();
      const plain = await this.request(src, maxSteps, 0, this.timeoutMs);
      if (plain === null) return { run: null, traced: null, hang: true, traceHang: false, ms: performance.now() - t };
      const rec = traceSteps ? await this.request(src, maxSteps, traceSteps, this.timeoutMs * TRACE_TIMEOUT_FACTOR) : null;
      return { run: plain.run, traced: rec?.traced ?? null, hang: false, traceHang: traceSteps > 0 && rec === null, ms: performance.now() - t };
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** One request to the worker; null when it did not answer in time (the worker is then replaced). */
  private request(src: string, maxSteps: number, traceSteps: number, timeoutMs: number): Promise<EngineReply | null> {
    if (!this.worker) this.worker = this.start();
    const w = this.worker;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        void w.terminate();
        if (this.worker === w) this.worker = null;
        resolve(null);
      }, timeoutMs);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      w.postMessage({ id, src, maxSteps, traceSteps } satisfies EngineRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
    rmSync(this.bundle, { force: true });
  }
}
