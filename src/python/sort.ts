/**
 * list.sort: CPython 3.11's listsort (Objects/listobject.c, listsort.txt)
 * transcribed step for step: natural runs found by count_run, short runs
 * extended by binary insertion to minrun, the powersort merge policy, and
 * merge_lo/merge_hi with galloping. Keeping the algorithm identical keeps the
 * sequence of `<` comparisons identical, which a program sees whenever its
 * `__lt__` prints or raises (and which decides the TypeError message of a
 * mixed list: `'<' not supported between instances of 'str' and 'int'`).
 *
 * While sorting, the list looks empty (length 0, allocation -1) to key
 * functions and comparisons; anything they add is discarded afterwards and
 * reported as "list modified during sort". A comparison that raises leaves
 * the list a permutation of its items (nothing lost or duplicated).
 */
import { callObject } from './abstract';
import { newError, PyThrow } from './errors';
import { decref, touch } from './memory';
import { PyObject } from './object';
import { lessThan } from './ops';
import { ValueError } from './types/exception';
import type { PyList } from './types/list';

const MIN_GALLOP = 7;

/** One pending run on the merge stack. */
interface Run {
  base: number;
  len: number;
  power: number;
}

/** The MergeState of one sort over `a` (items, or [key, value] pairs when sorting by key). */
class MergeState<T> {
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  constructor(
    readonly a: T[],
    readonly lt: (x: T, y: T) => boolean,
  ) {}

  /** count_run: length of the run at lo (strictly descending runs are reported to be reversed). */
  countRun(lo: number, hi: number): [number, boolean] {
    const a = this.a;
    if (lo + 1 === hi) return [1, false];
    let n = 2;
    if (this.lt(a[lo + 1], a[lo])) {
      for (let p = lo + 2; p < hi && this.lt(a[p], a[p - 1]); p++) n++;
      return [n, true];
    }
    for (let p = lo + 2; p < hi && !this.lt(a[p], a[p - 1]); p++) n++;
    return [n, false];
  }

