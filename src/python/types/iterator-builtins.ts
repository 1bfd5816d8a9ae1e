/**
 * enumerate, zip, map and filter: classes in CPython, callable as
 * constructors, whose objects are lazy iterators over other iterators.
 *
 * enumerate and zip recycle their result tuple when the caller has let go of
 * the previous one (its count is back to 1), exactly as CPython does: a
 * `for i, x in enumerate(xs)` loop builds one tuple, not one per item.
 */
import { callObject, getIter, isTrue, iterNext } from '../abstract';
import { throwError } from '../errors';
import { born, decref, incref, touch } from '../memory';
import { PyObject, type Visit } from '../object';
import { nativeNew } from './constructors';
import { TypeError, ValueError } from './exception';
import { boolType, newInt, newIntBig, PyInt, PyLong } from './int';
import { defineIterator, gcTrack } from './iterators';
import { None } from './none';
import { ssizeArg } from './slice';
import { emptyTuple, newTuple, PyTuple } from './tuple';
import { newBuiltinType, objectType, type KwArgs } from './type';

/** Makes a recycled result tuple current again: the new items go in, the old ones are released. */
function refill(result: PyTuple, items: PyObject[]): PyTuple {
  incref(result);
  const old = result.items.slice();
  touch(result);
  for (let i = 0; i < items.length; i++) result.items[i] = items[i];
  for (const x of old) decref(x);
  gcTrack(result);
  return result;
}

// ---------------------------------------------------------------- enumerate

/** An enumerate object. */
export class PyEnumerate extends PyObject {
  constructor(
    public index: number | bigint,
    public it: PyObject,
    public result: PyTuple,
  ) {
    super(enumerateType);
  }
}

/** `enumerate`. */
export const enumerateType = newBuiltinType('enumerate', objectType, {
  basicSize: 56,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const e = o as PyEnumerate;
      visit(e.it, 'iterator');
      visit(e.result, 'result');
    },
    clear(o: PyObject) {
      const e = o as PyEnumerate;
      decref(e.it);
      decref(e.result);
    },
  },
});

defineIterator(
  enumerateType,
  (o) => {
    const e = o as PyEnumerate;
    const item = iterNext(e.it);
    if (item === null) return null;
    const i = e.index;
    let index: PyObject;
    if (typeof i === 'number') {
      index = newInt(i);
      e.index = i + 1 > Number.MAX_SAFE_INTEGER ? BigInt(i) + 1n : i + 1;
    } else {
      index = newIntBig(i);
      e.index = i + 1n;
    }
    if (e.result.rc === 1) return refill(e.result, [index, item]);
    return newTuple([index, item]);
  },
  null,
);

nativeNew.set(enumerateType, (_t, args, kw: KwArgs) => {
  let iterable: PyObject | null = args[0] ?? null;
  let start: PyObject | null = args[1] ?? null;
  if (args.length > 2) throwError(TypeError, `enumerate() takes at most 2 arguments (${args.length} given)`);
  if (kw !== null)
    for (const [k, v] of kw) {
      if (k === 'iterable' && iterable === null) iterable = v;
      else if (k === 'start' && start === null) start = v;
      else if (k === 'iterable' || k === 'start')
        throwError(TypeError, `argument for enumerate() given by name ('${k}') and position (${k === 'iterable' ? 1 : 2})`);
      else throwError(TypeError, `'${k}' is an invalid keyword argument for enumerate()`);
    }
  if (iterable === null)
    throwError(TypeError, kw !== null && kw.size > 0 ? "enumerate() missing required argument 'iterable' (pos 1)" : "enumerate() missing required argument 'iterable'");
  let index: number | bigint = 0;
  if (start !== null) {
    if (start instanceof PyLong) index = start.v;
    else if (start instanceof PyInt) index = start.v;
    else index = ssizeArg(start);
  }
  const it = getIter(iterable);
  const e = born(new PyEnumerate(index, it, newTuple([incref(None), incref(None)])));
  gcTrack(e);
  return e;
});

// ---------------------------------------------------------------- zip

/** A zip object. */
export class PyZip extends PyObject {
  constructor(
    /** A tuple of the iterators (strong). */
    public iters: PyTuple,
    public result: PyTuple,
    public strict: boolean,
  ) {
    super(zipType);
  }
}

/** `zip`. */
export const zipType = newBuiltinType('zip', objectType, {
  basicSize: 48,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const z = o as PyZip;
      visit(z.iters, 'iterators');
      visit(z.result, 'result');
    },
    clear(o: PyObject) {
      const z = o as PyZip;
      decref(z.iters);
      decref(z.result);
    },
  },
});

/** zip(strict=True) found one iterator shorter or longer than the first: CPython's message. */
function strictCheck(z: PyZip, i: number): null {
  const plural = (n: number) => (n === 1 ? ' ' : 's 1-');
  if (i > 0) throwError(ValueError, `zip() argument ${i + 1} is shorter than argument${plural(i)}${i}`);
  const iters = z.iters.items;
  for (let j = 1; j < iters.length; j++) {
    const x = iterNext(iters[j]);
    if (x !== null) {
      decref(x);
      throwError(ValueError, `zip() argument ${j + 1} is longer than argument${plural(j)}${j}`);
    }
  }
  return null;
}

