import { describe, expect, it, vi } from 'vitest';
import { findCreated, findFreed, findLine, objectHistory } from '../../src/store/search';
import type { ObjectId, TraceStep } from '../../src/trace/protocol';
import { CHECKPOINT_EVERY, Recording } from '../../src/trace/recording';
import { traceProgram } from '../../src/trace/trace-run';
import { recordScript, type ScriptStep } from './scripted-steps';

/** Every id drawn anywhere in the steps. */
function idsOf(steps: readonly TraceStep[]): ObjectId[] {
  return [...new Set(steps.flatMap((s) => Object.keys(s.heap)))];
}

/** The same searches on the recording (fast reads) and on its rebuilt steps (through `at`) agree everywhere. */
function expectSameSearches(recording: Recording, steps: readonly TraceStep[], lines: number[], stride = 1) {
  for (const id of idsOf(steps)) {
    for (let at = 0; at < steps.length; at += stride) {
      expect([findCreated(recording, id, at), findFreed(recording, id, at)]).toEqual([findCreated(steps, id, at), findFreed(steps, id, at)]);
    }
  }
  for (const line of lines) for (let at = 0; at < steps.length; at += 7) expect(findLine(recording, line, at)).toBe(findLine(steps, line, at));
}

describe('a Recording\'s fast reads', () => {
  // Each step's drawing is a census of its replayed graph: walking 40 ids over every step takes a while.
  it('agree with the steps it rebuilds, across checkpoints', { timeout: 60_000 }, () => {
    const { recording } = traceProgram('xs = []\nfor i in range(200):\n    xs.append([i])\n    if i % 3 == 0:\n        xs.pop(0)\nprint(len(xs))\n');
    expect(recording.length).toBeGreaterThan(2 * CHECKPOINT_EVERY);
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    steps.forEach((step, i) => {
      expect(recording.eventAt(i)).toBe(step.event);
      expect(recording.lineAt(i)).toBe(step.line);
      expect(recording.freedAt(i)).toEqual(step.freed);
    });
    const last = steps.length - 1;
    for (const id of idsOf(steps).slice(0, 40)) {
      expect([...recording.objectHistory(id, last)]).toEqual(steps.map((s) => s.heap[id]).reverse());
    }
    for (const i of [-1, recording.length, 1.5]) {
      expect(recording.eventAt(i)).toBeUndefined();
      expect([...recording.objectHistory('1', i)]).toEqual([]);
    }
  });

  it('make the searches give what they give over the rebuilt steps, ids reused and all', { timeout: 60_000 }, () => {
    const { recording } = traceProgram(
      'class Node:\n    pass\nfor i in range(60):\n    a = Node()\n    b = [a, i * 1000]\n    a.me = a\n    del a\n    b = None\n    if i % 20 == 0:\n        import gc\n        gc.collect()\n',
    );
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    // Ids are freed and taken again by new objects many times in this run.
    expect(idsOf(steps).filter((id) => steps.filter((s) => s.freed.includes(id)).length > 1).length).toBeGreaterThan(5);
    expectSameSearches(recording, steps, [4, 5, 9, 11, 99], 2);
  });

  it('handle ids changing hands across checkpoint boundaries', { timeout: 60_000 }, () => {
    // Lists made and freed in turn (each takes the last one's freed block, so its id), straddling a checkpoint.
    const { recording } = traceProgram(`for i in range(${CHECKPOINT_EVERY / 2 - 4}):\n    pass\nfor i in range(8):\n    a = [i]\n    b = (i, a)\n    del a\n    b = None\n`);
    expect(recording.length).toBeGreaterThan(CHECKPOINT_EVERY + 10);
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const reused = idsOf(steps).filter((id) => steps.filter((st) => st.freed.includes(id)).length > 1);
    expect(reused.length).toBeGreaterThan(0);
    expectSameSearches(recording, steps, [1, 4, 6]);
  });

  it('search an empty recording', () => {
    const recording = new Recording();
    expect(findLine(recording, 1, 0)).toBeNull();
    expect(findCreated(recording, '1', 0)).toBeNull();
    expect(findFreed(recording, '1', 0)).toBeNull();
    expect([...objectHistory(recording, '1', 0)]).toEqual([]);
  });
});

describe('searching a million steps', () => {
  it('never walks the steps: one drawing for the step asked about', () => {
    const count = 1_000_000;
    const recording = new Recording();
    // Object "7" lives from step 10 to the end, its count changing every 1000 steps; "8" is freed near the end.
    function* script(): Generator<ScriptStep> {
      for (let i = 0; i < count; i++) {
        if (i === 10) yield { names: { a: 0, b: 1 }, born: { 0: { type: 'list', refcount: 1, id: 7 }, 1: { type: 'list', refcount: 1, id: 8 } } };
        else if (i > 10 && i % 1000 === 0) yield { counts: { 0: (i / 1000) % 2 ? 2 : 1 } };
        else if (i === count - 5) yield { names: { a: 0 }, freed: [1] };
        else yield { line: i === count - 3 ? 2 : 1 };
      }
    }
    recordScript(recording, script());
    const drawings = vi.spyOn(recording as unknown as { drawing(i: number): unknown }, 'drawing');
    const started = performance.now();
    expect(findCreated(recording, '7', count - 1)).toBe(10);
    expect(findFreed(recording, '8', 11)).toBe(count - 5);
    expect(findLine(recording, 2, count - 2)).toBe(count - 3); // wraps around
    expect(findLine(recording, 3, 0)).toBeNull();
    const elapsed = performance.now() - started;
    // (findFreed asks for step 11's drawing twice, for the object and for its serial: the second is the cache's.)
    expect([...new Set(drawings.mock.calls.map(([i]) => i))]).toEqual([count - 1, 11]);
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('stdoutAt', () => {
  it('reads every step\'s output from the deltas, equal to the rebuilt step\'s', () => {
    const { recording } = traceProgram('for i in range(300):\n    if i % 7 == 0:\n        print(i)\nprint("end")\n');
    expect(recording.length).toBeGreaterThan(CHECKPOINT_EVERY);
    for (let i = 0; i < recording.length; i++) expect(recording.stdoutAt(i)).toBe(recording.at(i)!.stdout);
    expect(recording.stdoutAt(recording.length)).toBeUndefined();
  });
});
