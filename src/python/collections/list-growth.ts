/**
 * How many item slots a CPython 3.11 list has allocated after each operation
 * (Objects/listobject.c), which is what sys.getsizeof(list) reports:
 * 56 + 8 * allocated.
 *
 * The rules differ by path, which is why this is a state machine rather than
 * one formula:
 * - list_resize over-allocates by ~1/8 plus 6, rounded to a multiple of 4, but
 *   grows exactly (to a multiple of 4) when a jump is too large to be worth
 *   padding, shrinks only below half the allocation, and frees at size 0.
 * - append only resizes when full (so it never shrinks); insert and pop always go
 *   through list_resize (so they can).
 * - Lists made by slicing, +, *, copy() and BUILD_LIST n are exact.
 * - extend() into a list whose item pointer is NULL (fresh, or emptied by
 *   clear/del/`*= 0`) preallocates exactly, rounded up to even; a list emptied
 *   by pop() keeps a (zero-sized) buffer and grows through list_resize instead.
 * - extend() from a non-list/tuple iterable reserves its length hint first
 *   (8 for iterators without one) and trims at the end only if less than half
 *   was used.
 */

/** What list sizing depends on besides the length: mirrors `allocated` and whether `ob_item` is NULL. */
export interface ListAllocation {
  /** Item slots allocated (PyListObject.allocated). */
  allocated: number;
  /** False while ob_item is NULL: a fresh or cleared list (extend then preallocates exactly). */
  hasBuffer: boolean;
}

/** Fixed part of sys.getsizeof(list): object header, size, items pointer, allocated, plus the GC header. */
export const LIST_BASE_SIZE = 56;
/** Items CPython's str.split()/rsplit()/splitlines preallocate (MAX_PREALLOC in stringlib/split.h). */
export const SPLIT_PREALLOC = 12;
/** The length hint PyObject_LengthHint falls back to when an iterator has neither __len__ nor __length_hint__. */
export const DEFAULT_LENGTH_HINT = 8;
/** Display items above which the compiler builds the list by appends (STACK_USE_GUIDELINE). */
export const STACK_USE_GUIDELINE = 30;

/** list_resize: the allocation after resizing a list of `size` items with `allocated` slots to `newSize`. */
export function listResize(allocated: number, size: number, newSize: number): number {
  if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
  if (newSize === 0) return 0;
  let na = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - size > na - newSize) na = (newSize + 3) & ~3;
  return na;
}

/** list_preallocate_exact: the allocator's 16-byte granularity makes odd counts round up to even. */
export function preallocateExact(n: number): number {
  return (n + 1) & ~1;
}

/** A fresh list state: PyList_New(n) / list_new_prealloc(n) (n items exactly; n = 0 has a NULL buffer). */
export function newListAllocation(n = 0): ListAllocation {
  return { allocated: n, hasBuffer: n > 0 };
}

/** sys.getsizeof of a list with this allocation. */
export function listSizeof(a: ListAllocation | number): number {
  return LIST_BASE_SIZE + 8 * (typeof a === 'number' ? a : a.allocated);
}

function resizeTo(a: ListAllocation, size: number, newSize: number): void {
  a.allocated = listResize(a.allocated, size, newSize);
  // realloc to zero bytes still returns a pointer; only _list_clear makes it NULL.
  if (newSize > 0) a.hasBuffer = true;
}

/** _list_clear: list.clear(), `del l[:]`, `l[:] = []`, `l *= 0`, and deletes that empty the list. */
export function listClear(a: ListAllocation): void {
  a.allocated = 0;
  a.hasBuffer = false;
}

/** list.append / LIST_APPEND (comprehensions) / PyList_Append on a list of `size` items: resizes only when full. */
export function listAppend(a: ListAllocation, size: number): void {
  if (a.allocated > size) return;
  resizeTo(a, size, size + 1);
}

/** list.insert(i, x): always list_resize(size + 1), so it can also shrink an over-allocated list. */
export function listInsert(a: ListAllocation, size: number): void {
  resizeTo(a, size, size + 1);
}

