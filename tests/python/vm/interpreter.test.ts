// Expected outputs below were checked against CPython 3.11.
import { describe, expect, it } from 'vitest';
import { run } from './run';

const src = (lines: string[]) => lines.join('\n') + '\n';

describe('control flow and exceptions', () => {
  it('runs try/except/else/finally in CPython order', () => {
    const r = run(
      src([
        'def f(x):',
        '    try:',
        '        if x == 0:',
        '            raise ValueError("zero")',
        '        r = 10 // x',
        '    except ValueError as e:',
        '        print("value", e)',
        '        return -1',
        '    except ZeroDivisionError:',
        '        print("never")',
        '    else:',
        '        print("else", r)',
        '        return r',
        '    finally:',
        '        print("finally", x)',
        'print(f(0))',
        'print(f(5))',
      ]),
    );
    expect(r.out).toBe('value zero\nfinally 0\n-1\nelse 2\nfinally 5\n2\n');
  });

  it('continue and break run enclosing finally blocks', () => {
    const r = run(
      src([
        'for i in (1, 2, 3):',
        '    try:',
        '        if i == 2:',
        '            continue',
        '        if i == 3:',
        '            break',
        '        print("body", i)',
        '    finally:',
        '        print("finally", i)',
        'print("done")',
      ]),
    );
    expect(r.out).toBe('body 1\nfinally 1\nfinally 2\nfinally 3\ndone\n');
  });

  it('chains exceptions with __context__ and from', () => {
    const r = run(
      src([
        'try:',
        '    try:',
        '        1 / 0',
        '    except ZeroDivisionError as e:',
        '        raise KeyError("k") from e',
        'except KeyError as k:',
        '    print(type(k.__cause__).__name__, k.__suppress_context__)',
        'try:',
        '    try:',
        '        1 / 0',
        '    except ZeroDivisionError:',
        '        raise ValueError("v")',
        'except ValueError as v:',
        '    print(type(v.__context__).__name__)',
      ]),
    );
    expect(r.out).toBe('ZeroDivisionError True\nZeroDivisionError\n');
  });

  it('prints a CPython traceback (with PEP 657 carets) and exits 1 on an uncaught exception', () => {
    const r = run(src(['def inner():', '    return 1 / 0', 'def outer():', '    return inner()', 'outer()']));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      [
        'Traceback (most recent call last):',
        '  File "prog.py", line 5, in <module>',
        '    outer()',
        '  File "prog.py", line 4, in outer',
        '    return inner()',
        '           ^^^^^^^',
        '  File "prog.py", line 2, in inner',
        '    return 1 / 0',
        '           ~~^~~',
        'ZeroDivisionError: division by zero',
        '',
      ].join('\n'),
    );
  });

  it('with statements call __exit__ and may swallow the exception', () => {
    const r = run(
      src([
        'class CM:',
        '    def __enter__(self):',
        '        print("enter")',
        '        return 7',
        '    def __exit__(self, t, v, tb):',
        '        print("exit", t.__name__ if t else None)',
        '        return True',
        'with CM() as x:',
        '    print("got", x)',
        '    raise ValueError("x")',
        'print("after")',
      ]),
    );
    expect(r.out).toBe('enter\ngot 7\nexit ValueError\nafter\n');
  });

  it('raises RecursionError at the recursion limit', () => {
    const r = run(src(['def f(n):', '    return f(n + 1)', 'f(0)']));
    expect(r.last).toBe('RecursionError: maximum recursion depth exceeded');
  });
});