  /** binarysort: a[lo:hi] sorted, given that a[lo:start] already is. */
  binarySort(lo: number, hi: number, start: number): void {
    const a = this.a;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = a[r];
      do {
        const p = l + ((r - l) >> 1);
        if (this.lt(pivot, a[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) a[p] = a[p - 1];
      a[l] = pivot;
    }
  }

  /** gallop_left: k with arr[base+k-1] < key <= arr[base+k], searching from `hint`. */
  gallopLeft(key: T, arr: T[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (this.lt(arr[base + hint], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(arr[base + hint + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(arr[base + hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(arr[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** gallop_right: k with arr[base+k-1] <= key < arr[base+k]. */
  gallopRight(key: T, arr: T[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (this.lt(key, arr[base + hint])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(key, arr[base + hint - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(key, arr[base + hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(key, arr[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** merge_lo: merges a[pa:pa+na] and a[pb:pb+nb] with the first run copied aside (na <= nb). */
  mergeLo(pa0: number, na: number, pb: number, nb: number): void {
    const a = this.a;
    const tmp = a.slice(pa0, pa0 + na);
    let pa = 0;
    let dest = pa0;
    let copyB = false;
    a[dest++] = a[pb++];
    nb--;
    try {
      if (nb === 0) return;
      if (na === 1) {
        copyB = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (this.lt(a[pb], tmp[pa])) {
            a[dest++] = a[pb++];
            bcount++;
            acount = 0;
            if (--nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            a[dest++] = tmp[pa++];
            acount++;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = this.gallopRight(a[pb], tmp, pa, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) a[dest + i] = tmp[pa + i];
            dest += k;
            pa += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              return;
            }
            if (na === 0) return;
          }
          a[dest++] = a[pb++];
          if (--nb === 0) return;
          k = this.gallopLeft(tmp[pa], a, pb, nb, 0);
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) a[dest + i] = a[pb + i];
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) return;
          }
          a[dest++] = tmp[pa++];
          if (--na === 1) {
            copyB = true;
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyB) {
        // The last element of the first run belongs at the very end.
        for (let i = 0; i < nb; i++) a[dest + i] = a[pb + i];
        a[dest + nb] = tmp[pa];
      } else for (let i = 0; i < na; i++) a[dest + i] = tmp[pa + i];
    }
  }

  /** merge_hi: the mirror image, merging from the right with the second run copied aside (na >= nb). */
  mergeHi(baseA: number, na: number, pb0: number, nb: number): void {
    const a = this.a;
    const tmp = a.slice(pb0, pb0 + nb);
    let dest = pb0 + nb - 1;
    let pa = baseA + na - 1;
    let pb = nb - 1;
    let copyA = false;
    a[dest--] = a[pa--];
    na--;
    try {
      if (na === 0) return;
      if (nb === 1) {
        copyA = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (this.lt(tmp[pb], a[pa])) {
            a[dest--] = a[pa--];
            acount++;
            bcount = 0;
            if (--na === 0) return;
            if (acount >= minGallop) break;
          } else {
            a[dest--] = tmp[pb--];
            bcount++;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              return;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = this.gallopRight(tmp[pb], a, baseA, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            for (let i = k; i >= 1; i--) a[dest + i] = a[pa + i];
            na -= k;
            if (na === 0) return;
          }
          a[dest--] = tmp[pb--];
          if (--nb === 1) {
            copyA = true;
            return;
          }
          k = this.gallopLeft(a[pa], tmp, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            for (let i = 1; i <= k; i++) a[dest + i] = tmp[pb + i];
            nb -= k;
            if (nb === 1) {
              copyA = true;
              return;
            }
            if (nb === 0) return;
          }
          a[dest--] = a[pa--];
          if (--na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        // The first element of the second run belongs at the very front.
        dest -= na;
        pa -= na;
        for (let i = na; i >= 1; i--) a[dest + i] = a[pa + i];
        a[dest] = tmp[pb];
      } else for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = tmp[i];
    }
  }

  /** merge_at: merges pending runs i and i+1. */
  mergeAt(i: number): void {
    const p = this.pending;
    let { base: ba, len: na } = p[i];
    const { base: bb, len: nb0 } = p[i + 1];
    p[i].len = na + nb0;
    if (i === p.length - 3) p[i + 1] = p[i + 2];
    p.pop();
    const a = this.a;
    const k = this.gallopRight(a[bb], a, ba, na, 0);
    ba += k;
    na -= k;
    if (na === 0) return;
    const nb = this.gallopLeft(a[ba + na - 1], a, bb, nb0, nb0 - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(ba, na, bb, nb);
    else this.mergeHi(ba, na, bb, nb);
  }

  /** found_new_run: the powersort policy, merging while the run below has a greater power. */
  foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const top = p[p.length - 1];
    const power = powerLoop(top.base, top.len, n2, this.a.length);
    while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
    p[p.length - 1].power = power;
  }

  /** merge_force_collapse. */
  forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
      this.mergeAt(n);
    }
  }
}

/** powerloop: the depth of the boundary between two adjacent runs in the conceptual merge tree. */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** merge_compute_minrun: n itself below 64, else a k in 32..64 with n/k just under a power of two. */
function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/** The body of listsort over an array (items, or key/value pairs). */
function timsort<T>(a: T[], lt: (x: T, y: T) => boolean): void {
  const ms = new MergeState(a, lt);
  let lo = 0;
  let remaining = a.length;
  const minrun = minRun(remaining);
  do {
    let [n, descending] = ms.countRun(lo, lo + remaining);
    if (descending) reverseRange(a, lo, lo + n);
    if (n < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      ms.binarySort(lo, lo + force, lo + n);
      n = force;
    }
    ms.foundNewRun(n);
    ms.pending.push({ base: lo, len: n, power: 0 });
    lo += n;
    remaining -= n;
  } while (remaining);
  ms.forceCollapse();
}

function reverseRange<T>(a: T[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/**
 * `l.sort(key=keyfunc, reverse=reverse)` (keyfunc null for none). Keys are
 * computed first, in list order; a key function that raises releases the keys
 * made so far (last first) and leaves the list untouched.
 */
export function sortList(l: PyList, keyfunc: PyObject | null, reverse: boolean): void {
  // Emptied while it sorts (a key function sees []), in the step the sort starts.
  touch(l);
  const saved = l.items;
  const savedAllocated = l.allocated;
  const savedHasBuffer = l.hasBuffer;
  const n = saved.length;
  l.items = [];
  l.allocated = -1;
  l.hasBuffer = false;
  let error: unknown = null;
  let failed = false;
  let keys: PyObject[] | null = null;
  if (keyfunc !== null) {
    keys = [];
    try {
      for (let i = 0; i < n; i++) keys.push(callObject(keyfunc, [saved[i]], null));
    } catch (e) {
      for (let i = keys.length - 1; i >= 0; i--) decref(keys[i]);
      restore(l, saved, savedAllocated, savedHasBuffer);
      throw e;
    }
  }
  if (keys === null) {
    try {
      if (n > 1) {
        if (reverse) saved.reverse();
        timsort(saved, lessThan);
      }
    } catch (e) {
      failed = true;
      error = e;
    }
  } else {
    const pairs: [PyObject, PyObject][] = saved.map((v, i) => [keys![i], v]);
    try {
      if (n > 1) {
        if (reverse) pairs.reverse();
        timsort(pairs, (x, y) => lessThan(x[0], y[0]));
      }
    } catch (e) {
      failed = true;
      error = e;
    }
    for (let i = 0; i < n; i++) saved[i] = pairs[i][1];
    for (let i = 0; i < n; i++) decref(pairs[i][0]);
  }
  if (l.allocated !== -1 && !failed) {
    failed = true;
    error = new PyThrow(newError(ValueError, 'list modified during sort'));
  }
  if (reverse && n > 1) saved.reverse();
  restore(l, saved, savedAllocated, savedHasBuffer);
  if (failed) throw error;
}

/** Puts the sorted items back and releases whatever was added to the list meanwhile (last first). */
function restore(l: PyList, saved: PyObject[], allocated: number, hasBuffer: boolean): void {
  const extra = l.items;
  touch(l);
  l.items = saved;
  l.allocated = allocated;
  l.hasBuffer = hasBuffer;
  for (let i = extra.length - 1; i >= 0; i--) decref(extra[i]);
}
