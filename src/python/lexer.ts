/**
 * The tokenizer: Python source text to tokens, as CPython 3.11's tokenizer
 * (Parser/tokenizer.c) does it, including its error messages and the exact
 * positions it reports them at.
 *
 * Tokens are made on demand (`TokenSource.at`) and dropped once the parser
 * is past them, so they die young instead of loading the garbage collector;
 * `tokenize` makes them all at once. A tokenizer error does not throw here: it
 * ends the tokens with an ERRORTOKEN and is kept in `error`, because CPython
 * lets the parser report an earlier syntax error unless the tokenizer fails
 * later in the file (see parser.ts).
 */
import { KEYWORDS, OPERATORS2, OPERATORS3, type LexResult, type Token, type TokenKind, type TokenSource } from './tokens';
import { charColumn, PythonSyntaxError, type SyntaxErrorType } from './syntax-error';

/** CPython's limits: MAXLEVEL for brackets, MAXINDENT for indentation. */
const MAX_PAREN_LEVEL = 200;
const MAX_INDENT = 100;
const TAB_SIZE = 8;

const EOF = '';

/** Thrown internally to stop tokenizing; converted into LexResult.error. */
class LexStop {
  constructor(
    public error: PythonSyntaxError,
    public atEof = false,
  ) {}
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isHexDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (c !== EOF && c.charCodeAt(0) >= 128);
}
function isIdentChar(c: string): boolean {
  return isIdentStart(c) || isDigit(c);
}

/** Two-character operators by their character codes (`c0 * 128 + c1`); `<>` is kept so the parser can reject it. */
const TWO_CHAR_OPS: ReadonlyMap<number, string> = new Map(
  [...OPERATORS2, '<>'].map((op) => [op.charCodeAt(0) * 128 + op.charCodeAt(1), op]),
);
/** The three-character operators that are a two-character one plus '='. */
const WITH_EQUALS: ReadonlyMap<string, string> = new Map(
  [...OPERATORS3].filter((op) => op.endsWith('=')).map((op) => [op.slice(0, 2), op]),
);

/** The letters that can prefix a string literal (CPython refuses `ur`, `bf` and the like). */
const STRING_PREFIXES: ReadonlySet<string> = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);

const VALID_IDENT = /^[\p{ID_Start}_][\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]*$/u;
const IDENT_CONTINUE = /^[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]$/u;
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Splits source text into tokens, all at once; never throws for any input. */
export function tokenize(source: string, filename = '<string>'): LexResult {
  const lx = new Lexer(source, filename);
  lx.drain();
  return {
    tokens: lx.buf,
    error: lx.error,
    errorAtEof: lx.errorAtEof,
    source: lx.source,
    get lines(): string[] {
      return lx.lines;
    },
  };
}

/** A lazy token stream over source text; never throws for any input. */
export function tokenStream(source: string, filename = '<string>'): TokenSource {
  return new Lexer(source, filename);
}

class Lexer implements TokenSource {
  private src: string;
  /** Tokens made and not yet trimmed; buf[0] is token number `base`. */
  buf: Token[] = [];
  private base = 0;
  private ended = false;
  private atBol = true;
  error: PythonSyntaxError | null = null;
  errorAtEof = false;
  private splitLines: string[] | null = null;
  /** Cursor: index of the next character to read. */
  private pos = 0;
  private lineStarts: number[] = [0];
  /** Number of lines, not counting the empty one after a final newline. */
  private lineCount: number;
  /** Cache for lineOf(): positions are asked for mostly in increasing order. */
  private lineHint = 0;
  private parens: { ch: string; line: number; col: number }[] = [];
  private indents = [0];
  private altIndents = [0];
  /** Start of the token being scanned. */
  private start = 0;

  constructor(
    source: string,
    private filename: string,
  ) {
    let s = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    this.src = s;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.lineCount = this.lineStarts.length - (this.lineStarts.length > 1 && s.endsWith('\n') ? 1 : 0);
  }

  get source(): string {
    return this.src;
  }

  // Only error messages need the lines; most parses never split them.
  get lines(): string[] {
    this.splitLines ??= this.src.split('\n').slice(0, this.lineCount);
    return this.splitLines;
  }

  at(i: number): Token {
    while (i - this.base >= this.buf.length && !this.ended) this.step();
    return this.buf[Math.min(i - this.base, this.buf.length - 1)];
  }

  trim(i: number): void {
    const n = Math.min(i - this.base, this.buf.length - 1);
    if (n > 0) {
      this.buf.splice(0, n);
      this.base += n;
    }
  }

