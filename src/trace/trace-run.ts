/**
 * Runs a program under the recorder: the engine's result plus the recording of
 * every step. Used by the worker and the command line alike.
 */
import { bufferedContext, type RunContext } from '../python/context';
import { heap } from '../python/memory';
import { runProgram, type RunResult } from '../python/index';
import { Recorder, type Recording } from './recorder';
import type { RecordingBatch } from './recording';

/** Options of a traced run. */
export interface TraceRunOptions {
  filename?: string;
  stdin?: string;
  /** The run ends with a clear message after this many steps. */
  maxSteps?: number;
  /** Where output goes besides the recording (the CLI streams it); defaults to a buffer. */
  context?: RunContext;
  /** Receives the steps recorded so far, every so often while the run goes on, and the last ones at its end. */
  onBatch?: (batch: RecordingBatch) => void;
}

/** Runs `source` and records it. */
export function traceProgram(source: string, opts: TraceRunOptions = {}): { result: RunResult; recording: Recording; stdout: string; stderr: string } {
  const buffer = bufferedContext(opts.stdin ?? '', opts.filename ?? '<string>');
  const outer = opts.context;
  let printed = '';
  const ctx: RunContext = {
    ...buffer,
    writeOut: (t) => {
      printed += t;
      outer?.writeOut(t);
    },
    writeErr: (t) => {
      buffer.err.push(t);
      outer?.writeErr(t);
    },
    readLine: outer ? () => outer.readLine() : buffer.readLine,
  };
  const recorder = new Recorder(() => printed, opts.onBatch ?? null, source);
  let result: RunResult;
  try {
    result = runProgram(source, { filename: opts.filename, context: ctx, tracer: recorder, maxSteps: opts.maxSteps });
  } finally {
    recorder.detach(heap);
  }
  recorder.flush();
  return { result, recording: recorder.recording, stdout: printed, stderr: buffer.err.join('') };
}
