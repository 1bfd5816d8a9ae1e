/**
 * The trace worker: runs one program at a time in the engine, off the page's thread,
 * and posts the recording back. The page stops a run by terminating this worker.
 */
import { runProgram } from './engine-adapter';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Posts one typed message to the page. */
function reply(message: WorkerResponse): void {
  scope.postMessage(message);
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request?.type !== 'run') return;
  try {
    const result = runProgram(request.code, { stdin: request.stdin, maxSteps: request.maxSteps });
    reply({ type: 'result', id: request.id, ...result });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    reply({ type: 'error', id: request.id, message });
  }
});
