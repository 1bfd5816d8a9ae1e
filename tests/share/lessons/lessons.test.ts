/**
 * The lessons gallery: every lesson runs to its end without an error, prints what
 * CPython 3.11 prints (checked against `python3` itself when a 3.11 is installed, and
 * always against the output recorded from it in ./expected.ts), and every note's facts hold at
 * the note's step of the engine's recording, so a note cannot drift from the diagram.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFacts, findKeyStep, findLesson, keyPosition, lessonHref, LESSONS, lessonWithCode, type NoteFacts } from '../../../src/share/lessons';
import type { TraceStep } from '../../../src/trace/protocol';
import { traceProgram } from '../../../src/trace/trace-run';
import { CPYTHON_STDOUT } from './expected';

/** True when `python3` is CPython 3.11 (the oracle); the comparison with it is skipped otherwise. */
const HAS_PYTHON_311 = (() => {
  const r = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return r.status === 0 && /^Python 3\.11\./.test(r.stdout.trim());
})();

const dir = mkdtempSync(join(tmpdir(), 'lessons-'));

/** Runs `code` with python3 in isolated mode from a file named main.py (no lesson module can shadow a stdlib one). */
function cpython(code: string): { stdout: string; stderr: string; status: number | null } {
  writeFileSync(join(dir, 'main.py'), code);
  return spawnSync('python3', ['-I', 'main.py'], { cwd: dir, encoding: 'utf8', input: '' });
}

function record(code: string) {
  const { result, recording, stdout, stderr } = traceProgram(code);
  const steps: TraceStep[] = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
  return { result, recording, steps, stdout, stderr };
}

