/**
 * The error every front-end stage (lexer, parser, compiler checks) throws for a
 * program it cannot accept, and CPython's way of printing it.
 *
 * Positions follow CPython's SyntaxError attributes so the text printed by
 * `formatSyntaxError` matches `python3 prog.py` byte for byte: `col` and
 * `endCol` are 1-based, counted in characters (code points) of `lineText`;
 * `endCol` may be -1 or 0 where CPython reports those ("no end").
 */

/** The Python exception class the error stands for. */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError' | 'NotImplementedError';

/** A program rejected before it runs. */
export class PythonSyntaxError extends Error {
  /** The source line the error points at, without its newline ('' when unknown). */
  lineText: string;

  constructor(
    public pyType: SyntaxErrorType,
    /** CPython's message, e.g. "expected ':'". */
    public msg: string,
    public filename: string,
    /** 1-based line. */
    public line: number,
    /** 1-based column as CPython's SyntaxError.offset (0 when unknown). */
    public col: number,
    public endLine: number = line,
    public endCol: number = -1,
    lineText?: string,
  ) {
    super(`${msg} (${filename || '<string>'}, line ${line})`);
    this.name = pyType;
    this.lineText = lineText ?? sourceLine(filename, line);
  }
}

// The compiler raises errors from AST nodes, which carry no source text; the
// parser remembers the last few sources per file name so that those errors can
// still show their line the way CPython does.
const recentSources = new Map<string, string[]>();

/** Records a file's source so later errors in it can quote their line (called by parse()). */
export function rememberSource(filename: string, lines: string[]): void {
  recentSources.delete(filename);
  recentSources.set(filename, lines);
  if (recentSources.size > 8) recentSources.delete(recentSources.keys().next().value as string);
}

function sourceLine(filename: string, line: number): string {
  const lines = recentSources.get(filename || '<string>');
  return lines && line >= 1 && line <= lines.length ? lines[line - 1] : '';
}

/**
 * The text CPython 3.11 writes to stderr for an uncaught SyntaxError (its C
 * `print_exception` / `print_error_text`): the file and line, the source line
 * with leading blanks stripped, a caret line, then `Type: message`.
 */
export function formatSyntaxError(e: PythonSyntaxError): string {
  const filename = e.filename || '<string>';
  let out = `  File "${filename}", line ${e.line}\n`;
  const text = e.lineText || sourceLine(filename, e.line);
  if (text !== '') out += errorText(text, e.line, e.col, e.endLine, e.endCol);
  return out + `${e.pyType}: ${e.msg}\n`;
}

function errorText(rawText: string, line: number, offset: number, endLine: number, endOffset: number): string {
  const chars = Array.from(rawText);
  // CPython's text still has its newline, and its size bounds the caret run.
  const lineSize = chars.length + 1;
  if (endLine > line) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let start = 0;
  let off = offset - 1;
  while (start < chars.length && (chars[start] === ' ' || chars[start] === '\t' || chars[start] === '\f')) {
    start++;
    off--;
  }
  const shown = chars.slice(start).join('');
  if (off > chars.length - start) off = chars.length - start;
  let out = `    ${shown}\n`;
  if (off < 0) return out;
  out += '    ' + ' '.repeat(off) + '^'.repeat(carets) + '\n';
  return out;
}
