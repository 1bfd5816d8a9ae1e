/**
 * Token kinds produced by the lexer (src/python/lexer.ts).
 *
 * Keywords get their own kind so the parser never confuses `if` with a name;
 * soft keywords (`match`, `case`, `type`, `_`) stay NAME because they are
 * ordinary identifiers everywhere except at the start of their statement.
 */

/** What a token is; `value` holds its text. */
export type TokenKind =
  | 'NAME'
  | 'KEYWORD'
  | 'NUMBER'
  /** A whole string literal as written, prefix and quotes included (decoded by parse-string.ts). */
  | 'STRING'
  | 'OP'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'ENDMARKER'
  /** Stands where the tokenizer stopped on an error; the parser raises the error when it reaches it. */
  | 'ERRORTOKEN';

/** One token. Lines are 1-based, columns 0-based code-unit offsets into the line, end exclusive. */
export interface Token {
  kind: TokenKind;
  value: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** The hard keywords of Python 3.11 (`async`/`await` included: they are reserved, then rejected). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

/**
 * Every operator and delimiter, longest first within each length so the lexer
 * can try 3, then 2, then 1 characters.
 */
export const OPERATORS3: ReadonlySet<string> = new Set(['**=', '//=', '>>=', '<<=', '...']);
/** Two-character operators. */
export const OPERATORS2: ReadonlySet<string> = new Set([
  '**', '//', '>>', '<<', '<=', '>=', '==', '!=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=',
  '|=', '^=', '@=',
]);
/** One-character operators and delimiters. */
export const OPERATORS1: ReadonlySet<string> = new Set([
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',',
  ':', ';', '.', '=',
]);

/** Augmented assignment operators mapped to the binary operator they apply. */
export const AUG_ASSIGN: ReadonlyMap<string, string> = new Map([
  ['+=', '+'], ['-=', '-'], ['*=', '*'], ['/=', '/'], ['//=', '//'], ['%=', '%'], ['**=', '**'],
  ['<<=', '<<'], ['>>=', '>>'], ['&=', '&'], ['|=', '|'], ['^=', '^'], ['@=', '@'],
]);
