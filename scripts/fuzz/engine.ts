/**
 * The engine side of the fuzzers: programs run in a worker thread (engine-worker.ts,
 * bundled with esbuild into .cache/fuzz/), one at a time; a run that takes longer
 * than the timeout is a hang: the worker is terminated and a fresh one started.
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
}
export interface TracedRun extends EngineRun {
  steps: number;
  /** Steps where the reference-count invariant fails (at most 3). */
  violations: string[];
}
export interface EngineRequest {
  id: number;
  src: string;
  maxSteps: number;
  /** Also record the run with this step limit and check the invariant; 0 for no recording. */
  traceSteps: number;
}
export interface EngineReply {
  id: number;
  run: EngineRun;
  traced: TracedRun | null;
}
export interface EngineResult {
  run: EngineRun | null;
  traced: TracedRun | null;
  /** The worker did not answer within the timeout. */
  hang: boolean;
  ms: number;
}

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

/** One worker thread running the engine, restarted after a hang. */
export class Engine {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, (r: EngineReply | null) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly bundle: string;

  constructor(private timeoutMs = 5000) {
    this.bundle = buildEngineWorker();
  }

  private start(): Worker {
    const w = new Worker(this.bundle);
    w.on('message', (r: EngineReply) => {
      const k = this.pending.get(r.id);
      this.pending.delete(r.id);
      k?.(r);
    });
    w.on('error', (e) => {
      // A crash of the worker itself (not of the program): fail what is pending.
      for (const [id, k] of this.pending) {
        this.pending.delete(id);
        k({ id, run: { stdout: '', stderr: '', exitCode: null, errorType: null, threw: `worker error: ${e.stack ?? e}`, ms: 0 }, traced: null });
      }
      this.worker = null;
    });
    w.unref();
    return w;
  }

  /** Runs one program (requests are served one after another). */
  run(src: string, maxSteps: number, traceSteps = 0): Promise<EngineResult> {
    const job = this.queue.then(() => this.runNow(src, maxSteps, traceSteps));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private runNow(src: string, maxSteps: number, traceSteps: number): Promise<EngineResult> {
    if (!this.worker) this.worker = this.start();
    const w = this.worker;
    const id = this.nextId++;
    const t = performance.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        void w.terminate();
        if (this.worker === w) this.worker = null;
        resolve({ run: null, traced: null, hang: true, ms: performance.now() - t });
      }, this.timeoutMs * (traceSteps ? 2 : 1));
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve({ run: r?.run ?? null, traced: r?.traced ?? null, hang: false, ms: performance.now() - t });
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
