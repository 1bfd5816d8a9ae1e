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
  /** MemoryError past this many bytes (the engine's MAX_HEAP_BYTES by default). */
  maxHeapBytes?: number;
  /** Receives the steps recorded so far, every so often while the run goes on, and the last ones at its end. */
  onBatch?: (batch: RecordingBatch) => void;
  /** RunOptions.reentryLimit: how many Python functions run by native code may nest (the engine's default when absent). */
  reentryLimit?: number;
}

/**
 * Output a recorded run keeps, in characters. A program printing in a loop would
 * otherwise fill the tab's memory with text; past this, its output is dropped and
 * OUTPUT_CAPPED_NOTICE says so where the cut is. The program itself runs on.
 */
export const MAX_OUTPUT_CHARS = 1_000_000;

/** What the output says where it was cut. */
export const OUTPUT_CAPPED_NOTICE = `\n[Memory Lane: the output passed ${MAX_OUTPUT_CHARS.toLocaleString('en-US')} characters; the rest is not shown. The program kept running.]\n`;

/** Runs `source` and records it. */
export function traceProgram(source: string, opts: TraceRunOptions = {}): { result: RunResult; recording: Recording; stdout: string; stderr: string } {
  const buffer = bufferedContext(opts.stdin ?? '', opts.filename ?? '<string>');
  const outer = opts.context;
  let printed = '';
  let capped = false;
  let errChars = 0;
  const ctx: RunContext = {
    ...buffer,
    writeOut: (t) => {
      outer?.writeOut(t);
      if (printed.length + t.length <= MAX_OUTPUT_CHARS) printed += t;
      else if (!capped) {
        printed += t.slice(0, MAX_OUTPUT_CHARS - printed.length) + OUTPUT_CAPPED_NOTICE;
        capped = true;
      }
    },
    writeErr: (t) => {
      outer?.writeErr(t);
      // A flood on stderr is cut the same way (the run's error still ends the result, in `result.error`).
      if (errChars + t.length > MAX_OUTPUT_CHARS) {
        if (errChars <= MAX_OUTPUT_CHARS) buffer.err.push(OUTPUT_CAPPED_NOTICE);
        errChars = MAX_OUTPUT_CHARS + 1;
        return;
      }
      errChars += t.length;
      buffer.err.push(t);
    },
    readLine: outer ? () => outer.readLine() : buffer.readLine,
  };
  const recorder = new Recorder(() => printed, opts.onBatch ?? null, source);
  let result: RunResult;
  try {
    result = runProgram(source, { filename: opts.filename, context: ctx, tracer: recorder, maxSteps: opts.maxSteps, maxHeapBytes: opts.maxHeapBytes, reentryLimit: opts.reentryLimit });
  } finally {
    recorder.detach(heap);
  }
  recorder.flush();
  return { result, recording: recorder.recording, stdout: printed, stderr: buffer.err.join('') };
}
