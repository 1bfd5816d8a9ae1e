/**
 * Differential fuzzing (scripts/fuzz/): generated programs inside the subset run
 * under the engine and under python3 (CPython 3.11), and must print the same
 * stdout, end with the same status and last stderr line, and (one in four,
 * recorded) keep the reference-count invariant at every step. A fixed seed, so a
 * failure here replays with `npm run fuzz -- --kind differential --seed 7301 --case N`.
 * Skipped when python3 is not CPython 3.11. `npm run fuzz` runs thousands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, type EngineResult } from '../../scripts/fuzz/engine';
import { judgeDifferential } from '../../scripts/fuzz/judge';
import { programArb, renderProgram } from '../../scripts/fuzz/program-gen';
import { Python, python311Available, runPythonFresh, type PyRun } from '../../scripts/fuzz/python';
import { generateCase } from '../../scripts/fuzz/rng';
import { describeFound, differentialTarget, formatSummary, fuzz } from '../../scripts/fuzz/runner';

const SEED = 7301;
const RUNS = 200;
const HAVE_PYTHON = python311Available();

const py = (stdout: string, stderr = '', status = 0): PyRun => ({ stdout, stderr, status, timedOut: false, truncated: false, ms: 20 });
const eng = (stdout: string, stderr = '', exitCode = 0): EngineResult => ({
  run: { stdout, stderr, exitCode, errorType: exitCode ? stderr.trim().split('\n').pop()!.split(':')[0] : null, threw: null, ms: 5, cpuMs: 5 },
  traced: null,
  hang: false,
  traceHang: false,
  ms: 5,
});

describe('the differential judge', () => {
  it('passes equal runs and fails on any difference the subset promises', () => {
    const src = 'print(1)\n';
    expect(judgeDifferential(src, py('1\n'), eng('1\n')).kind).toBe('ok');
    expect(judgeDifferential(src, py('1\n'), eng('2\n'))).toMatchObject({ kind: 'mismatch', mismatch: 'stdout' });
    expect(judgeDifferential(src, py('', 'Traceback...\nKeyError: 1\n', 1), eng('', 'Traceback...\nKeyError: 2\n', 1))).toMatchObject({ mismatch: 'stderr' });
    expect(judgeDifferential(src, py('', 'Traceback...\nKeyError: 1\n', 1), eng('', '', 0))).toMatchObject({ mismatch: 'status' });
    expect(judgeDifferential(src, py('1\n'), eng('1\n', 'InternalError: the engine failed at line 1: x\n', 1))).toMatchObject({ mismatch: 'internal' });
    // What legitimately differs: addresses, and the file name a SyntaxWarning gives.
    expect(judgeDifferential(src, py('', 'T\nValueError: <C object at 0x7f00aa55bb10>\n', 1), eng('', 'T\nValueError: <C object at 0x10a4f3c0>\n', 1)).kind).toBe('ok');
    const warning = (file: string) => `${file}:1: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  print(1 is 1)\n`;
    expect(judgeDifferential(src, py('True\n', warning('/tmp/fuzz.py')), eng('True\n', warning('main.py'))).kind).toBe('ok');
    // The warning itself is CPython's output: an engine without it fails.
    expect(judgeDifferential(src, py('True\n', warning('/tmp/fuzz.py')), eng('True\n'))).toMatchObject({ mismatch: 'stderr' });
  });

  it('fails a recorded run that breaks the invariant or changes the output', () => {
    const src = 'print(1)\n';
    const traced = (stdout: string, violations: string[] = []) => ({ ...eng(stdout).run!, recordCpuMs: 5, steps: 3, violations });
    expect(judgeDifferential(src, py('1\n'), { ...eng('1\n'), traced: traced('1\n') }).kind).toBe('ok');
    expect(judgeDifferential(src, py('1\n'), { ...eng('1\n'), traced: traced('1\n', ['step 2 (line 1): list [] (1): count 2, found 1 shown']) })).toMatchObject({ mismatch: 'invariant' });
    expect(judgeDifferential(src, py('1\n'), { ...eng('1\n'), traced: traced('2\n') })).toMatchObject({ mismatch: 'trace-output' });
    expect(judgeDifferential(src, py('1\n'), { ...eng('1\n'), traceHang: true })).toMatchObject({ mismatch: 'hang' });
  });
});

describe.skipIf(!HAVE_PYTHON)('differential fuzzing against python3 (CPython 3.11)', () => {
  let engine: Engine;
  let python: Python;
  beforeAll(() => {
    engine = new Engine();
    python = new Python(1);
  });
  afterAll(async () => {
    python.close();
    await engine?.close();
  });

  it('the batched python3 runner prints what `python3 FILE.py` prints', { timeout: 60_000 }, async () => {
    // Refcounts of constants, recursion depth, shutdown: see scripts/fuzz/py-worker.py.
    const probes = [
      'import sys\nx = 2.5\nprint(sys.getrefcount(x))\ndef f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0), sys.getrecursionlimit())\n',
      'class C:\n    def __del__(self):\n        print("del", self.v)\na = C(); a.v = 1\nb = C(); b.v = 2\nb.link = a\nprint(list(globals())[:9])\nraise KeyError(a.v)\n',
      ...Array.from({ length: 6 }, (_, i) => renderProgram(generateCase(programArb, SEED + 1, i).value)),
    ];
    for (const src of probes) {
      const [a, b] = await Promise.all([python.run(src), runPythonFresh(src)]);
      expect({ stdout: a.stdout, status: a.status, last: a.stderr.trim().split('\n').pop()?.replace(/0x[0-9a-f]+/g, '0x') }).toEqual({
        stdout: b.stdout,
        status: b.status,
        last: b.stderr.trim().split('\n').pop()?.replace(/0x[0-9a-f]+/g, '0x'),
      });
    }
  });

  it(`${RUNS} generated programs print what CPython prints (seed ${SEED})`, { timeout: 180_000 }, async () => {
    const sum = await fuzz(differentialTarget(engine, python), { runs: RUNS, seed: SEED, traceEvery: 4, shrinkTries: 150, shrinkMs: 30_000 });
    expect(sum.runs).toBe(RUNS);
    if (sum.found.length) expect.fail(`${formatSummary(sum)}\n\n${sum.distinct.map((f) => describeFound('differential', SEED, f)).join('\n\n')}`);
    // Nearly every case is judged (skips are python3 timeouts and engine step limits).
    expect(sum.ok).toBeGreaterThanOrEqual(RUNS * 0.95);
    expect(sum.traced).toBe(RUNS / 4);
  });
});