describe('the lessons catalogue', () => {
  it('has the twelve lessons, each once, with URL-safe slugs and permalinks', () => {
    expect(LESSONS.length).toBe(12);
    expect(new Set(LESSONS.map((l) => l.slug)).size).toBe(LESSONS.length);
    expect(Object.keys(CPYTHON_STDOUT).sort()).toEqual(LESSONS.map((l) => l.slug).sort());
    for (const lesson of LESSONS) {
      expect(lesson.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findLesson(lesson.slug)).toBe(lesson);
      expect(lessonWithCode(lesson.code)).toBe(lesson);
      expect(lessonHref(lesson.slug)).toBe(`#v=1&lesson=${lesson.slug}`);
    }
    expect(findLesson('no-such-lesson')).toBeUndefined();
    expect(lessonWithCode(LESSONS[0]!.code + '# edited\n')).toBeUndefined();
  });

  it.each(LESSONS.map((l) => [l.slug, l] as const))('%s: a short program with 2 to 5 notes, each stating checkable facts', (_, lesson) => {
    const lines = lesson.code.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(16);
    expect(lines.filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(15);
    expect(lesson.code.endsWith('\n')).toBe(true);
    expect(lesson.title.length).toBeGreaterThan(0);
    expect(lesson.summary.length).toBeGreaterThan(0);
    expect(lesson.notes.length).toBeGreaterThanOrEqual(2);
    expect(lesson.notes.length).toBeLessThanOrEqual(5);
    for (const note of [...lesson.notes, { text: lesson.summary, facts: { stdout: '' } }]) {
      expect(Object.keys(note.facts).length, note.text).toBeGreaterThan(0);
      // `code` spans come in pairs, or the page would show a stray backtick.
      expect(note.text.split('`').length % 2, note.text).toBe(1);
      expect(note.text).not.toMatch(/[<>]/);
    }
  });
});

describe.each(LESSONS.map((l) => [l.slug, l] as const))('lesson %s', (slug, lesson) => {
  const run = record(lesson.code);

  it('runs to its end without an error and prints what CPython 3.11 prints', () => {
    expect(run.result.error).toBeNull();
    expect(run.result.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(CPYTHON_STDOUT[slug]);
    // No raw ids: they differ from CPython's.
    expect(run.stdout).not.toMatch(/\d{8,}/);
    expect(run.steps.at(-1)!.stdout).toBe(run.stdout);
  });

  it.skipIf(!HAS_PYTHON_311)('matches python3 itself', () => {
    const cp = cpython(lesson.code);
    expect(cp.stderr).toBe('');
    expect(cp.status).toBe(0);
    expect(cp.stdout).toBe(CPYTHON_STDOUT[slug]);
  });

  it('has every note at a step of the recording, in order, and every fact holds there', () => {
    let previous = -1;
    for (const note of lesson.notes) {
      const index = findKeyStep(run.recording, note.at);
      expect(index, `${JSON.stringify(note.at)} names no step`).not.toBeNull();
      expect(index!, `${JSON.stringify(note.at)} comes before the previous note's step`).toBeGreaterThan(previous);
      previous = index!;
      // The same step whether searched through the recording's fast reads or as plain steps.
      expect(findKeyStep(run.steps, note.at)).toBe(index);
      expect(checkFacts(run.steps[index!]!, note.facts), note.text).toEqual([]);
    }
  });
});

describe('the fact checker', () => {
  const { steps } = record('a = [1000, [2]]\nb = a\nc = [2]\ndel c\nx = []\nx.append(x)\ndel x\nz = 0\n');
  const at = (line: number) => steps.find((s) => s.event === 'line' && s.line === line)!;
  const problems = (line: number, facts: NoteFacts) => checkFacts(at(line), facts);

  it('accepts facts that hold', () => {
    expect(problems(3, { same: ['a', 'b'], refcount: ['a', 2], type: ['a[1]', 'list'], value: ['a[0]', '1000'], bound: ['a', 'b'], unbound: ['c'] })).toEqual([]);
    expect(problems(5, { unbound: ['c'], freed: true, alive: ['list', 2], frames: ['<module>'], stdout: '' })).toEqual([]);
    expect(problems(8, { garbage: 1, unbound: ['x'] })).toEqual([]);
  });

  it('rejects every kind of fact that does not hold', () => {
    const wrong: NoteFacts[] = [
      { same: ['a', 'a[1]'] },
      { distinct: ['a', 'b'] },
      { refcount: ['a', 1] },
      { type: ['a', 'tuple'] },
      { value: ['a[0]', '999'] },
      { shared: ['a[0]', true] },
      { weak: ['a', 1] },
      { bound: ['c'] },
      { unbound: ['a'] },
      { frames: ['<module>', 'f'] },
      { garbage: 1 },
      { freed: true },
      { freed: 3 },
      { alive: ['list', 9] },
      { gc: [9, 9, 9] },
      { stdoutIncludes: 'never printed' },
      { stdout: 'x' },
      { same: ['nope', 'a'] },
      { same: ['a[7]', 'a'] },
      { same: ['a.attr', 'a'] },
    ];
    for (const facts of wrong) expect(problems(3, facts), JSON.stringify(facts)).not.toEqual([]);
  });

  it('finds the k-th step of an event at a line, and nothing past the last', () => {
    const { recording } = traceProgram('for i in range(3):\n    pass\n');
    const second = findKeyStep(recording, { line: 2, occurrence: 2 })!;
    expect(recording.snapshot(second).line).toBe(2);
    expect(second).toBeGreaterThan(findKeyStep(recording, { line: 2 })!);
    expect(findKeyStep(recording, { line: 2, occurrence: 4 })).toBeNull();
    expect(findKeyStep(recording, { line: 2, event: 'return' })).toBeNull();
    expect(recording.snapshot(findKeyStep(recording, { line: 1, event: 'call' })!).event).toBe('call');
  });
});

describe('the cursor among key steps', () => {
  it('shows the note at or before the cursor, and moves strictly before or after it', () => {
    const keys = [3, 7, 10];
    expect(keyPosition(keys, 0)).toEqual({ current: -1, atKey: false, previous: null, next: 3 });
    expect(keyPosition(keys, 3)).toEqual({ current: 0, atKey: true, previous: null, next: 7 });
    expect(keyPosition(keys, 5)).toEqual({ current: 0, atKey: false, previous: 3, next: 7 });
    expect(keyPosition(keys, 7)).toEqual({ current: 1, atKey: true, previous: 3, next: 10 });
    expect(keyPosition(keys, 12)).toEqual({ current: 2, atKey: false, previous: 10, next: null });
    expect(keyPosition([], 4)).toEqual({ current: -1, atKey: false, previous: null, next: null });
  });
});
