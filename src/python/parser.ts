/**
 * The parser's entry point: Python source to the AST of src/python/ast.ts,
 * or a PythonSyntaxError saying what CPython 3.11 would say.
 *
 * The grammar is split over parse-stmt.ts (statements), parse-expr.ts
 * (expressions), parse-args.ts (calls and parameters), parse-targets.ts
 * (assignment targets), parse-string.ts (literals and f-strings) and
 * parse-check.ts (the checks CPython makes when compiling).
 */
import type { Module } from './ast';
import { tokenStream } from './lexer';
import { checkModule } from './parse-check';
import { Parser } from './parse-core';
import { fileInput } from './parse-stmt';
import { PythonSyntaxError, rememberSource } from './syntax-error';

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
