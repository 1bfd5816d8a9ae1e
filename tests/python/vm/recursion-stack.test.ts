/**
 * Recursion that re-enters the interpreter on the JavaScript stack (through
 * __init__, __repr__, __eq__ and other special methods): the recursion depth
 * counter must come back to where it was after every unwind, even when the
 * JavaScript stack ran out, so a later recursion stops exactly where CPython's
 * does; and past DEFAULT_REENTRY_LIMIT nested calls from native code the run
 * gets RecursionError, at the same depth every time, before a browser worker's
 * stack runs out. Expected values are python3's unless a comment says why.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bufferedContext } from '../../../src/python/context';
import { runProgram, type RunOptions } from '../../../src/python/index';
import { DEFAULT_REENTRY_LIMIT, REENTRY_LIMIT_16MB } from '../../../src/python/vm/recursion-guard';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

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
    const r = run(HELPERS + 'sys.setrecursionlimit(10 ** 6)\nprint(through_init() > 100)\nsys.setrecursionlimit(1000)\nprint(plain())\n', { reentryLimit: Infinity });
    expect(r.err).toBe('');
    expect(r.out).toBe('True\n998\n'); // CPython's: the module and plain() hold two of the 1000 levels
  });
});

/** Depths and messages of recursion through __repr__ and __eq__ and of a plain one, under two limits. */
const THROUGH_DUNDERS = `import sys
n = 0
class R:
    def __repr__(self):
        global n
        n += 1
        return repr(self)
class E:
    def __eq__(self, other):
        global n
        n += 1
        return self == other
def depth(action):
    global n
    n = 0
    try:
        action()
    except RecursionError as e:
        return n, str(e)
def f():
    global n
    n += 1
    f()
print(depth(lambda: repr(R())))
print(depth(lambda: repr(R())))
print(depth(lambda: E() == 1))
print(depth(f))
sys.setrecursionlimit(300)
print(depth(lambda: E() == 1))
print(depth(lambda: repr(R())))
sys.setrecursionlimit(5000)
print(depth(f))
`;

/** What python3 prints for THROUGH_DUNDERS (also `npm run py`, whose 16 MB stack takes CPython's depths). */
const CPYTHON = `(332, 'maximum recursion depth exceeded while getting the repr of an object')
(332, 'maximum recursion depth exceeded while getting the repr of an object')
(498, 'maximum recursion depth exceeded')
(998, 'maximum recursion depth exceeded')
(148, 'maximum recursion depth exceeded')
(99, 'maximum recursion depth exceeded while calling a Python object')
(4998, 'maximum recursion depth exceeded')
`;

describe('recursion through special methods', () => {
  it('is documented as stopping at 150 nested calls from native code, 3000 on a 16 MB stack', () => {
    expect(DEFAULT_REENTRY_LIMIT).toBe(150);
    expect(REENTRY_LIMIT_16MB).toBe(3000);
  });

  it("stops at the cap with CPython's message for a call, at the same depth every time; below the cap, at CPython's depth", () => {
    const r = run(THROUGH_DUNDERS);
    expect(r.err).toBe('');
    // The module's frame is the first of the 150, so 149 __repr__ (or __eq__) calls run.
    const capped = "(149, 'maximum recursion depth exceeded while calling a Python object')\n";
    const lines = CPYTHON.split('\n');
    expect(r.out).toBe(capped + capped + capped + lines.slice(3).join('\n'));
  });

  it("reaches CPython's depths on the command line's 16 MB stack (npm run py)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'recursion-'));
    const file = join(dir, 'dunders.py');
    writeFileSync(file, THROUGH_DUNDERS);
    expect(execFileSync(process.execPath, [join(ROOT, 'scripts', 'py.mjs'), file], { encoding: 'utf8' })).toBe(CPYTHON);
  }, 60_000);
});