  drain(): void {
    while (!this.ended) this.step();
  }

  /** Makes at least one more token, or ends the stream with ENDMARKER or ERRORTOKEN. */
  private step(): void {
    try {
      const n = this.buf.length;
      while (this.buf.length === n && !this.ended) this.scanOne();
    } catch (e) {
      if (!(e instanceof LexStop)) throw e;
      this.ended = true;
      this.error = e.error;
      this.errorAtEof = e.atEof;
      // The error token sits where the tokenizer stopped, which is what error priorities compare.
      const at = Math.min(this.pos, this.src.length);
      const line = this.lineOf(at);
      const col = this.colOf(at, line);
      this.buf.push({ kind: 'ERRORTOKEN', value: '', line, col, endLine: line, endCol: col });
    }
  }

  // ---------------------------------------------------------------- positions

  /** 1-based line holding the character at `p`. */
  private lineOf(p: number): number {
    const ls = this.lineStarts;
    let i = this.lineHint;
    if (i >= ls.length || ls[i] > p) i = 0;
    while (i + 1 < ls.length && ls[i + 1] <= p) i++;
    this.lineHint = i;
    return i + 1;
  }

  private colOf(p: number, line: number): number {
    return p - this.lineStarts[line - 1];
  }

  private lineText(line: number): string {
    if (line < 1 || line > this.lineCount) return '';
    const start = this.lineStarts[line - 1];
    const end = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.src.length;
    return this.src.slice(start, end);
  }

  // The reading cursor mirrors CPython's tok_nextc/tok_backup, EOF included,
  // because its error columns are "wherever the cursor stood".
  private nextc(): string {
    if (this.pos >= this.src.length) return EOF;
    return this.src[this.pos++];
  }

  private backup(c: string): void {
    if (c !== EOF) this.pos--;
  }

  private peek(offset = 0): string {
    return this.src.charAt(this.pos + offset);
  }

  /**
   * A SyntaxError with CPython-style columns given as 1-based code-unit
   * offsets (or CPython's 0 / -1 "no column" values), converted to characters.
   */
  private err(type: SyntaxErrorType, msg: string, line: number, col: number, endLine: number, endCol: number): PythonSyntaxError {
    const text = this.lineText(line);
    const c = col > 0 ? charColumn(text, col - 1) + 1 : col;
    const ec = endCol > 0 ? charColumn(this.lineText(endLine), endCol - 1) + 1 : endCol;
    return new PythonSyntaxError(type, msg, this.filename, line, c, endLine, ec, text);
  }

  /** CPython's tokenizer `syntaxerror()`: the column is the cursor's, counted in characters. */
  private syntaxError(msg: string): LexStop {
    const line = this.lineOf(Math.max(0, this.pos - 1));
    const col = this.colOf(this.pos, line);
    return new LexStop(this.charErr(msg, line, col));
  }

  private charErr(msg: string, line: number, col: number): PythonSyntaxError {
    const e = this.err('SyntaxError', msg, line, col, line, col);
    e.charOffsets = true;
    return e;
  }

  private push(kind: TokenKind, value: string, start: number, end: number): void {
    const line = this.lineOf(start);
    const col = this.colOf(start, line);
    const endLine = end > start ? this.lineOf(end - 1) : line;
    this.buf.push({ kind, value, line, col, endLine, endCol: this.colOf(end, endLine) });
  }

  // ---------------------------------------------------------------- main loop

  /** One step of CPython's tok_get loop: a line's indentation, or one token. */
  private scanOne(): void {
    if (this.pos === 0 && this.buf.length === 0 && this.base === 0) {
      const nul = this.src.indexOf('\0');
      if (nul >= 0) {
        const line = this.lineOf(nul);
        throw new LexStop(this.err('SyntaxError', 'source code cannot contain null bytes', line, 0, line, -1));
      }
    }
    if (this.atBol) {
      this.atBol = false;
      if (this.indentation()) {
        this.atBol = true;
        return;
      }
    }
    // Blanks and comments, skipped by character code: this loop sees every byte of the file.
    const src = this.src;
    let at = this.pos;
    let code = src.charCodeAt(at);
    while (code === 32 || code === 9 || code === 12) code = src.charCodeAt(++at);
    if (code === 35) {
      const nl = src.indexOf('\n', at);
      at = nl < 0 ? src.length : nl;
    }
    this.start = at;
    if (at >= src.length) {
      this.pos = at;
      this.endOfInput();
      return;
    }
    this.pos = at + 1;
    const c = src[at];
    if (c === '\n') {
      this.atBol = true;
      if (this.parens.length === 0) this.push('NEWLINE', '', this.start, this.start);
    } else if (c === '\\') {
      this.continuation();
    } else if (isIdentStart(c)) {
      this.nameOrString();
    } else if (isDigit(c) || (c === '.' && isDigit(this.peek()))) {
      this.number(c);
    } else if (c === '"' || c === "'") {
      this.string(c);
    } else {
      this.operator(c);
    }
  }

