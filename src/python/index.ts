/**
 * The engine's entry point: parse, compile and run a program with fresh
 * interpreter state, writing its output through the given context. Knows
 * nothing of the browser or of Node: the CLI and the Web Worker both call this.
 */
import { bufferedContext, setContext, type RunContext } from './context';
import { PyThrow } from './errors';
import { decref, heap, Memory, setHeap } from './memory';
import { Flag, PyObject } from './object';
import { parse } from './parser';
import { formatSyntaxError, PythonSyntaxError } from './syntax-error';
import { compileModule } from './compiler/compiler';
import type { Pos } from './ast';
import { formatSyntaxWarning } from './compiler/syntax-warnings';
import { flushStdout } from './stdout-pending';
import { installRuntime, InternalError } from './runtime';
import { newModule, type PyModule } from './types/module';
import { SystemExit, PyException } from './types/exception';
import { None } from './types/none';
import { intern } from './types/str';
import { PyInt } from './types/int';
import { Frame } from './vm/frame';
import { StepLimitReached, stepBudget } from './vm/step-limit';
import { env, runToEnd } from './vm/call';
import { hooks, runtime, type Tracer } from './vm/state';
import { DEFAULT_REENTRY_LIMIT } from './vm/recursion-guard';
import { formatTraceback, exceptionLine } from './vm/traceback';
import { atExit, collectBeforeShutdown, memoryHooks, newBuiltinsDict, resetServices, setSourceLines } from './session';

/** How a run ended. */
export interface RunResult {
  /** Process-style exit status: 0 ok, 1 uncaught exception or syntax error. */
  exitCode: number;
  /**
   * For an uncaught exception or syntax error: its last line and the line it happened
   * on; for an exception, also the columns its traceback underlines there (0-based,
   * `endCol` null when the range runs past the line), when it has any.
   */
  error: { type: string; message: string; line: number; col?: number; endCol?: number | null } | null;
  /** The compiler's SyntaxWarnings, each with the range of the code it is about (lines 1-based, columns 0-based). */
  warnings?: SyntaxWarningAt[];
}

/** A SyntaxWarning and where it points. */
export interface SyntaxWarningAt {
  message: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** Options for one run. */
export interface RunOptions {
  filename?: string;
  stdin?: string;
  context?: RunContext;
  tracer?: Tracer | null;
  /** MemoryError past this many bytes of objects as CPython sizes them (MAX_HEAP_BYTES by default). */
  maxHeapBytes?: number;
  /** End the run with a clear message after this many steps (line, call, return and exception events); unlimited when absent. */
  maxSteps?: number;
  /**
   * RecursionError past this many Python functions run by native code at once
   * (DEFAULT_REENTRY_LIMIT by default, sized for a browser worker's stack; the
   * CLI's 16 MB stack holds CPython's own limits).
   */
  reentryLimit?: number;
}

/** Runs a whole program; never throws for anything the program does. */
export function runProgram(source: string, opts: RunOptions = {}): RunResult {
  const warnings: SyntaxWarningAt[] = [];
  const result = run(source, opts, warnings);
  return warnings.length > 0 ? { ...result, warnings } : result;
}

/** runProgram, the compiler's warnings going to `warnings` as well as to stderr. */
function run(source: string, opts: RunOptions, warnings: SyntaxWarningAt[]): RunResult {
  installRuntime();
  const filename = opts.filename ?? '<string>';
  const c = opts.context ?? bufferedContext(opts.stdin ?? '', filename);
  setContext(c);
  const mem = new Memory(memoryHooks());
  if (opts.maxHeapBytes !== undefined) mem.setLimit(opts.maxHeapBytes);
  setHeap(mem);
  opts.tracer?.attach?.(mem);
  resetServices();
  runtime.handled = null;
  runtime.current = null;
  runtime.depth = 0;
  runtime.reentries = 0;
  runtime.reentryLimit = opts.reentryLimit ?? DEFAULT_REENTRY_LIMIT;
  runtime.lent.length = 0;
  hooks.tracer = opts.maxSteps === undefined ? (opts.tracer ?? null) : stepBudget(opts.maxSteps, opts.tracer ?? null);
  const lines = new Map([[filename, source.split(/\r?\n/)]]);
  setSourceLines(lines);
  let code;
  const literals: PyObject[] = [];
  runtime.literals = literals;
  try {
    const warn = (at: Pos, message: string) => {
      warnings.push({ message, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol });
      c.writeErr(formatSyntaxWarning(filename, at.line, message, lines.get(filename)![at.line - 1]));
    };
    code = compileModule(parse(source, filename), filename, literals, warn);
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      if (!e.filename) e.filename = filename;
      c.writeErr(formatSyntaxError(e));
      return { exitCode: 1, error: { type: e.pyType, message: e.msg, line: e.line } };
    }
    if (e instanceof PyThrow) return uncaught(c, e.exc, lines);
    return internal(c, e, 0);
  }
  const builtins = newBuiltinsDict();
  env.builtins = builtins;
  const mod = newModule('__main__');
  const g = mod.dict;
  setName(g, '__name__', intern('__main__'));
  setName(g, '__builtins__', builtins);
  g.set(intern('__doc__'), None);
  const frame = new Frame(code, null, g, builtins, g);
  decref(code);
  // What CPython makes on first use (hidden-allocs.ts) counts from the program's start.
  mem.onceMade = 0;
  try {
    const r = runToEnd(frame);
    decref(r);
    releaseAll(literals);
    // flush_io: what print() left pending goes out as soon as the program ends.
    flushStdout();
    finalizeMain(mod, c);
    return { exitCode: 0, error: null };
  } catch (e) {
    if (e instanceof PyThrow) {
      flushStdout();
      const result = uncaught(c, e.exc, lines);
      releaseAll(literals);
      try {
        // Like sys.last_value, the exception (and the frames of its traceback) lives until shutdown starts.
        finalizeMain(mod, c, e.exc);
      } catch (late) {
        // The __del__ methods shutdown runs can still reach the step limit.
        return endedByEngine(c, late, frame.line);
      }
      return result;
    }
    return endedByEngine(c, e, frame.line);
  } finally {
    hooks.tracer = null;
    void heap;
  }
}

