/**
 * Conformance: every tests/conformance/NAME.py runs under the engine's
 * command-line runner (scripts/py.mjs, stdin empty) and is judged
 * exactly as tests/conformance/check.sh judges it:
 *   - stdout equals NAME.out byte for byte;
 *   - if NAME.err exists: exit status 1 and the last stderr line equals NAME.err;
 *   - otherwise exit status 0.
 * And beyond check.sh: stderr as a whole equals NAME.stderr (the whole traceback,
 * carets included, SyntaxWarnings, file paths relative to the corpus, addresses
 * left out), or is empty when there is no NAME.stderr.
 * In addition a run fails whenever its stderr shows an engine bug: a line that
 * starts with "InternalError" or contains a JavaScript stack frame ("    at ").
 *
 * The expected files come from CPython 3.11 via scripts/gen-expected.py; never
 * edit them by hand. Programs run two at a time on two long-lived runners (one `it`
 * per program, the next program starts while the current one is judged), each with
 * a 20 s timeout.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'tests', 'conformance');
const CLI = join(ROOT, 'scripts', 'py.mjs');
const TIMEOUT_MS = 20_000;
const CONCURRENCY = 2;

interface RunResult {
  stdout: Buffer;
  stderr: Buffer;
  /** Exit status, or null when killed by a signal. */
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  spawnError: Error | null;
}

/**
 * A long-lived `py.mjs --serve` process: it runs one program at a time, each in a
 * fresh engine, as `py NAME.py < /dev/null` would (cli.ts's runCaptured), without
 * a process start-up per program. A program over the time limit gets the process
 * killed; the next program starts a new one.
 */
class Server {
  private child: ChildProcessWithoutNullStreams | null = null;
  private buffer = '';
  private waiting: ((line: string | Error) => void) | null = null;

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(process.execPath, [CLI, '--serve'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (this.child !== child) return;
      this.buffer += d;
      const k = this.buffer.indexOf('\n');
      if (k >= 0) {
        const line = this.buffer.slice(0, k);
        this.buffer = this.buffer.slice(k + 1);
        this.answer(line);
      }
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // A runner killed for its time limit is no longer this.child: its end answers nothing.
    child.on('close', (status) => {
      if (this.child !== child) return;
      this.child = null;
      this.answer(new Error(`the runner exited (${status}): ${stderr}`));
    });
    child.on('error', (e) => {
      if (this.child === child) this.answer(e);
    });
    return child;
  }

  private answer(line: string | Error): void {
    const w = this.waiting;
    this.waiting = null;
    w?.(line);
  }

  run(program: string): Promise<RunResult> {
    this.child ??= this.start();
    const child = this.child;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.child = null;
        this.buffer = '';
        this.waiting = null;
        child.kill('SIGKILL');
        resolve({ stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), status: null, signal: 'SIGKILL', timedOut: true, spawnError: null });
      }, TIMEOUT_MS);
      this.waiting = (line) => {
        clearTimeout(timer);
        if (line instanceof Error) {
          this.child = null;
          resolve({ stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), status: null, signal: null, timedOut: false, spawnError: line });
          return;
        }
        const r = JSON.parse(line) as { stdout: string; stderr: string; status: number };
        resolve({ stdout: Buffer.from(r.stdout), stderr: Buffer.from(r.stderr), status: r.status, signal: null, timedOut: false, spawnError: null });
      };
      child.stdin.write(program + '\n');
    });
  }

  stop(): void {
    this.child?.stdin.end();
    this.child = null;
  }
}

const servers: Server[] = [];

/** Runs one program with stdin from /dev/null, like check.sh, on a free server. */
async function runProgram(program: string): Promise<RunResult> {
  const server = servers.pop() ?? new Server();
  try {
    return await server.run(program);
  } finally {
    servers.push(server);
  }
}

afterAll(() => {
  for (const s of servers) s.stop();
});

/** At most CONCURRENCY runs at once; the very first run goes alone
 * (it may rebuild the CLI bundle in .cache/, which must not race). */
class Pool {
  private active = 0;
  private waiting: (() => void)[] = [];
  private warmUp: Promise<unknown> | null = null;

  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.warmUp === null) {
      const first = this.slot(job);
      this.warmUp = first.catch(() => undefined);
      return first;
    }
    return this.warmUp.then(() => this.slot(job));
  }

  private async slot<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= CONCURRENCY) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await job();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** The last line of data as `tail -n 1` prints it, without trailing newlines
 * (check.sh compares `$(tail -n 1 stderr)` with `$(cat NAME.err)`). */
function lastLine(data: string): string {
  const body = data.endsWith('\n') ? data.slice(0, -1) : data;
  return stripTrailingNewlines(data.slice(body.lastIndexOf('\n') + 1));
}

function stripTrailingNewlines(s: string): string {
  return s.replace(/\n+$/, '');
}

