/**
 * The parser's entry point: Python source to the AST of src/python/ast.ts,
 * or a PythonSyntaxError saying what CPython 3.11 would say.
 *
 * The grammar is split over parse-stmt.ts (statements), parse-expr.ts
 * (expressions), parse-args.ts (calls and parameters), parse-targets.ts
 * (assignment targets), parse-string.ts (literals and f-strings) and
 * parse-check.ts (the checks CPython makes when compiling).
 */
import type { Expr, Module } from './ast';
import { listSource, tokenize, tokenStream } from './lexer';
import { checkModule } from './parse-check';
import { Parser } from './parse-core';
import { starExpressions } from './parse-expr';
import { fileInput } from './parse-stmt';
import { PythonSyntaxError, rememberSource } from './syntax-error';
import { KEYWORDS } from './tokens';

export { PythonSyntaxError, formatSyntaxError } from './syntax-error';

/** Parses a whole file; throws PythonSyntaxError (and nothing else) for bad input. */
export function parse(source: string, filename = '<string>'): Module {
  const lex = tokenStream(source, filename);
  rememberSource(filename, lex.source);
  const p = new Parser(lex, filename);
  try {
    const body = fileInput(p);
    checkModule(p, body);
    return { kind: 'Module', body };
  } catch (e) {
    throw asSyntaxError(p, e);
  }
}

function asSyntaxError(p: Parser, e: unknown): PythonSyntaxError {
  if (e instanceof PythonSyntaxError) return preferTokenizerError(p, e);
  if (e instanceof RangeError) {
    // A JS stack overflow: report it as the program's complexity, never as an engine crash.
    const t = p.tok;
    return p.error('too many nested expressions: the program is too complex to parse', t.line, t.col, t.line, t.col + 1);
  }
  const t = p.tok;
  const msg = e instanceof Error ? e.message : String(e);
  return p.error(`invalid syntax (internal parser error: ${msg})`, t.line, t.col, t.line, t.col + 1);
}

/**
 * CPython tokenizes the rest of the file after a parser error and reports a
 * tokenizer error found there instead; an unclosed bracket at the end of the
 * file only wins over errors on later lines than the bracket.
 */
function preferTokenizerError(p: Parser, e: PythonSyntaxError): PythonSyntaxError {
  p.lex.drain();
  const t = p.lex.error;
  if (!t || t === e) return e;
  if (!p.lex.errorAtEof) return t;
  return p.furthestLine > t.line ? t : e;
}

/**
 * Parses the text of an f-string field as CPython 3.11 does: as "(text)",
 * whose first line sits `shift` columns right of its real position on
 * `firstLine`. Errors are reported against that "(text)".
 */
export function parseFieldExpression(outer: Parser, text: string, firstLine: number, shift: number): Expr {
  const simple = dottedName(text, firstLine, shift);
  if (simple) return simple;
  const src = '(' + text + ')';
  const lex = tokenize(src, outer.filename);
  const lines = lex.lines;
  if (lex.error) {
    const x = lex.error;
    throw new PythonSyntaxError(x.pyType, 'f-string: ' + x.msg, outer.filename, x.line + firstLine - 1, x.col,
      x.endLine + firstLine - 1, x.endCol, x.lineText);
  }
  for (const t of lex.tokens) {
    if (t.line === 1) t.col += shift;
    if (t.endLine === 1) t.endCol += shift;
    t.line += firstLine - 1;
    t.endLine += firstLine - 1;
  }
  const sub = new Parser(listSource(lex), outer.filename, { shift, firstLine, lines });
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
