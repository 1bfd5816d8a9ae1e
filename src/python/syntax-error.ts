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
  /**
   * True for errors CPython's tokenizer raises itself, whose offsets it counts
   * in characters when running a file; the parser's and compiler's count UTF-8
   * bytes there, which formatSyntaxError reproduces (carets shift right on
   * lines with non-ASCII text, exactly as CPython 3.11 prints them).
   */
  charOffsets = false;

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

/** Code point count of a JS string prefix: CPython reports error columns in characters. */
export function charColumn(lineText: string, unitCol: number): number {
  let n = 0;
  for (let i = 0; i < unitCol && i < lineText.length; i++) {
    const c = lineText.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < unitCol) i++;
    n++;
  }
  return n + Math.max(0, unitCol - lineText.length);
}

// The compiler raises errors from AST nodes, which carry no source text; the
// parser remembers the last few sources per file name so that those errors can
// still show their line the way CPython does.
const recentSources = new Map<string, { source: string; lines: string[] | null }>();

/** Records a file's source so later errors in it can quote their line (called by parse()). */
export function rememberSource(filename: string, source: string): void {
  recentSources.delete(filename);
  recentSources.set(filename, { source, lines: null });
  if (recentSources.size > 8) recentSources.delete(recentSources.keys().next().value as string);
}

function sourceLine(filename: string, line: number): string {
  const entry = recentSources.get(filename || '<string>');
  if (!entry) return '';
  const lines = (entry.lines ??= entry.source.replace(/\r\n?/g, '\n').split('\n'));
  return line >= 1 && line <= lines.length ? lines[line - 1] : '';
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
  // CPython prints the end of the range only for SyntaxError itself, not its subclasses.
  const ranged = e.pyType === 'SyntaxError' || e.pyType === 'NotImplementedError';
  if (text !== '') {
    const col = e.charOffsets ? e.col : byteOffset(text, e.col);
    const endText = e.endLine === e.line ? text : sourceLine(filename, e.endLine);
    const endCol = e.charOffsets ? e.endCol : byteOffset(endText, e.endCol);
    out += errorText(text, e.line, col, ranged ? e.endLine : e.line, ranged ? endCol : -1);
  }
  return out + `${e.pyType}: ${e.msg}\n`;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** A 1-based character offset into `text` as CPython's 1-based UTF-8 byte offset. */
function byteOffset(text: string, col: number): number {
  if (col <= 0) return col;
  const chars = Array.from(text);
  return utf8Length(chars.slice(0, col - 1).join('')) + 1 + Math.max(0, col - 1 - chars.length);
}

// CPython's print_error_text works on the UTF-8 bytes of the line.
function errorText(text: string, line: number, offset: number, endLine: number, endOffset: number): string {
  const lineSize = utf8Length(text) + 1;
  if (endLine > line) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let start = 0;
  let off = offset - 1;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t' || text[start] === '\f')) {
    start++;
    off--;
  }
  const shown = text.slice(start);
  const len = utf8Length(shown);
  if (off > len) off = len;
  let out = `    ${shown}\n`;
  if (off < 0) return out;
  out += '    ' + ' '.repeat(off) + '^'.repeat(carets) + '\n';
  return out;
}
