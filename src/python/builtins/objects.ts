/**
 * Builtins about objects in general (Python/bltinmodule.c): len, id, type
 * checks, repr/ascii/hash/format, attribute functions, iteration helpers,
 * sorted, namespaces, exit.
 */
import { varargsFunction } from '../hidden-allocs';
import {
  callMethod,
  callSpecial,
  getAttr,
  isIterator,
  delAttr,
  forEach,
  getAttrOrNull,
  getIter,
  isCallable,
  isTrue,
  iterNext,
  length,
  setAttr,
} from '../abstract';
import { generatorType } from '../types/generator';
import { bindArgs } from '../args';
import { newBareError, PyThrow, throwError, throwWithArgs } from '../errors';
import { asciiObject, formatObject, reprObject } from '../format';
import { decref, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { hashExact } from '../types/tuple-methods';
import { newCallIter } from '../types/iterators';
import { newDict, PyDict } from '../types/dict';
import { AttributeError, StopIteration, SystemExit, TypeError } from '../types/exception';
import { newBool, newInt, newIntBig } from '../types/int';
import { listFrom } from '../types/list-ops';
import { None } from '../types/none';
import { PyStr } from '../types/str';
import { PyTuple } from '../types/tuple';
import { makeBuiltin, type KwArgs } from '../types/type';
import { runtime } from '../vm/state';
import { internName } from '../abstract';

function noKw(name: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throwError(TypeError, `${name}() takes no keyword arguments`);
}

/** METH_O: `name() takes exactly one argument (n given)`. */
function one(name: string, args: PyObject[], kw: KwArgs): PyObject {
  noKw(name, kw);
  if (args.length !== 1) throwError(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Fastcall arity check: `name expected 2 arguments, got 1` / `at least` / `at most`. */
function arity(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (min === max && n !== min) throwError(TypeError, `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n < min) throwError(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throwError(TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** `len(o)`. */
export const len = makeBuiltin('len', (args, kw) => newInt(length(one('len', args, kw))));

/** `id(o)`: the object's address. */
export const id = makeBuiltin('id', (args, kw) => newInt(one('id', args, kw).addr));

/** PyObject_IsInstance for classes and (nested) tuples of classes. */
function isInstanceOf(o: PyObject, cls: PyObject): boolean {
  if (o.type === cls) return true;
  if (cls instanceof PyType) return o.type.isSubtype(cls);
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstanceOf(o, c));
  throwError(TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function isSubclassOf(c: PyType, cls: PyObject): boolean {
  if (cls instanceof PyType) return c.isSubtype(cls);
  if (cls instanceof PyTuple) return cls.items.some((x) => isSubclassOf(c, x));
  throwError(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

/** `isinstance(obj, class_or_tuple)`. */
export const isinstance = makeBuiltin('isinstance', (args, kw) => {
  noKw('isinstance', kw);
  arity('isinstance', args, 2, 2);
  return newBool(isInstanceOf(args[0], args[1]));
});

/** `issubclass(cls, class_or_tuple)`. */
export const issubclass = makeBuiltin('issubclass', (args, kw) => {
  noKw('issubclass', kw);
  arity('issubclass', args, 2, 2);
  const c = args[0];
  if (!(c instanceof PyType)) throwError(TypeError, 'issubclass() arg 1 must be a class');
  return newBool(isSubclassOf(c, args[1]));
});

/** `repr(o)`. */
export const reprFn = makeBuiltin('repr', (args, kw) => {
  return reprObject(one('repr', args, kw));
});

/** `ascii(o)`. */
export const ascii = makeBuiltin('ascii', (args, kw) => {
  return asciiObject(one('ascii', args, kw));
});

/** `hash(o)`: the full 64-bit value (JS numbers cannot hold every hash). */
export const hash = makeBuiltin('hash', (args, kw) => {
  const h = hashExact(one('hash', args, kw));
  return typeof h === 'bigint' ? newIntBig(h) : Number.isSafeInteger(h) ? newInt(h) : newIntBig(BigInt(h));
});

/** `format(value, format_spec='')`. */
export const format = makeBuiltin('format', (args, kw) => {
  const [v, spec] = bindArgs('format', args, kw, ['value', 'format_spec'], { required: 1, posOnly: 2 });
  if (spec !== null && !(spec instanceof PyStr)) throwError(TypeError, `format() argument 2 must be str, not ${spec.type.name}`);
  return formatObject(v!, spec === null ? '' : spec.v, spec);
});

function attrName(o: PyObject): string {
  if (!(o instanceof PyStr)) throwError(TypeError, `attribute name must be string, not '${o.type.name}'`);
  return o.v;
}

/** `getattr(object, name[, default])`: only AttributeError falls back to the default. */
export const getattr = makeBuiltin('getattr', (args, kw) => {
  noKw('getattr', kw);
  arity('getattr', args, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 2) return getAttr(args[0], name);
  try {
    const r = getAttrOrNull(args[0], name);
    return r ?? incref(args[2]);
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(AttributeError)) {
      e.drop();
      return incref(args[2]);
    }
    throw e;
  }
});

/** `setattr(object, name, value)`. */
export const setattr = makeBuiltin('setattr', (args, kw) => {
  noKw('setattr', kw);
  arity('setattr', args, 3, 3);
  setAttr(args[0], attrName(args[1]), args[2]);
  return incref(None);
});

/** `hasattr(object, name)`: False only for AttributeError. */
export const hasattr = makeBuiltin('hasattr', (args, kw) => {
  noKw('hasattr', kw);
  arity('hasattr', args, 2, 2);
  const name = attrName(args[1]);
  try {
    const r = getAttrOrNull(args[0], name);
    if (r === null) return newBool(false);
    decref(r);
    return newBool(true);
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(AttributeError)) {
      e.drop();
      return newBool(false);
    }
    throw e;
  }
});

/** `delattr(object, name)`. */
export const delattr = makeBuiltin('delattr', (args, kw) => {
  noKw('delattr', kw);
  arity('delattr', args, 2, 2);
  delAttr(args[0], attrName(args[1]));
  return incref(None);
});

/** `callable(o)`. */
export const callable = makeBuiltin('callable', (args, kw) => newBool(isCallable(one('callable', args, kw))));

// ---------------------------------------------------------------- namespaces

/**
 * `locals()`: the namespace dict of a module or class body; in a function a
 * new dict of the bound locals, cells and free variables (CPython 3.11 keeps
 * and refreshes one dict per frame, so `locals() is locals()` differs).
 */
export function localsDict(): PyDict {
  const f = runtime.current;
  if (f === null) return newDict();
  if (f.locals !== null) return incref(f.locals);
  const d = newDict();
  const c = f.code;
  const names = [...c.varnames, ...c.cellvars, ...c.freevars];
  for (let i = 0; i < names.length; i++) {
    let v = f.fast[i];
    if (v !== null && i >= c.varnames.length) v = (v as PyObject & { ref?: PyObject | null }).ref ?? null;
    if (v !== null && v !== undefined) d.set(internName(names[i]), v);
  }
  return d;
}

/** `locals()`. */
export const locals = makeBuiltin('locals', (args, kw) => {
  noKw('locals', kw);
  if (args.length) throwError(TypeError, `locals() takes no arguments (${args.length} given)`);
  return localsDict();
});

/** `globals()`. */
export const globals = makeBuiltin('globals', (args, kw) => {
  noKw('globals', kw);
  if (args.length) throwError(TypeError, `globals() takes no arguments (${args.length} given)`);
  const f = runtime.current;
  return f === null ? newDict() : incref(f.globals);
});

/**
 * `vars([object])`: `object.__dict__`. Instances keep inline attributes, so
 * what comes back is the lead's `__dict__` view of them (today a snapshot).
 */
export const vars = makeBuiltin('vars', varargsFunction((args, kw) => {
  noKw('vars', kw);
  arity('vars', args, 0, 1);
  if (args.length === 0) return localsDict();
  let d: PyObject | null;
  try {
    d = getAttrOrNull(args[0], '__dict__');
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(AttributeError)) {
      e.drop();
      d = null;
    } else throw e;
  }
  if (d === null) throwError(TypeError, 'vars() argument must have __dict__ attribute');
  return d;
}));

// ---------------------------------------------------------------- iteration

/** `iter(object[, sentinel])`. */
export const iter = makeBuiltin('iter', (args, kw) => {
  noKw('iter', kw);
  arity('iter', args, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (!isCallable(args[0])) throwError(TypeError, 'iter(v, w): v must be callable');
  return newCallIter(args[0], args[1]);
});

/** `next(iterator[, default])`. */
export const next = makeBuiltin('next', (args, kw) => {
  noKw('next', kw);
  arity('next', args, 1, 2);
  const it = args[0];
  if (!isIterator(it)) throwError(TypeError, `'${it.type.name}' object is not an iterator`);
  if (args.length === 2) {
    try {
      return iterNext(it) ?? incref(args[1]);
    } catch (e) {
      if (e instanceof PyThrow && e.type.isSubtype(StopIteration)) {
        e.drop();
        return incref(args[1]);
      }
      throw e;
    }
  }
  // A user __next__'s own StopIteration (with its value) propagates unchanged.
  // So does a generator's `return value` (StopIteration(value)).
  if (!it.type.native || it.type === generatorType) return callSpecial(it, '__next__', [])!;
  const r = iterNext(it);
  if (r === null) throw new PyThrow(newBareError(StopIteration));
  return r;
});

/** `any(iterable)`. */
export const any = makeBuiltin('any', (args, kw) => {
  const it = one('any', args, kw);
  let found = false;
  forEach(it, (x) => (found = isTrue(x)));
  return newBool(found);
});

/** `all(iterable)`. */
export const all = makeBuiltin('all', (args, kw) => {
  const it = one('all', args, kw);
  let ok = true;
  forEach(it, (x) => !(ok = isTrue(x)));
  return newBool(ok);
});

/** `sorted(iterable, /, *, key=None, reverse=False)`: list(iterable).sort(**kw). */
export const sorted = makeBuiltin('sorted', (args, kw) => {
  if (args.length !== 1) throwError(TypeError, `sorted expected 1 argument, got ${args.length}`);
  // PySequence_List: PyList_New(0) (from the list free list when it can), then extended.
  const l = listFrom(args[0]);
  try {
    decref(callMethod(l, 'sort', [], kw));
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
});

/** `exit([code])` / `quit([code])`: raise SystemExit. */
function exiter(name: string) {
  return makeBuiltin(name, (args, kw) => {
    noKw(name, kw);
    arity(name, args, 0, 1);
    // site.Quitter.__call__(code=None) raises SystemExit(code): args is never empty.
    throwWithArgs(SystemExit, [incref(args.length ? args[0] : None)]);
  });
}
export const exit = exiter('exit');
export const quit = exiter('quit');

