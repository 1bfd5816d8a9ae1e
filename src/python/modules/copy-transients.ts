/**
 * The objects Lib/copy.py's own Python code makes and drops while it copies, which the
 * native port (copy.ts) has no object for: an iterator per `for`, the bound `append`,
 * a list comprehension's cells and function, the KeyError a memo miss raises and
 * catches (with the frame object and traceback it drags in), zip's tuples and
 * iterators. Each is a block taken and given back in CPython's order: it moves
 * generation 0's count (so automatic collections fall where CPython's do) and the
 * tuple free lists (so later ids come back as in CPython). Sizes are CPython 3.11's
 * `sys.getsizeof` (GC header included).
 */
import { FreeList } from '../free-lists';
import { CFUNCTION_BYTES as BUILTIN_METHOD, tupleBytes } from '../hidden-allocs';
import { heap } from '../memory';

const CELL = 40;
const FUNCTION = 152;
const TUPLE_ITERATOR = 48;
const LIST_ITERATOR = 48;
const DICT_ITEMS = 40;
const DICT_ITEM_ITERATOR = 72;
const ZIP = 64;
const TRACEBACK = 56;
const KEY_ERROR = 88;
/** Frame objects of copy.py's functions: 120 + 8 × (locals + stack) + 16. */
export const KEEP_ALIVE_FRAME = 200;
export const DEEPCOPY_TUPLE_FRAME = 216;

/** A GC object's block from the pools (no free list): counted, and may start a collection. */
const take = (bytes: number): number => heap.hiddenTake(FreeList.None, bytes);
const give = (bytes: number, blk: number): void => heap.hiddenFree(FreeList.None, bytes, blk);
const takeTuple = (n: number): number => heap.hiddenTake(FreeList.Tuple, tupleBytes(n));
const giveTuple = (n: number, blk: number): void => heap.hiddenFree(FreeList.Tuple, tupleBytes(n), blk);

/**
 * `memo[id(...)]` missing inside a copy.py function that catches the KeyError:
 * _PyErr_SetKeyError's 1-tuple (holding the key: `freeKey` frees it when the tuple
 * goes), the function's frame object and the traceback as the error leaves the
 * instruction, the KeyError the handler normalizes; POP_EXCEPT frees the exception
 * (its args, then its traceback, then itself). Returns the frame object's block,
 * freed by `frameEnd` when the function returns.
 */
export function caughtKeyError(frameBytes: number, freeKey: () => void): number {
  const args = takeTuple(1);
  const frame = take(frameBytes);
  const traceback = take(TRACEBACK);
  const exception = take(KEY_ERROR);
  freeKey();
  giveTuple(1, args);
  give(TRACEBACK, traceback);
  give(KEY_ERROR, exception);
  return frame;
}

/** The function that caught a KeyError returns: its frame object goes first (_PyFrame_Clear). */
export function frameEnd(frameBytes: number, frame: number): void {
  if (frame >= 0) give(frameBytes, frame);
}

/** _deepcopy_list's `append = y.append` and `for a in x`: the bound method, then the list iterator. */
export function listCopyBegin(): [method: number, iterator: number] {
  const method = take(BUILTIN_METHOD);
  return [method, take(LIST_ITERATOR)];
}

/** The loop ends (the iterator goes), then the return clears `append`. */
export function listCopyEnd([method, iterator]: [number, number]): void {
  give(LIST_ITERATOR, iterator);
  give(BUILTIN_METHOD, method);
}

/**
 * _deepcopy_dict's `for key, value in x.items()`: the items view, the iterator made
 * from it with its cached 2-tuple, then the view dropped once the iterator holds the dict.
 */
export function dictCopyBegin(): [iterator: number, result: number] {
  const view = take(DICT_ITEMS);
  const iterator = take(DICT_ITEM_ITERATOR);
  const result = takeTuple(2);
  give(DICT_ITEMS, view);
  return [iterator, result];
}

/** The loop ends: dictiter_dealloc drops its result tuple, then itself. */
export function dictCopyEnd([iterator, result]: [number, number]): void {
  giveTuple(2, result);
  give(DICT_ITEM_ITERATOR, iterator);
}

/** _deepcopy_tuple's blocks alive across its body (the cells of `memo` and `deepcopy`). */
export interface TupleCopy {
  cells: [number, number];
  frame: number;
}

/**
 * _deepcopy_tuple's `y = [deepcopy(a, memo) for a in x]`, up to the comprehension's
 * own list: MAKE_CELL for `memo` and `deepcopy`, the closure tuple, the function,
 * the tuple iterator. Returns what `comprehensionEnd` and `tupleCopyEnd` free.
 */
export function tupleCopyBegin(): { copy: TupleCopy; comprehension: [closure: number, fn: number, iterator: number] } {
  const cells: [number, number] = [take(CELL), take(CELL)];
  const closure = takeTuple(2);
  const fn = take(FUNCTION);
  return { copy: { cells, frame: -1 }, comprehension: [closure, fn, take(TUPLE_ITERATOR)] };
}

/** The comprehension's loop ends (its iterator goes), then the call drops the function (its closure first). */
export function comprehensionEnd([closure, fn, iterator]: [number, number, number]): void {
  give(TUPLE_ITERATOR, iterator);
  giveTuple(2, closure);
  give(FUNCTION, fn);
}

/**
 * `zip(x, y)`: zip has no vectorcall, so its arguments are packed first; zip_new makes
 * its iterators' tuple, the two iterators, its result tuple, then itself; the packed
 * tuple goes as the call returns.
 */
export function zipBegin(): [iterators: number, tupleIterator: number, listIterator: number, result: number, zip: number] {
  const packed = takeTuple(2);
  const iterators = takeTuple(2);
  const tupleIterator = take(TUPLE_ITERATOR);
  const listIterator = take(LIST_ITERATOR);
  const result = takeTuple(2);
  const zip = take(ZIP);
  giveTuple(2, packed);
  return [iterators, tupleIterator, listIterator, result, zip];
}

