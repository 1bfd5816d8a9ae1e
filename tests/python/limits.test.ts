/**
 * The limits a program meets, each with CPython's own error: the recursion limit
 * (and sys.setrecursionlimit), and the heap limit (MemoryError, then the program
 * goes on when it frees memory).
 */
import { describe, expect, it } from 'vitest';
import { bufferedContext } from '../../src/python/context';
import { runProgram } from '../../src/python/index';
import { MAX_HEAP_BYTES } from '../../src/python/memory';

function run(source: string, maxHeapBytes?: number) {
  const ctx = bufferedContext('', 'limits.py');
  const result = runProgram(source, { filename: 'limits.py', context: ctx, maxHeapBytes });
  return { ...result, out: ctx.out.join(''), err: ctx.err.join('') };
}

describe('recursion', () => {
  it("raises RecursionError at CPython's depth, and at the depth sys.setrecursionlimit sets", () => {
    const r = run(`import sys
depth = 0
def f():
    global depth
    depth += 1
    f()
for limit in (1000, 200, 5000):
    sys.setrecursionlimit(limit)
    depth = 0
    try:
        f()
    except RecursionError as e:
        print(limit, depth, e)
`);
    expect(r.out).toBe('1000 999 maximum recursion depth exceeded\n200 199 maximum recursion depth exceeded\n5000 4999 maximum recursion depth exceeded\n');
  });

  // What is checked is the depth, not the time: a loaded machine takes several seconds for 90,000 frames.
  it('goes 90,000 frames deep when the limit allows it', { timeout: 60_000 }, () => {
    const r = run('import sys\nsys.setrecursionlimit(100000)\ndef g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(90000))\n');
    expect(r.out).toBe('90000\n');
  });

  it('an uncaught RecursionError ends with a traceback', () => {
    const r = run('def f():\n    f()\nf()\n');
    expect(r.exitCode).toBe(1);
    expect(r.err).toMatch(/^Traceback \(most recent call last\):\n/);
    expect(r.err).toContain('[Previous line repeated 996 more times]');
    expect(r.err.trimEnd().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded');
  });
});

describe('the heap limit', () => {
  it('is documented as 128 MiB', () => {
    expect(MAX_HEAP_BYTES).toBe(128 * 1024 * 1024);
  });

  it('raises MemoryError for runaway objects, list buffers and strings; the program goes on once it lets go', () => {
    const r = run(
      `a = []
try:
    while True:
        a.append([])
except MemoryError:
    a = None
    print("objects")
b = [None]
try:
    while True:
        b += b
except MemoryError:
    b = None
    print("list buffer")
s = "x"
try:
    while True:
        s = s + s
except MemoryError:
    print("string", len(s))
s = None
print([1, 2, 3])
`,
      2_000_000,
    );
    expect(r.err).toBe('');
    expect(r.out).toBe('objects\nlist buffer\nstring 1048576\n[1, 2, 3]\n');
  });

  it('an uncaught MemoryError ends with a traceback naming the line', () => {
    const r = run('a = []\nwhile True:\n    a.append(str(len(a)))\n', 1_000_000);
    expect(r.exitCode).toBe(1);
    expect(r.error).toEqual({ type: 'MemoryError', message: '', line: 3, col: 13, endCol: 24 });
    expect(r.err).toBe('Traceback (most recent call last):\n  File "limits.py", line 3, in <module>\n    a.append(str(len(a)))\n             ^^^^^^^^^^^\nMemoryError\n');
  });

  it('the default limit stops a runaway program long before the tab is at risk', { timeout: 60_000 }, () => {
    const r = run('a = []\nwhile True:\n    a.append([None] * 1000)\n');
    expect(r.error?.type).toBe('MemoryError');
    expect(r.out).toBe('');
  });
});
