/**
 * Recursion that re-enters the interpreter on the JavaScript stack (through
 * __init__, __repr__, __eq__ and other special methods): the recursion depth
 * counter must come back to where it was after every unwind, even when the
 * JavaScript stack ran out, so a later recursion stops exactly where CPython's
 * does.
 */
import { describe, expect, it } from 'vitest';
import { bufferedContext } from '../../../src/python/context';
import { runProgram, type RunOptions } from '../../../src/python/index';

function run(source: string, opts: RunOptions = {}) {
  const ctx = bufferedContext('', 'prog.py');
  const result = runProgram(source, { filename: 'prog.py', context: ctx, ...opts });
  return { ...result, out: ctx.out.join(''), err: ctx.err.join('') };
}

/** The program's helpers: f() and plain() count a plain recursion, A() and through_init() one through __init__. */
const HELPERS = `import sys
n = 0
def f():
    global n
    n += 1
    f()
def plain():
    global n
    n = 0
    try:
        f()
    except RecursionError:
        return n
class A:
    def __init__(self):
        global n
        n += 1
        A()
def through_init():
    global n
    n = 0
    try:
        A()
    except RecursionError:
        return n
`;

describe('the recursion depth counter', () => {
  it('is back where it was after a recursion through __init__ ran out of JavaScript stack', () => {
    // A limit far past what a JavaScript stack holds: the stack runs out first, in the
    // middle of unwinding frames whose clean-up needs stack too.
    const r = run(HELPERS + 'sys.setrecursionlimit(10 ** 6)\nprint(through_init() > 100)\nsys.setrecursionlimit(1000)\nprint(plain())\n');
    expect(r.err).toBe('');
    expect(r.out).toBe('True\n998\n'); // CPython's: the module and plain() hold two of the 1000 levels
  });
});