/** The zip goes: its iterators' tuple (items last to first), its result, then itself. */
export function zipEnd([iterators, tupleIterator, listIterator, result, zip]: [number, number, number, number, number]): void {
  give(LIST_ITERATOR, listIterator);
  give(TUPLE_ITERATOR, tupleIterator);
  giveTuple(2, iterators);
  giveTuple(2, result);
  give(ZIP, zip);
}

/** _deepcopy_tuple returns: its frame object (if a KeyError made one), then the cells of `memo` and `deepcopy`. */
export function tupleCopyEnd(copy: TupleCopy): void {
  frameEnd(DEEPCOPY_TUPLE_FRAME, copy.frame);
  give(CELL, copy.cells[0]);
  give(CELL, copy.cells[1]);
}

/** `(deepcopy(arg, memo) for arg in args)` of _reconstruct: a generator with its frame. */
const GENERATOR = 240;

/** _reconstruct's blocks: the cells of `memo` and `deepcopy`, and the generator of its deep path. */
export interface ReconstructFrame {
  cells: [number, number];
  /** closure tuple, function, iterator of args, generator; null on the shallow path or without args. */
  generator: [closure: number, fn: number, iterator: number, generator: number] | null;
  /** The tuple `func(*args)` makes from the generator, while it lives. */
  packed: number;
  packedLength: number;
}

/** _reconstruct's entry: MAKE_CELL for `memo` and `deepcopy` (the generator expression closes over them). */
export function reconstructBegin(): ReconstructFrame {
  return { cells: [take(CELL), take(CELL)], generator: null, packed: -1, packedLength: 0 };
}

/**
 * `args = (deepcopy(arg, memo) for arg in args)` and the start of `func(*args)`: the
 * closure tuple, the function, the iterator of args, the generator; then
 * PySequence_Tuple's PyTuple_New(10) (a generator gives no length hint).
 */
export function argsGeneratorBegin(frame: ReconstructFrame): void {
  const closure = takeTuple(2);
  const fn = take(FUNCTION);
  const iterator = take(TUPLE_ITERATOR);
  frame.generator = [closure, fn, iterator, take(GENERATOR)];
  frame.packed = takeTuple(10);
  frame.packedLength = 10;
}

/**
 * The generator is exhausted: its frame clears (the iterator, then the function, its
 * closure first); PySequence_Tuple cuts its tuple to the `n` items, which pymalloc
 * moves to a block of the smaller size (uncounted).
 */
export function argsGeneratorEnd(frame: ReconstructFrame, n: number): void {
  const g = frame.generator!;
  give(TUPLE_ITERATOR, g[2]);
  giveTuple(2, g[0]);
  give(FUNCTION, g[1]);
  const moved = heap.allocAddr(tupleBytes(n));
  heap.freeAddr(frame.packed, tupleBytes(frame.packedLength));
  frame.packed = moved;
  frame.packedLength = n;
}

/** `func(*args)` returned: its tuple goes (to the free list of its length). */
export function argsTupleEnd(frame: ReconstructFrame): void {
  if (frame.packed < 0) return;
  giveTuple(frame.packedLength, frame.packed);
  frame.packed = -1;
}

/** _reconstruct returns: its locals go in order, the `memo` cell, `args` (the generator), the `deepcopy` cell. */
export function reconstructEnd(frame: ReconstructFrame): void {
  argsTupleEnd(frame);
  give(CELL, frame.cells[0]);
  if (frame.generator !== null) give(GENERATOR, frame.generator[3]);
  give(CELL, frame.cells[1]);
}

/** A bound method of a Python function (PyMethodObject). */
const PY_METHOD = 64;

/**
 * What copy / deepcopy's reduction holds until the function returns: `reductor` (the
 * bound __reduce_ex__) and `rv`'s tuples that the port has no object for (the outer
 * one, and one inside it: reduce_newobj's `(cls, *args)`, set.__reduce__'s `(keys,)`).
 */
export interface ReductionHeld {
  reductor: number;
  reductorBytes: number;
  inner: [length: number, blk: number] | null;
  outer: [length: number, blk: number] | null;
}

/** `reductor = getattr(x, "__reduce_ex__", None)`: the user's method, else object's builtin one. */
export function reductorBegin(userReduceEx: boolean): ReductionHeld {
  const bytes = userReduceEx ? PY_METHOD : BUILTIN_METHOD;
  return { reductor: take(bytes), reductorBytes: bytes, inner: null, outer: null };
}

/**
 * A bound method object.__reduce_ex__ makes and drops around `call`: __reduce__ (to see
 * whether the type overrides it, and to call it), __getnewargs__, __getstate__; the
 * user's are method objects, a builtin type's builtin methods.
 */
export function boundCall<T>(user: boolean, call: () => T): T {
  const bytes = user ? PY_METHOD : BUILTIN_METHOD;
  const bound = take(bytes);
  try {
    return call();
  } finally {
    give(bytes, bound);
  }
}

/** A tuple of `rv` the port keeps no object for: the outer 5-, 3- or 2-tuple, or one of its items. */
export function heldTuple(held: ReductionHeld, which: 'inner' | 'outer', length: number): void {
  held[which] = [length, takeTuple(length)];
}

/** The copy function returns: `reductor` goes, then `rv` (its items before itself). */
export function reductionRelease(held: ReductionHeld): void {
  give(held.reductorBytes, held.reductor);
  if (held.inner !== null) giveTuple(held.inner[0], held.inner[1]);
  if (held.outer !== null) giveTuple(held.outer[0], held.outer[1]);
}
