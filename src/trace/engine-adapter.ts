import { bufferedContext } from '../python/context';
import { runProgram as runEngine } from '../python/index';
import type { RunResult } from './protocol';

/** What the worker passes to the engine for one run. */
export interface EngineRunOptions {
  /** The text `input()` reads from. */
  stdin: string;
  /** The run ends with a clear message after this many steps. */
  maxSteps: number;
}

/**
 * Runs a program in the engine and returns what it printed. This is the only place the
 * worker touches src/python. Steps stay empty until the trace recorder exists
 * (issue 5); stdout, stderr and the ending error are real.
 */
export function runProgram(code: string, options: EngineRunOptions): RunResult {
  const ctx = bufferedContext(options.stdin, 'main.py');
  const r = runEngine(code, { filename: 'main.py', context: ctx, maxSteps: options.maxSteps });
  return {
    stdout: ctx.out.join(''),
    stderr: ctx.err.join(''),
    steps: [],
    error: r.error === null ? null : { message: r.error.type === 'StepLimit' ? r.error.message : r.error.message ? `${r.error.type}: ${r.error.message}` : r.error.type, line: r.error.line || null },
  };
}