defineIterator(
  zipType,
  (o) => {
    const z = o as PyZip;
    const iters = z.iters.items;
    const n = iters.length;
    if (n === 0) return null;
    const r = z.result;
    if (r.rc === 1) {
      // Reuse in place: each slot is replaced as soon as its iterator answers.
      incref(r);
      for (let i = 0; i < n; i++) {
        const x = iterNext(iters[i]);
        if (x === null) {
          decref(r);
          return z.strict ? strictCheck(z, i) : null;
        }
        const old = r.items[i];
        // Each item may come from Python code (a generator), which runs steps: noted in the step it happens.
        touch(r);
        r.items[i] = x;
        decref(old);
      }
      gcTrack(r);
      return r;
    }
    // zip_next makes the new tuple before asking the iterators, so the call that finds
    // one exhausted still takes (and frees) a tuple: it counts in generation 0 when the
    // free list is empty.
    const items: PyObject[] = [];
    for (let i = 0; i < n; i++) items.push(incref(None));
    const t = newTuple(items);
    for (let i = 0; i < n; i++) {
      const x = iterNext(iters[i]);
      if (x === null) {
        decref(t);
        return z.strict ? strictCheck(z, i) : null;
      }
      const old = t.items[i];
      // Born before the iterators ran (Python code, steps): its items change in a later step.
      touch(t);
      t.items[i] = x;
      decref(old);
    }
    return t;
  },
  null,
);

nativeNew.set(zipType, (_t, args, kw: KwArgs) => {
  let strict = false;
  if (kw !== null)
    for (const [k, v] of kw) {
      if (k !== 'strict') throwError(TypeError, `'${k}' is an invalid keyword argument for zip()`);
      strict = isTrue(v);
    }
  const its: PyObject[] = [];
  try {
    for (const a of args) its.push(getIter(a));
  } catch (e) {
    for (const it of its) decref(it);
    throw e;
  }
  const iters = newTuple(its);
  const result = args.length === 0 ? incref(emptyTuple) : newTuple(args.map(() => incref(None)));
  const z = born(new PyZip(iters, result, strict));
  gcTrack(z);
  return z;
});

// ---------------------------------------------------------------- map

/** A map object. */
export class PyMap extends PyObject {
  constructor(
    public func: PyObject,
    public iters: PyTuple,
  ) {
    super(mapType);
  }
}

/** `map`. */
export const mapType = newBuiltinType('map', objectType, {
  basicSize: 32,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const m = o as PyMap;
      visit(m.iters, 'iterators');
      visit(m.func, 'func');
    },
    clear(o: PyObject) {
      const m = o as PyMap;
      decref(m.iters);
      decref(m.func);
    },
  },
});

defineIterator(
  mapType,
  (o) => {
    const m = o as PyMap;
    const args: PyObject[] = [];
    try {
      for (const it of m.iters.items) {
        const x = iterNext(it);
        if (x === null) return null;
        args.push(x);
      }
      return callObject(m.func, args, null);
    } finally {
      for (const x of args) decref(x);
    }
  },
  null,
);

nativeNew.set(mapType, (_t, args, kw: KwArgs) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'map() takes no keyword arguments');
  if (args.length < 2) throwError(TypeError, 'map() must have at least two arguments.');
  const its: PyObject[] = [];
  try {
    for (let i = 1; i < args.length; i++) its.push(getIter(args[i]));
  } catch (e) {
    for (const it of its) decref(it);
    throw e;
  }
  const m = born(new PyMap(incref(args[0]), newTuple(its)));
  gcTrack(m);
  return m;
});

// ---------------------------------------------------------------- filter

/** A filter object. */
export class PyFilter extends PyObject {
  constructor(
    public func: PyObject,
    public it: PyObject,
  ) {
    super(filterType);
  }
}

/** `filter`. */
export const filterType = newBuiltinType('filter', objectType, {
  basicSize: 32,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const f = o as PyFilter;
      visit(f.func, 'func');
      visit(f.it, 'iterator');
    },
    clear(o: PyObject) {
      const f = o as PyFilter;
      decref(f.func);
      decref(f.it);
    },
  },
});

defineIterator(
  filterType,
  (o) => {
    const f = o as PyFilter;
    const checkTrue = f.func === None || f.func === boolType;
    for (;;) {
      const item = iterNext(f.it);
      if (item === null) return null;
      let ok: boolean;
      try {
        if (checkTrue) ok = isTrue(item);
        else {
          const good = callObject(f.func, [item], null);
          try {
            ok = isTrue(good);
          } finally {
            decref(good);
          }
        }
      } catch (e) {
        decref(item);
        throw e;
      }
      if (ok) return item;
      decref(item);
    }
  },
  null,
);

nativeNew.set(filterType, (_t, args, kw: KwArgs) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'filter() takes no keyword arguments');
  if (args.length !== 2) throwError(TypeError, `filter expected 2 arguments, got ${args.length}`);
  const it = getIter(args[1]);
  const f = born(new PyFilter(incref(args[0]), it));
  gcTrack(f);
  return f;
});
