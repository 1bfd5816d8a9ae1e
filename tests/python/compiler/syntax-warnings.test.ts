import { describe, expect, it } from 'vitest';
import { formatSyntaxWarning } from '../../../src/python/compiler/syntax-warnings';
import { run } from '../vm/run';

/** The warnings a program's compilation gives, as "LINE: MESSAGE". */
function warnings(source: string): string[] {
  return run(source)
    .err.split('\n')
    .filter((l) => l.startsWith('prog.py:'))
    .map((l) => l.replace(/^prog\.py:(\d+): SyntaxWarning: /, '$1: '));
}

describe('SyntaxWarnings (compile.c check_compare, check_caller, check_subscripter, check_index)', () => {
  it('warns about `is` with a literal, folded constants included, never about None, True, False, ... or a display', () => {
    expect(warnings('x = 1\nx is 1\nx is not "a"\nx is -1\nx is (1, 2)\nx is ()\nx is 2 * 3\n')).toEqual([
      '2: "is" with a literal. Did you mean "=="?',
      '3: "is not" with a literal. Did you mean "!="?',
      '4: "is" with a literal. Did you mean "=="?',
      '5: "is" with a literal. Did you mean "=="?',
      '6: "is" with a literal. Did you mean "=="?',
      '7: "is" with a literal. Did you mean "=="?',
    ]);
    expect(warnings('x = 1\nx is None or x is True or x is False or x is ...\nx is [1]\nx is (x, 1)\nx == 1\n')).toEqual([]);
  });

  it('gives a check before the warnings of the operands it looks at, as CPython checks before compiling them', () => {
    expect(warnings('x = 1\n(x is 2) is not 3\n')).toEqual(['2: "is not" with a literal. Did you mean "!="?', '2: "is" with a literal. Did you mean "=="?']);
    expect(warnings('x = 0\nif x:\n    (1, 2)["a"](x is 1)\n')).toEqual([
      '3: tuple indices must be integers or slices, not str; perhaps you missed a comma?',
      '3: "is" with a literal. Did you mean "=="?',
    ]);
  });

  it('warns about a missing comma: calling a literal or display, subscripting what cannot be, indexing by what cannot index', () => {
    expect(warnings('if 0:\n    [(1, 2) (3, 4)]\n    (1, 2)["a"]\n    5[0]\n    "abc"[1.5]\n    {1: 2}(1)\n    [1][True]\n    [1][1:2]\n    {}[(1, 2)]\n')).toEqual([
      "2: 'tuple' object is not callable; perhaps you missed a comma?",
      '3: tuple indices must be integers or slices, not str; perhaps you missed a comma?',
      "4: 'int' object is not subscriptable; perhaps you missed a comma?",
      '5: str indices must be integers or slices, not float; perhaps you missed a comma?',
      "6: 'dict' object is not callable; perhaps you missed a comma?",
    ]);
  });

  it('warns about an assert on a non-empty tuple, once, at compile time', () => {
    const r = run('def f():\n    assert (1 == 2, "no")\nprint("ran")\n');
    expect(r.out).toBe('ran\n');
    expect(warnings('assert (0, "m")\nassert ()  or 1\n')).toEqual(['1: assertion is always true, perhaps remove parentheses?']);
  });

  it('formats a warning as warnings.formatwarning does: the source line stripped on both sides, none when blank', () => {
    expect(formatSyntaxWarning('a.py', 3, 'msg', '\t  x is 1   ')).toBe('a.py:3: SyntaxWarning: msg\n  x is 1\n');
    expect(formatSyntaxWarning('a.py', 3, 'msg', undefined)).toBe('a.py:3: SyntaxWarning: msg\n');
  });
});
