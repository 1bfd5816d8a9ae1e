import type { RunResult } from './protocol';

/** What the worker passes to the engine for one run. */
export interface EngineRunOptions {
  /** The text `input()` reads from. */
  stdin: string;
  /** The run ends with a clear message after this many steps. */
  maxSteps: number;
}

/**
 * Runs a program in the engine and returns its recording. This is the only place the
 * worker touches src/python.
 *
 * TODO: call src/python's `runProgram` (from '../python/index') once the engine lands,
 * converting its trace into `RunResult`. Until then every run records nothing.
 */
export function runProgram(code: string, options: EngineRunOptions): RunResult {
  void code;
  void options;
  return { stdout: '', stderr: '', steps: [], error: null };
}
