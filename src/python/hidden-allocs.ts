/**
 * Memory CPython takes behind a program's back at a call or a class statement, which
 * the engine has no object for but must count: it moves generation 0's count (so the
 * automatic collections fall where CPython's do) and fills or drains the tuple and
 * dict free lists (so ids come back as in CPython). Kept apart from memory.ts, which
 * only knows blocks, and from the interpreter, which only knows when a call happens.
 */
import { FreeList } from './free-lists';
import { heap } from './memory';
import type { PyType } from './object';
import type { KwArgs, NativeFn, NativeMethod } from './types/type';

/** Size of a tuple of n items with its GC header (24 + 8n + 16). */
export const tupleBytes = (n: number): number => 40 + 8 * n;
/** Size of a dict with its GC header. */
const DICT_BYTES = 64;
/** Size of a list with its GC header. */
const LIST_BYTES = 56;

/** Returned by the begin functions when CALL_FUNCTION_EX's own tuple and dict stood in (nothing taken). */
const READY = -2;

/**
 * Set by CALL_FUNCTION_EX (`f(*a, **k)`) right before calling something that takes a
 * tuple and a dict as they are (tp_call: a class, a builtin type without vectorcall, a
 * METH_VARARGS function): the call's own tuple and dict are passed on, so the packing
 * its callee does next makes nothing. Consumed by that packing, which comes first.
 */
let argsReady = false;

/** CALL_FUNCTION_EX hands its tuple and dict to a tp_call callee (see argsReady). */
export function passPackedArgs(): void {
  argsReady = true;
}

/** Ends a passPackedArgs that no packing consumed (a callee that raised first). */
export function clearPackedArgs(): void {
  argsReady = false;
}

function takeReady(): boolean {
  const r = argsReady;
  argsReady = false;
  return r;
}

/**
 * _PyObject_MakeTpCall: calling a class (which has no vectorcall in 3.11) packs the
 * positional arguments into a tuple, and the keyword arguments into a dict and a
 * tuple of their names, alive for the whole call. Returns what `endTpCall` frees.
 */
export function beginTpCall(nargs: number, nkw: number): number {
  const ready = takeReady();
  const t = ready ? READY : nargs > 0 ? heap.hiddenTake(FreeList.Tuple, tupleBytes(nargs)) : -1;
  if (nkw > 0) {
    // _PyStack_AsDict, then slot_tp_init's call of __init__ with that dict unpacks
    // it again (_PyStack_UnpackDict: a tuple of the names).
    if (!ready) kwBlocks.push(heap.hiddenTake(FreeList.Dict, DICT_BYTES));
    kwBlocks.push(heap.hiddenTake(FreeList.Tuple, tupleBytes(nkw)));
  }
  return t;
}

/** Blocks of the keyword dicts and names tuples of the calls in progress. */
const kwBlocks: number[] = [];

/** Frees the argument tuple (and keyword dict) of beginTpCall, after the call. */
export function endTpCall(nargs: number, nkw: number, blk: number): void {
  if (nkw > 0) {
    heap.hiddenFree(FreeList.Tuple, tupleBytes(nkw), kwBlocks.pop()!);
    if (blk !== READY) heap.hiddenFree(FreeList.Dict, DICT_BYTES, kwBlocks.pop()!);
  }
  if (nargs > 0 && blk !== READY) heap.hiddenFree(FreeList.Tuple, tupleBytes(nargs), blk);
}

/**
 * A call that packs its arguments without a Python __init__ to hand them on to:
 * _PyObject_MakeTpCall for a builtin type without vectorcall (`str(x)`, `zip(a, b)`),
 * or a METH_VARARGS callee (`s.find(x)`, `min(a, b, key=f)`). The positional
 * arguments become a tuple (none for no arguments: the empty tuple is shared), the
 * keywords a dict (_PyStack_AsDict), each from its free list when it can; both live
 * for the whole call. Returns what `endPacked` frees.
 */
