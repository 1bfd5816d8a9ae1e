/**
 * Per-run services: the memory hooks (finalizers, collector, weak references)
 * and the builtins namespace. Kept apart from index.ts so the trace layer can
 * reuse them.
 */
import { callMethod, callObject, length } from './abstract';
import { newBareError, PyThrow } from './errors';
import { decref, type MemoryHooks, incref } from './memory';
import { PyObject } from './object';
import { repr, str } from './ops';
import { ctx } from './context';
import { newDict, PyDict } from './types/dict';
import { exceptionTypes, MemoryError } from './types/exception';
import { PyFunction } from './types/function';
import { newIntBig, newInt } from './types/int';
import { None } from './types/none';
import { intern, PyStr } from './types/str';
import { makeBuiltin, objectType, typeType } from './types/type';
import { hasFinalizer } from './vm/classes';
import { exceptionLine, formatTraceback, formatUnraisable } from './vm/traceback';
import { runtime } from './vm/state';
import type { Frame } from './vm/frame';
import { staticmethodType, classmethodType, propertyType, superType } from './types/descriptors';
import { collect, countStartup, isEnabled, maybeCollect, resetCollector, trackReused } from './gc';
import { clearWeakrefs } from './modules/weakref';
import { resetModules } from './modules/index';
import { createBuiltins } from './builtins/index';
import { PyGenerator } from './types/generator';

/** The program's source lines by file name, for the tracebacks printed while it runs. */
let sourceLines = new Map<string, string[]>();

/** Sets the source lines of the run starting now. */
export function setSourceLines(lines: Map<string, string[]>): void {
  sourceLines = lines;
}

/** Writes an exception that cannot propagate (PyErr_WriteUnraisable) to stderr and drops it. */
function reportUnraisable(what: string, e: PyThrow): void {
  const f = runtime.current;
  const here = f === null ? null : { filename: f.code.filename, line: f.line, name: f.code.name, ...instructionRange(f) };
  ctx.writeErr(formatUnraisable(what, e.exc, sourceLines, here));
  decref(e.exc);
}

/**
 * The source range of the instruction frame `f` is at, as f_lasti gives it to CPython's
 * report; the interpreter keeps `f.pc` there at the instructions that store, delete and
 * drop (and at calls), so a free they start is reported under the right expression.
 * No range (no carets) when `f.pc` is not on the frame's line: some other instruction freed.
 */
function instructionRange(f: Frame): { col: number; endLine: number; endCol: number } {
  const i = (f.pc - 2) >> 1;
  const at = f.code.positions;
  if (i < 0 || f.code.lines[i] !== f.line || at[3 * i] === undefined) return { col: -1, endLine: -1, endCol: -1 };
  return { col: at[3 * i]!, endLine: at[3 * i + 1]!, endCol: at[3 * i + 2]! };
}

/** A generator suspended inside its body: freeing it closes it first (_PyGen_Finalize), running its finally blocks. */
function isSuspendedGenerator(o: PyObject): o is PyGenerator {
  return o instanceof PyGenerator && o.started && o.frame !== null && !o.frame.finished;
}

/** gen_close from a finalizer: an exception is reported as unraisable, never raised. */
function closeGenerator(g: PyGenerator): void {
  try {
    decref(callMethod(g, 'close', []));
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    reportUnraisable(repr(g), e);
  }
}

/** Runs `__del__` (or closes a suspended generator) for an object whose count reached zero; errors are reported, never raised (as CPython). */
function finalize(o: PyObject): void {
  if (o instanceof PyGenerator) {
    if (isSuspendedGenerator(o)) closeGenerator(o);
    return;
  }
  const d = o.type.lookup('__del__');
  if (d === null) return;
  if (!(d instanceof PyFunction)) return;
  try {
    // slot_tp_finalize: lookup_maybe_method finds a function, called unbound with self
    // (call_unbound_noarg), so no bound method is made (nor counted by the collector).
    decref(callObject(d, [o], null));
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    const fname = d instanceof PyFunction ? d.qualname : '__del__';
    reportUnraisable(`<function ${fname} at 0x${d.addr.toString(16)}>`, e);
  }
}

/** Hooks for memory.ts; the collector and weak references plug in through `extra`. */
export function memoryHooks(): MemoryHooks {
  return {
    finalize,
    maybeCollect: (o) => extra.maybeCollect(o),
    trackReused,
    clearWeakrefs: (o) => extra.clearWeakrefs(o),
    onAlloc: null,
    onFree: null,
    hasFinalizer: (o) => isSuspendedGenerator(o) || hasFinalizer(o),
    outOfMemory: () => {
      throw new PyThrow(newBareError(MemoryError));
    },
  };
}

/** Services provided by the collector, weak references, modules and builtins. */
export const extra = {
  maybeCollect: (o?: PyObject): void => maybeCollect(o),
  clearWeakrefs: (o: PyObject): void => clearWeakrefs(o),
  reset: (): void => {
    resetCollector();
    countStartup();
    resetModules();
  },
  atExit: (): void => {
    collect();
  },
  collectIfEnabled: (): void => {
    if (isEnabled()) collect();
  },
  createBuiltins: createBuiltins as null | (() => PyDict),
};

/** Work CPython does at interpreter exit after clearing __main__ (a last collection). */
export function atExit(): void {
  extra.atExit();
}

/** Py_FinalizeEx's first collection (PyGC_Collect), while __main__ is still alive: only when automatic collection is enabled. */
export function collectBeforeShutdown(): void {
  extra.collectIfEnabled();
}

/** Resets per-run module and collector state. */
export function resetServices(): void {
  extra.reset();
}

/** The builtins namespace for a new run. */
export function newBuiltinsDict(): PyDict {
  if (extra.createBuiltins !== null) return extra.createBuiltins();
  return fallbackBuiltins();
}

/** A minimal builtins namespace used until the full builtins module is installed. */
function fallbackBuiltins(): PyDict {
  const d = newDict();
  const put = (name: string, v: PyObject) => {
    const k = intern(name);
    d.set(k, v);
    decref(k);
  };
  put('print', makeBuiltin('print', (args, kw) => {
    const sep = kw?.get('sep');
    const end = kw?.get('end');
    const s = args.map((a) => str(a)).join(sep instanceof PyStr ? sep.v : ' ');
    ctx.writeOut(s + (end instanceof PyStr ? end.v : '\n'));
    incref(None);
    return None;
  }));
  put('len', makeBuiltin('len', (args) => newInt(length(args[0]))));
  put('id', makeBuiltin('id', (args) => newIntBig(BigInt(args[0].addr))));
  put('object', objectType);
  put('type', typeType);
  put('staticmethod', staticmethodType);
  put('classmethod', classmethodType);
  put('property', propertyType);
  put('super', superType);
  for (const [name, t] of exceptionTypes) put(name, t);
  void exceptionLine;
  return d;
}
