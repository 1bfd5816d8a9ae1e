/**
 * How a fuzzed run is judged. Differential: the engine must print what CPython
 * prints (stdout byte for byte, the exit status, the last stderr line with
 * addresses masked) and its recording must keep the reference-count invariant.
 * Robustness: whatever the input, the engine ends the Python way: no JavaScript
 * error, stack frame or internal-error text, no hang, a last stderr line shaped
 * like `SomeError: ...` when it fails.
 */
import type { EngineResult, EngineRun } from './engine';
import type { PyRun } from './python';

export type MismatchKind = 'stdout' | 'status' | 'stderr' | 'crash' | 'internal' | 'hang' | 'invariant' | 'trace-output' | 'error-shape';

export type Verdict =
  | { kind: 'ok' }
  | { kind: 'skip'; reason: string }
  | { kind: 'mismatch'; mismatch: MismatchKind; reason: string };

/** A run over this many milliseconds of CPU time is a hang (the 5 s). */
export const HANG_MS = 5000;

/** The last line of `text` without trailing newlines (what `tail -n 1` shows). */
export function lastLine(text: string): string {
  const t = text.replace(/\n+$/, '');
  return t.slice(t.lastIndexOf('\n') + 1);
}

/** Masks what legitimately differs between runs: addresses. */
export function mask(text: string): string {
  return text.replace(/0x[0-9a-fA-F]{6,}/g, '0x…');
}

const STEP_LIMIT = /^Memory Lane stopped the program after [\d,]+ steps \(an infinite loop\?\), at line \d+$/;

