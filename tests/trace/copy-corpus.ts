/**
 * The corpus pass of graph-store.test.ts, in two halves (by a hash of each program's
 * name, so a new program moves no other; one test file each) so that Vitest runs
 * them on two workers: the pass checks every step of every program, and the
 * deep-recursion programs alone take half a minute.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferedContext } from '../../src/python/context';
import { runProgram } from '../../src/python/index';
import { nameSeed } from '../support/mangled-programs';
import { CopyChecker } from './copy-checker';

const CORPUS = process.env.GRAPH_CORPUS ?? join(__dirname, '../conformance');

/** Checks the copy, the invariant and the output at every step of every program in half `half` (0 or 1). */
export function checkCorpusHalf(half: 0 | 1): void {
  const programs = readdirSync(CORPUS)
    .filter((n) => n.endsWith('.py'))
    .sort()
    .filter((name) => nameSeed(name) % 2 === half);
  describe('the copy of the graph gives the census of the engine, and the invariant holds, at every step', () => {
    for (const name of programs) {
      it(name, { timeout: 120_000 }, () => {
        const source = readFileSync(join(CORPUS, name), 'utf8');
        const checker = new CopyChecker();
        const context = bufferedContext('', name);
        try {
          runProgram(source, { filename: name, context, tracer: checker });
        } finally {
          checker.detach();
        }
        expect(checker.mismatches).toEqual([]);
        expect(checker.violations).toEqual([]);
        expect(checker.store.length).toBeGreaterThan(0);
        const expected = join(CORPUS, name.replace(/\.py$/, '.out'));
        if (existsSync(expected)) expect(context.out.join('')).toBe(readFileSync(expected, 'utf8'));
        const errFile = join(CORPUS, name.replace(/\.py$/, '.err'));
        if (existsSync(errFile)) expect(context.err.join('').trimEnd().split('\n').pop()).toBe(readFileSync(errFile, 'utf8').trimEnd());
      });
    }
  });
}
