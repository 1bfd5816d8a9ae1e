/**
 * The parser's shared state: the token cursor, node positions and error
 * raising. Grammar rules live in parse-stmt.ts, parse-expr.ts,
 * parse-display.ts, parse-args.ts and parse-string.ts as functions over it.
 *
 * Error positions follow CPython 3.11's pegen: a generic "invalid syntax"
 * points at the token where parsing failed; specific messages point at the
 * node or token CPython's `invalid_*` grammar rules name.
 */
import type { Expr, Pos } from './ast';
import { charColumn, PythonSyntaxError, type SyntaxErrorType } from './syntax-error';
import type { Token, TokenSource } from './tokens';

/** Where a parse of an f-string's `{expression}` sits in the real source. */
export interface FStringFrame {
  /** Column the sub-source's first line is shifted by (CPython's starting_col_offset). */
  shift: number;
  /** Line of the real source holding the sub-source's first line. */
  firstLine: number;
  /** The sub-source "(expr)" split in lines: CPython quotes these in the error. */
  lines: string[];
  /** The real file's lines, for errors that are ours rather than CPython's (unsupported features). */
  fileLines: () => string[];
}

/** Something with a start position. */
export type Start = { line: number; col: number };

/** Bounded recursion so no input can overflow the JS stack (brackets are already capped at 200 by the lexer). */
const MAX_DEPTH = 1200;

/** Token cursor and error helpers shared by every grammar rule. */
export class Parser {
  /** Absolute index of the current token. */
  i = 0;
  /** The current token (token `i`), kept here because every rule asks for it many times. */
  tok: Token;
  /** The last token consumed. */
  prev: Token | null = null;
  /** End of the last consumed token: the end of whatever node is being finished. */
  endLine = 1;
  endCol = 0;
  /** Bracket nesting of the cursor. */
  level = 0;
  /** Nodes written inside their own parentheses (`(a) = 1`, `(a): int`); made on first use. */
  private parens: Set<object> | null = null;
  /** Tuples written without parentheses (`a, b = ...`), which CPython treats differently in diagnostics. */
  private bare: Set<object> | null = null;
  /** Number of `yield`s parsed so far. */
  yields = 0;
  /** Statements with a `yield` somewhere inside: the only ones whose expressions the compile-time checks walk. */
  private yieldStmts: Set<object> | null = null;
  /**
   * The first error CPython's symbol table would raise (duplicate parameter):
   * reported only if the whole file parses, since parse errors come first.
   */
  symbolError: PythonSyntaxError | null = null;
  /** Furthest token index looked at, and its line: CPython's "last token read", which decides some error priorities. */
  furthest = 0;
  furthestLine = 1;
  /** Recursion depth of the rules that can nest without brackets. */
  private depth = 0;

  constructor(
    readonly lex: TokenSource,
    readonly filename: string,
    readonly fstring: FStringFrame | null = null,
  ) {
    this.tok = lex.at(0);
  }

  // ---------------------------------------------------------------- cursor

  peek(n = 1): Token {
    return this.lex.at(this.i + n);
  }

  /** The token at absolute index `i` (still held: the current statement's). */
  tokAt(i: number): Token {
    return this.lex.at(i);
  }

  /** Lets the token source drop what is before the cursor (between statements). */
  dropConsumed(): void {
    this.lex.trim(this.i);
  }

  next(): Token {
    const t = this.tok;
    if (t.kind === 'ERRORTOKEN') this.failAt(t);
    if (t.kind !== 'ENDMARKER') this.tok = this.lex.at(++this.i);
    this.prev = t;
    if (this.i > this.furthest) {
      this.furthest = this.i;
      this.furthestLine = this.tok.line;
    }
    if (t.kind === 'NEWLINE' || t.kind === 'INDENT' || t.kind === 'DEDENT' || t.kind === 'ENDMARKER') return t;
    // A node ends at its last token that is not layout (CPython's last non-whitespace token).
    this.endLine = t.endLine;
    this.endCol = t.endCol;
    if (t.kind === 'OP') {
      const v = t.value;
      if (v === '(' || v === '[' || v === '{') this.level++;
      else if (v === ')' || v === ']' || v === '}') this.level--;
    }
    return t;
  }

  /** Moves the cursor back to a saved index (for the few rules that need to look ahead). */
  reset(i: number, level: number, endLine: number, endCol: number): void {
    this.i = i;
    this.tok = this.lex.at(i);
    this.level = level;
    this.endLine = endLine;
    this.endCol = endCol;
  }

