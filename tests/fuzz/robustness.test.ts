/**
 * Robustness fuzzing (scripts/fuzz/): random bytes and unicode, token soup,
 * conformance and generated programs cut short and mutated, deep nesting and
 * huge literals never make the engine throw, hang (5 s), print JavaScript text
 * (stack frames, `undefined`, internal errors), or end on a line that is not a
 * Python exception; one case in three is also recorded and the reference-count
 * invariant checked at every step. A fixed seed: a failure replays with
 * `npm run fuzz -- --kind robustness --seed 7302 --case N`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, type EngineResult } from '../../scripts/fuzz/engine';
import { exceptionLine, judgeRobustness } from '../../scripts/fuzz/judge';
import { describeFound, formatSummary, fuzz, robustnessTarget } from '../../scripts/fuzz/runner';

const SEED = 7302;
const RUNS = 300;

const run = (stdout: string, stderr: string, exitCode: number | null, extra: Partial<EngineResult['run'] & object> = {}): EngineResult => ({
  run: { stdout, stderr, exitCode, errorType: exitCode ? 'X' : null, threw: null, ms: 5, cpuMs: 5, ...extra },
  traced: null,
  hang: false,
  traceHang: false,
  ms: 5,
});

describe('the robustness judge', () => {
  it('accepts Python endings and rejects JavaScript ones', () => {
    expect(judgeRobustness('x', run('', '  File "fuzz.py", line 1\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n', 1)).kind).toBe('ok');
    expect(judgeRobustness('x', run('', 'Traceback (most recent call last):\n  File "fuzz.py", line 1, in <module>\nValueError: two\nlines\n', 1)).kind).toBe('ok');
    expect(judgeRobustness('x', run('', 'Memory Lane stopped the program after 200,000 steps (an infinite loop?), at line 1\n', 1)).kind).toBe('ok');
    expect(judgeRobustness('x', run('', "TypeError: Cannot read properties of undefined (reading 'v')\n    at Frame.run (engine.mjs:1:2)\n", 1))).toMatchObject({ kind: 'mismatch' });
    expect(judgeRobustness('x', run('undefined\n', '', 0))).toMatchObject({ mismatch: 'internal' });
    expect(judgeRobustness('x', run('', 'Traceback (most recent call last):\n  File "fuzz.py", line 1\n<<weird>>\n', 1))).toMatchObject({ mismatch: 'error-shape' });
    expect(judgeRobustness('x', run('', '', null, { threw: 'TypeError: x is not a function' }))).toMatchObject({ mismatch: 'crash' });
    expect(judgeRobustness('x', { run: null, traced: null, hang: true, traceHang: false, ms: 5000 })).toMatchObject({ mismatch: 'hang' });
    expect(exceptionLine('Traceback (most recent call last):\n  File "f", line 1\nKeyError: 1\n')).toBe('KeyError: 1');
  });
});

describe('robustness fuzzing', () => {
  let engine: Engine;
  beforeAll(() => {
    engine = new Engine();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it(`${RUNS} hostile inputs end the Python way (seed ${SEED})`, { timeout: 180_000 }, async () => {
    const sum = await fuzz(robustnessTarget(engine), { runs: RUNS, seed: SEED, traceEvery: 3, shrinkTries: 150, shrinkMs: 30_000 });
    expect(sum.runs).toBe(RUNS);
    if (sum.found.length) expect.fail(`${formatSummary(sum)}\n\n${sum.distinct.map((f) => describeFound('robustness', SEED, f)).join('\n\n')}`);
    expect(sum.ok).toBe(RUNS);
    expect(sum.traced).toBe(RUNS / 3);
  });
});
