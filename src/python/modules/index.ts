/**
 * `import` of the modules Memory Lane provides: sys, gc, copy, math, weakref.
 *
 * Each run has one object per module (CPython's sys.modules), created on
 * first import. They are built as objects CPython already has before a
 * program starts (sys, gc, math and weakref are loaded at start-up there), so
 * importing one neither counts toward generation 0 nor triggers a collection.
 */
import { throwError } from '../errors';
import { addUnmodelledAllocations, addUnmodelledLongLived, asPreexisting, generationSizes } from '../gc';
import { PyObject } from '../object';
import { ModuleNotFoundError } from '../types/exception';
import { PyModule } from '../types/module';
import { copyFn, CopyError, deepcopyFn } from './copy';
import { makeGcModule } from './gc';
import { makeMathModule } from './math';
import { newModuleWith } from './module-util';
import { makeSysModule } from './sys';
import { weakrefCount, weakrefType } from './weakref';
import { heap, incref } from '../memory';
import { FreeList } from '../free-lists';
import { tupleBytes } from '../hidden-allocs';
import { makeBuiltin } from '../types/type';
import { newList } from '../types/list';
import { noKwargs } from '../args';
import { TypeError } from '../types/exception';

/** Names `import` accepts, in the order the error message lists them. */
export const SUPPORTED_MODULES = ['sys', 'gc', 'copy', 'math', 'weakref'];

const getweakrefcount = makeBuiltin('getweakrefcount', (args, kw) => {
  noKwargs('getweakrefcount', kw);
  if (args.length !== 1) throwError(TypeError, `_weakref.getweakrefcount() takes exactly one argument (${args.length} given)`);
  return weakrefCount(args[0]);
});

const getweakrefs = makeBuiltin('getweakrefs', (args, kw) => {
  noKwargs('getweakrefs', kw);
  if (args.length !== 1) throwError(TypeError, `_weakref.getweakrefs() takes exactly one argument (${args.length} given)`);
  return newList((args[0].weakrefs ?? []).map((w) => incref(w)));
});

const factories: Record<string, () => PyModule> = {
  sys: () => makeSysModule() as PyModule,
  gc: () => makeGcModule() as PyModule,
  math: () => makeMathModule() as PyModule,
  copy: () =>
    newModuleWith('copy', [
      ['Error', incref(CopyError)],
      ['copy', incref(copyFn)],
      ['deepcopy', incref(deepcopyFn)],
    ]),
  weakref: () =>
    newModuleWith('weakref', [
      ['ref', incref(weakrefType)],
      ['ReferenceType', incref(weakrefType)],
      ['getweakrefcount', incref(getweakrefcount)],
      ['getweakrefs', incref(getweakrefs)],
    ]),
};

/**
 * GC objects a module's first import leaves in CPython 3.11 when `python3 FILE.py`
 * has not loaded it at start-up (len(gc.get_objects(2)) after gc.collect(), with and
 * without the import): copy.py's functions, dispatch dicts, Error class and so on.
 * math and weakref are already loaded at start-up: their import adds nothing.
 */
const LONG_LIVED_OF_IMPORT: Record<string, number> = { copy: 38 };

/**
 * What running a module's source on its first import leaves in generation 0's count in
 * CPython 3.11, beyond what the engine counts for it: `import copy` at a program's start
 * counts 48 (its functions, dicts and classes, and the temporaries the free lists kept),
 * the engine one. (After a full collection has emptied the free lists CPython counts
 * about 82: not modelled.)
 */
const COUNTED_BY_IMPORT: Record<string, number> = { copy: 47 };

/** The run's loaded modules; the map holds one reference to each, as sys.modules does. */
let loaded = new Map<string, PyModule>();

/** Forgets the previous run's modules (their objects belonged to its heap). */
export function resetModules(): void {
  loaded = new Map();
}

/**
 * `import name`: a new reference to the run's module object. Unknown names
 * raise ModuleNotFoundError naming what Memory Lane supports.
 */
export function importModule(name: string): PyModule {
  let m = loaded.get(name);
  if (m === undefined) {
    const make = factories[name];
    if (make === undefined) {
      const top = name.split('.')[0];
      throwError(ModuleNotFoundError, `No module named '${top}' (Memory Lane supports: ${SUPPORTED_MODULES.join(', ')})`);
    }
    const before = generationSizes()[2];
    m = asPreexisting(make);
    loaded.set(name, m);
    // What CPython's import leaves tracked for good, less the engine's own objects for the module.
    const cpython = LONG_LIVED_OF_IMPORT[name];
    if (cpython !== undefined) addUnmodelledLongLived(cpython - (generationSizes()[2] - before));
    const counted = COUNTED_BY_IMPORT[name];
    if (counted !== undefined) addUnmodelledAllocations(counted);
  }
  // import_ensure_initialized reads `__spec__._initializing` of a module imported before;
  // sys's spec has none (sys is set up before importlib), so every `import sys` raises and
  // clears an AttributeError, whose one-item args tuple goes to the tuple free list: after a
  // full collection emptied that list, generation 0 counts one more.
  if (name === 'sys') heap.hiddenFree(FreeList.Tuple, tupleBytes(1), heap.hiddenTake(FreeList.Tuple, tupleBytes(1)));
  incref(m);
  return m;
}

/** The module objects loaded so far in this run (borrowed), e.g. for the trace's heap roots. */
export function loadedModules(): ReadonlyMap<string, PyObject> {
  return loaded;
}

