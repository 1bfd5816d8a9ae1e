/**
 * The fuzzing loop shared by `npm run fuzz` and the vitest suites: case N of a
 * seed is generated on its own (so it can be replayed), run, judged, and every
 * mismatch is shrunk with the arbitrary's own shrinker (fast-check) to a small
 * program that still fails the same way.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, type EngineResult } from './engine';
import { judgeDifferential, judgeRobustness, lastLine, sideBySide, type MismatchKind, type Verdict } from './judge';
import { programArb, renderProgram, type Program } from './program-gen';
import { Python, type PyRun } from './python';
import { robustCaseArb, robustSource, type RobustCase } from './robust-gen';
import { generateCase } from './rng';

/** Step budgets: a plain run, and a recorded one (every recorded step is checked). */
export const MAX_STEPS = 200_000;
export const TRACE_STEPS = 5_000;

export interface Outcome {
  verdict: Verdict;
  source: string;
  py: PyRun | null;
  eng: EngineResult;
}

export interface Found {
  /** The case number (replay with --seed S --case N). */
  index: number;
  mismatch: MismatchKind;
  original: Outcome;
  shrunk: Outcome;
  shrinkTries: number;
  /** The mismatch without its particulars, to count distinct ones. */
  signature: string;
}

export interface Summary {
  kind: string;
  seed: number;
  runs: number;
  ok: number;
  traced: number;
  skipped: Record<string, number>;
  found: Found[];
  /** One per signature. */
  distinct: Found[];
  ms: number;
}

export interface Target<T> {
  kind: 'differential' | 'robustness';
  arb: fc.Arbitrary<T>;
  source(v: T): string;
  check(source: string, trace: boolean): Promise<Outcome>;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Record one case in this many with the recorder (1: all, 0: none). */
  traceEvery: number;
  /** Only this case (replay). */
  only?: number;
  /** Shrinking budget per mismatch. */
  shrinkTries?: number;
  shrinkMs?: number;
  log?: (line: string) => void;
}

function signature(v: Verdict & { kind: 'mismatch' }): string {
  return `${v.mismatch}: ${v.reason.replace(/\d+/g, 'N').replace(/'[^']*'|"[^"]*"/g, (s) => (s.length > 24 ? s.slice(0, 23) + '…' : s))}`;
}

/** Shrinks a failing value while it still fails with the same kind of mismatch. */
async function shrink<T>(t: Target<T>, start: fc.Value<T>, first: Outcome, trace: boolean, opts: FuzzOptions): Promise<{ out: Outcome; tries: number }> {
  const kind = (first.verdict as { mismatch: MismatchKind }).mismatch;
  const budget = opts.shrinkTries ?? 600;
  const deadline = performance.now() + (opts.shrinkMs ?? 120_000);
  let cur = start;
  let best = first;
  let tries = 0;
  outer: for (;;) {
    for (const cand of t.arb.shrink(cur.value_, cur.context)) {
      if (tries >= budget || performance.now() > deadline) break outer;
      const src = t.source(cand.value);
      // Shrinking what the program does not use renders the same source: free to skip.
      if (src === best.source) continue;
      tries++;
      const out = await t.check(src, trace);
      if (out.verdict.kind === 'mismatch' && out.verdict.mismatch === kind) {
        cur = cand;
        best = out;
        continue outer;
      }
    }
    break;
  }
  return { out: best, tries };
}

