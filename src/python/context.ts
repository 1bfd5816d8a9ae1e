/**
 * Per-run I/O and limits, read by builtins such as print() and input(). One run
 * at a time per JS thread (the CLI and the Web Worker each run one program).
 */

/** What the running program talks to. */
export interface RunContext {
  /** Appends to stdout. */
  writeOut(text: string): void;
  /** Appends to stderr. */
  writeErr(text: string): void;
  /** Next line of stdin without its newline, or null at end of input. */
  readLine(): string | null;
  /** Name shown in tracebacks (`File "NAME", line N`). */
  filename: string;
  /** sys.getrecursionlimit(). */
  recursionLimit: number;
}

/** Makes a context that reads from a fixed stdin text and collects output. */
export function bufferedContext(stdin = '', filename = '<string>'): RunContext & { out: string[]; err: string[] } {
  const lines = stdin.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  let next = 0;
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    writeOut: (t) => void out.push(t),
    writeErr: (t) => void err.push(t),
    readLine: () => (next < lines.length ? lines[next++] : null),
    filename,
    recursionLimit: 1000,
  };
}

/** The context of the run in progress. */
export let ctx: RunContext = bufferedContext();

/** Installs the context for a new run. */
export function setContext(c: RunContext): void {
  ctx = c;
}