export function beginPacked(nargs: number, nkw: number): number {
  if (takeReady()) return READY;
  const t = nargs > 0 ? heap.hiddenTake(FreeList.Tuple, tupleBytes(nargs)) : -1;
  if (nkw > 0) kwBlocks.push(heap.hiddenTake(FreeList.Dict, DICT_BYTES));
  return t;
}

/** Frees the tuple, then the dict, of beginPacked (_PyObject_MakeTpCall's order). */
export function endPacked(nargs: number, nkw: number, blk: number): void {
  if (blk === READY) return;
  if (nargs > 0) heap.hiddenFree(FreeList.Tuple, tupleBytes(nargs), blk);
  if (nkw > 0) heap.hiddenFree(FreeList.Dict, DICT_BYTES, kwBlocks.pop()!);
}

/** Runs `fn` between beginPacked and endPacked. */
export function packedCall<T>(nargs: number, nkw: number, fn: () => T): T {
  const blk = beginPacked(nargs, nkw);
  try {
    return fn();
  } finally {
    endPacked(nargs, nkw, blk);
  }
}

/**
 * A tuple of `n` items the program never sees, alive while `fn` runs (none for `n` 0:
 * the empty tuple is shared), from the tuple free list when it can: the slice of a
 * packed argument tuple a slot wrapper's call drops `self` from (PyTuple_GetSlice),
 * copyreg.__newobj__'s `*args`, the argument slice tp_new_wrapper hands object_new.
 */
export function withHiddenTuple<T>(n: number, fn: () => T): T {
  if (n === 0) return fn();
  const blk = heap.hiddenTake(FreeList.Tuple, tupleBytes(n));
  try {
    return fn();
  } finally {
    heap.hiddenFree(FreeList.Tuple, tupleBytes(n), blk);
  }
}

/**
 * The methods of builtin types that are METH_VARARGS in CPython 3.11 (read from each
 * PyMethodDef's ml_flags), true for METH_VARARGS|METH_KEYWORDS. Every other method the
 * engine has is METH_O, METH_NOARGS or METH_FASTCALL: its arguments stay on the stack.
 */
const VARARGS_METHODS: ReadonlyMap<string, boolean> = new Map([
  // tp_new_wrapper, the `__new__` a class's `object.__new__(cls)` or `super().__new__(cls)` calls.
  ['object.__new__', true],
  ['str.count', false],
  ['str.endswith', false],
  ['str.find', false],
  ['str.format', true],
  ['str.index', false],
  ['str.rfind', false],
  ['str.rindex', false],
  ['str.startswith', false],
  // METH_VARARGS|METH_KEYWORDS, but its keyword dict is the real one dict-methods.ts makes.
  ['dict.update', false],
  ['set.difference', false],
  ['set.difference_update', false],
  ['set.intersection', false],
  ['set.intersection_update', false],
  ['set.union', false],
  ['set.update', false],
  ['frozenset.difference', false],
  ['frozenset.intersection', false],
  ['frozenset.union', false],
]);

/**
 * A builtin type's method as CPython calls it: a METH_VARARGS one (VARARGS_METHODS)
 * gets its positional arguments packed in a tuple and, with METH_KEYWORDS, its keywords
 * in a dict (method_vectorcall_VARARGS[_KEYWORDS]); any other is returned as it is.
 */
export function withCallConvention(owner: string, name: string, fn: NativeMethod): NativeMethod {
  const keywords = VARARGS_METHODS.get(owner + '.' + name);
  if (keywords === undefined) return fn;
  return (self, args, kw) => packedCall(args.length, keywords ? kwCount(kw) : 0, () => fn(self, args, kw));
}

/**
 * A METH_VARARGS builtin function (`min`, `max`, `vars`, `sys.getsizeof`,
 * `gc.get_referents`...): with no vectorcall it is called through
 * _PyObject_MakeTpCall, which packs its arguments (beginPacked), keywords included
 * even for a function that then refuses them.
 */
