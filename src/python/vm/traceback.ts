/**
 * Formats an uncaught exception the way CPython's default hook prints it:
 * chained causes and contexts first, then "Traceback (most recent call last):",
 * one `File "...", line N, in NAME` per frame with its source line, and the
 * last line `Type: message`.
 */
import { PyThrow } from '../errors';
import { PyObject } from '../object';
import { repr, str, userStr } from '../ops';
import { KeyError, PyException, type TracebackEntry } from '../types/exception';
import { PyTuple } from '../types/tuple';
import { suggest } from './suggestions';
import { caretLine } from './traceback-carets';

/**
 * The text after `TypeName: ` for an exception (str(exc)). When that raises (a
 * `__str__`, or an argument's `__repr__`), CPython's print_exception clears the error
 * at once (freeing what it held, an AttributeError's `obj` too) and prints a stand-in.
 */
export function exceptionMessage(e: PyException): string {
  try {
    return messageOf(e);
  } catch (err) {
    if (!(err instanceof PyThrow)) throw err;
    err.drop();
    return '<exception str() failed>';
  }
}

function messageOf(e: PyException): string {
  const args = (e.args as PyTuple).items;
  if (userStr(e.type) !== null) return str(e);
  if (args.length === 0) return '';
  if (args.length === 1) return e.type.isSubtype(KeyError) ? repr(args[0]) : str(args[0]);
  return repr(e.args);
}

/** `Type: message` (or just `Type`) as the last traceback line shows it. */
export function exceptionLine(e: PyException): string {
  const t = e.type;
  const mod = t.module === 'builtins' || t.module === '__main__' ? '' : t.module + '.';
  const msg = exceptionMessage(e);
  return msg === '' ? mod + t.name : `${mod}${t.name}: ${msg}`;
}

/** CPython 3.11's ". Did you mean: 'x'?" for an uncaught NameError or AttributeError. */
function hintText(e: PyException): string {
  if (e.hint === null) return '';
  try {
    for (const group of e.hint.candidates()) {
      const s = suggest(group, e.hint.name);
      if (s !== null) return `. Did you mean: '${s}'?`;
    }
  } catch {
    return '';
  }
  return '';
}

/** The whole traceback text for an uncaught exception. */
export function formatTraceback(e: PyException, sourceLines: Map<string, string[]>): string {
  const seen = new Set<PyObject>();
  const parts: string[] = [];
  const walk = (x: PyException): void => {
    seen.add(x);
    if (x.cause instanceof PyException && !seen.has(x.cause)) {
      walk(x.cause);
      parts.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (x.context instanceof PyException && !x.suppressContext && !seen.has(x.context)) {
      walk(x.context);
      parts.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    parts.push(formatOne(x, sourceLines));
  };
  walk(e);
  return parts.join('');
}

/** Entries a traceback prints at most, the last ones (CPython's PyTraceBack_LIMIT, sys.tracebacklimit's default). */
const TRACEBACK_LIMIT = 1000;

/** The same entry printed this many times in a row at most; then one line says how many more (traceback.c's TB_RECURSIVE_CUTOFF). */
const RECURSIVE_CUTOFF = 3;

function repeatedLine(count: number): string {
  const more = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
}

function formatOne(e: PyException, sourceLines: Map<string, string[]>): string {
  let out = '';
  if (e.traceback.length) {
    out += 'Traceback (most recent call last):\n';
    let last: TracebackEntry | null = null;
    let count = 0;
    for (const tb of e.traceback.slice(-TRACEBACK_LIMIT)) {
      if (last === null || tb.filename !== last.filename || tb.line !== last.line || tb.name !== last.name) {
        if (count > RECURSIVE_CUTOFF) out += repeatedLine(count);
        last = tb;
        count = 0;
      }
      if (++count > RECURSIVE_CUTOFF) continue;
      out += `  File "${tb.filename}", line ${tb.line}, in ${tb.name}\n`;
      const src = sourceLines.get(tb.filename)?.[tb.line - 1];
      if (src !== undefined && src.trim() !== '') {
        // Only the indentation goes (display_source_line): a trailing blank stays, and the carets count it.
        out += `    ${src.replace(/^[ \t\f]+/, '')}\n`;
        const carets = caretLine(src, tb);
        if (carets !== null) out += carets + '\n';
      }
    }
    if (count > RECURSIVE_CUTOFF) out += repeatedLine(count);
  }
  return out + exceptionLine(e) + hintText(e) + '\n';
}

/** Where a frame is: the file, line and function a traceback entry names. */
export interface FramePlace {
  filename: string;
  line: number;
  name: string;
  /** The instruction's source range, for the carets (-1: none known). */
  col: number;
  endLine: number;
  endCol: number;
}

/**
 * PyErr_WriteUnraisable's report (an exception from __del__ or from closing
 * a generator while it is freed): "Exception ignored in: WHAT", then the
 * exception alone, without the ones chained to it; an exception that never
 * passed through a frame is shown at the frame that was running (`current`).
 */
export function formatUnraisable(what: string, e: PyException, sourceLines: Map<string, string[]>, current: FramePlace | null): string {
  const saved = e.traceback;
  if (saved.length === 0 && current !== null) e.traceback = [{ ...current }];
  try {
    return `Exception ignored in: ${what}\n` + formatOne(e, sourceLines);
  } finally {
    e.traceback = saved;
  }
}
