import { describe, expect, it, vi } from 'vitest';
import { findCreated, findFreed, findLine, objectHistory } from '../../src/store/search';
import type { HeapObject, ObjectId, TraceFrame, TraceStep } from '../../src/trace/protocol';
import { CHECKPOINT_EVERY, NONE, Recording, type StepDelta } from '../../src/trace/recording';
import { traceProgram } from '../../src/trace/trace-run';
import { lifetimeSteps, makeObject } from '../store/helpers';

const GC = { enabled: true, counts: [0, 0, 0] as [number, number, number], thresholds: [700, 10, 10] as [number, number, number] };
const FRAMES: TraceFrame[] = [{ name: '<module>', line: 1, locals: {} }];

/** A Recording of `steps`, built as the recorder builds one (deltas against the step before). */
function toRecording(steps: readonly TraceStep[]): Recording {
  const recording = new Recording();
  let before = new Map<ObjectId, HeapObject>();
  for (const step of steps) {
    const heap = new Map(Object.entries(step.heap));
    const changed = [...heap].filter(([id, o]) => before.get(id) !== o);
    const gone = [...before.keys()].filter((id) => !heap.has(id));
    recording.push({ event: step.event, line: step.line, stdoutLength: 0, frames: FRAMES, changed, gone, freed: step.freed, gc: GC });
    before = heap;
  }
  return recording;
}

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
  it('agree with the steps it rebuilds, across checkpoints', () => {
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

  it('make the searches give what they give over the rebuilt steps, ids reused and all', () => {
    const { recording } = traceProgram(
      'class Node:\n    pass\nfor i in range(60):\n    a = Node()\n    b = [a, i * 1000]\n    a.me = a\n    del a\n    b = None\n    if i % 20 == 0:\n        import gc\n        gc.collect()\n',
    );
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    // Ids are freed and taken again by new objects many times in this run.
    expect(idsOf(steps).filter((id) => steps.filter((s) => s.freed.includes(id)).length > 1).length).toBeGreaterThan(5);
    expectSameSearches(recording, steps, [4, 5, 9, 11, 99], 2);
  });

  it('handle ids changing hands across checkpoint boundaries', () => {
    // The lifetimes of the store's fixture, placed so they straddle a checkpoint.
    const pad = Array.from({ length: CHECKPOINT_EVERY - 6 }, () => lifetimeSteps()[0]!);
    const steps = [...pad, ...lifetimeSteps(), ...pad, ...lifetimeSteps()];
    expectSameSearches(toRecording(steps), steps, [1, 3, 5]);
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
  it('never rebuilds a step', () => {
    const count = 1_000_000;
    const recording = new Recording();
    const list = makeObject('list');
    const grown = makeObject('list', 'live', 2);
    // Object "7" lives from step 10 to the end, its count changing every 1000 steps; "8" is freed near the end.
    for (let i = 0; i < count; i++) {
      const changed: Array<[ObjectId, HeapObject]> = [];
      if (i === 10) changed.push(['7', list], ['8', list]);
      else if (i > 10 && i % 1000 === 0) changed.push(['7', (i / 1000) % 2 ? grown : list]);
      const freed = i === count - 5 ? ['8'] : NONE;
      const delta: StepDelta = { event: 'line', line: i === count - 3 ? 2 : 1, stdoutLength: 0, frames: FRAMES, changed: changed.length ? changed : NONE, gone: i === count - 4 ? ['8'] : NONE, freed, gc: GC };
      recording.push(delta);
    }
    const rebuild = vi.spyOn(recording, 'snapshot');
    const started = performance.now();
    expect(findCreated(recording, '7', count - 1)).toBe(10);
    expect(findFreed(recording, '8', 11)).toBe(count - 5);
    expect(findLine(recording, 2, count - 2)).toBe(count - 3); // wraps around
    expect(findLine(recording, 3, 0)).toBeNull();
    const elapsed = performance.now() - started;
    expect(rebuild).not.toHaveBeenCalled();
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
