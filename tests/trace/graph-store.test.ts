/**
 * The recording's copy of the graph is exact: at every step of every corpus
 * program, the census taken on the copy replayed to that step equals the census
 * taken on the running engine at that step, object for object, arrow for arrow.
 * A change the engine makes without noting it in the change log (memory.ts's touch)
 * leaves the copy stale, and shows here as a mismatch at the step it happened.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferedContext } from '../../src/python/context';
import { runProgram } from '../../src/python/index';
import { CopyChecker } from './copy-checker';

const CORPUS = process.env.GRAPH_CORPUS ?? join(__dirname, '../conformance');
const programs = readdirSync(CORPUS).filter((n) => n.endsWith('.py')).sort();

describe('the copy of the graph gives the census of the engine at every step', () => {
  for (const name of programs) {
    it(name, { timeout: 120_000 }, () => {
      const source = readFileSync(join(CORPUS, name), 'utf8');
      const checker = new CopyChecker();
      try {
        runProgram(source, { filename: name, context: bufferedContext('', name), tracer: checker });
      } finally {
        checker.detach();
      }
      expect(checker.mismatches).toEqual([]);
    });
  }
});
