import { describe, expect, it } from 'vitest';
import { parse } from '../../src/python/parser';
import { formatSyntaxError, PythonSyntaxError } from '../../src/python/syntax-error';

function failure(src: string, filename = 'prog.py'): PythonSyntaxError {
  try {
    parse(src, filename);
  } catch (e) {
    if (e instanceof PythonSyntaxError) return e;
    throw e;
  }
  throw new Error('parsed: ' + src);
}

// [program, type, msg, lineno, offset, end_lineno, end_offset, stderr] as
// CPython 3.11.7 reports them for `python3 prog.py` (the error attributes seen
// by sys.excepthook, the text it prints). Offsets are the 1-based columns of
// SyntaxError; the one non-ASCII line keeps compile()'s character offsets,
// while its printed carets follow python3's UTF-8 byte offsets.
const ERRORS: [string, string, string, number, number, number, number, string][] = [
  ['x = = 2\n', 'SyntaxError', 'invalid syntax', 1, 5, 1, 6,
    '  File "prog.py", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n'],
  ['x = 1 2\n', 'SyntaxError', 'invalid syntax', 1, 7, 1, 8,
    '  File "prog.py", line 1\n    x = 1 2\n          ^\nSyntaxError: invalid syntax\n'],
  ['if x = 1:\n    pass\n', 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9,
    "  File \"prog.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"],
  ['f() = 1\n', 'SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4,
    "  File \"prog.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"],
  ['x + 1 = 2\n', 'SyntaxError', "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6,
    "  File \"prog.py\", line 1\n    x + 1 = 2\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"],
  ['1 = x\n', 'SyntaxError', "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2,
    "  File \"prog.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"],
  ['True = 1\n', 'SyntaxError', 'cannot assign to True', 1, 1, 1, 5,
    '  File "prog.py", line 1\n    True = 1\n    ^^^^\nSyntaxError: cannot assign to True\n'],
  ['a, f() = 1\n', 'SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7,
    "  File \"prog.py\", line 1\n    a, f() = 1\n       ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"],
  ['a = f() = 1\n', 'SyntaxError', 'cannot assign to function call', 1, 5, 1, 8,
    '  File "prog.py", line 1\n    a = f() = 1\n        ^^^\nSyntaxError: cannot assign to function call\n'],
  ['[a, 1] = x\n', 'SyntaxError', 'cannot assign to literal', 1, 5, 1, 6,
    '  File "prog.py", line 1\n    [a, 1] = x\n        ^\nSyntaxError: cannot assign to literal\n'],
  ['del f()\n', 'SyntaxError', 'cannot delete function call', 1, 5, 1, 8,
    '  File "prog.py", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n'],
  ['del *a\n', 'SyntaxError', 'cannot delete starred', 1, 5, 1, 7,
    '  File "prog.py", line 1\n    del *a\n        ^^\nSyntaxError: cannot delete starred\n'],
  ['for f() in x:\n    pass\n', 'SyntaxError', 'cannot assign to function call', 1, 5, 1, 8,
    '  File "prog.py", line 1\n    for f() in x:\n        ^^^\nSyntaxError: cannot assign to function call\n'],
  ['with a as f():\n    pass\n', 'SyntaxError', 'cannot assign to function call', 1, 11, 1, 14,
    '  File "prog.py", line 1\n    with a as f():\n              ^^^\nSyntaxError: cannot assign to function call\n'],
  ['f() += 1\n', 'SyntaxError', "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4,
    '  File "prog.py", line 1\n    f() += 1\n    ^^^\nSyntaxError: \'function call\' is an illegal expression for augmented assignment\n'],
  ['a, b += 1\n', 'SyntaxError', "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5,
    '  File "prog.py", line 1\n    a, b += 1\n    ^^^^\nSyntaxError: \'tuple\' is an illegal expression for augmented assignment\n'],
  ['[a, b]: int = 1\n', 'SyntaxError', 'only single target (not list) can be annotated', 1, 1, 1, 7,
    '  File "prog.py", line 1\n    [a, b]: int = 1\n    ^^^^^^\nSyntaxError: only single target (not list) can be annotated\n'],
  ['a + b: int = 1\n', 'SyntaxError', 'illegal target for annotation', 1, 1, 1, 6,
    '  File "prog.py", line 1\n    a + b: int = 1\n    ^^^^^\nSyntaxError: illegal target for annotation\n'],
  ['(a.b := 1)\n', 'SyntaxError', 'cannot use assignment expressions with attribute', 1, 2, 1, 5,
    '  File "prog.py", line 1\n    (a.b := 1)\n     ^^^\nSyntaxError: cannot use assignment expressions with attribute\n'],
  ['print "hello"\n', 'SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14,
    '  File "prog.py", line 1\n    print "hello"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to \'print\'. Did you mean print(...)?\n'],
  ['if x\n    pass\n', 'SyntaxError', "expected ':'", 1, 5, 1, 5,
    '  File "prog.py", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n'],
  ['while x\n    pass\n', 'SyntaxError', "expected ':'", 1, 8, 1, 8,
    '  File "prog.py", line 1\n    while x\n           ^\nSyntaxError: expected \':\'\n'],
  ['for x in y\n    pass\n', 'SyntaxError', "expected ':'", 1, 11, 1, 11,
    '  File "prog.py", line 1\n    for x in y\n              ^\nSyntaxError: expected \':\'\n'],
  ['def f()\n    pass\n', 'SyntaxError', "expected ':'", 1, 8, 1, 8,
    '  File "prog.py", line 1\n    def f()\n           ^\nSyntaxError: expected \':\'\n'],
  ['class A\n    pass\n', 'SyntaxError', "expected ':'", 1, 8, 1, 8,
    '  File "prog.py", line 1\n    class A\n           ^\nSyntaxError: expected \':\'\n'],
  ['def f:\n    pass\n', 'SyntaxError', "expected '('", 1, 6, 1, 7,
    '  File "prog.py", line 1\n    def f:\n         ^\nSyntaxError: expected \'(\'\n'],
  ['if x:\npass\n', 'IndentationError', "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5,
    '  File "prog.py", line 2\n    pass\n    ^\nIndentationError: expected an indented block after \'if\' statement on line 1\n'],
  ['def f():\nreturn 1\n', 'IndentationError', 'expected an indented block after function definition on line 1', 2, 1, 2, 7,
    '  File "prog.py", line 2\n    return 1\n    ^\nIndentationError: expected an indented block after function definition on line 1\n'],
  ['class A:\n    def f(self):\n    pass\n', 'IndentationError', 'expected an indented block after function definition on line 2', 3, 5, 3, 9,
    '  File "prog.py", line 3\n    pass\n    ^\nIndentationError: expected an indented block after function definition on line 2\n'],
  ['try:\n    pass\nx = 1\n', 'SyntaxError', "expected 'except' or 'finally' block", 3, 1, 3, 2,
    "  File \"prog.py\", line 3\n    x = 1\n    ^\nSyntaxError: expected 'except' or 'finally' block\n"],
  ['try:\n    pass\nexcept\n    pass\n', 'SyntaxError', "expected ':'", 3, 7, 3, 7,
    '  File "prog.py", line 3\n    except\n          ^\nSyntaxError: expected \':\'\n'],
  ['try:\n    pass\nexcept ValueError, TypeError:\n    pass\n', 'SyntaxError', 'multiple exception types must be parenthesized', 3, 8, 3, 29,
    '  File "prog.py", line 3\n    except ValueError, TypeError:\n           ^^^^^^^^^^^^^^^^^^^^^\nSyntaxError: multiple exception types must be parenthesized\n'],
  ['else:\n    pass\n', 'SyntaxError', 'invalid syntax', 1, 1, 1, 5,
    '  File "prog.py", line 1\n    else:\n    ^^^^\nSyntaxError: invalid syntax\n'],
  ['x = (1, 2\ny = 3\n', 'SyntaxError', "'(' was never closed", 1, 5, 1, 0,
    '  File "prog.py", line 1\n    x = (1, 2\n        ^\nSyntaxError: \'(\' was never closed\n'],
  ['foo(1, 2\n', 'SyntaxError', "'(' was never closed", 1, 4, 1, 0,
    '  File "prog.py", line 1\n    foo(1, 2\n       ^\nSyntaxError: \'(\' was never closed\n'],
  ['x = )\n', 'SyntaxError', "unmatched ')'", 1, 5, 1, 5,
    '  File "prog.py", line 1\n    x = )\n        ^\nSyntaxError: unmatched \')\'\n'],
  ['x = (1,\n  2]\n', 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 4, 2, 4,
    "  File \"prog.py\", line 2\n    2]\n     ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n"],
  ["s = 'abc\nt = 1\n", 'SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5, 1, 5,
    '  File "prog.py", line 1\n    s = \'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n'],
  ['s = """abc\ndef\n', 'SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)', 1, 5, 1, 5,
    '  File "prog.py", line 1\n    s = """abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n'],
  ['x = 1 +\n', 'SyntaxError', 'invalid syntax', 1, 8, 1, 8,
    '  File "prog.py", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n'],
  ['x = 1\n  y = 2\n', 'IndentationError', 'unexpected indent', 2, 2, 2, -1,
    '  File "prog.py", line 2\n    y = 2\nIndentationError: unexpected indent\n'],
  ['if x:\n    a\n  b\n', 'IndentationError', 'unindent does not match any outer indentation level', 3, 4, 3, -1,
    '  File "prog.py", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n'],
  ['if x:\n\ta = 1\n        b = 2\n', 'TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1, 3, 0,
    '  File "prog.py", line 3\n    b = 2\nTabError: inconsistent use of tabs and spaces in indentation\n'],
  ['x = 1 \\ y\n', 'SyntaxError', 'unexpected character after line continuation character', 1, 8, 1, 0,
    '  File "prog.py", line 1\n    x = 1 \\ y\n           ^\nSyntaxError: unexpected character after line continuation character\n'],
  ['x = 0777\n', 'SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 5, 1, 6,
    '  File "prog.py", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n'],
  ['x = 1__0\n', 'SyntaxError', 'invalid decimal literal', 1, 6, 1, 6,
    '  File "prog.py", line 1\n    x = 1__0\n         ^\nSyntaxError: invalid decimal literal\n'],
  ['x = 5abc\n', 'SyntaxError', 'invalid decimal literal', 1, 5, 1, 5,
    '  File "prog.py", line 1\n    x = 5abc\n        ^\nSyntaxError: invalid decimal literal\n'],
  ['x = $\n', 'SyntaxError', 'invalid syntax', 1, 5, 1, 6,
    '  File "prog.py", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n'],
  ['x = f(a for a in b, c)\n', 'SyntaxError', 'Generator expression must be parenthesized', 1, 7, 1, 19,
    '  File "prog.py", line 1\n    x = f(a for a in b, c)\n          ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n'],
  ['f(x=1, 2)\n', 'SyntaxError', 'positional argument follows keyword argument', 1, 9, 1, 10,
    '  File "prog.py", line 1\n    f(x=1, 2)\n            ^\nSyntaxError: positional argument follows keyword argument\n'],
  ['f(**k, *a)\n', 'SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', 1, 8, 1, 9,
    '  File "prog.py", line 1\n    f(**k, *a)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n'],
  ['f(a.b=1)\n', 'SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', 1, 3, 1, 7,
    '  File "prog.py", line 1\n    f(a.b=1)\n      ^^^^\nSyntaxError: expression cannot contain assignment, perhaps you meant "=="?\n'],
  ['def f(a=1, b):\n    pass\n', 'SyntaxError', 'non-default argument follows default argument', 1, 12, 1, 13,
    '  File "prog.py", line 1\n    def f(a=1, b):\n               ^\nSyntaxError: non-default argument follows default argument\n'],
  ['def f(*):\n    pass\n', 'SyntaxError', 'named arguments must follow bare *', 1, 7, 1, 8,
    '  File "prog.py", line 1\n    def f(*):\n          ^\nSyntaxError: named arguments must follow bare *\n'],
  ['def f(a, a):\n    pass\n', 'SyntaxError', "duplicate argument 'a' in function definition", 1, 10, 1, 11,
    '  File "prog.py", line 1\n    def f(a, a):\n             ^\nSyntaxError: duplicate argument \'a\' in function definition\n'],
  ['x = [1, 2 3]\n', 'SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', 1, 9, 1, 12,
    '  File "prog.py", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n'],
  ['x = {1: 2, 3}\n', 'SyntaxError', "':' expected after dictionary key", 1, 12, 1, 0,
    '  File "prog.py", line 1\n    x = {1: 2, 3}\n               ^\nSyntaxError: \':\' expected after dictionary key\n'],
  ['x = {1: }\n', 'SyntaxError', "expression expected after dictionary key and ':'", 1, 7, 1, 8,
    '  File "prog.py", line 1\n    x = {1: }\n          ^\nSyntaxError: expression expected after dictionary key and \':\'\n'],
  ['print(f"{x")\n', 'SyntaxError', "f-string: expecting '}'", 1, 12, 1, 13,
    '  File "prog.py", line 1\n    print(f"{x")\n               ^\nSyntaxError: f-string: expecting \'}\'\n'],
  ['print(f"{}")\n', 'SyntaxError', 'f-string: empty expression not allowed', 1, 12, 1, 13,
    '  File "prog.py", line 1\n    print(f"{}")\n               ^\nSyntaxError: f-string: empty expression not allowed\n'],
  ['print(f"{x!z}")\n', 'SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15, 1, 16,
    "  File \"prog.py\", line 1\n    print(f\"{x!z}\")\n                  ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"],
  ['print(f"}")\n', 'SyntaxError', "f-string: single '}' is not allowed", 1, 11, 1, 12,
    '  File "prog.py", line 1\n    print(f"}")\n              ^\nSyntaxError: f-string: single \'}\' is not allowed\n'],
  ['x = 1\nprint(f"{a b}")\n', 'SyntaxError', 'f-string: invalid syntax. Perhaps you forgot a comma?', 2, 2, 2, 5,
    '  File "prog.py", line 2\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n'],
  ['print(f"{x\\n}")\n', 'SyntaxError', 'f-string expression part cannot include a backslash', 1, 15, 1, 16,
    '  File "prog.py", line 1\n    print(f"{x\\n}")\n                  ^\nSyntaxError: f-string expression part cannot include a backslash\n'],
  ['x = "\\x4"\n', 'SyntaxError', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10,
    '  File "prog.py", line 1\n    x = "\\x4"\n             ^\nSyntaxError: (unicode error) \'unicodeescape\' codec can\'t decode bytes in position 0-2: truncated \\xXX escape\n'],
  ['x = "a" b"b"\n', 'SyntaxError', 'cannot mix bytes and nonbytes literals', 1, 13, 1, 13,
    '  File "prog.py", line 1\n    x = "a" b"b"\n                ^\nSyntaxError: cannot mix bytes and nonbytes literals\n'],
  ['return 1\n', 'SyntaxError', "'return' outside function", 1, 1, 1, 9,
    '  File "prog.py", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: \'return\' outside function\n'],
  ['break\n', 'SyntaxError', "'break' outside loop", 1, 1, 1, 6,
    '  File "prog.py", line 1\n    break\n    ^^^^^\nSyntaxError: \'break\' outside loop\n'],
  ['continue\n', 'SyntaxError', "'continue' not properly in loop", 1, 1, 1, 9,
    '  File "prog.py", line 1\n    continue\n    ^^^^^^^^\nSyntaxError: \'continue\' not properly in loop\n'],
  ['yield 1\n', 'SyntaxError', "'yield' outside function", 1, 1, 1, 8,
    '  File "prog.py", line 1\n    yield 1\n    ^^^^^^^\nSyntaxError: \'yield\' outside function\n'],
  ['def f():\n    class A:\n        return 1\n', 'SyntaxError', "'return' outside function", 3, 9, 3, 17,
    '  File "prog.py", line 3\n    return 1\n    ^^^^^^^^\nSyntaxError: \'return\' outside function\n'],
  ['x = yield = 1\n', 'SyntaxError', 'assignment to yield expression not possible', 1, 5, 1, 10,
    '  File "prog.py", line 1\n    x = yield = 1\n        ^^^^^\nSyntaxError: assignment to yield expression not possible\n'],
  ['x = 1 if 2\n', 'SyntaxError', "expected 'else' after 'if' expression", 1, 5, 1, 11,
    "  File \"prog.py\", line 1\n    x = 1 if 2\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"],
  ['from x import a,\n', 'SyntaxError', 'trailing comma not allowed without surrounding parentheses', 1, 17, 1, 17,
    '  File "prog.py", line 1\n    from x import a,\n                    ^\nSyntaxError: trailing comma not allowed without surrounding parentheses\n'],
  ['x = [*a for a in b]\n', 'SyntaxError', 'iterable unpacking cannot be used in comprehension', 1, 6, 1, 8,
    '  File "prog.py", line 1\n    x = [*a for a in b]\n         ^^\nSyntaxError: iterable unpacking cannot be used in comprehension\n'],
  ['x = [a, b for a in c]\n', 'SyntaxError', 'did you forget parentheses around the comprehension target?', 1, 6, 1, 10,
    '  File "prog.py", line 1\n    x = [a, b for a in c]\n         ^^^^\nSyntaxError: did you forget parentheses around the comprehension target?\n'],
  ['(*a)\n', 'SyntaxError', 'cannot use starred expression here', 1, 2, 1, 4,
    '  File "prog.py", line 1\n    (*a)\n     ^^\nSyntaxError: cannot use starred expression here\n'],
  ['def f(a, /, /):\n    pass\n', 'SyntaxError', '/ may appear only once', 1, 13, 1, 14,
    '  File "prog.py", line 1\n    def f(a, /, /):\n                ^\nSyntaxError: / may appear only once\n'],
  ['while True:\n    pass\nelse\n    pass\n', 'SyntaxError', "expected ':'", 3, 5, 3, 5,
    '  File "prog.py", line 3\n    else\n        ^\nSyntaxError: expected \':\'\n'],
  ['x = lambda: yield\n', 'SyntaxError', 'invalid syntax', 1, 13, 1, 18,
    '  File "prog.py", line 1\n    x = lambda: yield\n                ^^^^^\nSyntaxError: invalid syntax\n'],
  ['def f(x):\n    if x:\n        return 1\n    else:\n    return 2\n', 'IndentationError', "expected an indented block after 'else' statement on line 4", 5, 5, 5, 11,
    '  File "prog.py", line 5\n    return 2\n    ^\nIndentationError: expected an indented block after \'else\' statement on line 4\n'],
  ['if x:\n', 'IndentationError', "expected an indented block after 'if' statement on line 1", 1, 0, 1, -1,
    '  File "prog.py", line 1\n    if x:\nIndentationError: expected an indented block after \'if\' statement on line 1\n'],
  ['try:\n   x = 34\n', 'SyntaxError', "expected 'except' or 'finally' block", 2, 0, 2, -1,
    "  File \"prog.py\", line 2\n    x = 34\nSyntaxError: expected 'except' or 'finally' block\n"],
  ['x = [1, 2, 3\nprint(x)\n', 'SyntaxError', "'[' was never closed", 1, 5, 1, 0,
    '  File "prog.py", line 1\n    x = [1, 2, 3\n        ^\nSyntaxError: \'[\' was never closed\n'],
  ["x = ' + str(1)\n", 'SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5, 1, 5,
    '  File "prog.py", line 1\n    x = \' + str(1)\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n'],
  ["print('hi'))\n", 'SyntaxError', "unmatched ')'", 1, 12, 1, 12,
    "  File \"prog.py\", line 1\n    print('hi'))\n               ^\nSyntaxError: unmatched ')'\n"],
  ['def f():\n    return [(yield) for a in b]\n', 'SyntaxError', "'yield' inside list comprehension", 2, 14, 2, 19,
    '  File "prog.py", line 2\n    return [(yield) for a in b]\n             ^^^^^\nSyntaxError: \'yield\' inside list comprehension\n'],
  ['try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n', 'SyntaxError', "default 'except:' must be last", 3, 1, 4, 9,
    '  File "prog.py", line 3\n    except:\n    ^^^^^^^\nSyntaxError: default \'except:\' must be last\n'],
  ['s = "é" + (a b)\n', 'SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', 1, 12, 1, 15,
    '  File "prog.py", line 1\n    s = "é" + (a b)\n                ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n'],
  ["name = 'Ada'\nprint(f'{name!}')\n", 'SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'", 2, 17, 2, 18,
    "  File \"prog.py\", line 2\n    print(f'{name!}')\n                    ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"],
  ['x = 1\n\n\n  y = 2\n', 'IndentationError', 'unexpected indent', 4, 2, 4, -1,
    '  File "prog.py", line 4\n    y = 2\nIndentationError: unexpected indent\n'],
  ["for i in range(3):\n    print(i)\n   print('done')\n", 'IndentationError', 'unindent does not match any outer indentation level', 3, 17, 3, -1,
    '  File "prog.py", line 3\n    print(\'done\')\n                 ^\nIndentationError: unindent does not match any outer indentation level\n'],
  ['numbers = [1, 2, 3]\nfor n in numbers\n    print(n)\n', 'SyntaxError', "expected ':'", 2, 17, 2, 17,
    '  File "prog.py", line 2\n    for n in numbers\n                    ^\nSyntaxError: expected \':\'\n'],
  ["def greet(name):\n    print('Hello, ' + name\n\ngreet('Ada')\n", 'SyntaxError', "'(' was never closed", 2, 10, 2, 0,
    "  File \"prog.py\", line 2\n    print('Hello, ' + name\n         ^\nSyntaxError: '(' was never closed\n"],
  ["if x == 1:\n    print('one')\nelif x = 2:\n    print('two')\n", 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 3, 6, 3, 11,
    "  File \"prog.py\", line 3\n    elif x = 2:\n         ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"],
  ["x = 10\nif x > 5:\nprint('big')\n", 'IndentationError', "expected an indented block after 'if' statement on line 2", 3, 1, 3, 6,
    "  File \"prog.py\", line 3\n    print('big')\n    ^\nIndentationError: expected an indented block after 'if' statement on line 2\n"],
  ['total = 0\nfor i in range(10):\n    total += i\n  print(total)\n', 'IndentationError', 'unindent does not match any outer indentation level', 4, 15, 4, -1,
    '  File "prog.py", line 4\n    print(total)\n                ^\nIndentationError: unindent does not match any outer indentation level\n'],
  ['class Dog:\n    def __init__(self, name)\n        self.name = name\n', 'SyntaxError', "expected ':'", 2, 29, 2, 29,
    '  File "prog.py", line 2\n    def __init__(self, name)\n                            ^\nSyntaxError: expected \':\'\n'],
  ["print('a' 'b' 'c)\n", 'SyntaxError', 'unterminated string literal (detected at line 1)', 1, 15, 1, 15,
    "  File \"prog.py\", line 1\n    print('a' 'b' 'c)\n                  ^\nSyntaxError: unterminated string literal (detected at line 1)\n"],
  ["d = {'a': 1, 'b': 2\nprint(d)\n", 'SyntaxError', "'{' was never closed", 1, 5, 1, 0,
    "  File \"prog.py\", line 1\n    d = {'a': 1, 'b': 2\n        ^\nSyntaxError: '{' was never closed\n"],
  ['x = [1, 2, 3]]\n', 'SyntaxError', "unmatched ']'", 1, 14, 1, 14,
    '  File "prog.py", line 1\n    x = [1, 2, 3]]\n                 ^\nSyntaxError: unmatched \']\'\n'],
  ['import math\nmath.sqrt(16\n', 'SyntaxError', "'(' was never closed", 2, 10, 2, 0,
    '  File "prog.py", line 2\n    math.sqrt(16\n             ^\nSyntaxError: \'(\' was never closed\n'],
];