describe('functions, closures and classes', () => {
  it('binds arguments with CPython rules and messages', () => {
    const r = run(
      src([
        'def f(a, b=2, *args, c, d=4, **kw):',
        '    return a + b + c + d + len(args) + len(kw)',
        'print(f(1, c=3))',
        'print(f(1, 5, 6, 7, c=3, z=9))',
        'for call in (lambda: f(), lambda: f(1, 2), lambda: f(1, c=1, a=2)):',
        '    try:',
        '        call()',
        '    except TypeError as e:',
        '        print(e)',
        'def g(x, /, y):',
        '    return x',
        'try:',
        '    g(x=1, y=2)',
        'except TypeError as e:',
        '    print(e)',
        'def h(a, b):',
        '    return a',
        'try:',
        '    h(1, 2, 3)',
        'except TypeError as e:',
        '    print(e)',
      ]),
    );
    expect(r.out).toBe(
      [
        '10',
        '16',
        "f() missing 1 required positional argument: 'a'",
        "f() missing 1 required keyword-only argument: 'c'",
        "f() got multiple values for argument 'a'",
        "g() got some positional-only arguments passed as keyword arguments: 'x'",
        'h() takes 2 positional arguments but 3 were given',
        '',
      ].join('\n'),
    );
  });

  it('shares closure cells and supports nonlocal', () => {
    const r = run(
      src([
        'def counter():',
        '    n = 0',
        '    def inc():',
        '        nonlocal n',
        '        n += 1',
        '        return n',
        '    return inc',
        'a = counter()',
        'b = counter()',
        'print(a(), a(), b())',
      ]),
    );
    expect(r.out).toBe('1 2 1\n');
  });

  it('follows the MRO through super(), properties and class/static methods', () => {
    const r = run(
      src([
        'class A:',
        '    def who(self):',
        '        return "A"',
        'class B(A):',
        '    def who(self):',
        '        return "B" + super().who()',
        'class C(A):',
        '    def who(self):',
        '        return "C" + super().who()',
        'class D(B, C):',
        '    def who(self):',
        '        return "D" + super().who()',
        '    @property',
        '    def name(self):',
        '        return self.who().lower()',
        '    @staticmethod',
        '    def s(x):',
        '        return x * 2',
        '    @classmethod',
        '    def c(cls):',
        '        return cls.__name__',
        'd = D()',
        'print(d.who(), d.name, D.s(4), d.c())',
      ]),
    );
    expect(r.out).toBe('DBCA dbca 8 D\n');
  });

  it('runs generators lazily and returns values through yield from', () => {
    const r = run(
      src([
        'def gen(n):',
        '    i = 0',
        '    while i < n:',
        '        print("yield", i)',
        '        yield i',
        '        i += 1',
        '    return "done"',
        'def outer():',
        '    result = yield from gen(2)',
        '    print("result", result)',
        'for v in outer():',
        '    print("got", v)',
      ]),
    );
    expect(r.out).toBe('yield 0\ngot 0\nyield 1\ngot 1\nresult done\n');
  });
});

describe('memory facts', () => {
  it('frees objects the moment their count reaches zero, locals in order at return', () => {
    const r = run(
      src([
        'class T:',
        '    def __init__(self, n):',
        '        self.n = n',
        '    def __del__(self):',
        '        print("free", self.n)',
        'def f():',
        '    a = T("a")',
        '    b = T("b")',
        '    keep = T("keep")',
        '    return keep',
        'k = f()',
        'print("got", k.n)',
        'k = None',
        'print("end")',
      ]),
    );
    expect(r.out).toBe('free a\nfree b\ngot keep\nfree keep\nend\n');
  });

  it('runs __del__ of objects still alive at exit, in global order', () => {
    const r = run(
      src([
        'class T:',
        '    def __init__(self, n):',
        '        self.n = n',
        '    def __del__(self):',
        '        print("del", self.n)',
        'b = T("b")',
        'a = T("a")',
        'print("end")',
      ]),
    );
    expect(r.out).toBe('end\ndel b\ndel a\n');
  });

  it('merges equal constants in one file and folds constant expressions', () => {
    const r = run(src(['a = 257', 'def f():', '    return 257', 'print(a is f(), 2 ** 10 is 1024, "a" + "b" is "ab")']));
    expect(r.out).toBe('True True True\n');
  });
});
