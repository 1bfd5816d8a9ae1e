/**
 * `npm run fuzz -- [--runs N] [--seed S] [--kind differential|robustness|both]`
 *   [--case N]            only case N of the seed (replay a mismatch)
 *   [--show N]            print the source of case N and exit
 *   [--trace-every K]     record one case in K and check the invariant at every step (default 4; 0 never)
 *   [--out DIR]           where shrunk mismatches go (default .cache/fuzz/failures/KIND-SEED/)
 *   [--verify-batch N]    check on N generated programs that the batched python3 runner
 *                         (scripts/fuzz/py-worker.py) prints what `python3 FILE.py` prints
 * Prints a summary per kind (cases, mismatches, distinct mismatches after shrinking,
 * time) and writes each shrunk mismatch as case-N-MISMATCH.py plus a .txt with
 * python3's and the engine's outputs side by side. Exit status 1 if any mismatch.
 */
import { join } from 'node:path';
import { Engine, ROOT } from './engine';
import { lastLine, mask, sideBySide } from './judge';
import { programArb, renderProgram } from './program-gen';
import { Python, python311Available, runPythonFresh } from './python';
import { robustCaseArb, robustSource } from './robust-gen';
import { generateCase } from './rng';
import { differentialTarget, formatSummary, fuzz, robustnessTarget, writeFailures, type Summary } from './runner';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function num(name: string, dflt: number): number {
  const v = arg(name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) {
    process.stderr.write(`fuzz: ${name} needs a whole number, got ${v}\n`);
    process.exit(2);
  }
  return n;
}

const log = (s: string) => process.stderr.write(s + '\n');

async function verifyBatch(n: number, seed: number): Promise<number> {
  const python = new Python(1);
  let differ = 0;
  let tBatch = 0;
  let tFresh = 0;
  for (let i = 0; i < n; i++) {
    const src = renderProgram(generateCase(programArb, seed, i).value);
    const [a, b] = await Promise.all([python.run(src), runPythonFresh(src)]);
    tBatch += a.ms;
    tFresh += b.ms;
    if (a.timedOut || b.timedOut) continue;
    if (a.stdout !== b.stdout || a.status !== b.status || mask(lastLine(a.stderr)) !== mask(lastLine(b.stderr))) {
      differ++;
      log(`case ${i}: batched and fresh python3 differ\n${src}\n${sideBySide(a.stdout + '\n' + lastLine(a.stderr), b.stdout + '\n' + lastLine(b.stderr), ['batched python3', 'python3 FILE.py'])}`);
    }
  }
  python.close();
  console.log(`verify-batch: ${n} programs (seed ${seed}), ${differ} differ between the batched runner and python3 FILE.py; mean ${(tBatch / n).toFixed(1)} ms batched, ${(tFresh / n).toFixed(1)} ms fresh`);
  return differ ? 1 : 0;
}

async function main(): Promise<number> {
  const kind = arg('--kind') ?? 'both';
  if (!['differential', 'robustness', 'both'].includes(kind)) {
    log(`fuzz: --kind must be differential, robustness or both`);
    return 2;
  }
  const seed = num('--seed', Math.floor(Math.random() * 2 ** 31));
  const runs = num('--runs', 1000);
  const traceEvery = num('--trace-every', 4);
  const only = arg('--case') !== undefined ? num('--case', 0) : undefined;
  const show = arg('--show');
  if (show !== undefined) {
    const i = num('--show', 0);
    console.log(kind === 'robustness' ? robustSource(generateCase(robustCaseArb, seed, i).value) : renderProgram(generateCase(programArb, seed, i).value));
    return 0;
  }
  if (arg('--verify-batch') !== undefined) return verifyBatch(num('--verify-batch', 100), seed);

  const engine = new Engine();
  const summaries: Summary[] = [];
  try {
    if (kind !== 'robustness') {
      if (!python311Available()) {
        log('fuzz: python3 is not CPython 3.11; the differential fuzzer needs it');
        return 2;
      }
      const python = new Python(1);
      try {
        log(`differential: ${only !== undefined ? `case ${only}` : `${runs} cases`}, seed ${seed}`);
        summaries.push(await fuzz(differentialTarget(engine, python), { runs, seed, traceEvery, only, log }));
      } finally {
        python.close();
      }
    }
    if (kind !== 'differential') {
      log(`robustness: ${only !== undefined ? `case ${only}` : `${runs} cases`}, seed ${seed}`);
      summaries.push(await fuzz(robustnessTarget(engine), { runs, seed, traceEvery, only, log }));
    }
  } finally {
    await engine.close();
  }
  for (const s of summaries) {
    console.log(formatSummary(s));
    if (s.found.length) {
      const dir = arg('--out') ?? join(ROOT, '.cache/fuzz/failures', `${s.kind}-${seed}`);
      const files = writeFailures(dir, s);
      console.log(`  shrunk mismatches written to ${dir}/ (${files.length} programs, each with a .txt of both outputs)`);
    }
  }
  return summaries.some((s) => s.found.length) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    log(`fuzz: ${e?.stack ?? e}`);
    process.exit(2);
  },
);
