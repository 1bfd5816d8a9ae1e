import { bufferedContext } from '../../../src/python/context';
import { runProgram } from '../../../src/python/index';

/** Runs a program; returns stdout, the last stderr line and the exit code. */
export function run(source: string, stdin = ''): { out: string; err: string; last: string; code: number } {
  const ctx = bufferedContext(stdin, 'prog.py');
  const r = runProgram(source, { filename: 'prog.py', context: ctx });
  const err = ctx.err.join('');
  return { out: ctx.out.join(''), err, last: err.trimEnd().split('\n').pop() ?? '', code: r.exitCode };
}
