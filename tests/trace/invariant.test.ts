/**
 * The trace invariant on the recording's own steps: for each object that is not a
 * shared singleton, its count equals the locals that refer to it, plus the labelled
 * references from heap objects, plus its hidden references; no reference is left
 * unexplained (`other`). graph-store.test.ts checks it at every step of every corpus
 * program on the engine's census, which the recording's copy equals; this checks the
 * steps the recording draws from that copy end to end, on every memory program of
 * the corpus and every fourth of the others.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../../src/trace/invariant';
import { traceProgram } from '../../src/trace/trace-run';

const CORPUS = join(__dirname, '../conformance');
const MEMORY = /^(mem|ref|del|gc|copy|alias|names)_/;
const programs = readdirSync(CORPUS)
  .filter((n) => n.endsWith('.py'))
  .sort()
  .filter((n, i) => MEMORY.test(n) || i % 4 === 0);

describe('the reference-count invariant holds at every step the recording draws', () => {
  for (const name of programs) {
    it(name, { timeout: 120_000 }, () => {
      const source = readFileSync(join(CORPUS, name), 'utf8');
      const { recording, stdout, stderr } = traceProgram(source, { filename: name });
      expect(stdout).toBe(readFileSync(join(CORPUS, name.replace(/\.py$/, '.out')), 'utf8'));
      const errFile = join(CORPUS, name.replace(/\.py$/, '.err'));
      if (existsSync(errFile)) expect(stderr.trimEnd().split('\n').pop()).toBe(readFileSync(errFile, 'utf8').trimEnd());
      expect(recording.length).toBeGreaterThan(0);
      for (let i = 0; i < recording.length; i++) {
        const bad = invariantViolations(recording.snapshot(i));
        if (bad.length) expect.fail(`step ${i} (line ${recording.snapshot(i).line}): ${bad.join('; ')}`);
      }
    });
  }
});
