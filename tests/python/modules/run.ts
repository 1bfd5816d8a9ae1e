/** Runs a program through the engine; stdout plus, on failure, stderr's last line. */
import { bufferedContext } from '../../../src/python/context';
import { runProgram } from '../../../src/python/index';

export function runCase(source: string, stdin = ''): string {
  const c = bufferedContext(stdin, '<string>');
  const r = runProgram(source, { context: c, filename: '<string>' });
  let out = c.out.join('');
  if (r.exitCode !== 0) {
    const lines = c.err.join('').trimEnd().split('\n');
    out += lines[lines.length - 1] + '\n';
  }
  return out;
}

/** True once memory.ts hands each new object to the collector (so it can be tracked at birth). */
export function collectorSeesNewObjects(): boolean {
  return runCase('import gc\nprint(gc.is_tracked([]))\n') === 'True\n';
}
