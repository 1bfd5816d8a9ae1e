/**
 * The recording's copy of the graph is exact: at every step of every corpus
 * program, the census taken on the copy replayed to that step equals the census
 * taken on the running engine at that step, object for object, arrow for arrow.
 * A change the engine makes without noting it in the change log (memory.ts's touch)
 * leaves the copy stale, and shows here as a mismatch at the step it happened.
 * The same pass checks the reference-count invariant at every step (on the engine's
 * census, which the copy's equals) and that tracing does not change what a program
 * prints. Half the programs (by a hash of the name) are checked here, the others
 * in graph-store.half.test.ts (copy-corpus.ts).
 */
import { describe, expect, it } from 'vitest';
import { bufferedContext } from '../../src/python/context';
import { runProgram } from '../../src/python/index';
import { CHECKPOINT_EVERY } from '../../src/trace/graph-store';
import { CopyChecker } from './copy-checker';
import { checkCorpusHalf } from './copy-corpus';

checkCorpusHalf(0);

describe('a large heap', () => {
  it('spaces checkpoints by the rows written, and each step still gives the census of the engine', { timeout: 120_000 }, () => {
    const source = 'big = [i + 1000 for i in range(3000)]\nfor i in range(1000):\n    big[i * 7 % 3000] = i + 5000\n';
    const checker = new CopyChecker();
    try {
      runProgram(source, { filename: 'big.py', context: bufferedContext('', 'big.py'), tracer: checker });
    } finally {
      checker.detach();
    }
    expect(checker.mismatches).toEqual([]);
    const store = checker.store;
    const steps: number[] = [];
    for (let c = 0; c <= store.checkpointBefore(store.length - 1); c++) steps.push(store.checkpointAt(c).step);
    // The comprehension's steps, with little alive, are CHECKPOINT_EVERY apart; the loop's, over some 3,000 live objects, further.
    const gaps = steps.slice(1).map((s, k) => s - steps[k]!);
    expect(gaps.every((g) => g >= CHECKPOINT_EVERY)).toBe(true);
    expect(Math.max(...gaps)).toBeGreaterThan(CHECKPOINT_EVERY);
    // A seek starts from the last checkpoint at or before its step.
    for (const i of [store.length - 1, 5, steps.at(-1)!, steps.at(-1)! - 1, steps[1]! + 1, 3000, 4000]) expect(store.checkpointBefore(i)).toBe(steps.filter((s) => s <= i).length - 1);
  });
});