/** list.pop() / list.pop(i) on a non-empty list of `size` items. */
export function listPop(a: ListAllocation, size: number, index = size - 1): void {
  if (index === size - 1) resizeTo(a, size, size - 1);
  else listSetSlice(a, size, index, index + 1, 0);
}

/** del l[i] / l.remove(x): a one-item slice deletion. */
export function listDelItem(a: ListAllocation, size: number, index: number): void {
  listSetSlice(a, size, index, index + 1, 0);
}

/**
 * list_ass_slice: l[lo:hi] = <n items> (n = 0 for `del l[lo:hi]`), with lo/hi
 * already clamped as CPython does (0 <= lo <= hi <= size).
 */
export function listSetSlice(a: ListAllocation, size: number, lo: number, hi: number, n: number): void {
  const d = n - (hi - lo);
  if (size + d === 0) {
    listClear(a);
    return;
  }
  if (d !== 0) resizeTo(a, size, size + d);
}

/** del l[i:j:k] with step != 1 removing `count` items: the size drops first, then list_resize. */
export function listDelExtendedSlice(a: ListAllocation, size: number, count: number): void {
  if (count <= 0) return;
  const newSize = size - count;
  resizeTo(a, newSize, newSize);
}

/** l.extend(seq) / l += seq / LIST_EXTEND where seq is a list or tuple (or l itself) of `n` items. */
export function listExtendSequence(a: ListAllocation, size: number, n: number): void {
  if (n === 0) return;
  if (!a.hasBuffer) {
    a.allocated = preallocateExact(n);
    a.hasBuffer = true;
    return;
  }
  resizeTo(a, size, size + n);
}

/**
 * l.extend(iterable) for any other iterable: `hint` is PyObject_LengthHint's
 * answer (DEFAULT_LENGTH_HINT when the iterator has none), `count` the items the
 * iterator actually produced.
 */
export function listExtendIterable(a: ListAllocation, size: number, hint: number, count: number): void {
  if (!a.hasBuffer) {
    if (hint > 0) {
      a.allocated = preallocateExact(hint);
      a.hasBuffer = true;
    }
  } else {
    resizeTo(a, size, size + hint);
  }
  let n = size;
  for (let i = 0; i < count; i++) {
    listAppend(a, n);
    n++;
  }
  if (n < a.allocated) resizeTo(a, n, n);
}

/** l *= k on a list of `size` items. */
export function listInplaceRepeat(a: ListAllocation, size: number, k: number): void {
  if (size === 0 || k === 1) return;
  if (k < 1) {
    listClear(a);
    return;
  }
  resizeTo(a, size, size * k);
}

/** list(iterable) / sorted(iterable): a fresh list extended from a list/tuple (`hint` = its length, isSequence) or an iterator. */
export function listFromIterable(isSequence: boolean, hint: number, count: number): ListAllocation {
  const a = newListAllocation(0);
  if (isSequence) listExtendSequence(a, 0, count);
  else listExtendIterable(a, 0, hint, count);
  return a;
}

/**
 * A list display without starred items: `[a, b]` is BUILD_LIST n (exact); three
 * or more items that are all constants after folding become LIST_EXTEND of a
 * constant tuple (rounded to even); more than STACK_USE_GUIDELINE items are
 * appended one by one.
 */
export function listDisplayAllocation(n: number, allConstant: boolean): ListAllocation {
  if (n > 2 && allConstant) return listFromIterable(true, n, n);
  if (n > STACK_USE_GUIDELINE) {
    const a = newListAllocation(0);
    for (let i = 0; i < n; i++) listAppend(a, i);
    return a;
  }
  return newListAllocation(n);
}

/** A list built by n appends from empty (list comprehensions, loops of append). */
export function listAppendedAllocation(n: number): ListAllocation {
  const a = newListAllocation(0);
  for (let i = 0; i < n; i++) listAppend(a, i);
  return a;
}

/** str.split()/rsplit() results of `count` pieces: 12 slots preallocated, appends beyond, never trimmed. */
export function splitAllocation(count: number): ListAllocation {
  const a = newListAllocation(SPLIT_PREALLOC);
  for (let i = SPLIT_PREALLOC; i < count; i++) listAppend(a, i);
  return a;
}