export function varargsFunction(fn: NativeFn): NativeFn {
  const wrapped: NativeFn = (args, kw) => packedCall(args.length, kwCount(kw), () => fn(args, kw));
  varargsFns.add(wrapped);
  return wrapped;
}

/** The functions varargsFunction made. */
const varargsFns = new WeakSet<NativeFn>();

/** Whether a builtin function's code is a METH_VARARGS one (varargsFunction), called through tp_call. */
export function isVarargsFunction(fn: NativeFn): boolean {
  return varargsFns.has(fn);
}

/** Number of keyword arguments of a call. */
export function kwCount(kw: KwArgs): number {
  return kw === null ? 0 : kw.size;
}

/**
 * Builtin types without tp_vectorcall in CPython 3.11 (read from each type): calling
 * one goes through _PyObject_MakeTpCall, which packs the arguments (beginPacked).
 * Exceptions are not here: their packed tuple is the `args` they keep.
 */
export const TP_CALL_TYPES: ReadonlySet<string> = new Set([
  'int',
  'str',
  'zip',
  'slice',
  'bytes',
  'bytearray',
  'complex',
  'object',
  'property',
  'classmethod',
  'staticmethod',
  'memoryview',
  'ReferenceType',
]);

/**
 * An Argument Clinic `*args` (print) gets its positional arguments as a tuple.
 * Returns what `endVarargs` frees.
 */
export function beginVarargs(nargs: number): number {
  return nargs > 0 ? heap.hiddenTake(FreeList.Tuple, tupleBytes(nargs)) : -1;
}

/** Frees the tuple of beginVarargs. */
export function endVarargs(nargs: number, blk: number): void {
  if (nargs > 0) heap.hiddenFree(FreeList.Tuple, tupleBytes(nargs), blk);
}

/** Objects CPython makes once, the first time a run needs them (bits of Memory.onceMade). */
const enum Once {
  /** The first Py_ReprEnter: the thread state's dict and its 'Py_Repr' list. */
  Repr = 2,
}

/**
 * The first print() of a run sets up its Argument Clinic parser (print has `*args`, so
 * every call goes through _PyArg_UnpackKeywordsWithVararg): the tuple of its keyword
 * names, ('sep', 'end', 'file', 'flush'), from the tuple free list when it can.
 */
export function firstPrint(): void {
  clinicParser('print', 4);
}

/**
 * The first repr of a non-empty list, tuple or set, or of a dict, makes Py_ReprEnter's
 * thread-state dict and its 'Py_Repr' list, each from its free list when it can.
 */
export function firstReprEnter(): void {
  if ((heap.onceMade & Once.Repr) !== 0) return;
  heap.onceMade |= Once.Repr;
  heap.hiddenTake(FreeList.Dict, DICT_BYTES);
  heap.hiddenTake(FreeList.List, LIST_BYTES);
}

/**
 * The GC objects type_new makes and keeps besides the class itself: the copy of the
 * namespace (its __dict__, from the dict free list when it can), the __mro__ and __bases__ tuples, one weak reference per
 * base in that base's subclass dict (and that dict, for a user class's first
 * subclass), and the __dict__ and __weakref__ descriptors when no base has them.
 * Counted before the class object is born; `bases` are the real bases, before the
 * class is added to their subclass lists; `basesKept` when __bases__ is the program's
 * own non-empty tuple (`type(name, bases, ns)`), not one made for the class; `mroLength`
 * the length of its __mro__. The two tuples come from the tuple free list when it can
 * give them (PyTuple_Pack, PyTuple_New), as a print's argument tuple leaves one.
 */