  /** Runs `fn` and rewinds the cursor if it raises; returns null then. Used only to diagnose errors. */
  attempt<T>(fn: () => T): T | null {
    const { i, level, endLine, endCol } = this;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      this.reset(i, level, endLine, endCol);
      return null;
    }
  }

  isOp(v: string, t: Token = this.tok): boolean {
    return t.kind === 'OP' && t.value === v;
  }

  isKw(v: string, t: Token = this.tok): boolean {
    return t.kind === 'KEYWORD' && t.value === v;
  }

  eatOp(v: string): Token | null {
    return this.isOp(v) ? this.next() : null;
  }

  eatKw(v: string): Token | null {
    return this.isKw(v) ? this.next() : null;
  }

  /** Consumes the operator `v` or fails with "invalid syntax" at the current token. */
  expectOp(v: string): Token {
    if (!this.isOp(v)) this.failAt(this.tok);
    return this.next();
  }

  expectKw(v: string): Token {
    if (!this.isKw(v)) this.failAt(this.tok);
    return this.next();
  }

  /** CPython's forced token (`&&':'`): "expected ':'" at the offending token. */
  forceOp(v: string): Token {
    if (!this.isOp(v)) {
      const t = this.tok;
      if (t.kind === 'ERRORTOKEN' || t.kind === 'INDENT' || t.kind === 'DEDENT') this.failAt(t);
      this.raiseAt(`expected '${v}'`, t, t);
    }
    return this.next();
  }

  expectName(): Token {
    if (this.tok.kind !== 'NAME') this.failAt(this.tok);
    return this.next();
  }

  // ---------------------------------------------------------------- positions

  /**
   * Completes a node that started at `s` and ends at the last consumed token.
   * Nodes are built with zeroed positions so they keep one object shape.
   */
  fin<T extends Pos>(n: T, s: Start): T {
    n.line = s.line;
    n.col = s.col;
    n.endLine = this.endLine;
    n.endCol = this.endCol;
    return n;
  }

  /** A node spanning from `a`'s start to `b`'s end. */
  span<T extends Pos>(n: T, a: Pos | Token, b: Pos | Token): T {
    n.line = a.line;
    n.col = a.col;
    n.endLine = b.endLine;
    n.endCol = b.endCol;
    return n;
  }

  /** Notes that `s` contains a `yield`. */
  markYield(s: object): void {
    (this.yieldStmts ??= new Set()).add(s);
  }

  hasYield(s: object): boolean {
    return this.yieldStmts !== null && this.yieldStmts.has(s);
  }

  markParens(e: Expr): void {
    (this.parens ??= new Set()).add(e);
  }

  isParenthesized(e: Expr): boolean {
    return this.parens !== null && this.parens.has(e);
  }

  markBareTuple(e: Expr): void {
    (this.bare ??= new Set()).add(e);
  }

  isBareTuple(e: Expr): boolean {
    return this.bare !== null && this.bare.has(e);
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) {
      this.raiseAt('too many nested expressions: the program is too complex to parse', this.tok, this.tok);
    }
  }

  leave(): void {
    this.depth--;
  }

  // ---------------------------------------------------------------- errors

  /** Builds an error from 0-based code-unit positions; CPython columns are 1-based characters. */
  error(
    msg: string,
    line: number,
    col: number,
    endLine: number,
    endCol: number,
    type: SyntaxErrorType = 'SyntaxError',
    /** Take endCol as CPython's final value (its 0 and -1 mean "no end"). */
    rawEnd = false,
  ): PythonSyntaxError {
    const fs = this.fstring;
    if (fs && type !== 'NotImplementedError') {
      // CPython reports f-string expression errors against the "(expr)" text it parsed.
      const text = fs.lines[line - fs.firstLine] ?? fs.lines[0];
      const c = col - fs.shift + 1;
      const ec = rawEnd ? endCol : endCol - fs.shift + 1;
      return new PythonSyntaxError(type, 'f-string: ' + msg, this.filename, line, c, endLine, ec, text);
    }
    const lines = fs ? fs.fileLines() : this.lex.lines;
    const text = lines[line - 1] ?? '';
    const c = charColumn(text, col) + 1;
    const ec = rawEnd ? endCol : charColumn(lines[endLine - 1] ?? '', endCol) + 1;
    return new PythonSyntaxError(type, msg, this.filename, line, c, endLine, ec, text);
  }

  /** Raises `msg` spanning from `a`'s start to `b`'s end. */
  raiseAt(msg: string, a: Start, b: { endLine: number; endCol: number }, type: SyntaxErrorType = 'SyntaxError'): never {
    throw this.error(msg, a.line, a.col, b.endLine, b.endCol, type);
  }

  /** Raises `msg` at token `t` (CPython's RAISE_SYNTAX_ERROR, which points at the last token read). */
  raiseTok(msg: string, t: Token = this.tok, type: SyntaxErrorType = 'SyntaxError'): never {
    if (t.kind === 'ERRORTOKEN') this.failAt(t);
    if (t.kind === 'DEDENT' || t.kind === 'ENDMARKER') {
      // Tokens without a column: CPython uses its tokenizer cursor instead, and
      // at the end of a file that is column 0 of the last line (no caret shown).
      const lines = this.lex.lines;
      let line = t.line;
      let col = t.col;
      if (line > lines.length) {
        line = Math.max(1, lines.length);
        col = 0;
      }
      const text = lines[line - 1] ?? '';
      throw new PythonSyntaxError(type, this.fstring ? 'f-string: ' + msg : msg, this.filename, line, charColumn(text, col), line, -1, text);
    }
    throw this.error(msg, t.line, t.col, t.endLine, t.endCol, type);
  }

  /**
   * A feature outside Memory Lane's subset: NotImplementedError naming it and
   * its line. `subject` carries its verb: "'async def' is", "'match' statements are".
   */
  unsupported(subject: string, at: Start & { endLine?: number; endCol?: number }): never {
    throw this.error(
      `${subject} not supported by Memory Lane (line ${at.line})`,
      at.line,
      at.col,
      at.endLine ?? at.line,
      at.endCol ?? at.col + 1,
      'NotImplementedError',
    );
  }

  /** CPython's generic failure at token `t`: "invalid syntax", or what that token means. */
  failAt(t: Token): never {
    if (t.kind === 'ERRORTOKEN') throw this.lex.error!;
    if (t.kind === 'INDENT') {
      const text = this.lex.lines[t.line - 1] ?? '';
      throw new PythonSyntaxError('IndentationError', 'unexpected indent', this.filename, t.line, charColumn(text, t.endCol), t.line, -1, text);
    }
    if (t.kind === 'DEDENT') this.raiseTok('unexpected unindent', t, 'IndentationError');
    if (this.isOp('`', t)) this.unsupported('backticks (Python 2 repr) are', t);
    this.raiseTok('invalid syntax', t);
  }
}