export async function fuzz<T>(t: Target<T>, opts: FuzzOptions): Promise<Summary> {
  const t0 = performance.now();
  const sum: Summary = { kind: t.kind, seed: opts.seed, runs: 0, ok: 0, traced: 0, skipped: {}, found: [], distinct: [], ms: 0 };
  const seen = new Set<string>();
  const first = opts.only ?? 0;
  const last = opts.only !== undefined ? opts.only + 1 : opts.runs;
  for (let i = first; i < last; i++) {
    const v = generateCase(t.arb, opts.seed, i);
    const src = t.source(v.value);
    const trace = opts.traceEvery > 0 && i % opts.traceEvery === 0;
    if (trace) sum.traced++;
    const out = await t.check(src, trace);
    sum.runs++;
    if (out.verdict.kind === 'ok') sum.ok++;
    else if (out.verdict.kind === 'skip') sum.skipped[out.verdict.reason] = (sum.skipped[out.verdict.reason] ?? 0) + 1;
    else {
      const traceShrink = trace && (out.verdict.mismatch === 'invariant' || out.verdict.mismatch === 'trace-output' || !!out.eng.traced);
      opts.log?.(`case ${i}: ${out.verdict.mismatch}: ${out.verdict.reason.slice(0, 200)}; shrinking...`);
      const { out: small, tries } = await shrink(t, v, out, traceShrink, opts);
      const sig = signature(small.verdict as Verdict & { kind: 'mismatch' });
      const found: Found = { index: i, mismatch: out.verdict.mismatch, original: out, shrunk: small, shrinkTries: tries, signature: sig };
      sum.found.push(found);
      if (!seen.has(sig)) {
        seen.add(sig);
        sum.distinct.push(found);
      }
      opts.log?.(`case ${i}: shrunk in ${tries} tries to ${small.source.split('\n').length} lines: ${(small.verdict as { reason: string }).reason.slice(0, 200)}`);
    }
    if (opts.log && sum.runs % 500 === 0) opts.log(`${sum.runs} cases, ${sum.found.length} mismatches, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  sum.ms = performance.now() - t0;
  return sum;
}

/** The engine against CPython on generated programs. */
export function differentialTarget(engine: Engine, python: Python): Target<Program> {
  return {
    kind: 'differential',
    arb: programArb,
    source: renderProgram,
    async check(source, trace) {
      const [py, eng] = await Promise.all([python.run(source), engine.run(source, MAX_STEPS, trace ? TRACE_STEPS : 0)]);
      return { verdict: judgeDifferential(source, py, eng), source, py, eng };
    },
  };
}

/** The engine alone on hostile input. */
export function robustnessTarget(engine: Engine): Target<RobustCase> {
  return {
    kind: 'robustness',
    arb: robustCaseArb,
    source: robustSource,
    async check(source, trace) {
      const eng = await engine.run(source, MAX_STEPS, trace ? TRACE_STEPS : 0);
      return { verdict: judgeRobustness(source, eng), source, py: null, eng };
    },
  };
}

/**
 * Writes every shrunk mismatch (once per distinct shrunk program) as
 * case-N-MISMATCH.py and case-N-MISMATCH.txt (both outputs side by side). All of
 * them, not one per signature: the signature masks numbers and quoted text, so
 * two bugs can share one.
 */
export function writeFailures(dir: string, sum: Summary): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const sources = new Set<string>();
  for (const f of sum.found) {
    if (sources.has(f.shrunk.source)) continue;
    sources.add(f.shrunk.source);
    const base = join(dir, `case-${f.index}-${f.mismatch}`);
    const o = f.shrunk;
    const v = o.verdict as { reason: string };
    writeFileSync(base + '.py', o.source);
    const eng = o.eng.run;
    const parts = [
      `# ${sum.kind} mismatch (${f.mismatch}): ${v.reason}`,
      `# case ${f.index} of seed ${sum.seed} (replay: npm run fuzz -- --kind ${sum.kind} --seed ${sum.seed} --case ${f.index}), shrunk in ${f.shrinkTries} tries`,
      '',
      '## stdout',
      o.py ? sideBySide(o.py.stdout, eng?.stdout ?? '<no run>') : (eng?.stdout ?? '<no run>'),
      '',
      '## stderr',
      o.py ? sideBySide(o.py.stderr, eng?.stderr ?? '<no run>') : (eng?.stderr ?? '<no run>'),
      '',
      `## exit status: ${o.py ? `python3 ${o.py.status}, ` : ''}engine ${eng?.exitCode ?? (o.eng.hang ? 'hang' : 'none')}`,
    ];
    if (eng?.threw) parts.push('', '## JavaScript error', eng.threw);
    if (o.eng.traced) parts.push('', `## recorded run: ${o.eng.traced.steps} steps, exit ${o.eng.traced.exitCode}, last stderr line ${JSON.stringify(lastLine(o.eng.traced.stderr))}`, ...o.eng.traced.violations, o.eng.traced.threw ?? '');
    writeFileSync(base + '.txt', parts.join('\n') + '\n');
    written.push(base + '.py');
  }
  return written;
}

/** The summary as a few lines of text. */
export function formatSummary(sum: Summary): string {
  const skipped = Object.entries(sum.skipped)
    .map(([r, n]) => `${n} ${r}`)
    .join(', ');
  const kinds = new Map<string, number>();
  for (const f of sum.found) kinds.set(f.mismatch, (kinds.get(f.mismatch) ?? 0) + 1);
  return [
    `${sum.kind}: ${sum.runs} cases (seed ${sum.seed}) in ${(sum.ms / 1000).toFixed(1)} s: ${sum.ok} ok, ${sum.found.length} mismatches (${sum.distinct.length} distinct after shrinking)${sum.found.length ? ' [' + [...kinds].map(([k, n]) => `${k} ${n}`).join(', ') + ']' : ''}; ${sum.traced} recorded and checked step by step${skipped ? `; skipped: ${skipped}` : ''}`,
    ...sum.distinct.map((f) => `  case ${f.index}: ${f.signature.slice(0, 220)}`),
  ].join('\n');
}

/** A found mismatch as text: what differs, the shrunk program, both outputs side by side. */
export function describeFound(kind: string, seed: number, f: Found): string {
  const o = f.shrunk;
  const eng = o.eng.run;
  return [
    `${f.signature}`,
    `case ${f.index} of seed ${seed} (npm run fuzz -- --kind ${kind} --seed ${seed} --case ${f.index}); shrunk program:`,
    o.source.trimEnd(),
    '--- stdout',
    o.py ? sideBySide(o.py.stdout, eng?.stdout ?? '') : (eng?.stdout ?? ''),
    '--- stderr (last lines)',
    o.py ? sideBySide(o.py.stderr.split('\n').slice(-4).join('\n'), (eng?.stderr ?? '').split('\n').slice(-4).join('\n')) : (eng?.stderr ?? '').split('\n').slice(-4).join('\n'),
  ].join('\n');
}
