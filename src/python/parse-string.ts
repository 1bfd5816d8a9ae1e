/**
 * String literals: escape decoding, adjacent-literal concatenation and
 * f-strings, as CPython 3.11 does them in Parser/string_parser.c (its
 * f-strings are whole STRING tokens scanned here, not separate tokens).
 *
 * Error messages and their positions copy CPython's: errors found while
 * decoding point at the token after the literals (the last one CPython's
 * parser had read), and a bad `{expression}` is reported by the sub-parse.
 */
import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from './ast';
import { tokenize } from './lexer';
import { Parser } from './parse-core';
import { starExpressions } from './parse-expr';
import { PythonSyntaxError } from './syntax-error';
import { KEYWORDS, listSource, type Token } from './tokens';

type Piece = { s: string } | { e: FormattedValue };

/** The literals' value or a JoinedStr, for a run of adjacent STRING tokens. */
export function concatStrings(p: Parser, toks: Token[]): Constant | JoinedStr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  const whole: Pos = { line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
  const pieces: Piece[] = [];
  let fmode = false;
  let bytesMode = false;
  let bytes = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const lit = splitLiteral(t.value);
    if (!lit.f && lit.bytes && /[^\x00-\x7f]/.test(lit.body)) {
      p.raiseAt('bytes can only contain ASCII literal characters', t, t);
    }
    if (lit.f) {
      if (i !== 0 && bytesMode) p.raiseTok('cannot mix bytes and nonbytes literals');
      fmode = true;
      new FString(p, t, whole, lit.raw).scan(lit.body, lit.bodyStart, 0, pieces);
      continue;
    }
    const value = lit.raw || !lit.body.includes('\\') ? lit.body : decode(p, lit.body, lit.bytes);
    if (i !== 0 && bytesMode !== lit.bytes) p.raiseTok('cannot mix bytes and nonbytes literals');
    bytesMode = lit.bytes;
    if (lit.bytes) bytes += value;
    else pieces.push({ s: value });
  }
  if (bytesMode) return { kind: 'Constant', value: { type: 'bytes', value: bytes }, ...whole };
  if (!fmode) {
    const s = pieces.map((x) => ('s' in x ? x.s : '')).join('');
    return { kind: 'Constant', value: { type: 'str', value: s }, ...whole };
  }
  return { kind: 'JoinedStr', values: joinPieces(pieces, whole), ...whole };
}

/**
 * Merges neighbouring text and drops empty text, as CPython's FstringParser
 * does. Text before a field is placed at `at`, trailing text at `tail` (a
 * format spec's trailing text takes the position of its own token in CPython).
 */
function joinPieces(pieces: Piece[], at: Pos, tail: Pos = at): Expr[] {
  const out: Expr[] = [];
  let text = '';
  for (const x of pieces) {
    if ('s' in x) text += x.s;
    else {
      if (text) out.push({ kind: 'Constant', value: { type: 'str', value: text }, ...at });
      text = '';
      out.push(x.e);
    }
  }
  if (text) out.push({ kind: 'Constant', value: { type: 'str', value: text }, ...tail });
  return out;
}

interface Literal {
  body: string;
  /** Offset of the body within the token text. */
  bodyStart: number;
  raw: boolean;
  bytes: boolean;
  f: boolean;
}

function splitLiteral(text: string): Literal {
  let i = 0;
  let raw = false;
  let bytes = false;
  let f = false;
  for (;;) {
    const c = text[i].toLowerCase();
    if (c === 'r') raw = true;
    else if (c === 'b') bytes = true;
    else if (c === 'f') f = true;
    else if (c !== 'u') break;
    i++;
  }
  const q = text[i];
  const triple = text.length - i >= 6 && text[i + 1] === q && text[i + 2] === q;
  const n = triple ? 3 : 1;
  return { body: text.slice(i + n, text.length - n), bodyStart: i + n, raw, bytes, f };
}

// ---------------------------------------------------------------- escapes

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Decodes backslash escapes of a str or bytes literal body. Unknown escapes
 * keep their backslash (CPython only warns about them).
 */
