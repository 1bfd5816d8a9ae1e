/**
 * Late-bound pieces the dispatch loop needs from other layers (sets, slices,
 * formatting, modules, classes), plus the per-run interpreter state. Filled in
 * once by runtime.ts; keeping them here breaks import cycles without giving the
 * loop a dependency on every type file.
 */
import type { PyObject, PyType } from '../object';
import type { PyDict } from '../types/dict';
import type { PyException } from '../types/exception';
import type { PyFunction } from '../types/function';
import type { PyList } from '../types/list';
import type { PyThrow } from '../errors';
import type { KwArgs } from '../types/type';
import type { Frame } from './frame';

/** Observer of execution events (the trace recorder). */
export interface Tracer {
  line(f: Frame): void;
  call(f: Frame): void;
  ret(f: Frame, value: PyObject | null): void;
  /** An exception passes through f (`t.held()`: what it holds, made or not). */
  exception(f: Frame, t: PyThrow): void;
  /** Called once before the program runs, with the run's heap (to watch allocations and frees). */
  attach?(heap: import('../memory').Memory): void;
}

/** Execution observers; null when nobody listens (the fast path). */
export const hooks: { tracer: Tracer | null } = { tracer: null };

const unset = (): never => {
  throw new Error('runtime not installed');
};

/** Late-bound services and per-run state. */
export const runtime = {
  /** The exception currently being handled (sys.exc_info), owned, or null. */
  handled: null as PyObject | null,
  /** The innermost running frame. */
  current: null as Frame | null,
  /** The run's literal constants, each held once as CPython's parser arena holds them until the module ends (index.ts). */
  literals: [] as PyObject[],
  /** Callables whose stack slot a constructor call lent to the new instance (vm/call.ts); each still holds its stack reference. */
  lent: [] as PyObject[],
  /**
   * sys.stdout's pending writes (TextIOWrapper's pending_bytes), owned: null, the one
   * piece written since the last flush, or a list of them (stdout-pending.ts).
   */
  stdoutPending: null as PyObject | null,
  /** Number of Python frames on the stack. */
  depth: 0,
  /** Python frames native code is running, each in its own interpreter loop on the JavaScript stack (vm/recursion-guard.ts). */
  reentries: 0,
  /** RecursionError past this many reentries; runProgram sets it for each run (DEFAULT_REENTRY_LIMIT unless asked). */
  reentryLimit: Infinity,
  intern: unset as (s: string) => import('../types/str').PyStr,
  listType: null as unknown as PyType,
  intType: null as unknown as PyType,
  strType: null as unknown as PyType,
  IndexError: null as unknown as PyType,
  RuntimeError: null as unknown as PyType,
  NotImplementedError: null as unknown as PyType,
  buildSet: unset as (stack: (PyObject | null)[], start: number, n: number) => PyObject,
  setAdd: unset as (set: PyObject, v: PyObject) => void,
  setUpdate: unset as (set: PyObject, iterable: PyObject) => void,
  listExtend: unset as (l: PyList, iterable: PyObject) => void,
  dictMerge: unset as (d: PyDict, other: PyObject, strict: boolean) => void,
  newSlice: unset as (start: PyObject, stop: PyObject, step: PyObject) => PyObject,
  isGenerator: unset as (o: PyObject) => boolean,
  sendTo: unset as (it: PyObject, v: PyObject) => { done: boolean; value: PyObject },
  excMatches: unset as (exc: PyObject, t: PyObject) => boolean,
  specialMethod: unset as (o: PyObject, name: string) => PyObject | null,
  importModule: unset as (name: string) => PyObject,
  importFrom: unset as (m: PyObject, name: string) => PyObject,
  buildClass: null as unknown as PyObject,
  convertJsError: unset as (e: unknown, f: Frame) => PyThrow,
  callFunction: unset as (fn: PyFunction, stack: (PyObject | null)[], start: number, n: number, kw: KwArgs) => PyObject,
};
