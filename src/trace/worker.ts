/**
 * The trace worker: runs one program at a time in the engine, off the page's thread,
 * and posts the recording back. The page stops a run by terminating this worker.
 */
import { runProgram } from './engine-adapter';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { emptyBatch, type RecordingBatch } from './recording';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Posts one typed message to the page. */
function reply(message: WorkerResponse): void {
  scope.postMessage(message);
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request?.type !== 'run') return;
  try {
    let last: RecordingBatch | null = null;
    // Each batch but the last goes out as soon as it is taken; the last travels with the result.
    const onBatch = (batch: RecordingBatch) => {
      if (last !== null) reply({ type: 'steps', id: request.id, batch: last });
      last = batch;
    };
    const ending = runProgram(request.code, { stdin: request.stdin, maxSteps: request.maxSteps, onBatch });
    reply({ type: 'result', id: request.id, batch: last ?? emptyBatch(), ...ending });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    reply({ type: 'error', id: request.id, message });
  }
});
