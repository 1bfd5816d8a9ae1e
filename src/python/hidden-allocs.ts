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

/** Size of a tuple of n items with its GC header (24 + 8n + 16). */
const tupleBytes = (n: number): number => 40 + 8 * n;
/** Size of a dict with its GC header. */
const DICT_BYTES = 64;
/** Size of a list with its GC header. */
const LIST_BYTES = 56;

/**
 * _PyObject_MakeTpCall: calling a class (which has no vectorcall in 3.11) packs the
 * positional arguments into a tuple, and the keyword arguments into a dict and a
 * tuple of their names, alive for the whole call. Returns what `endTpCall` frees.
 */
export function beginTpCall(nargs: number, nkw: number): number {
  const t = nargs > 0 ? heap.hiddenTake(FreeList.Tuple, tupleBytes(nargs)) : -1;
  if (nkw > 0) {
    // _PyStack_AsDict, then slot_tp_init's call of __init__ with that dict unpacks
    // it again (_PyStack_UnpackDict: a tuple of the names).
    kwBlocks.push(heap.hiddenTake(FreeList.Dict, DICT_BYTES));
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
    heap.hiddenFree(FreeList.Dict, DICT_BYTES, kwBlocks.pop()!);
  }
  if (nargs > 0) heap.hiddenFree(FreeList.Tuple, tupleBytes(nargs), blk);
}

/**
 * A METH_VARARGS builtin (min, max) or an Argument Clinic `*args` (print) gets its
 * positional arguments as a tuple. Returns what `endVarargs` frees.
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
  /** The first print(): sys.stdout's lazily made state. */
  Print = 1,
  /** The first Py_ReprEnter: the thread state's dict and its 'Py_Repr' list. */
  Repr = 2,
}

function once(bit: Once, n: number): void {
  if ((heap.onceMade & bit) !== 0) return;
  heap.onceMade |= bit;
  heap.hiddenKeep(n);
}

/** The first print() of a run leaves one more object (measured: print() with no argument counts 1). */
export function firstPrint(): void {
  once(Once.Print, 1);
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
 * own non-empty tuple (`type(name, bases, ns)`), not one made for the class.
 */
export function countClassExtras(bases: PyType[], isException: (t: PyType) => boolean, basesKept: boolean): void {
  // The __dict__ copy (PyDict_Copy: from the dict free list when it can), kept.
  heap.hiddenTake(FreeList.Dict, DICT_BYTES);
  let n = (basesKept ? 1 : 2) + bases.length;
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

/**
 * sys.stdout's pending writes (Modules/_io/textio.c, stdout not a terminal, buffered):
 * the first piece written since the last flush is kept as it is, the second makes a
 * list of both (PyList_New(2): from the list free list when it can), later ones are
 * appended. The pending bytes go to the buffer, and the list is freed (into the free
 * list), when they would pass the 8192-byte chunk, and once they reach it.
 */
const CHUNK_SIZE = 8192;

interface Pending {
  /** The run whose stdout this is. */
  owner: unknown;
  /** 0: nothing pending, 1: one piece, 2: a list. */
  kind: number;
  bytes: number;
  listBlk: number;
}

let pending: Pending = { owner: null, kind: 0, bytes: 0, listBlk: -1 };

function flushPending(p: Pending): void {
  if (p.kind === 2) heap.hiddenFree(FreeList.List, LIST_BYTES, p.listBlk);
  p.kind = 0;
  p.bytes = 0;
  p.listBlk = -1;
}

/** UTF-8 length of a piece of text (what the encoder hands to the pending list). */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/** One write of print() to sys.stdout (each argument, separator and end is one). */
export function stdoutWrite(text: string): void {
  let p = pending;
  if (p.owner !== heap) pending = p = { owner: heap, kind: 0, bytes: 0, listBlk: -1 };
  const len = utf8Length(text);
  if (p.kind !== 0 && p.bytes + len > CHUNK_SIZE) flushPending(p);
  if (p.kind === 0) p.kind = 1;
  else if (p.kind === 1) {
    p.kind = 2;
    p.listBlk = heap.hiddenTake(FreeList.List, LIST_BYTES);
  }
  p.bytes += len;
  if (p.bytes >= CHUNK_SIZE) flushPending(p);
}

/** A builtin method object (PyCFunctionObject, 56 bytes, and its GC header). */
const BUILTIN_METHOD_BYTES = 72;

/**
 * Blocks of the temporaries of copy.copy / copy.deepcopy on a plain instance that
 * live until the copy function returns (Lib/copy.py's locals `reductor` and `rv`).
 */
export interface ReduceTemps {
  /** `getattr(x, '__reduce_ex__')`: a bound builtin method. */
  method: number;
  /** reduce_newobj's `(cls,)`. */
  newargs: number;
  /** The 5-tuple object.__reduce_ex__(4) returns. */
  rv: number;
}

/**
 * The start of object.__reduce_ex__(4) on an instance: the bound method copy.py calls,
 * reduce_newobj's argument tuple, then object_getstate's bound __getstate__ method,
 * alive while `state` makes the state and freed after it. Returns what `reduceExEnd`
 * completes and `reduceExRelease` frees.
 */
export function reduceExBegin(state: () => void): ReduceTemps {
  const method = heap.hiddenTake(FreeList.None, BUILTIN_METHOD_BYTES);
  const newargs = heap.hiddenTake(FreeList.Tuple, tupleBytes(1));
  const getstate = heap.hiddenTake(FreeList.None, BUILTIN_METHOD_BYTES);
  try {
    state();
  } finally {
    heap.hiddenFree(FreeList.None, BUILTIN_METHOD_BYTES, getstate);
  }
  return { method, newargs, rv: heap.hiddenTake(FreeList.Tuple, tupleBytes(5)) };
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

/** The copy function returns: its locals go in order, `reductor` then `rv` (whose items go last first). */
export function reduceExRelease(t: ReduceTemps): void {
  heap.hiddenFree(FreeList.None, BUILTIN_METHOD_BYTES, t.method);
  heap.hiddenFree(FreeList.Tuple, tupleBytes(1), t.newargs);
  heap.hiddenFree(FreeList.Tuple, tupleBytes(5), t.rv);
}