/** Lines of stderr that show a bug in the engine rather than a Python error. */
function internalErrorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('InternalError') || line.includes('    at '));
}

/** Where two texts first differ, line by line. */
function firstDifference(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? null)}, got ${JSON.stringify(b[i] ?? null)}`;
  }
  return 'same';
}

function clip(s: string, n = 200): string {
  return s.length > n ? s.slice(0, n - 3) + '...' : s;
}

const programs = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.py'))
      .sort()
  : [];

const pool = new Pool();
const results = new Map<string, Promise<RunResult>>();

function schedule(file: string): Promise<RunResult> {
  let r = results.get(file);
  if (!r) {
    r = pool.run(() => runProgram(join(CORPUS, file)));
    results.set(file, r);
  }
  return r;
}

/**
 * Programs the engine does not pass yet, each with the reason. They run like the
 * others but are expected to fail (`it.fails`): the moment one passes, this test
 * fails too, so the list can only shrink. Issue 4 stays open until it is empty.
 */
const KNOWN_GAPS: Record<string, string> = {
};

/**
 * Programs whose whole stderr still differs from NAME.stderr (their stdout, exit
 * status and last line are judged as for every program), each with the reason. The
 * moment one's stderr matches, its test fails: the list can only shrink.
 */
const STDERR_GAPS: Record<string, string> = {};

describe('conformance corpus (tests/conformance, judged like check.sh)', () => {
  it('has programs, each with its expected stdout', () => {
    expect(programs.length).toBeGreaterThanOrEqual(70);
    const missing = programs.filter((f) => !existsSync(join(CORPUS, f.replace(/\.py$/, '.out'))));
    expect(missing).toEqual([]);
  });

  programs.forEach((file, i) => {
    const name = file.replace(/\.py$/, '');
    // Waits for its own run (at most one run ahead of it, plus the one after).
    const test = file in KNOWN_GAPS ? it.fails : it;
    test(
      file in KNOWN_GAPS ? `${file} (known gap: ${KNOWN_GAPS[file]})` : file,
      async () => {
        const pending = schedule(file);
        if (i + 1 < programs.length) void schedule(programs[i + 1]);
        const run = await pending;

        if (run.spawnError) throw new Error(`could not start the CLI: ${run.spawnError.message}`);
        if (run.timedOut) throw new Error(`timed out after ${TIMEOUT_MS / 1000} s`);

        const stderrText = run.stderr.toString('utf8');
        const problems: string[] = [];
        const internal = internalErrorLines(stderrText);
        if (internal.length > 0) {
          problems.push(`engine bug: stderr has ${clip(internal.slice(0, 3).join(' | '))}`);
        }
        const errPath = join(CORPUS, name + '.err');
        if (run.status === null) {
          problems.push(`killed by signal ${run.signal}`);
        } else if (existsSync(errPath)) {
          const want = stripTrailingNewlines(readFileSync(errPath, 'utf8'));
          if (run.status !== 1) problems.push(`exit status ${run.status}, expected 1 (uncaught exception)`);
          const got = lastLine(stderrText);
          if (got !== want) problems.push(`last stderr line "${clip(got)}", expected "${clip(want)}"`);
        } else if (run.status !== 0) {
          problems.push(`exit status ${run.status}, expected 0; stderr: "${clip(lastLine(stderrText))}"`);
        }
        const stderrPath = join(CORPUS, name + '.stderr');
        const wholeStderr = existsSync(stderrPath) ? readFileSync(stderrPath, 'utf8') : '';
        // File paths are relative to the corpus; an object's address (`<generator object g at 0x7f...>`) differs from run to run in CPython too.
        const comparable = (t: string) => t.replace(/0x[0-9a-f]{6,}/g, '0x…');
        const ownStderr = stderrText.split(`${CORPUS}/`).join('');
        const stderrSame = comparable(ownStderr) === comparable(wholeStderr);
        if (file in STDERR_GAPS) {
          if (stderrSame) problems.push(`stderr now equals ${name}.stderr: take ${file} off STDERR_GAPS`);
        } else if (problems.length === 0 && !stderrSame) {
          problems.push(`stderr differs from ${existsSync(stderrPath) ? name + '.stderr' : 'none'}: ${firstDifference(comparable(wholeStderr), comparable(ownStderr))}`);
        }

        const expected = readFileSync(join(CORPUS, name + '.out'));
        if (!run.stdout.equals(expected)) {
          const got = run.stdout.toString('utf8');
          const want = expected.toString('utf8');
          const note = ['stdout differs from ' + name + '.out', ...problems].join('; ');
          if (got !== want) expect(got, note).toBe(want);
          // Same text once decoded: compare the raw bytes.
          expect(run.stdout.toString('latin1'), note).toBe(expected.toString('latin1'));
        }
        if (problems.length > 0) throw new Error(problems.join('; '));
      },
      // Its own run may be queued behind one other run.
      CONCURRENCY * TIMEOUT_MS + 10_000,
    );
  });
});
