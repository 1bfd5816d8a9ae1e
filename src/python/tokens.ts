/**
 * Token kinds produced by the lexer (src/python/lexer.ts).
 *
 * Keywords get their own kind so the parser never confuses `if` with a name;
 * soft keywords (`match`, `case`, `type`, `_`) stay NAME because they are
 * ordinary identifiers everywhere except at the start of their statement.
 */
import type { PythonSyntaxError } from './syntax-error';

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

/** Tokens by absolute index, produced as they are asked for. */
export interface TokenSource {
  /** Token number `i` (the last one, ENDMARKER or ERRORTOKEN, for any index past it). */
  at(i: number): Token;
  /** Forgets the tokens before index `i`: they will not be asked for again. */
  trim(i: number): void;
  /** Tokenizes the rest of the input, so that `error` is final. */
  drain(): void;
  /** Source lines without their newlines (after \r\n normalisation); split on first use. */
  readonly lines: string[];
  /** The source as tokenized (newlines normalised, byte-order mark dropped). */
  readonly source: string;
  /** The tokenizer error the tokens stop at, if any (so far). */
  readonly error: PythonSyntaxError | null;
  /** See LexResult.errorAtEof. */
  readonly errorAtEof: boolean;
}

/** What tokenize() produces. */
export interface LexResult {
  tokens: Token[];
  /** Source lines without their newlines (after \r\n normalisation); split on first use. */
  readonly lines: string[];
  /** The source as tokenized (newlines normalised, byte-order mark dropped). */
  source: string;
  /** The tokenizer error the token list stops at, if any. */
  error: PythonSyntaxError | null;
  /**
   * True when `error` is "'(' was never closed" found at end of input: CPython
   * only prefers that one to a parser error on a later line than the bracket.
   */
  errorAtEof: boolean;
}

/** A TokenSource over tokens already made (f-string fields, whose tokens get shifted first). */
export function listSource(r: LexResult): TokenSource {
  const toks = r.tokens;
  return {
    at: (i) => toks[Math.min(i, toks.length - 1)],
    trim: () => undefined,
    drain: () => undefined,
    error: r.error,
    errorAtEof: r.errorAtEof,
    source: r.source,
    get lines(): string[] {
      return r.lines;
    },
  };
}
