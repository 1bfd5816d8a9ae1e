import { traceProgram } from './trace-run';
import type { RecordingBatch } from './recording';
import type { RunError, RunWarning } from './protocol';

/** What the worker passes to the engine for one run. */
export interface EngineRunOptions {
  /** The text `input()` reads from. */
  stdin: string;
  /** The run ends with a clear message after this many steps. */
  maxSteps: number;
  /** Receives the steps recorded so far while the run goes on, and the last ones at its end. */
  onBatch: (batch: RecordingBatch) => void;
}

/**
 * Runs and records a program in the engine. This is the only place the worker
 * touches the engine; the steps leave through `onBatch`, the ending comes back.
 */
export function runProgram(code: string, options: EngineRunOptions): { stderr: string; error: RunError | null; warnings: RunWarning[] } {
  const { result, stderr } = traceProgram(code, { filename: 'main.py', stdin: options.stdin, maxSteps: options.maxSteps, onBatch: options.onBatch });
  const e = result.error;
  return {
    stderr,
    warnings: result.warnings ?? [],
    error:
      e === null
        ? null
        : { message: e.type === 'StepLimit' ? e.message : e.message ? `${e.type}: ${e.message}` : e.type, line: e.line || null, col: e.col ?? null, endCol: e.endCol ?? null },
  };
}
