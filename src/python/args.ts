/**
 * Argument checking for native functions, with CPython's messages.
 */
import { throwError } from './errors';
import { PyObject } from './object';
import { TypeError } from './types/exception';
import type { KwArgs } from './types/type';

/** Raises unless no keyword arguments were given (`append() takes no keyword arguments`). */
export function noKwargs(name: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throwError(TypeError, `${name}() takes no keyword arguments`);
}

/** Checks an exact positional count (`append() takes exactly one argument (2 given)`). */
export function exactArgs(name: string, args: PyObject[], n: number): void {
  if (args.length === n) return;
  if (n === 0) throwError(TypeError, `${name}() takes no arguments (${args.length} given)`);
  if (n === 1) throwError(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  throwError(TypeError, `${name} expected ${n} arguments, got ${args.length}`);
}

/** Checks a positional count range (`pop expected at most 1 argument, got 2`). */
export function rangeArgs(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n < min) throwError(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throwError(TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * Binds positional and keyword arguments to named parameters (for natives that
 * accept keywords, e.g. `sorted(iterable, /, *, key=None, reverse=False)`).
 * Returns one slot per name (borrowed, or null when not given).
 */
export function bindArgs(
  fname: string,
  args: PyObject[],
  kw: KwArgs,
  names: string[],
  opts: { required?: number; posOnly?: number; kwOnlyFrom?: number } = {},
): (PyObject | null)[] {
  const required = opts.required ?? names.length;
  const kwOnlyFrom = opts.kwOnlyFrom ?? names.length;
  const out: (PyObject | null)[] = names.map(() => null);
  if (args.length > kwOnlyFrom) {
    if (kwOnlyFrom === 0) throwError(TypeError, `${fname}() takes no positional arguments`);
    throwError(
      TypeError,
      `${fname}() takes ${required === kwOnlyFrom ? '' : 'at most '}${kwOnlyFrom} positional argument${kwOnlyFrom === 1 ? '' : 's'} (${args.length} given)`,
    );
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0 || i < (opts.posOnly ?? 0)) throwError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== null) throwError(TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) throwError(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
