/**
 * The recorder on bad input: random bytes, cut-short and mutated corpus programs
 * (exceptions mid-line, half-built classes, loops ended by the step budget) never
 * make it throw or report an engine error, and every step it records keeps the
 * reference-count invariant.
 */
import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../../src/trace/invariant';
import { traceProgram } from '../../src/trace/trace-run';
import { mutatedPrograms, randomBytes, truncatedPrograms } from '../support/mangled-programs';

function expectSoundRecording(source: string): void {
  let run: ReturnType<typeof traceProgram> | undefined;
  expect(() => {
    run = traceProgram(source, { filename: 'fuzz.py', maxSteps: 20_000 });
  }).not.toThrow();
  expect(run!.stderr).not.toMatch(/\n\s+at .*\(|InternalError/);
  const { recording } = run!;
  for (let i = 0; i < recording.length; i++) {
    const bad = invariantViolations(recording.snapshot(i));
    if (bad.length) expect.fail(`step ${i} of:\n${source}\n${bad.join('\n')}`);
  }
}

// Hundreds of whole programs each: a correctness test, not a timing one.
describe('the recorder on bad input', { timeout: 180_000 }, () => {
  it('random bytes', () => {
    for (const s of randomBytes(11, 100)) expectSoundRecording(s);
  });

  it('truncated corpus programs', () => {
    for (const s of truncatedPrograms(12, 2)) expectSoundRecording(s);
  });

  it('corpus programs with a character changed', () => {
    for (const s of mutatedPrograms(13)) expectSoundRecording(s);
  });
});