export function decode(p: Parser, body: string, bytes: boolean): string {
  let out = '';
  let i = 0;
  // CPython decodes a copy where every non-ASCII character became a
  // 10-byte \UXXXXXXXX escape; its error messages count in that copy.
  let bufPos = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i];
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      out += body.slice(i, i + w);
      bufPos += cp < 0x80 ? 1 : 10;
      i += w;
      continue;
    }
    const start = bufPos;
    const e = body[i + 1];
    i += 2;
    bufPos += 2;
    if (e === undefined) {
      out += '\\';
      break;
    }
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      continue;
    }
    if (e >= '0' && e <= '7') {
      let v = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++, i++, bufPos++) {
        v = v * 8 + body.charCodeAt(i) - 48;
      }
      out += String.fromCharCode(bytes ? v & 0xff : v);
      continue;
    }
    const hexLen = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
    if (hexLen) {
      let v = 0;
      let k = 0;
      for (; k < hexLen && i < n && /[0-9a-fA-F]/.test(body[i]); k++, i++, bufPos++) {
        v = v * 16 + parseInt(body[i], 16);
      }
      if (k < hexLen) {
        if (bytes) p.raiseTok(`(value error) invalid \\x escape at position ${start}`);
        const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        unicodeError(p, start, bufPos, `truncated ${what} escape`);
      }
      if (v > 0x10ffff) unicodeError(p, start, bufPos, 'illegal Unicode character');
      out += String.fromCodePoint(v);
      continue;
    }
    if (e === 'N' && !bytes) {
      if (body[i] === '{') {
        const close = body.indexOf('}', i);
        if (close > i + 1) {
          // Without Unicode's name table the name cannot be looked up; say so rather than guess.
          p.unsupported("'\\N{...}' escapes are", p.tok);
        }
        unicodeError(p, start, bufPos + (close < 0 ? n - i : close - i + 1), 'malformed \\N character escape');
      }
      unicodeError(p, start, bufPos, 'malformed \\N character escape');
    }
    out += '\\' + e;
  }
  return out;
}