/** How a run ends when the engine, not Python, stops it: the step limit, an internal error, or a bug. */
function endedByEngine(c: RunContext, e: unknown, line: number): RunResult {
  if (e instanceof StepLimitReached) {
    c.writeErr(e.message + '\n');
    return { exitCode: 1, error: { type: 'StepLimit', message: e.message, line: e.line } };
  }
  if (e instanceof InternalError) {
    c.writeErr(e.message + '\n');
    return { exitCode: 1, error: { type: 'InternalError', message: e.message, line } };
  }
  return internal(c, e, line);
}

/**
 * Interpreter shutdown as CPython 3.11's Py_FinalizeEx does it for __main__: a
 * collection while the module is alive (if enabled), then finalize_modules:
 * sys.modules lets go of the module, which frees it and drops its globals dict.
 * A dict no function or class refers to dies at once, releasing its entries in
 * insertion order; one in a cycle (any `def` or `class` at the top level puts it
 * in one, through `__globals__`) waits for the collection that follows, which runs
 * every `__del__` among the garbage in the collector's order before clearing any
 * of it. A dict still alive after that is cleared the way _PyModule_Clear clears
 * a module that outlived the collection: names set to None in insertion order.
 */
function finalizeMain(mod: PyModule, c: RunContext, lastValue: PyObject | null = null): void {
  const g = mod.dict;
  try {
    // Py_FinalizeEx collects once with __main__ alive (when enabled); the survivors keep the order it leaves them in.
    collectBeforeShutdown();
    // finalize_modules_delete_special: sys.last_value goes first.
    if (lastValue !== null) {
      const last = lastValue;
      lastValue = null;
      decref(last);
    }
    decref(mod);
    atExit();
    if (g.flags & Flag.Freed) return;
    for (const [k, v] of [...g.entries()]) {
      if (v === None || (k as import('./types/str').PyStr).v === '__builtins__') continue;
      g.set(k, None);
    }
    atExit();
  } catch (e) {
    if (lastValue !== null) decref(lastValue);
    if (e instanceof PyThrow) decref(e.exc);
    else if (e instanceof InternalError) c.writeErr(e.message + '\n');
    else throw e;
  }
}

function releaseAll(objs: PyObject[]): void {
  for (const o of objs) decref(o);
  objs.length = 0;
}

function setName(d: import('./types/dict').PyDict, name: string, v: PyObject): void {
  const k = intern(name);
  d.set(k, v);
  decref(k);
  decref(v);
}

function uncaught(c: RunContext, exc: PyException, lines: Map<string, string[]>): RunResult {
  if (exc.type.isSubtype(SystemExit)) {
    const args = (exc.args as unknown as { items: PyObject[] }).items;
    const code = args.length ? args[0] : None;
    if (code === None) return { exitCode: 0, error: null };
    if (code instanceof PyInt) return { exitCode: code.v, error: null };
    c.writeErr(exceptionLine(exc).replace(/^SystemExit: /, '') + '\n');
    return { exitCode: 1, error: null };
  }
  let text: string;
  try {
    text = formatTraceback(exc, lines);
  } catch {
    text = `${exc.type.name}\n`;
  }
  c.writeErr(text);
  const last = exc.traceback[exc.traceback.length - 1];
  const lastLine = text.trimEnd().split('\n').pop() ?? exc.type.name;
  const colon = lastLine.indexOf(': ');
  return {
    exitCode: 1,
    error: {
      type: colon >= 0 ? lastLine.slice(0, colon) : lastLine,
      message: colon >= 0 ? lastLine.slice(colon + 2) : '',
      line: last ? last.line : 0,
      ...(last && last.col >= 0 ? { col: last.col, endCol: last.endLine === last.line ? last.endCol : null } : {}),
    },
  };
}

function internal(c: RunContext, e: unknown, line: number): RunResult {
  const msg = e instanceof Error ? e.message : String(e);
  const text = `InternalError: the engine failed at line ${line}: ${msg}`;
  c.writeErr(text + '\n');
  return { exitCode: 1, error: { type: 'InternalError', message: text, line } };
}