  /** Measures a new line's indentation; returns true if the line was blank and has been skipped. */
  private indentation(): boolean {
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: string;
    for (;;) {
      c = this.nextc();
      if (c === ' ') {
        col++;
        altcol++;
      } else if (c === '\t') {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altcol++;
      } else if (c === '\f') {
        col = altcol = 0;
      } else if (c === '\\') {
        // Only the first backslash-joined segment decides the indentation.
        contLineCol = contLineCol || col;
        this.continuation();
      } else break;
    }
    this.backup(c);
    if (c === '#' || c === '\n') {
      // Blank and comment-only lines never affect indentation or make tokens.
      while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      if (this.pos < this.src.length) this.pos++;
      return true;
    }
    if (c === EOF || this.parens.length > 0) return false;
    if (contLineCol) col = altcol = contLineCol;
    const line = this.lineOf(this.pos);
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altcol !== this.altIndents[top]) this.tabError(line);
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAX_INDENT) {
        throw new LexStop(this.err('IndentationError', 'too many levels of indentation', line, 1, line, 0));
      }
      if (altcol <= this.altIndents[top]) this.tabError(line);
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push('INDENT', '', this.lineStarts[line - 1], this.pos);
    } else {
      let dedents = 0;
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        dedents++;
      }
      if (col !== this.indents[this.indents.length - 1]) {
        // CPython's cursor has gone past the whole line, newline included.
        const len = this.lineText(line).length + 1;
        throw new LexStop(
          this.err('IndentationError', 'unindent does not match any outer indentation level', line, len, line, -1),
        );
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) this.tabError(line);
      for (let i = 0; i < dedents; i++) this.push('DEDENT', '', this.pos, this.pos);
    }
    return false;
  }

  private tabError(line: number): never {
    throw new LexStop(this.err('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, line, 0));
  }

  private eofError(): LexStop {
    const p = this.parens[this.parens.length - 1];
    if (p) {
      return new LexStop(this.err('SyntaxError', `'${p.ch}' was never closed`, p.line, p.col + 1, p.line, 0), true);
    }
    const line = Math.max(1, this.lineCount);
    const col = this.lineText(line).length + 1;
    return new LexStop(this.err('SyntaxError', 'unexpected EOF while parsing', line, col, line, -1));
  }

  /** A backslash outside a string: it must end the physical line, and input must go on. */
  private continuation(): void {
    const c = this.nextc();
    // CPython adds the missing final newline, so a backslash may end the input.
    if (c === EOF) throw this.eofError();
    if (c !== '\n') {
      const line = this.lineOf(Math.max(0, this.pos - 1));
      const col = this.colOf(this.pos, line);
      throw new LexStop(
        this.err('SyntaxError', 'unexpected character after line continuation character', line, col, line, 0),
      );
    }
    if (this.pos >= this.src.length) throw this.eofError();
  }

  private endOfInput(): void {
    if (this.parens.length > 0) throw this.eofError();
    const last = this.buf[this.buf.length - 1];
    if (last && last.kind !== 'NEWLINE' && last.kind !== 'DEDENT' && last.kind !== 'INDENT') {
      // CPython supplies the missing final newline.
      this.push('NEWLINE', '', this.src.length, this.src.length);
    }
    const endLine = this.lineStarts.length + (this.src.endsWith('\n') || this.src === '' ? 0 : 1);
    for (let i = 1; i < this.indents.length; i++) this.pushAt('DEDENT', endLine);
    this.indents = [0];
    this.pushAt('ENDMARKER', endLine);
    this.ended = true;
  }

  private pushAt(kind: TokenKind, line: number): void {
    this.buf.push({ kind, value: '', line, col: 0, endLine: line, endCol: 0 });
  }

  // ---------------------------------------------------------------- tokens

  private nameOrString(): void {
    const src = this.src;
    let j = this.start;
    let nonAscii = false;
    for (; j < src.length; j++) {
      const c = src.charCodeAt(j);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57)) continue;
      if (c >= 128) nonAscii = true;
      else break;
    }
    const q = src.charCodeAt(j);
    if ((q === 34 || q === 39) && j - this.start <= 2 && STRING_PREFIXES.has(src.slice(this.start, j).toLowerCase())) {
      this.pos = j + 1;
      this.string(src[j]);
      return;
    }
    this.pos = j;
    let name = src.slice(this.start, j);
    if (nonAscii) name = this.verifyIdentifier(name);
    this.push(KEYWORDS.has(name) ? 'KEYWORD' : 'NAME', name, this.start, j);
  }

  /** Non-ASCII identifiers are NFKC-normalised; the first character that cannot be in one is reported. */
  private verifyIdentifier(raw: string): string {
    const name = raw.normalize('NFKC');
    if (VALID_IDENT.test(name)) return name;
    const chars = Array.from(raw);
    let units = 0;
    let i = 0;
    for (; i < chars.length - 1; i++) {
      const n = chars[i].normalize('NFKC');
      const ok = i === 0 ? /^[\p{ID_Start}_]/u.test(n) : IDENT_CONTINUE.test(Array.from(n)[0] ?? '');
      if (!ok) break;
      units += chars[i].length;
    }
    const bad = chars[i];
    const hex = bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    // CPython leaves its cursor just past the offending character.
    this.pos = this.start + units + bad.length;
    const msg = PRINTABLE.test(bad) ? `invalid character '${bad}' (U+${hex})` : `invalid non-printable character U+${hex}`;
    throw this.syntaxError(msg);
  }

  private number(first: string): void {
    let c: string | null = first;
    if (c === '.') {
      c = this.fraction(this.nextc());
    } else if (c === '0') {
      c = this.nextc();
      const l = c.toLowerCase();
      if (l === 'x') c = this.radix(isHexDigit, 'hexadecimal');
      else if (l === 'o') c = this.radix((d) => d >= '0' && d <= '7', 'octal');
      else if (l === 'b') c = this.radix((d) => d === '0' || d === '1', 'binary');
      else {
        let nonzero = false;
        for (;;) {
          if (c === '_') {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              throw this.syntaxError('invalid decimal literal');
            }
          }
          if (c !== '0') break;
          c = this.nextc();
        }
        const zerosEnd = this.pos;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === '.') c = this.fraction(this.nextc());
        else if (c === 'e' || c === 'E') c = this.exponent(c);
        else if (c === 'j' || c === 'J') c = this.imaginary();
        else if (nonzero) {
          this.backup(c);
          const line = this.lineOf(this.start);
          const msg =
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
          throw new LexStop(
            this.err('SyntaxError', msg, line, this.colOf(this.start, line) + 1, line, this.colOf(zerosEnd, line)),
          );
        } else this.endOfNumber(c, 'decimal');
      }
    } else {
      c = this.decimalTail();
      if (c === '.') c = this.fraction(this.nextc());
      else if (c === 'e' || c === 'E') c = this.exponent(c);
      else if (c === 'j' || c === 'J') c = this.imaginary();
      else this.endOfNumber(c, 'decimal');
    }
    if (c !== null) this.backup(c);
    this.push('NUMBER', this.src.slice(this.start, this.pos), this.start, this.pos);
  }

  /** Digits with single underscores between them; returns the character after them. */
  private decimalTail(): string {
    for (;;) {
      let c: string;
      do c = this.nextc();
      while (isDigit(c));
      if (c !== '_') return c;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.syntaxError('invalid decimal literal');
      }
    }
  }

  /** After the '.' of a float; `c` is the character following it. Returns the lookahead, or null if given back. */
  private fraction(c: string): string | null {
    if (isDigit(c)) c = this.decimalTail();
    if (c === 'e' || c === 'E') return this.exponent(c);
    if (c === 'j' || c === 'J') return this.imaginary();
    this.endOfNumber(c, 'decimal');
    return c;
  }

  private exponent(e: string): string | null {
    let c = this.nextc();
    if (c === '+' || c === '-') {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.syntaxError('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      // `1else` is `1` then `else`: give the 'e' back.
      this.backup(c);
      this.endOfNumber(e, 'decimal');
      this.backup(e);
      return null;
    }
    c = this.decimalTail();
    if (c === 'j' || c === 'J') return this.imaginary();
    this.endOfNumber(c, 'decimal');
    return c;
  }

  private imaginary(): string {
    const c = this.nextc();
    this.endOfNumber(c, 'imaginary');
    return c;
  }

  private radix(ok: (c: string) => boolean, kind: string): string {
    let c = this.nextc();
    do {
      if (c === '_') c = this.nextc();
      if (!ok(c)) {
        if (kind !== 'hexadecimal' && isDigit(c)) throw this.syntaxError(`invalid digit '${c}' in ${kind} literal`);
        this.backup(c);
        throw this.syntaxError(`invalid ${kind} literal`);
      }
      do c = this.nextc();
      while (ok(c));
    } while (c === '_');
    if (kind !== 'hexadecimal' && isDigit(c)) throw this.syntaxError(`invalid digit '${c}' in ${kind} literal`);
    this.endOfNumber(c, kind);
    return c;
  }

  /**
   * CPython's verify_end_of_number: a number glued to a name is an error,
   * except before the keywords that can follow a number (`1if x else 2`).
   * `c` has just been read.
   */
  private endOfNumber(c: string, kind: string): void {
    const rest = this.src.slice(this.pos - 1, this.pos + 4);
    const kw = (w: string) => rest.startsWith(w) && !isIdentChar(rest.charAt(w.length));
    let ok = false;
    if (c === 'a') ok = kw('and');
    else if (c === 'e') ok = kw('else');
    else if (c === 'f') ok = kw('for');
    else if (c === 'i') ok = ['f', 'n', 's'].includes(rest.charAt(1));
    else if (c === 'o') ok = kw('or');
    else if (c === 'n') ok = kw('not');
    if (ok) return;
    // Only ASCII letters count here: `1é` is a number and then a name, as in CPython.
    if (isIdentChar(c) && c.charCodeAt(0) < 128) {
      this.backup(c);
      throw this.syntaxError(`invalid ${kind} literal`);
    }
  }

  private string(quote: string): void {
    let size = 1;
    let endSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) size = 3;
      else endSize = 1;
    }
    if (c !== quote) this.backup(c);
    const src = this.src;
    const q = quote.charCodeAt(0);
    let at = this.pos;
    while (endSize !== size) {
      const ch = at < src.length ? src.charCodeAt(at++) : -1;
      if (ch === -1 || (size === 1 && ch === 10)) {
        // Reported at the string's first character, naming the line where it was noticed.
        const detected = ch === -1 ? Math.max(1, this.lineCount) : this.lineOf(at - 1);
        const what = size === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        const line = this.lineOf(this.start);
        this.pos = at;
        throw new LexStop(this.charErr(`${what} (detected at line ${detected})`, line, this.colOf(this.start, line) + 1));
      }
      if (ch === q) endSize++;
      else {
        endSize = 0;
        if (ch === 92) at++;
      }
    }
    this.pos = Math.min(at, src.length);
    this.push('STRING', this.src.slice(this.start, this.pos), this.start, this.pos);
  }

  private operator(c: string): void {
    const src = this.src;
    const at = this.start;
    let op = c;
    // Canonical strings from tables: an operator token allocates nothing.
    const two = TWO_CHAR_OPS.get(c.charCodeAt(0) * 128 + src.charCodeAt(at + 1));
    if (two !== undefined) {
      op = (src.charCodeAt(at + 2) === 61 && WITH_EQUALS.get(two)) || two;
    } else if (c === '.' && src.startsWith('..', at + 1)) {
      op = '...';
    } else {
      const code = c.charCodeAt(0);
      if (code < 32 || code === 127) {
        const hex = code.toString(16).toUpperCase().padStart(4, '0');
        throw this.syntaxError(`invalid non-printable character U+${hex}`);
      }
    }
    this.pos = this.start + op.length;
    if (op === '(' || op === '[' || op === '{') {
      if (this.parens.length >= MAX_PAREN_LEVEL) throw this.syntaxError('too many nested parentheses');
      const line = this.lineOf(this.start);
      this.parens.push({ ch: op, line, col: this.colOf(this.start, line) });
    } else if (op === ')' || op === ']' || op === '}') {
      const open = this.parens.pop();
      if (!open) throw this.syntaxError(`unmatched '${op}'`);
      const want = open.ch === '(' ? ')' : open.ch === '[' ? ']' : '}';
      if (op !== want) {
        const where = open.line !== this.lineOf(this.start) ? ` on line ${open.line}` : '';
        throw this.syntaxError(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`);
      }
    }
    this.push('OP', op, this.start, this.pos);
  }
}
