/**
 * print() and input(): the run's stdout and stdin (ctx), or any object with a
 * `write` method passed as print's `file`.
 */
import { callMethod } from '../abstract';
import { ctx } from '../context';
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { isTrue } from '../abstract';
import { strObject } from '../format';
import { beginStdoutWrite, beginVarargs, endStdoutWrite, endVarargs, firstPrint } from '../hidden-allocs';
import { flushStdout, stdoutWrite } from '../stdout-pending';
import { EOFError, TypeError } from '../types/exception';
import { None } from '../types/none';
import { newStr, PyStr } from '../types/str';
import { makeBuiltin, type KwArgs } from '../types/type';
import type { PyObject } from '../object';

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

/** print's `sep` or `end`: the object given (None: the default, a one-character str CPython caches). */
function textOption(kw: KwArgs, name: string, dflt: string): PyStr {
  const v = kw?.get(name);
  if (v === undefined || v === None) return newStr(dflt);
  if (!(v instanceof PyStr)) throwError(TypeError, `${name} must be None or a string, not ${v.type.name}`);
  return incref(v);
}

function printArgs(args: PyObject[], kw: KwArgs): void {
  const sep = textOption(kw, 'sep', ' ');
  let end: PyStr | null = null;
  try {
    end = textOption(kw, 'end', '\n');
    const file = kw?.get('file');
    const toStdout = file === undefined || file === None;
    const piece = (make: () => PyObject): void => {
      if (toStdout) writeObject(make);
      else {
        const s = make();
        try {
          decref(callMethod(file!, 'write', [s]));
        } finally {
          decref(s);
        }
      }
    };
    for (let i = 0; i < args.length; i++) {
      if (i > 0) piece(() => strObject(sep));
      const x = args[i]!;
      piece(() => strObject(x));
    }
    piece(() => strObject(end!));
    const flush = kw?.get('flush');
    if (flush !== undefined && flush !== None && isTrue(flush)) {
      if (toStdout) flushStdout();
      else decref(callMethod(file!, 'flush', []));
    }
  } finally {
    decref(sep);
    if (end !== null) decref(end);
  }
}

/**
 * PyFile_WriteObject to sys.stdout: its bound write method is made first, then the
 * piece's str (`make`, a new reference), written (to the run's output, and among
 * stdout's pending writes), released, and the method freed. Each piece is written as
 * soon as it is converted, so output before a failing __str__ still appears.
 */
function writeObject(make: () => PyObject): void {
  const w = beginStdoutWrite();
  try {
    const s = make() as PyStr;
    try {
      ctx.writeOut(s.v);
      stdoutWrite(s);
    } finally {
      decref(s);
    }
  } finally {
    endStdoutWrite(w);
  }
}

/** `input(prompt='')`: the prompt goes to stdout, which is flushed; EOFError at the end of stdin. */
export const input = makeBuiltin('input', (args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'input() takes no keyword arguments');
  if (args.length > 1) throwError(TypeError, `input expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) writeObject(() => strObject(args[0]!));
  flushStdout();
  const line = ctx.readLine();
  if (line === null) throwError(EOFError, 'EOF when reading a line');
  return newStr(line);
});
