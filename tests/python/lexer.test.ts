import { describe, expect, it } from 'vitest';
import { tokenize, tokenStream } from '../../src/python/lexer';

/** Tokens as "KIND value line:col-endLine:endCol" (value omitted when empty). */
function toks(src: string): string[] {
  const r = tokenize(src, 'prog.py');
  if (r.error) throw r.error;
  return r.tokens.map((t) => `${t.kind}${t.value ? ' ' + t.value : ''} ${t.line}:${t.col}-${t.endLine}:${t.endCol}`);
}

/** Just the kinds and values, for shape checks. */
function kinds(src: string): string[] {
  const r = tokenize(src, 'prog.py');
  if (r.error) throw r.error;
  return r.tokens.map((t) => (t.value ? `${t.kind}:${t.value}` : t.kind));
}

/** The tokenizer error as [type, message, line, col, endLine, endCol] (CPython 3.11's values). */
function lexError(src: string): [string, string, number, number, number, number] | null {
  const e = tokenize(src, 'prog.py').error;
  return e && [e.pyType, e.msg, e.line, e.col, e.endLine, e.endCol];
}

describe('layout', () => {
  it('emits INDENT and DEDENT from an indentation stack, several DEDENTs at once', () => {
    expect(kinds('if a:\n    if b:\n        c\nd\n')).toEqual([
      'KEYWORD:if', 'NAME:a', 'OP::', 'NEWLINE', 'INDENT', 'KEYWORD:if', 'NAME:b', 'OP::', 'NEWLINE', 'INDENT',
      'NAME:c', 'NEWLINE', 'DEDENT', 'DEDENT', 'NAME:d', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('closes open blocks at the end of input and supplies the last newline', () => {
    expect(toks('if a:\n  b')).toEqual([
      'KEYWORD if 1:0-1:2', 'NAME a 1:3-1:4', 'OP : 1:4-1:5', 'NEWLINE 1:5-1:5', 'INDENT 2:0-2:2', 'NAME b 2:2-2:3',
      'NEWLINE 2:3-2:3', 'DEDENT 3:0-3:0', 'ENDMARKER 3:0-3:0',
    ]);
  });

  it('ignores blank and comment-only lines whatever their indentation', () => {
    expect(kinds('a\n\n   \n      # note\n\t\nb # tail\n')).toEqual(['NAME:a', 'NEWLINE', 'NAME:b', 'NEWLINE', 'ENDMARKER']);
  });

  it('joins lines inside brackets without NEWLINE or indentation tokens', () => {
    expect(kinds('x = (1,\n        2,\n  3)\ny\n')).toEqual([
      'NAME:x', 'OP:=', 'OP:(', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:,', 'NUMBER:3', 'OP:)', 'NEWLINE', 'NAME:y', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('joins lines after a backslash', () => {
    expect(toks('x = 1 + \\\n    2\n')).toEqual([
      'NAME x 1:0-1:1', 'OP = 1:2-1:3', 'NUMBER 1 1:4-1:5', 'OP + 1:6-1:7', 'NUMBER 2 2:4-2:5', 'NEWLINE 2:5-2:5', 'ENDMARKER 3:0-3:0',
    ]);
  });

  it('expands tabs to multiples of 8 like CPython (a tab then spaces matches 8 spaces only consistently)', () => {
    expect(kinds('if a:\n\tb\n\tc\n')).toEqual([
      'KEYWORD:if', 'NAME:a', 'OP::', 'NEWLINE', 'INDENT', 'NAME:b', 'NEWLINE', 'NAME:c', 'NEWLINE', 'DEDENT', 'ENDMARKER',
    ]);
    expect(lexError('if a:\n\tb\n        c\n')).toEqual(['TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1, 3, 0]);
    expect(lexError('if a:\n        b\n\tc\n')).toEqual(['TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1, 3, 0]);
  });

  it('treats \\r\\n and \\r as newlines and skips a byte-order mark', () => {
    expect(kinds('\ufeffa\r\nb\rc')).toEqual(['NAME:a', 'NEWLINE', 'NAME:b', 'NEWLINE', 'NAME:c', 'NEWLINE', 'ENDMARKER']);
  });

  it('produces only ENDMARKER for empty and comment-only files', () => {
    expect(kinds('')).toEqual(['ENDMARKER']);
    expect(kinds('# nothing\n\n')).toEqual(['ENDMARKER']);
  });

  it('reports dedents that match no outer level, and too deep indentation', () => {
    expect(lexError('if x:\n    a\n  b\n')).toEqual(['IndentationError', 'unindent does not match any outer indentation level', 3, 4, 3, -1]);
    const deep = Array.from({ length: 101 }, (_, i) => ' '.repeat(i) + 'if x:').join('\n') + '\n' + ' '.repeat(101) + 'pass\n';
    expect(lexError(deep)?.slice(0, 2)).toEqual(['IndentationError', 'too many levels of indentation']);
  });
});

describe('numbers', () => {
  it('scans every literal form as one NUMBER token', () => {
    const src = '0 00 7 1_000 0x_fF 0XAB 0o17 0O7 0b1_0 0B1 1.5 1. .5 1e10 1E-5 1.5e+3 1_0.0_1e1_0 3j 1.5J 1e3j 0j 00.5';
    const r = tokenize(src, 'x');
    expect(r.error).toBeNull();
    expect(r.tokens.filter((t) => t.kind === 'NUMBER').map((t) => t.value)).toEqual(src.split(' '));
  });

  it('lets a keyword follow a number directly (`1if x else 2`), as CPython still does', () => {
    expect(kinds('1if x else 2')).toEqual(['NUMBER:1', 'KEYWORD:if', 'NAME:x', 'KEYWORD:else', 'NUMBER:2', 'NEWLINE', 'ENDMARKER']);
    expect(kinds('0x1for')).toEqual(['NUMBER:0x1f', 'KEYWORD:or', 'NEWLINE', 'ENDMARKER']);
    expect(kinds('1else')).toEqual(['NUMBER:1', 'KEYWORD:else', 'NEWLINE', 'ENDMARKER']);
  });

  it('rejects malformed numbers with CPython messages and columns', () => {
    expect(lexError('x = 0777\n')).toEqual([
      'SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 5, 1, 6,
    ]);
    expect(lexError('x = 1__0\n')).toEqual(['SyntaxError', 'invalid decimal literal', 1, 6, 1, 6]);
    expect(lexError('x = 1_\n')).toEqual(['SyntaxError', 'invalid decimal literal', 1, 6, 1, 6]);
    expect(lexError('x = 0x\n')).toEqual(['SyntaxError', 'invalid hexadecimal literal', 1, 6, 1, 6]);
    expect(lexError('x = 0b102\n')).toEqual(['SyntaxError', "invalid digit '2' in binary literal", 1, 9, 1, 9]);
    expect(lexError('x = 0o8\n')).toEqual(['SyntaxError', "invalid digit '8' in octal literal", 1, 7, 1, 7]);
    expect(lexError('x = 5abc\n')).toEqual(['SyntaxError', 'invalid decimal literal', 1, 5, 1, 5]);
    expect(lexError('x = 1e+\n')).toEqual(['SyntaxError', 'invalid decimal literal', 1, 7, 1, 7]);
    expect(lexError('x = 2jk\n')).toEqual(['SyntaxError', 'invalid imaginary literal', 1, 6, 1, 6]);
  });
});

describe('strings', () => {
  it('recognises every prefix, case-insensitively, and keeps the literal text whole', () => {
    const src = `'a' "b" r'c' R"d" b'e' B"f" u'g' U"h" f'i' F"j" rb'k' bR"l" Rb'm' fr'n' rF"o" Fr'p'`;
    const r = tokenize(src, 'x');
    expect(r.tokens.filter((t) => t.kind === 'STRING').map((t) => t.value)).toEqual(src.split(' '));
  });

  it('does not take invalid prefixes (ur, bf) as part of the string', () => {
    expect(kinds("ur'x'")).toEqual(['NAME:ur', "STRING:'x'", 'NEWLINE', 'ENDMARKER']);
    expect(kinds("bf'x'")).toEqual(['NAME:bf', "STRING:'x'", 'NEWLINE', 'ENDMARKER']);
  });

  it('spans lines for triple quotes and escaped newlines, with end positions', () => {
    expect(toks('s = """a\n\'\'b"\n"""\n')).toEqual([
      'NAME s 1:0-1:1', 'OP = 1:2-1:3', 'STRING """a\n\'\'b"\n""" 1:4-3:3', 'NEWLINE 3:3-3:3', 'ENDMARKER 4:0-4:0',
    ]);
    expect(toks("s = 'a\\\nb'\n")[2]).toBe("STRING 'a\\\nb' 1:4-2:2");
  });

  it('handles escaped quotes and empty strings', () => {
    expect(kinds(`'it\\'s' "say \\"hi\\"" '' """""" ''''''`).slice(0, 5)).toEqual([
      "STRING:'it\\'s'", 'STRING:"say \\"hi\\""', "STRING:''", 'STRING:""""""', "STRING:''''''",
    ]);
  });

  it('reports unterminated strings at their first character', () => {
    expect(lexError('s = "abc\n')).toEqual(['SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5, 1, 5]);
    expect(lexError("x = 1\ns = f'abc\nt = 2\n")).toEqual(['SyntaxError', 'unterminated string literal (detected at line 2)', 2, 5, 2, 5]);
    expect(lexError('s = """abc\ndef\n')).toEqual([
      'SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)', 1, 5, 1, 5,
    ]);
  });
});

describe('operators and names', () => {
  it('takes the longest operator', () => {
    expect(kinds('a **= b //= c >>= d <<= e := f -> g ... h != i == j <= k >= l @= m @ n ** o // p')).toEqual([
      'NAME:a', 'OP:**=', 'NAME:b', 'OP://=', 'NAME:c', 'OP:>>=', 'NAME:d', 'OP:<<=', 'NAME:e', 'OP::=', 'NAME:f', 'OP:->',
      'NAME:g', 'OP:...', 'NAME:h', 'OP:!=', 'NAME:i', 'OP:==', 'NAME:j', 'OP:<=', 'NAME:k', 'OP:>=', 'NAME:l', 'OP:@=',
      'NAME:m', 'OP:@', 'NAME:n', 'OP:**', 'NAME:o', 'OP://', 'NAME:p', 'NEWLINE', 'ENDMARKER',
    ]);
    expect(kinds('a.b..c')).toEqual(['NAME:a', 'OP:.', 'NAME:b', 'OP:.', 'OP:.', 'NAME:c', 'NEWLINE', 'ENDMARKER']);
  });

  it('separates keywords from names; soft keywords stay names', () => {
    expect(kinds('if match case _ type lambda None async await')).toEqual([
      'KEYWORD:if', 'NAME:match', 'NAME:case', 'NAME:_', 'NAME:type', 'KEYWORD:lambda', 'KEYWORD:None', 'KEYWORD:async',
      'KEYWORD:await', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('accepts Unicode identifiers, NFKC-normalised, and rejects invalid characters', () => {
    expect(kinds('café = ﬁ')).toEqual(['NAME:café', 'OP:=', 'NAME:fi', 'NEWLINE', 'ENDMARKER']);
    expect(lexError('x = a€b\n')).toEqual(['SyntaxError', "invalid character '€' (U+20AC)", 1, 6, 1, 6]);
    expect(lexError('x = 1\u00a0+ 2\n')).toEqual(['SyntaxError', 'invalid non-printable character U+00A0', 1, 6, 1, 6]);
  });

  it('tracks brackets: unmatched, mismatched, never closed, nested too deep', () => {
    expect(lexError('x = )\n')).toEqual(['SyntaxError', "unmatched ')'", 1, 5, 1, 5]);
    expect(lexError('x = (1, 2]\n')).toEqual(['SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", 1, 10, 1, 10]);
    expect(lexError('x = (1,\n  2]\n')).toEqual([
      'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 4, 2, 4,
    ]);
    const r = tokenize('x = [1,\n', 'x');
    expect([r.error?.msg, r.error?.line, r.error?.col, r.error?.endCol, r.errorAtEof]).toEqual(["'[' was never closed", 1, 5, 0, true]);
    expect(lexError('x = ' + '('.repeat(200) + ')'.repeat(200) + '\n')).toBeNull();
    expect(lexError('x = ' + '('.repeat(201) + ')'.repeat(201) + '\n')).toEqual(['SyntaxError', 'too many nested parentheses', 1, 205, 1, 205]);
  });

  it('rejects a backslash not ending its line, and one at the end of input', () => {
    expect(lexError('x = 1 \\ y\n')).toEqual(['SyntaxError', 'unexpected character after line continuation character', 1, 8, 1, 0]);
    expect(lexError('x = 1 + \\')).toEqual(['SyntaxError', 'unexpected EOF while parsing', 1, 10, 1, -1]);
    expect(lexError('x = 1 + \\\n')).toEqual(['SyntaxError', 'unexpected EOF while parsing', 1, 10, 1, -1]);
  });

  it('never throws, whatever the input', () => {
    for (const src of ['\0', '"', "'''", '\\', '(', ']', '\t\t x', '0x', '\uD800', 'x = "\\', '#', '\f\fx']) {
      expect(() => tokenize(src, 'x')).not.toThrow();
    }
  });
});

describe('token stream', () => {
  it('makes the same tokens on demand, and forgets trimmed ones', () => {
    const src = 'def f(x):\n    return [x, 0x1f, "s"]\n\nf(1)\n';
    const all = tokenize(src, 'x').tokens;
    const s = tokenStream(src, 'x');
    expect(s.at(3)).toEqual(all[3]);
    s.trim(3);
    for (let i = 3; i < all.length; i++) expect(s.at(i)).toEqual(all[i]);
    expect(s.at(all.length + 5).kind).toBe('ENDMARKER');
    expect(s.error).toBeNull();
  });

  it('reports a tokenizer error only once it reaches it, or when drained', () => {
    const s = tokenStream('x = 1\ny = "oops\n', 'x');
    expect(s.at(0).value).toBe('x');
    expect(s.error).toBeNull();
    s.drain();
    expect(s.error?.msg).toBe('unterminated string literal (detected at line 2)');
  });
});