describe('syntax errors match CPython 3.11', () => {
  it.each(ERRORS)('%j', (src, type, msg, line, col, endLine, endCol, printed) => {
    const e = failure(src);
    expect([e.pyType, e.msg, e.line, e.col, e.endLine, e.endCol]).toEqual([type, msg, line, col, endLine, endCol]);
    expect(formatSyntaxError(e)).toBe(printed);
    expect(e.filename).toBe('prog.py');
    // The quoted line is the program's, except for f-string fields: CPython quotes the "(field)" it parsed.
    expect(e.lineText).toBe(msg.startsWith('f-string: invalid syntax') ? '(a b)' : src.split('\n')[line - 1]);
  });
});

describe('PythonSyntaxError', () => {
  it('reads like CPython\'s str(SyntaxError) and carries its class name', () => {
    const e = failure('x = = 1\n', 'main.py');
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('invalid syntax (main.py, line 1)');
    expect(e.name).toBe('SyntaxError');
  });

  it('finds the source line for errors raised later from AST positions (the compiler\'s)', () => {
    parse('x = 1\ny = *a\n', 'later.py');
    const e = new PythonSyntaxError('SyntaxError', "can't use starred expression here", 'later.py', 2, 5, 2, 7);
    expect(e.lineText).toBe('y = *a');
    expect(formatSyntaxError(e)).toBe('  File "later.py", line 2\n    y = *a\n        ^^\nSyntaxError: can\'t use starred expression here\n');
  });

  it('prints only the location when the line is unknown', () => {
    const e = new PythonSyntaxError('SyntaxError', 'oops', 'nowhere.py', 3, 1);
    expect(formatSyntaxError(e)).toBe('  File "nowhere.py", line 3\nSyntaxError: oops\n');
  });

  it('prints unsupported features in the same shape', () => {
    const e = failure('x = 1\nasync def f():\n    pass\n');
    expect(formatSyntaxError(e)).toBe(
      '  File "prog.py", line 2\n    async def f():\n    ^^^^^\nNotImplementedError: \'async def\' is not supported by Memory Lane (line 2)\n',
    );
  });

  it('keeps the tokenizer\'s character offsets on non-ASCII lines, as python3 prints them', () => {
    const e = failure('x = "é" + 0x\n');
    expect([e.msg, e.col]).toEqual(['invalid hexadecimal literal', 12]);
    expect(formatSyntaxError(e)).toBe('  File "prog.py", line 1\n    x = "é" + 0x\n               ^\nSyntaxError: invalid hexadecimal literal\n');
  });
});

describe('error priorities', () => {
  it('prefers a tokenizer error anywhere later in the file to a parser error', () => {
    expect(failure('x = = 1\ns = "abc\n').msg).toBe('unterminated string literal (detected at line 2)');
  });

  it('reports a bracket left open at the end only over errors on later lines', () => {
    expect(failure('x = = 1\nfoo(1,\n').msg).toBe('invalid syntax');
    expect(failure('foo(1, 2\nx = 3\n').msg).toBe("'(' was never closed");
  });

  it('reports parse errors before compile-time ones, and symbol-table ones before the rest', () => {
    expect(failure('return 1\nx = = 2\n').msg).toBe('invalid syntax');
    expect(failure('break\ndef f(a, a): pass\n').msg).toBe("duplicate argument 'a' in function definition");
    expect(failure('def f():\n    x = [(yield) for a in b]\nreturn 2\n').msg).toBe("'yield' inside list comprehension");
  });
});
