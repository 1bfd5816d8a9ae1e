/**
 * The CPython 3.11 side of the differential fuzzer: long-lived py-worker.py
 * processes (each case runs in a fork of one, see that file), and, to check
 * that batching changes nothing, plain `python3 FILE.py` runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './engine';

export interface PyRun {
  stdout: string;
  stderr: string;
  /** Exit status, null when killed by a signal. */
  status: number | null;
  timedOut: boolean;
  /** More than 1 MiB of output (the rest is cut). */
  truncated: boolean;
  ms: number;
}

/** Whether `python3` is CPython 3.11 (the only oracle the project accepts). */
export function python311Available(): boolean {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.implementation.name, sys.version_info[0], sys.version_info[1])'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === 'cpython 3 11';
}

/**
 * The environment python3 runs in: this process's, less every PYTHON* variable, as
 * scripts/gen-expected.py runs the conformance corpus. PYTHONUNBUFFERED=1, for one,
 * makes sys.stdout write through, so print() stops keeping its pending-writes list and
 * generation 0's count (and the automatic collections) move.
 */
const PY_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));

/** One py-worker.py process: requests are answered in order (protocol: see py-worker.py). */
class PyWorker {
  private child;
  private waiting: { resolve: (r: PyRun) => void; t: number }[] = [];
  private buf = Buffer.alloc(0);
  busy = 0;

  constructor() {
    this.child = spawn('python3', [join(ROOT, 'scripts/fuzz/py-worker.py')], { stdio: ['pipe', 'pipe', 'inherit'], env: PY_ENV });
    this.child.on('error', (e) => {
      process.stderr.write(`fuzz: could not start python3: ${e.message}\n`);
    });
    this.child.stdout.on('data', (b: Buffer) => {
      this.buf = Buffer.concat([this.buf, b]);
      this.parse();
    });
  }

  private parse(): void {
    for (;;) {
      const nl = this.buf.indexOf(10);
      if (nl < 0) return;
      const [status, sig, truncated, nOut, nErr] = this.buf.subarray(0, nl).toString('latin1').split(' ').map(Number);
      if (this.buf.length < nl + 1 + nOut + nErr) return;
      const out = this.buf.subarray(nl + 1, nl + 1 + nOut).toString('utf8');
      const err = this.buf.subarray(nl + 1 + nOut, nl + 1 + nOut + nErr).toString('utf8');
      this.buf = this.buf.subarray(nl + 1 + nOut + nErr);
      const w = this.waiting.shift()!;
      this.busy--;
      w.resolve({ stdout: out, stderr: err, status: status < 0 ? null : status, timedOut: sig === 14, truncated: truncated === 1, ms: performance.now() - w.t });
    }
  }

  run(src: string, timeoutS: number): Promise<PyRun> {
    this.busy++;
    return new Promise((resolve) => {
      this.waiting.push({ resolve, t: performance.now() });
      const body = Buffer.from(src, 'utf8');
      this.child.stdin.write(`${timeoutS} ${body.length}\n`);
      this.child.stdin.write(body);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** A few py-workers; each case goes to the least busy one. */
export class Python {
  private workers: PyWorker[];
  constructor(n = 1, private timeoutS = 5) {
    this.workers = Array.from({ length: n }, () => new PyWorker());
  }
  run(src: string): Promise<PyRun> {
    const w = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    return w.run(src, this.timeoutS);
  }
  close(): void {
    for (const w of this.workers) w.close();
  }
}

/** `python3 FILE.py` in a fresh process, stdin empty (the reference the batched runner must equal). */
export function runPythonFresh(src: string, timeoutS = 5): Promise<PyRun> {
  const dir = mkdtempSync(join(tmpdir(), 'memory-lane-fuzz-fresh-'));
  const file = join(dir, 'fuzz.py');
  writeFileSync(file, src);
  const t = performance.now();
  return new Promise((resolve) => {
    const child = spawn('python3', [file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: PY_ENV });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (status) => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status, timedOut, truncated: false, ms: performance.now() - t });
    });
  });
}
