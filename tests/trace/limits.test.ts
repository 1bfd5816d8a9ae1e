/**
 * Limits in a recorded run: runaway output is kept up to MAX_OUTPUT_CHARS with a
 * notice where it was cut, and a MemoryError is recorded like any exception, with
 * every step before it browsable; recursion through a special method stops at the
 * engine's cap for nested calls from native code, the same in every round.
 */
import { describe, expect, it } from 'vitest';
import { MAX_OUTPUT_CHARS, OUTPUT_CAPPED_NOTICE, traceProgram } from '../../src/trace/trace-run';
import { invariantViolations } from '../../src/trace/invariant';

describe('runaway output', () => {
  it('is kept up to the cap, with one notice where it was cut, while the program runs on', () => {
    const { stdout, recording, result } = traceProgram('for i in range(30):\n    print("x" * 99999)\nprint("done")\n', { maxSteps: 1000 });
    expect(result.exitCode).toBe(0);
    expect(stdout.length).toBe(MAX_OUTPUT_CHARS + OUTPUT_CAPPED_NOTICE.length);
    expect(stdout.endsWith(OUTPUT_CAPPED_NOTICE)).toBe(true);
    expect(stdout.split(OUTPUT_CAPPED_NOTICE).length).toBe(2);
    expect(stdout).not.toContain('done');
    // The program went on to its end after the cut.
    const last = recording.length - 1;
    let done = last;
    while (done > 0 && !(recording.eventAt(done) === 'line' && recording.lineAt(done) === 3)) done--;
    expect(done).toBeGreaterThan(0);
    expect(recording.at(last)!.stdout).toBe(stdout);
  });

  it('under the cap is exactly what the program printed', () => {
    const { stdout } = traceProgram('for i in range(3):\n    print(i)\n');
    expect(stdout).toBe('0\n1\n2\n');
  });
});

describe('MemoryError in a recorded run', () => {
  it('ends the run with a Python error; every recorded step keeps the invariant', () => {
    const { result, recording, stderr } = traceProgram('a = []\nwhile True:\n    a.append([None] * 100)\n', { maxHeapBytes: 64 * 1024, maxSteps: 100_000 });
    expect(result.error).toEqual({ type: 'MemoryError', message: '', line: 3, col: 13, endCol: 25 });
    expect(stderr.trimEnd().split('\n').pop()).toBe('MemoryError');
    expect(recording.length).toBeGreaterThan(10);
    for (let i = 0; i < recording.length; i++) expect(invariantViolations(recording.snapshot(i))).toEqual([]);
  });
});

describe('recursion through a special method in a recorded run', () => {
  it('stops at the same depth in every round, with the message of a call, and the run goes on', () => {
    const source = `n = 0
class A:
    def __init__(self):
        global n
        n += 1
        A()
for i in range(2):
    n = 0
    try:
        A()
    except RecursionError as e:
        print(n, e)
print("after")
`;
    const { result, stdout, recording } = traceProgram(source, { maxSteps: 100_000 });
    expect(result.exitCode).toBe(0);
    // CPython reaches 499 here; a recording has the browser worker's stack, so DEFAULT_REENTRY_LIMIT (150, the module's frame the first) stops it.
    const line = '149 maximum recursion depth exceeded while calling a Python object\n';
    expect(stdout).toBe(line + line + 'after\n');
    expect(recording.at(recording.length - 1)!.stdout).toBe(stdout);
  });
});