export function countClassExtras(bases: PyType[], isException: (t: PyType) => boolean, basesKept: boolean, mroLength: number): void {
  // The __dict__ copy (PyDict_Copy: from the dict free list when it can), kept.
  heap.hiddenTake(FreeList.Dict, DICT_BYTES);
  if (!basesKept) heap.hiddenTake(FreeList.Tuple, tupleBytes(bases.length));
  heap.hiddenTake(FreeList.Tuple, tupleBytes(mroLength));
  let n = bases.length;
  let hasDict = false;
  let hasWeak = false;
  for (const b of bases) {
    if (!b.native) {
      hasDict = hasWeak = true;
      if (b.subclasses.length === 0) n++;
    } else if (isException(b)) hasDict = true;
  }
  if (!hasDict) n++;
  if (!hasWeak) n++;
  heap.hiddenKeep(n);
}

/** type_new_set_names: a copy of the class's dict, made and freed once the class is ready. */
export function classSetNames(): void {
  heap.hiddenFree(FreeList.Dict, DICT_BYTES, heap.hiddenTake(FreeList.Dict, DICT_BYTES));
}

/** A bound builtin method (PyCFunctionObject, 56 bytes, and its GC header). */
export const CFUNCTION_BYTES = 72;

/**
 * print() writes each piece (argument, separator, end) with PyFile_WriteObject, which
 * looks up sys.stdout's `write` every time: a bound builtin method, counted in
 * generation 0 (so a collection may start there, before the piece is converted to
 * text) and freed after the write. Returns what `endStdoutWrite` frees.
 */
export function beginStdoutWrite(): number {
  return heap.hiddenTake(FreeList.None, CFUNCTION_BYTES);
}

/** Frees the bound method of beginStdoutWrite (no free list: generation 0's count goes down). */
export function endStdoutWrite(blk: number): void {
  heap.hiddenFree(FreeList.None, CFUNCTION_BYTES, blk);
}

/**
 * A call with a starred argument after positional ones (`_reconstruct(x, None, *rv)`,
 * `cls.__new__(cls, *args)`): BUILD_LIST, LIST_EXTEND, LIST_TO_TUPLE, so a list made
 * and freed, and a tuple of the `n` arguments alive through the call. Returns the
 * tuple's block for `starCallEnd`.
 */
export function starCallBegin(n: number): number {
  const list = heap.hiddenTake(FreeList.List, LIST_BYTES);
  const args = heap.hiddenTake(FreeList.Tuple, tupleBytes(n));
  heap.hiddenFree(FreeList.List, LIST_BYTES, list);
  return args;
}

/** Frees the argument tuple of starCallBegin, after the call. */
export function starCallEnd(n: number, blk: number): void {
  heap.hiddenFree(FreeList.Tuple, tupleBytes(n), blk);
}

/** The Argument Clinic parsers set up in the run `owner` (by name). */
let parsers: { owner: unknown; ready: Set<string> } = { owner: null, ready: new Set() };

/**
 * The first call of an Argument Clinic function that leaves its fast path (any keyword
 * argument, or a positional count outside the fast path's range) sets up its
 * _PyArg_Parser, which in 3.11 makes the tuple of the parameters' keyword names (from
 * the tuple free list when it can) and keeps it for good. `nkeywords`: the parameters
 * that may be passed by keyword (the length of that tuple).
 */
export function clinicParser(name: string, nkeywords: number): void {
  let p = parsers;
  if (p.owner !== heap) parsers = p = { owner: heap, ready: new Set() };
  if (p.ready.has(name)) return;
  p.ready.add(name);
  if (nkeywords > 0) heap.hiddenTake(FreeList.Tuple, tupleBytes(nkeywords));
}

/**
 * An Argument Clinic function called with `nargs` positional arguments and `kw`: off
 * its fast path (keywords, or fewer than `minpos` or more than `maxpos` positional
 * arguments), its parser is set up (clinicParser) before the arguments are checked.
 */
export function clinicCall(name: string, nkeywords: number, nargs: number, minpos: number, maxpos: number, kw: KwArgs): void {
  if (kwCount(kw) > 0 || nargs < minpos || nargs > maxpos) clinicParser(name, nkeywords);
}
