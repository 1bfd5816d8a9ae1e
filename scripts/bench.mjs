#!/usr/bin/env node
// Times the engine against python3 on the programs in bench/, in one run.
// Each program runs several times per side, each side timed over the same
// work: compile, run, exit (interpreter start-up excluded). The ratio compares
// the best runs, as Python's timeit advises (the machine's noise only ever
// adds time); the medians are printed beside them.
//   npm run bench            a table
//   npm run --silent bench -- --json
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const runs = Number(process.env.BENCH_RUNS ?? 7);
// The engine's runs are spread over several processes, taken in turn
// (python3's runs are one process each).
const enginePasses = Number(process.env.BENCH_ENGINE_PROCESSES ?? 3);

/** Bundles a TypeScript entry point into one ES module for Node. */
function bundle(entry, outfile) {
  buildSync({ entryPoints: [join(root, entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
  return outfile;
}

const out = bundle('src/python/index.ts', join(root, '.cache/bench-engine.mjs'));

// python3 is timed over the same work as the engine's runProgram: compiling
// the source, running it, and the interpreter's exit as Py_FinalizeEx does it
// for __main__ (a collection while the module is alive, then the module's
// globals dropped and collected). Process start-up is excluded on both sides.
// With a second argument, the run has an empty sys.settrace hook (a local trace
// function that does nothing), the cost every Python tracer starts from.
const PY_TIMER = `
import sys, time, io, contextlib, gc
path = sys.argv[1]
hooked = len(sys.argv) > 2
src = open(path).read()
buf = io.StringIO()
def hook(frame, event, arg):
    return hook
t = time.perf_counter()
with contextlib.redirect_stdout(buf):
    code = compile(src, path, 'exec')
    ns = {'__name__': '__main__'}
    if hooked: sys.settrace(hook)
    exec(code, ns)
    sys.settrace(None)
    gc.collect()
    del ns, code
    gc.collect()
print((time.perf_counter() - t) * 1000)
`;
function best(xs) {
  return Math.min(...xs);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timePythonOnce(file, hooked = false) {
  return Number(execFileSync('python3', ['-c', PY_TIMER, file, ...(hooked ? ['hooked'] : [])], { encoding: 'utf8' }).trim());
}

// The engine side runs in child processes of its own per program, as python3
// does, so one program's type feedback does not shape the JIT's code for the
// next.
const ENGINE_TIMER = `
import { readFileSync } from 'node:fs';
const [bundle, file, runs] = process.argv.slice(1);
const { runProgram } = await import(bundle);
const src = readFileSync(file, 'utf8');
const xs = [];
for (let i = 0; i < Number(runs); i++) {
  const out = [];
  const ctx = { writeOut: (t) => out.push(t), writeErr: (t) => out.push(t), readLine: () => null, filename: file, recursionLimit: 1000 };
  const t = performance.now();
  const r = runProgram(src, { filename: file, context: ctx });
  xs.push(performance.now() - t);
  if (r.exitCode !== 0) throw new Error(file + ' failed under the engine: ' + out.join(''));
}
console.log(JSON.stringify(xs));
`;

function timeEngineProcess(file) {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', ENGINE_TIMER, pathToFileURL(out).href, file, String(runs)], { encoding: 'utf8' }));
}

/**
 * python3's runs (without and with the settrace hook) and the engine's, in
 * `enginePasses` rounds: each round runs python3 `runs` times each way, then
 * one engine process `runs` times. This machine's speed drifts by up to 2x
 * over seconds, so both sides are spread over the same stretch of time.
 */
function timeBoth(file) {
  const py = [];
  const pyHooked = [];
  const eng = [];
  for (let p = 0; p < enginePasses; p++) {
    for (let i = 0; i < runs; i++) py.push(timePythonOnce(file));
    for (let i = 0; i < runs; i++) pyHooked.push(timePythonOnce(file, true));
    eng.push(...timeEngineProcess(file));
  }
  return { py, pyHooked, eng };
}

// Tracing: one recorded run per program in its own process (with --expose-gc, so the
// memory kept per step is measured after a collection), then 1,000 seeks to random
// steps. A run that cannot finish in TRACE_TIMEOUT_MS is reported as such, not waited for.
const traceOut = bundle('src/trace/trace-run.ts', join(root, '.cache/bench-trace.mjs'));
const TRACE_TIMEOUT_MS = Number(process.env.BENCH_TRACE_TIMEOUT_MS ?? 240_000);
const TRACE_TIMER = `
import { readFileSync } from 'node:fs';
const [bundle, file] = process.argv.slice(1);
const { traceProgram } = await import(bundle);
const src = readFileSync(file, 'utf8');
traceProgram('x = 1\\n');
globalThis.gc();
// The recording keeps its columns in typed arrays, whose memory lies outside the JS heap: both count.
const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
const before = used();
const t = performance.now();
const { recording, result } = traceProgram(src, { filename: file, maxSteps: 5_000_000 });
const traced = performance.now() - t;
if (result.exitCode !== 0) throw new Error(file + ' failed under the recorder');
globalThis.gc();
// V8 frees array buffers' memory on a background thread: measured once what was freed is gone.
await new Promise((r) => setTimeout(r, 200));
globalThis.gc();
const bytes = (used() - before) / recording.length;
// (Printed before the seeks, so a run whose seeks overrun the limit still reports its recording.)
console.log(JSON.stringify({ steps: recording.length, traced_ms: traced, bytes_per_step: bytes }));
const seeks = [];
for (let k = 0; k < 1000; k++) {
  const i = Math.floor(Math.random() * recording.length);
  const s = performance.now();
  recording.snapshot(i);
  seeks.push(performance.now() - s);
}
seeks.sort((a, b) => a - b);
console.log(JSON.stringify({ seek_p50_ms: seeks[499], seek_p99_ms: seeks[989] }));
`;

function traceEngine(file) {
  const none = { steps: null, traced_ms: null, bytes_per_step: null, seek_p50_ms: null, seek_p99_ms: null };
  const parsed = (out) => Object.assign({}, none, ...String(out ?? '').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)));
  try {
    return parsed(
      execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--input-type=module', '-e', TRACE_TIMER, pathToFileURL(traceOut).href, file], {
        encoding: 'utf8',
        timeout: TRACE_TIMEOUT_MS,
      }),
    );
  } catch (e) {
    const got = parsed(e.stdout);
    const what = got.steps === null ? 'the recording' : 'the 1,000 seeks';
    return { ...got, traced_error: e.signal === 'SIGTERM' ? `${what} did not finish in ${TRACE_TIMEOUT_MS / 1000} s` : String(e.message).split('\n')[0] };
  }
}

const round = (x, d = 1) => (x === null ? null : +x.toFixed(d));
const programs = [];
for (const name of readdirSync(join(root, 'bench')).filter((n) => n.endsWith('.py')).sort()) {
  const file = join(root, 'bench', name);
  const { py, pyHooked, eng } = timeBoth(file);
  const tr = traceEngine(file);
  programs.push({
    name: name.replace(/\.py$/, ''),
    steps: tr.steps,
    python3_ms: +best(py).toFixed(1),
    python3_settrace_ms: +best(pyHooked).toFixed(1),
    engine_ms: +best(eng).toFixed(1),
    traced_ms: round(tr.traced_ms),
    bytes_per_step: round(tr.bytes_per_step, 0),
    seek_p50_ms: round(tr.seek_p50_ms, 3),
    seek_p99_ms: round(tr.seek_p99_ms, 3),
    ...(tr.traced_error ? { traced_error: tr.traced_error } : {}),
    ratio: +(best(eng) / best(py)).toFixed(2),
    python3_median_ms: +median(py).toFixed(1),
    engine_median_ms: +median(eng).toFixed(1),
  });
}

// The parser alone: a 10,000-line program made of the conformance corpus (best of the runs, in this process).
const parserOut = bundle('src/python/parser.ts', join(root, '.cache/bench-parser.mjs'));
const { parse } = await import(pathToFileURL(parserOut).href);
const corpusDir = join(root, 'tests/conformance');
const units = readdirSync(corpusDir)
  .filter((n) => n.endsWith('.py'))
  .sort()
  .map((n) => readFileSync(join(corpusDir, n), 'utf8'));
let bigSource = '';
for (let i = 0, lines = 0; lines < 10000; i++) {
  bigSource += units[i % units.length] + '\n';
  lines = bigSource.split('\n').length - 1;
}
const parseTimes = [];
for (let i = 0; i < runs + 3; i++) {
  const t = performance.now();
  parse(bigSource, 'big.py');
  parseTimes.push(performance.now() - t);
}
const parse_ms = +best(parseTimes.slice(3)).toFixed(1);

if (json) console.log(JSON.stringify({ runs: runs * enginePasses, engine_processes: enginePasses, programs, parse_10k_lines_ms: parse_ms }));
else {
  console.log(`best of ${runs * enginePasses} runs each (median in brackets): compile, run and exit, start-up excluded; in ${enginePasses} rounds of ${runs} python3 runs (one process each) and one engine process running ${runs} times`);
  console.log('program        python3 ms        engine ms          ratio');
  for (const p of programs)
    console.log(
      `${p.name.padEnd(14)} ${`${p.python3_ms} (${p.python3_median_ms})`.padStart(16)} ${`${p.engine_ms} (${p.engine_median_ms})`.padStart(16)} ${String(p.ratio).padStart(7)}x`,
    );
  console.log('\ntraced (one recorded run; python3 with an empty sys.settrace hook beside it)');
  console.log('program          steps   python3+settrace ms   traced ms   bytes/step   seek p50/p99 ms');
  for (const p of programs)
    console.log(
      `${p.name.padEnd(14)} ${String(p.steps ?? '-').padStart(8)} ${String(p.python3_settrace_ms).padStart(20)} ${String(p.traced_ms ?? p.traced_error).padStart(11)} ${String(p.bytes_per_step ?? '-').padStart(12)}   ${p.seek_p50_ms ?? '-'} / ${p.seek_p99_ms ?? '-'}`,
    );
  console.log(`parsing a 10,000-line program: ${parse_ms} ms (best of ${runs}, after 3 warm-up runs)`);
}