function unicodeError(p: Parser, start: number, end: number, what: string): never {
  const where = end - start === 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
  p.raiseTok(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${what}`);
}

// ---------------------------------------------------------------- f-strings

const SPACE = /[ \t\n\f\r\v]/;

/** One f-string token being scanned (CPython's fstring_find_literal / fstring_find_expr). */
class FString {
  private s = '';
  private i = 0;

  constructor(
    private p: Parser,
    private tok: Token,
    private whole: Pos,
    private raw: boolean,
  ) {}

  /** Appends the pieces of body[from...] up to its end (or the '}' closing a format spec) to `out`. */
  scan(body: string, bodyStart: number, level: number, out: Piece[]): void {
    this.s = body;
    this.bodyStart = bodyStart;
    this.parse(level, out);
    if (level === 0 && this.i < this.s.length) this.p.raiseTok('f-string: unexpected end of string');
  }

  private bodyStart = 0;

  private parse(level: number, out: Piece[]): void {
    const s = this.s;
    for (;;) {
      const start = this.i;
      let doubled = false;
      while (this.i < s.length) {
        let ch = s[this.i++];
        if (!this.raw && ch === '\\' && this.i < s.length) {
          ch = s[this.i++];
          if (ch === 'N') {
            if (this.i < s.length && s[this.i++] === '{') {
              while (this.i < s.length && s[this.i++] !== '}') {
                // skip the character name
              }
            }
            continue;
          }
        }
        if (ch === '{' || ch === '}') {
          if (level === 0) {
            if (this.i < s.length && s[this.i] === ch) {
              doubled = true;
              break;
            }
            if (ch === '}') {
              this.i--;
              this.p.raiseTok("f-string: single '}' is not allowed");
            }
          }
          this.i--;
          break;
        }
      }
      const end = this.i;
      if (end > start) {
        const chunk = s.slice(start, end);
        out.push({ s: this.raw || !chunk.includes('\\') ? chunk : decode(this.p, chunk, false) });
      }
      if (doubled) {
        this.i++;
        continue;
      }
      if (this.i >= s.length || s[this.i] === '}') break;
      this.field(level, out);
    }
    if (level !== 0 && s[this.i] !== '}') this.p.raiseTok("f-string: expecting '}'");
  }

  /** A `{expression[=][!c][:spec]}` field; the cursor is on its '{'. */
  private field(level: number, out: Piece[]): void {
    const p = this.p;
    const s = this.s;
    if (level >= 2) p.raiseTok('f-string: expressions nested too deeply');
    const brace = this.i;
    this.i++;
    const exprStart = this.i;
    let quote = '';
    let triple = false;
    const stack: string[] = [];
    for (; this.i < s.length; this.i++) {
      const ch = s[this.i];
      if (ch === '\\') p.raiseTok('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (!triple) quote = '';
          else if (this.i + 2 < s.length && s[this.i + 1] === ch && s[this.i + 2] === ch) {
            this.i += 2;
            quote = '';
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        triple = this.i + 2 < s.length && s[this.i + 1] === ch && s[this.i + 2] === ch;
        if (triple) this.i += 2;
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (stack.length >= 200) p.raiseTok('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === '#') {
        p.raiseTok("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && '!:}=<>'.includes(ch)) {
        const nx = s[this.i + 1];
        if (this.i + 1 < s.length && nx === '=' && ch !== ':' && ch !== '}') {
          this.i++;
          continue;
        }
        if (ch === '<' || ch === '>') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const open = stack.pop();
        if (!open) p.raiseTok(`f-string: unmatched '${ch}'`);
        if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
          p.raiseTok(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    const exprEnd = this.i;
    if (quote) p.raiseTok('f-string: unterminated string');
    if (stack.length) p.raiseTok(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (this.i >= s.length) p.raiseTok("f-string: expecting '}'");
    const text = s.slice(exprStart, exprEnd);
    if (!/[^ \t\n\f]/.test(text)) {
      const d = s[exprEnd];
      if (d === '!' || d === ':' || d === '=') p.raiseTok(`f-string: expression required before '${d}'`);
      p.raiseTok('f-string: empty expression not allowed');
    }
    const value = parseFieldExpression(p, text, ...this.locate(brace));
    let debugText: string | null = null;
    if (s[this.i] === '=') {
      this.i++;
      while (this.i < s.length && SPACE.test(s[this.i])) this.i++;
      if (this.i >= s.length) p.raiseTok("f-string: expecting '}'");
      debugText = s.slice(exprStart, this.i);
    }
    let conversion: 's' | 'r' | 'a' | null = null;
    if (s[this.i] === '!') {
      this.i++;
      if (this.i >= s.length) p.raiseTok("f-string: expecting '}'");
      const c = s[this.i++];
      if (c !== 's' && c !== 'r' && c !== 'a') {
        p.raiseTok("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c as 's' | 'r' | 'a';
    }
    let formatSpec: JoinedStr | null = null;
    if (this.i < s.length && s[this.i] === ':') {
      this.i++;
      if (this.i >= s.length) p.raiseTok("f-string: expecting '}'");
      const spec: Piece[] = [];
      this.parse(level + 1, spec);
      const t = this.tok;
      const own: Pos = { line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
      formatSpec = { kind: 'JoinedStr', values: joinPieces(spec, this.whole, own), ...own };
    }
    if (this.i >= s.length || s[this.i] !== '}') p.raiseTok("f-string: expecting '}'");
    this.i++;
    if (debugText !== null) {
      out.push({ s: debugText });
      if (!formatSpec && !conversion) conversion = 'r';
    }
    out.push({ e: { kind: 'FormattedValue', value, conversion, formatSpec, ...this.whole } });
  }

  /** Line and column shift of the field opened by the '{' at body index `brace` (CPython's fstring_find_expr_location). */
  private locate(brace: number): [number, number] {
    const text = this.tok.value;
    const at = this.bodyStart + brace;
    let lines = 0;
    let lastNl = -1;
    for (let k = 0; k < at; k++) {
      if (text.charCodeAt(k) === 10) {
        lines++;
        lastNl = k;
      }
    }
    // A field whose text starts on a new line keeps its real columns.
    const after = /^[ \t\f]*\n/.test(text.slice(at + 1));
    let cols = 0;
    if (!after) cols = lastNl < 0 ? at : at - lastNl - 1;
    return [this.tok.line + lines, lines === 0 ? this.tok.col + cols : cols];
  }
}

// ---------------------------------------------------------------- field expressions

/**
 * Parses the text of an f-string field as CPython 3.11 does: as "(text)",
 * whose first line sits `shift` columns right of its real position on
 * `firstLine`. Errors are reported against that "(text)".
 */
function parseFieldExpression(outer: Parser, text: string, firstLine: number, shift: number): Expr {
  const simple = dottedName(text, firstLine, shift);
  if (simple) return simple;
  const src = '(' + text + ')';
  const lex = tokenize(src, outer.filename);
  const lines = lex.lines;
  if (lex.error) {
    // Tokenizer errors skip the parser's "f-string: " prefix in CPython, but keep the "(expr)" text.
    const x = lex.error;
    const e = new PythonSyntaxError(x.pyType, x.msg, outer.filename, x.line + firstLine - 1, x.col,
      x.endLine + firstLine - 1, x.endCol, x.lineText);
    e.charOffsets = x.charOffsets;
    throw e;
  }
  for (const t of lex.tokens) {
    if (t.line === 1) t.col += shift;
    if (t.endLine === 1) t.endCol += shift;
    t.line += firstLine - 1;
    t.endLine += firstLine - 1;
  }
  const fileLines = outer.fstring ? outer.fstring.fileLines : () => outer.lex.lines;
  const sub = new Parser(listSource(lex), outer.filename, { shift, firstLine, lines, fileLines });
  const e = starExpressions(sub);
  if (sub.tok.kind !== 'NEWLINE') sub.failAt(sub.tok);
  outer.yields += sub.yields;
  outer.symbolError ??= sub.symbolError;
  return e;
}

const DOTTED = /^( *)([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*) *$/;

/**
 * Most fields are a name or a dotted name (`{total}`, `{self.name}`): built
 * directly, with the positions the full parse would give, at a fraction of its cost.
 */
function dottedName(text: string, line: number, shift: number): Expr | null {
  const m = DOTTED.exec(text);
  if (!m) return null;
  const parts = m[2].split('.');
  if (parts.some((x) => KEYWORDS.has(x))) return null;
  // The field's text starts one column after the '(' that stands for its '{'.
  const col = shift + 1 + m[1].length;
  let end = col + parts[0].length;
  let e: Expr = { kind: 'Name', id: parts[0], ctx: 'load', line, col, endLine: line, endCol: end };
  for (let i = 1; i < parts.length; i++) {
    end += 1 + parts[i].length;
    e = { kind: 'Attribute', value: e, attr: parts[i], ctx: 'load', line, col, endLine: line, endCol: end };
  }
  return e;
}
