import type { RunOutcome, RunRequest, TraceRunner } from '../../src/trace/client';
import type { RunResult, TraceStep } from '../../src/trace/protocol';

/** A runner the test settles by hand. */
export class FakeRunner implements TraceRunner {
  requests: RunRequest[] = [];
  stops = 0;
  private settle: ((outcome: RunOutcome) => void) | null = null;
  /** Steps "recorded so far", handed back when stopped. */
  partial: TraceStep[] = [];

  run(request: RunRequest): Promise<RunOutcome> {
    this.requests.push(request);
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  stop(): void {
    this.stops++;
    this.finish({ kind: 'stopped', steps: this.partial });
  }

  /** Settles the pending run. */
  finish(outcome: RunOutcome): void {
    const settle = this.settle;
    this.settle = null;
    settle?.(outcome);
  }
}

/** A minimal step at `line` printing `stdout` so far. */
export function makeStep(line: number, stdout = '', explain = `line ${line}`): TraceStep {
  return {
    event: 'line',
    line,
    stdout,
    frames: [{ name: '<module>', line, locals: {} }],
    heap: {},
    freed: [],
    gc: { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10] },
    explain,
  };
}

/** A finished run of `count` steps. */
export function makeResult(count: number, extra: Partial<RunResult> = {}): RunResult {
  const steps = Array.from({ length: count }, (_, i) => makeStep(i + 1, 'x\n'.repeat(i)));
  return { stdout: steps[count - 1]?.stdout ?? '', stderr: '', steps, error: null, ...extra };
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