/** Text that only a JavaScript failure produces (`word` ones only count when the source does not contain them). */
const JS_TEXT: RegExp[] = [/\n\s+at .*[(:]\d*/, /\bInternalError\b/, /internal error/i, /Cannot read propert/, /Cannot set propert/, /is not a function/, /\[object \w+\]/, /Maximum call stack size exceeded/, /\bRangeError\b/, /\bReferenceError\b/, /Invalid array length/, /BigInt/];
// Not `null` (CPython: 'source code cannot contain null bytes'), nor `NaN` ('cannot convert float NaN to integer').
const JS_WORDS = ['undefined'];

/** Why the text shows a JavaScript failure, or null. Text also in `allowed` (the source, CPython's output) does not count. */
export function jsFailure(text: string, allowed: string): string | null {
  for (const re of JS_TEXT) {
    const m = re.exec(text);
    if (m && !allowed.includes(m[0].trim())) return `JavaScript text ${JSON.stringify(m[0].trim())}`;
  }
  for (const word of JS_WORDS) if (new RegExp(`\\b${word}\\b`).test(text) && !allowed.includes(word)) return `JavaScript word ${JSON.stringify(word)}`;
  return null;
}

/** A Python exception line: `Name`, `Name: message`, or `module.Name: message`. */
const EXCEPTION_LINE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(: .*)?$/;

/**
 * The line of a traceback that names the exception: the first line at column 0
 * after the last indented one (a message may itself span lines), or the first
 * line when nothing is indented.
 */
export function exceptionLine(stderr: string): string {
  const lines = stderr.replace(/\n+$/, '').split('\n');
  let j = -1;
  for (let i = 0; i < lines.length - 1; i++) if (/^\s/.test(lines[i]) && !/^\s/.test(lines[i + 1])) j = i;
  return lines[j + 1] ?? '';
}

/**
 * A run that shows a failure of the engine itself: runProgram threw, JavaScript
 * text in its output, or (robustness, where `python` is null) an error whose
 * traceback does not end in a Python exception line.
 */
function checkEngineRun(run: EngineRun, source: string, label: string, python: PyRun | null): Verdict | null {
  if (run.threw !== null) return { kind: 'mismatch', mismatch: 'crash', reason: `${label}: runProgram threw ${run.threw.split('\n')[0]}` };
  const allowed = source + (python ? python.stdout + python.stderr : '');
  const js = jsFailure(run.stderr, allowed) ?? jsFailure(run.stdout, allowed);
  if (js) return { kind: 'mismatch', mismatch: 'internal', reason: `${label}: ${js}` };
  if (!python && run.exitCode !== 0 && run.errorType !== null) {
    const last = lastLine(run.stderr);
    const exc = exceptionLine(run.stderr);
    if (!STEP_LIMIT.test(last) && !EXCEPTION_LINE.test(exc)) return { kind: 'mismatch', mismatch: 'error-shape', reason: `${label}: the traceback ends in ${JSON.stringify(exc.slice(0, 200))}, not in a Python exception line` };
  }
  return null;
}

/** CPython's compile-time warnings (`FILE:N: SyntaxWarning: "is" with a literal...` and the source line after it): the subset is about stdout and tracebacks. */
export function withoutWarnings(stderr: string): string {
  return stderr.replace(/^[^\n]*:\d+: [A-Za-z]*Warning: [^\n]*\n(?:[ \t][^\n]*\n)*/gm, '');
}

/** The warnings in a stderr text as `LINE: Category: message`, without the file name (each side names its own file). */
export function warningsOf(stderr: string): string[] {
  return [...stderr.matchAll(/^[^\n]*:(\d+): ([A-Za-z]*Warning: [^\n]*)$/gm)].map((m) => `${m[1]}: ${m[2]}`);
}

function checkTraced(eng: EngineResult, source: string, python: PyRun | null): Verdict | null {
  if (eng.traceHang) return { kind: 'mismatch', mismatch: 'hang', reason: 'the recorded run (at most 5,000 steps) did not end within the wall-clock limit' };
  const t = eng.traced;
  if (!t) return null;
  // Recording costs more than running (each step takes a census of the heap): three times the plain limit.
  if (t.recordCpuMs > 3 * HANG_MS) return { kind: 'mismatch', mismatch: 'hang', reason: `recording (${t.steps} steps) ran ${Math.round(t.recordCpuMs)} ms of CPU time` };
  const bad = checkEngineRun(t, source, 'recorded run', python);
  if (bad) return bad;
  if (t.violations.length) return { kind: 'mismatch', mismatch: 'invariant', reason: `reference-count invariant: ${t.violations[0].slice(0, 400)}` };
  const run = eng.run!;
  const stopped = t.errorType === 'StepLimit';
  if (run.errorType === 'StepLimit' && !stopped) return null;
  if (stopped ? !run.stdout.startsWith(t.stdout) : t.stdout !== run.stdout) return { kind: 'mismatch', mismatch: 'trace-output', reason: 'recording the run changed its stdout' };
  if (!stopped && (t.exitCode !== run.exitCode || lastLine(t.stderr) !== lastLine(run.stderr)))
    return { kind: 'mismatch', mismatch: 'trace-output', reason: `recording the run changed how it ended: ${JSON.stringify(lastLine(t.stderr))} vs ${JSON.stringify(lastLine(run.stderr))}` };
  return null;
}

/** Differential: the engine against CPython on one program. */
export function judgeDifferential(source: string, py: PyRun, eng: EngineResult): Verdict {
  if (py.timedOut) return { kind: 'skip', reason: 'python3 timed out' };
  if (py.truncated) return { kind: 'skip', reason: 'python3 printed over 1 MiB' };
  if (py.status === null) return { kind: 'skip', reason: 'python3 was killed' };
  if (/\bMemoryError\b/.test(lastLine(py.stderr))) return { kind: 'skip', reason: 'python3 ran out of memory' };
  if (eng.hang || (eng.run && eng.run.cpuMs > HANG_MS)) {
    // The engine is slower than CPython; only a fast CPython run makes a slow engine a hang.
    return py.ms < 1000 ? { kind: 'mismatch', mismatch: 'hang', reason: `the engine ran over ${HANG_MS / 1000} s, python3 ${Math.round(py.ms)} ms` } : { kind: 'skip', reason: 'slow on both sides' };
  }
  const run = eng.run!;
  const bad = checkEngineRun(run, source, 'engine', py);
  if (bad) return bad;
  if (run.errorType === 'StepLimit') return { kind: 'skip', reason: 'engine step limit' };
  // The engine's documented heap limit (128 MiB as CPython sizes objects; README), not a bug.
  if (/\bMemoryError\b/.test(run.stdout + run.stderr) && !/\bMemoryError\b/.test(py.stdout + py.stderr)) return { kind: 'skip', reason: 'engine heap limit' };
  if (run.stdout !== py.stdout) return { kind: 'mismatch', mismatch: 'stdout', reason: firstDifference(py.stdout, run.stdout) };
  if (run.exitCode !== py.status) return { kind: 'mismatch', mismatch: 'status', reason: `exit status: python3 ${py.status}, engine ${run.exitCode} (${JSON.stringify(lastLine(run.stderr))})` };
  const want = mask(lastLine(withoutWarnings(py.stderr)));
  const got = mask(lastLine(withoutWarnings(run.stderr)));
  if (want !== got) return { kind: 'mismatch', mismatch: 'stderr', reason: `last stderr line: python3 ${JSON.stringify(want)}, engine ${JSON.stringify(got)}` };
  // The compiler's SyntaxWarnings, which both sides give (file names aside).
  const pyWarnings = warningsOf(py.stderr).join(' | ');
  const engineWarnings = warningsOf(run.stderr).join(' | ');
  if (pyWarnings !== engineWarnings) return { kind: 'mismatch', mismatch: 'stderr', reason: `warnings: python3 ${JSON.stringify(pyWarnings).slice(0, 300)}, engine ${JSON.stringify(engineWarnings).slice(0, 300)}` };
  return checkTraced(eng, source, py) ?? { kind: 'ok' };
}

/** Robustness: the engine alone on arbitrary input. */
export function judgeRobustness(source: string, eng: EngineResult): Verdict {
  if (eng.hang) return { kind: 'mismatch', mismatch: 'hang', reason: 'no answer within the wall-clock limit' };
  const run = eng.run!;
  if (run.cpuMs > HANG_MS) return { kind: 'mismatch', mismatch: 'hang', reason: `ran ${Math.round(run.cpuMs)} ms of CPU time` };
  return checkEngineRun(run, source, 'engine', null) ?? checkTraced(eng, source, null) ?? { kind: 'ok' };
}

/** Where two outputs first differ, as `line N: python3 "..." / engine "..."`. */
export function firstDifference(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `stdout line ${i + 1}: python3 ${JSON.stringify(a[i] ?? '<end>').slice(0, 160)}, engine ${JSON.stringify(b[i] ?? '<end>').slice(0, 160)}`;
  }
  return 'stdout differs';
}

/** Two columns, python3 on the left, the engine on the right (or as named); `|` marks lines that differ. */
export function sideBySide(left: string, right: string, names: [string, string] = ['python3', 'engine'], width = 58): string {
  const a = left.split('\n');
  const b = right.split('\n');
  const cut = (s: string) => (s.length > width ? s.slice(0, width - 1) + '…' : s.padEnd(width));
  const rows = [`${cut(names[0])}   ${names[1]}`, `${'-'.repeat(width)}   ${'-'.repeat(width)}`];
  for (let i = 0; i < Math.max(a.length, b.length); i++) rows.push(`${cut(a[i] ?? '')} ${a[i] === b[i] ? ' ' : '|'} ${b[i] ?? ''}`);
  return rows.join('\n');
}
