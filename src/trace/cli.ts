/**
 * Command-line runner: `npm run --silent py -- [--trace OUT.json] [--max-steps N] FILE.py`.
 * Runs a program under Node with the file's stdin; stdout is exactly CPython's,
 * an uncaught exception prints a CPython-style traceback to stderr and exits 1.
 * With --trace it also records every step and writes them as JSON
 * (docs/trace-format.md); a traced run stops after --max-steps steps (default
 * one million), an untraced one only when --max-steps is given.
 */
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { bufferedContext, type RunContext } from '../python/context';
import { runProgram } from '../python/index';
import { DEFAULT_MAX_STEPS } from './protocol';
import type { Recording } from './recorder';
import { traceProgram } from './trace-run';
import { REENTRY_LIMIT_16MB } from '../python/vm/recursion-guard';

const USAGE = 'usage: py [--trace OUT.json] [--max-steps N] FILE.py\n';

/** Parses argv and runs; returns the exit status. */
export function main(argv: string[]): number {
  let file: string | null = null;
  let tracePath: string | null = null;
  let maxSteps: number | undefined;
  const rest = [...argv];
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--trace') {
      tracePath = rest.shift() ?? null;
      if (tracePath === null) return usage();
    } else if (a === '--max-steps') {
      maxSteps = Number(rest.shift());
      if (!Number.isSafeInteger(maxSteps) || maxSteps! < 1) {
        writeSync(2, 'py: --max-steps needs a whole number of steps, at least 1\n');
        return 2;
      }
    } else file = a;
  }
  if (file === null) return usage();
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    writeSync(2, `py: can't open file '${file}': ${(e as Error).message}\n`);
    return 2;
  }
  // As python3 (3.9 on) names the script: by its absolute path, in tracebacks and warnings.
  file = resolve(file);
  const out = new OutputBuffer(1);
  const err = new OutputBuffer(2);
  const ctx: RunContext = {
    writeOut: (t) => out.write(t),
    writeErr: (t) => {
      out.flush();
      err.write(t);
      err.flush();
    },
    readLine: () => {
      out.flush();
      return readStdinLine();
    },
    filename: file,
    recursionLimit: 1000,
  };
  if (tracePath === null) {
    const r = runProgram(source, { filename: file, context: ctx, maxSteps, reentryLimit: REENTRY_LIMIT_16MB });
    out.flush();
    err.flush();
    return r.exitCode;
  }
  const { result, recording } = traceProgram(source, { filename: file, context: ctx, maxSteps: maxSteps ?? DEFAULT_MAX_STEPS, reentryLimit: REENTRY_LIMIT_16MB });
  out.flush();
  err.flush();
  writeTrace(tracePath, recording);
  return result.exitCode;
}

/** What check.sh sees of one untraced run with an empty stdin. */
export interface CapturedRun {
  stdout: string;
  stderr: string;
  status: number;
}

/**
 * Runs FILE untraced as `py FILE.py < /dev/null` does, keeping its output instead of
 * writing it: many programs then share one process (the conformance test's server,
 * scripts/py.mjs --serve), each in a fresh engine.
 */
export function runCaptured(file: string): CapturedRun {
  file = resolve(file);
  const ctx = bufferedContext('', file);
  const r = runProgram(readFileSync(file, 'utf8'), { filename: file, context: ctx, reentryLimit: REENTRY_LIMIT_16MB });
  return { stdout: ctx.out.join(''), stderr: ctx.err.join(''), status: r.exitCode };
}

function usage(): number {
  writeSync(2, USAGE);
  return 2;
}

/** Writes every step as the trace JSON, one step at a time (a million steps do not fit one string). */
function writeTrace(path: string, recording: Recording): void {
  const fd = openSync(path, 'w');
  const file = new OutputBuffer(fd);
  try {
    file.write('{"version": 1, "steps": [');
    for (let i = 0; i < recording.length; i++) {
      if (i) file.write(',');
      file.write('\n');
      file.write(JSON.stringify(recording.snapshot(i)));
    }
    file.write('\n]}\n');
    file.flush();
  } finally {
    closeSync(fd);
  }
}

/** Collects small writes and hands them to the OS in large chunks. */
class OutputBuffer {
  private parts: string[] = [];
  private size = 0;
  constructor(private fd: number) {}
  write(t: string): void {
    this.parts.push(t);
    this.size += t.length;
    if (this.size > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < buf.length) {
      try {
        off += writeSync(this.fd, buf, off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw e;
      }
    }
  }
}

let pending = Buffer.alloc(0);
let stdinDone = false;

function readStdinLine(): string | null {
  for (;;) {
    const nl = pending.indexOf(10);
    if (nl >= 0) {
      const line = pending.subarray(0, nl).toString('utf8');
      pending = pending.subarray(nl + 1);
      return line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (stdinDone) {
      if (pending.length === 0) return null;
      const line = pending.toString('utf8');
      pending = Buffer.alloc(0);
      return line;
    }
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') n = 0;
      else n = 0;
    }
    if (n === 0) stdinDone = true;
    else pending = Buffer.concat([pending, chunk.subarray(0, n)]);
  }
}
