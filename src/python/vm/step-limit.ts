/**
 * The step budget: a run that goes past it ends with a clear message instead of
 * spinning forever (the page must never freeze on `while True: pass`). A step is
 * an event `sys.settrace` would see (line, call, return, exception), the unit the
 * trace counts in.
 */
import type { PyObject } from '../object';
import type { PyThrow } from '../errors';
import type { Frame } from './frame';
import type { Tracer } from './state';

/** Thrown through the interpreter when the budget runs out; never caught by Python code. */
export class StepLimitReached extends Error {
  constructor(
    /** The budget that ran out. */
    readonly steps: number,
    /** The line being run when it did. */
    readonly line: number,
  ) {
    super(`Memory Lane stopped the program after ${steps.toLocaleString('en-US')} steps (an infinite loop?), at line ${line}`);
  }
}

/** A tracer that counts steps, passes each event on to `inner`, and throws once `max` is exceeded. */
export function stepBudget(max: number, inner: Tracer | null): Tracer {
  let left = max;
  const spend = (f: Frame): void => {
    if (--left < 0) throw new StepLimitReached(max, f.line);
  };
  return {
    line(f: Frame): void {
      spend(f);
      inner?.line(f);
    },
    call(f: Frame): void {
      spend(f);
      inner?.call(f);
    },
    ret(f: Frame, value: PyObject | null): void {
      spend(f);
      inner?.ret(f, value);
    },
    exception(f: Frame, t: PyThrow): void {
      spend(f);
      inner?.exception(f, t);
    },
  };
}
