/**
 * Per-run services: the memory hooks (finalizers, collector, weak references)
 * and the builtins namespace. Kept apart from index.ts so the trace layer can
 * reuse them.
 */
import { callObject, length } from './abstract';
import { PyThrow } from './errors';
import { decref, type MemoryHooks } from './memory';
import { PyObject } from './object';
import { str } from './ops';
import { ctx } from './context';
import { newDict, PyDict } from './types/dict';
import { exceptionTypes } from './types/exception';
import { PyFunction } from './types/function';
import { newIntBig, newInt } from './types/int';
import { newMethod } from './types/method';
import { None } from './types/none';
import { intern, PyStr } from './types/str';
import { makeBuiltin, objectType, typeType } from './types/type';
import { hasFinalizer } from './vm/classes';
import { exceptionLine, formatTraceback } from './vm/traceback';
import { staticmethodType, classmethodType, propertyType, superType } from './types/descriptors';
import { collect, maybeCollect, resetCollector } from './gc';
import { clearWeakrefs } from './modules/weakref';
import { resetModules } from './modules/index';
import { createBuiltins } from './builtins/index';

/** Runs `__del__` for an object whose count reached zero; errors are reported, never raised (as CPython). */
function finalize(o: PyObject): void {
  const d = o.type.lookup('__del__');
  if (d === null) return;
  try {
    const bound = d instanceof PyFunction ? newMethod(d, o) : null;
    if (bound === null) return;
    try {
      decref(callObject(bound, [], null));
    } finally {
      decref(bound);
    }
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    const fname = d instanceof PyFunction ? d.qualname : '__del__';
    ctx.writeErr(`Exception ignored in: <function ${fname} at 0x${d.addr.toString(16)}>\n`);
    ctx.writeErr(formatTraceback(e.exc, new Map()));
    decref(e.exc);
  }
}

/** Hooks for memory.ts; the collector and weak references plug in through `extra`. */
export function memoryHooks(): MemoryHooks {
  return {
    finalize,
    maybeCollect: (o) => extra.maybeCollect(o),
    clearWeakrefs: (o) => extra.clearWeakrefs(o),
    onAlloc: null,
    onFree: null,
    hasFinalizer,
  };
}

/** Services provided by the collector, weak references, modules and builtins. */
export const extra = {
  maybeCollect: (o?: PyObject): void => maybeCollect(o),
  clearWeakrefs: (o: PyObject): void => clearWeakrefs(o),
  reset: (): void => {
    resetCollector();
    resetModules();
  },
  atExit: (): void => {
    collect();
  },
  createBuiltins: createBuiltins as null | (() => PyDict),
};

/** Work CPython does at interpreter exit after clearing __main__ (a last collection). */
export function atExit(): void {
  extra.atExit();
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
    None.rc++;
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
