import { describe, expect, it } from 'vitest';
import { TraceClient, type WorkerLike } from '../../src/trace/client';
import type { WorkerRequest, WorkerResponse } from '../../src/trace/protocol';
import type { RecordingBatch } from '../../src/trace/recording';
import { emptyBatch, Recording } from '../../src/trace/recording';
import { recordScript } from './scripted-steps';

/** A batch of line steps at `lines`, as a worker's recording posts them. */
function batch(lines: number[], stdout = ''): RecordingBatch {
  const recording = new Recording('');
  recordScript(recording, lines.map((line) => ({ line, stdoutLength: stdout.length })));
  recording.stdout = stdout;
  return recording.takeBatch();
}

const EMPTY: RecordingBatch = emptyBatch();

/** A worker whose replies the test sends by hand. */
class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: WorkerResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = new TraceClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

const request = { code: 'x = 1', stdin: '', maxSteps: 10 };

describe('TraceClient', () => {
  it('posts a run message and resolves with the result', async () => {
    const { client, workers } = setup();
    const outcome = client.run(request);
    expect(client.busy).toBe(true);
    const sent = workers[0].sent[0];
    expect(sent).toEqual({ type: 'run', id: sent.id, ...request });
    workers[0].reply({ type: 'result', id: sent.id, batch: batch([1], 'ok\n'), stderr: '', error: null, warnings: [{ message: 'w', line: 1, col: 0, endLine: 1, endCol: 2 }] });
    const settled = await outcome;
    if (settled.kind !== 'result') throw new Error(settled.kind);
    expect(settled.result).toMatchObject({ stdout: 'ok\n', stderr: '', error: null, warnings: [{ message: 'w', line: 1, col: 0, endLine: 1, endCol: 2 }] });
    expect(settled.result.steps.length).toBe(1);
    expect(settled.result.steps.at(0)).toMatchObject({ event: 'line', line: 1, stdout: 'ok\n' });
    expect(client.busy).toBe(false);
  });

  it('joins batches of steps sent before the result', async () => {
    const { client, workers } = setup();
    const outcome = client.run(request);
    const id = workers[0].sent[0].id;
    workers[0].reply({ type: 'steps', id, batch: batch([1, 2], 'a') });
    workers[0].reply({ type: 'result', id, batch: batch([3], 'b'), stderr: '', error: null, warnings: [] });
    const settled = await outcome;
    if (settled.kind !== 'result') throw new Error(settled.kind);
    expect([0, 1, 2].map((i) => settled.result.steps.at(i)?.line)).toEqual([1, 2, 3]);
    expect(settled.result.stdout).toBe('ab');
  });

  it('stops a run by terminating the worker, keeps the steps so far, and starts a new worker', async () => {
    const { client, workers } = setup();
    const outcome = client.run(request);
    workers[0].reply({ type: 'steps', id: workers[0].sent[0].id, batch: batch([1]) });
    client.stop();
    expect(workers[0].terminated).toBe(true);
    // The replacement worker comes in a later task, so Stop never waits for it.
    expect(workers).toHaveLength(1);
    const stopped = await outcome;
    if (stopped.kind !== 'stopped') throw new Error(stopped.kind);
    expect(stopped.steps.length).toBe(1);
    expect(stopped.steps.at(0)?.line).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers).toHaveLength(2);
    expect(workers[1].terminated).toBe(false);
    const next = client.run(request);
    expect(workers[1].sent).toHaveLength(1);
    workers[1].reply({ type: 'result', id: workers[1].sent[0].id, batch: EMPTY, stderr: '', error: null, warnings: [] });
    expect((await next).kind).toBe('result');
  });

  it('settles an older run as stopped when a new run starts', async () => {
    const { client, workers } = setup();
    const first = client.run(request);
    const second = client.run(request);
    expect((await first).kind).toBe('stopped');
    const id = workers[1].sent[0].id;
    workers[1].reply({ type: 'result', id, batch: EMPTY, stderr: '', error: null, warnings: [] });
    expect((await second).kind).toBe('result');
  });

  it('ignores replies to other runs', async () => {
    const { client, workers } = setup();
    const outcome = client.run(request);
    const id = workers[0].sent[0].id;
    workers[0].reply({ type: 'result', id: id + 100, batch: batch([1], 'stale'), stderr: '', error: null, warnings: [] });
    expect(client.busy).toBe(true);
    workers[0].reply({ type: 'error', id, message: 'engine bug' });
    expect(await outcome).toEqual({ kind: 'error', message: 'engine bug' });
  });

  it('reports a worker that fails to load as an error', async () => {
    const { client, workers } = setup();
    const outcome = client.run(request);
    workers[0].onerror?.({ message: 'Failed to load worker script', preventDefault() {} } as ErrorEvent);
    expect(await outcome).toEqual({ kind: 'error', message: 'Failed to load worker script' });
    expect(workers[0].terminated).toBe(true);
  });

  it('disposes of its worker', () => {
    const { client, workers } = setup();
    void client.run(request);
    client.dispose();
    expect(workers[0].terminated).toBe(true);
    expect(client.busy).toBe(false);
  });

  it('builds no replacement worker when disposed right after a stop', async () => {
    const { client, workers } = setup();
    void client.run(request);
    client.stop();
    client.dispose();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers).toHaveLength(1);
  });
});
