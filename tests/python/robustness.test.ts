import { describe, expect, it } from 'vitest';
import { bufferedContext } from '../../src/python/context';
import { runProgram } from '../../src/python/index';
import { mutatedPrograms, randomBytes, truncatedPrograms } from '../support/mangled-programs';

// A mangled program can loop forever (a truncated `while True:` loses its `break`), as it would
// in CPython; the step budget ends it, as it ends an infinite loop in the page.
const MAX_STEPS = 200_000;

/**
 * Runs a program and checks it ended the Python way: never a JS throw, never a JS stack or
 * internal error; either normally, with a Python exception, or stopped by the step budget.
 */
function expectPythonEnding(source: string): void {
  const ctx = bufferedContext('', 'fuzz.py');
  let result: ReturnType<typeof runProgram> | undefined;
  expect(() => {
    result = runProgram(source, { filename: 'fuzz.py', context: ctx, maxSteps: MAX_STEPS });
  }).not.toThrow();
  const err = ctx.err.join('');
  expect(err).not.toMatch(/\n\s+at .*\(|InternalError/);
  if (result!.error?.type === 'StepLimit') expect(err.trimEnd().split('\n').pop()).toMatch(/^Memory Lane stopped the program after 200,000 steps \(an infinite loop\?\), at line \d+$/);
  else if (result!.exitCode !== 0) expect(err.trimEnd().split('\n').pop()).toMatch(/^[A-Za-z_.]+(Error|Exception|Exit|Interrupt|Iteration)\b|^[A-Za-z_.]+(: |$)/);
}

// Each case runs hundreds of whole programs; this is a correctness test, not a timing one.
describe('robustness: bad input ends with a Python error, never a JavaScript one', { timeout: 120_000 }, () => {
  it('random bytes', () => {
    for (const s of randomBytes(1, 300)) expectPythonEnding(s);
  });

  it('truncated corpus programs', () => {
    for (const s of truncatedPrograms(2, 3)) expectPythonEnding(s);
  });

  it('corpus programs with a character changed', () => {
    for (const s of mutatedPrograms(3)) expectPythonEnding(s);
  });

  it('deeply nested expressions', () => {
    expectPythonEnding('x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + '\n');
    expectPythonEnding('x = ' + '-'.repeat(20000) + '1\n');
    expectPythonEnding('x = [' .repeat(300) + ']'.repeat(300) + '\n');
  });

  it('an infinite loop ends at the step budget, past any except or finally', () => {
    for (const source of [
      'while True:\n    pass\n',
      'def f():\n    try:\n        yield 1\n        while True:\n            pass\n    except BaseException:\n        print("never")\n    finally:\n        print("never")\nfor x in f():\n    pass\n',
      'class A:\n    def __del__(self):\n        print("del")\n        while 1: pass\na = A()\ndel a\n',
    ]) {
      const ctx = bufferedContext('', 'loop.py');
      const r = runProgram(source, { filename: 'loop.py', context: ctx, maxSteps: 1000 });
      expect(r.error?.type).toBe('StepLimit');
      expect(ctx.out.join('')).not.toContain('never');
      expect(ctx.err.join('')).toMatch(/^Memory Lane stopped the program after 1,000 steps \(an infinite loop\?\), at line \d+\n$/);
    }
  });

  it('the step budget also ends a __del__ looping at shutdown after an uncaught exception', () => {
    const ctx = bufferedContext('', 'loop.py');
    const r = runProgram('class A:\n    def __del__(self):\n        while 1: pass\na = A()\nraise ValueError("x")\n', { filename: 'loop.py', context: ctx, maxSteps: 1000 });
    expect(r.error?.type).toBe('StepLimit');
    expect(ctx.err.join('')).toMatch(/\nValueError: x\nMemory Lane stopped the program after 1,000 steps \(an infinite loop\?\), at line 3\n$/);
  });

  it('runaway recursion', () => {
    expectPythonEnding('def f(n):\n    return f(n + 1)\nf(0)\n');
  });
});
