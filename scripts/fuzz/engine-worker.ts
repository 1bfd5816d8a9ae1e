/**
 * Runs programs under the engine inside a worker thread (bundled by engine.ts),
 * so the main thread can stop a run that hangs. A request runs the program
 * plainly, or under the recorder, checking the reference-count invariant
 * (src/trace/invariant.ts) at every recorded step.
 */
import { parentPort } from 'node:worker_threads';
import { bufferedContext } from '../../src/python/context';
import { runProgram } from '../../src/python/index';
import { invariantViolations } from '../../src/trace/invariant';
import { traceProgram } from '../../src/trace/trace-run';
// This worker has the CLI's 16 MB stack (engine.ts), so it takes the CLI's limit of nested calls from native code.
import { REENTRY_LIMIT_16MB } from '../../src/python/vm/recursion-guard';
import type { EngineReply, EngineRequest, EngineRun, TracedRun } from './engine';

const FILENAME = 'fuzz.py';

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
}

/** CPU milliseconds of this process since `from` (the main thread idles while this worker runs). */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function plain(src: string, maxSteps: number): EngineRun {
  const ctx = bufferedContext('', FILENAME);
  const t = performance.now();
  const c = process.cpuUsage();
  try {
    const r = runProgram(src, { filename: FILENAME, context: ctx, maxSteps, reentryLimit: REENTRY_LIMIT_16MB });
    return { stdout: ctx.out.join(''), stderr: ctx.err.join(''), exitCode: r.exitCode, errorType: r.error?.type ?? null, threw: null, ms: performance.now() - t, cpuMs: cpuSince(c) };
  } catch (e) {
    return { stdout: ctx.out.join(''), stderr: ctx.err.join(''), exitCode: null, errorType: null, threw: describe(e), ms: performance.now() - t, cpuMs: cpuSince(c) };
  }
}

function traced(src: string, maxSteps: number): TracedRun {
  const t = performance.now();
  const c = process.cpuUsage();
  try {
    const { result, recording, stdout, stderr } = traceProgram(src, { filename: FILENAME, maxSteps, reentryLimit: REENTRY_LIMIT_16MB });
    const recordCpuMs = cpuSince(c);
    const violations: string[] = [];
    for (let i = 0; i < recording.length && violations.length < 3; i++) {
      const step = recording.snapshot(i);
      const bad = invariantViolations(step);
      if (bad.length) violations.push(`step ${i} (line ${step.line}): ${bad.slice(0, 3).join('; ')}`);
    }
    return { stdout, stderr, exitCode: result.exitCode, errorType: result.error?.type ?? null, threw: null, ms: performance.now() - t, cpuMs: cpuSince(c), recordCpuMs, steps: recording.length, violations };
  } catch (e) {
    return { stdout: '', stderr: '', exitCode: null, errorType: null, threw: describe(e), ms: performance.now() - t, cpuMs: cpuSince(c), recordCpuMs: cpuSince(c), steps: 0, violations: [] };
  }
}

parentPort!.on('message', (req: EngineRequest) => {
  const reply: EngineReply = req.traceSteps ? { id: req.id, run: null, traced: traced(req.src, req.traceSteps) } : { id: req.id, run: plain(req.src, req.maxSteps), traced: null };
  parentPort!.postMessage(reply);
});
