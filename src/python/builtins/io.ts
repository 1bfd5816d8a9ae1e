/**
 * print() and input(): the run's stdout and stdin (ctx), or any object with a
 * `write` method passed as print's `file`.
 */
import { callMethod } from '../abstract';
import { ctx } from '../context';
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { beginStdoutWrite, beginVarargs, endStdoutWrite, endVarargs, firstPrint, stdoutWrite } from '../hidden-allocs';
import { str } from '../ops';
import { EOFError, TypeError } from '../types/exception';
import { None } from '../types/none';
import { newStr, PyStr } from '../types/str';
import { makeBuiltin, type KwArgs } from '../types/type';
import type { PyObject } from '../object';

function textOption(kw: KwArgs, name: string, dflt: string): string {
  const v = kw?.get(name);
  if (v === undefined || v === None) return dflt;
  if (!(v instanceof PyStr)) throwError(TypeError, `${name} must be None or a string, not ${v.type.name}`);
  return v.v;
}

/** `print(*objects, sep=' ', end='\n', file=None, flush=False)`. */
export const print = makeBuiltin('print', (args, kw) => {
  if (kw !== null) {
    for (const k of kw.keys()) {
      if (k !== 'sep' && k !== 'end' && k !== 'file' && k !== 'flush') throwError(TypeError, `'${k}' is an invalid keyword argument for print()`);
    }
  }
  // Argument Clinic packs print's *args into a tuple, freed when print returns.
  firstPrint();
  const blk = beginVarargs(args.length);
  try {
    printArgs(args, kw);
  } finally {
    endVarargs(args.length, blk);
  }
  return incref(None);
});

function printArgs(args: PyObject[], kw: KwArgs): void {
  const sep = textOption(kw, 'sep', ' ');
  const end = textOption(kw, 'end', '\n');
  const file = kw?.get('file');
  let write: (text: string) => void = (t) => {
    ctx.writeOut(t);
    stdoutWrite(t);
  };
  if (file !== undefined && file !== None) {
    write = (t) => {
      const s = newStr(t);
      try {
        decref(callMethod(file, 'write', [s]));
      } finally {
        decref(s);
      }
    };
  }
  // Each piece is written as soon as it is converted, so output before a failing __str__ still appears.
  const toStdout = file === undefined || file === None;
  const piece = (make: () => string): void => {
    // PyFile_WriteObject: sys.stdout's bound write method, made before the piece is
    // converted and freed after it is written (a user's file makes its own in callMethod).
    const w = toStdout ? beginStdoutWrite() : -1;
    try {
      write(make());
    } finally {
      if (toStdout) endStdoutWrite(w);
    }
  };
  for (let i = 0; i < args.length; i++) {
    if (i > 0) piece(() => sep);
    const x = args[i];
    piece(() => str(x));
  }
  piece(() => end);
}

/** `input(prompt='')`: the prompt goes to stdout; EOFError at the end of stdin. */
export const input = makeBuiltin('input', (args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'input() takes no keyword arguments');
  if (args.length > 1) throwError(TypeError, `input expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) ctx.writeOut(str(args[0]));
  const line = ctx.readLine();
  if (line === null) throwError(EOFError, 'EOF when reading a line');
  return newStr(line);
});

