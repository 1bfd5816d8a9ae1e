/**
 * Helpers for the container tests: the runtime wired up, objects built
 * natively, and "probe" objects that log when they are freed so tests can
 * check CPython's release order (what `__del__` prints in python3).
 */
import { callMethod } from '../../../src/python/abstract';
import { PyThrow } from '../../../src/python/errors';
import { born, decref } from '../../../src/python/memory';
import { PyObject } from '../../../src/python/object';
import { repr, str } from '../../../src/python/ops';
import { installRuntime } from '../../../src/python/runtime';
import { nativeRepr } from '../../../src/python/ops';
import { nativeNew } from '../../../src/python/types/constructors';
import { newInt } from '../../../src/python/types/int';
import { newList, PyList } from '../../../src/python/types/list';
import { None, noneType } from '../../../src/python/types/none';
import { newStr } from '../../../src/python/types/str';
import { newTuple } from '../../../src/python/types/tuple';
import { newBuiltinType, objectType, type KwArgs } from '../../../src/python/types/type';
import '../../../src/python/types/containers';

installRuntime();

/** A new int (new reference). */
export const int = (n: number): PyObject => newInt(n);
/** A new str (new reference). */
export const s = (v: string): PyObject => newStr(v);
/** A new list of ints. */
export const ints = (...ns: number[]): PyList => newList(ns.map((n) => newInt(n)));
/** A new tuple of ints. */
export const tupleOf = (...ns: number[]): PyObject => newTuple(ns.map((n) => newInt(n)));

/** Calls a method; arguments are borrowed, the result is a new reference. */
export function call(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return callMethod(o, name, args);
}

/** Calls a method with keyword arguments. */
export function callKw(o: PyObject, name: string, args: PyObject[], kw: Record<string, PyObject>): PyObject {
  return callMethod(o, name, args, new Map(Object.entries(kw)) as KwArgs);
}

/** Calls a builtin class as a constructor. */
export function construct(t: Parameters<typeof nativeNew.get>[0], args: PyObject[] = [], kw: KwArgs = null): PyObject {
  return nativeNew.get(t)!(t, args, kw);
}

/** "Type: message" of the Python exception fn raises, or the repr of its result. */
export function outcome(fn: () => PyObject | void): string {
  try {
    const r = fn();
    if (r === undefined) return 'ok';
    // None's repr belongs to another file; the tests only need to recognise it.
    const text = r === None ? 'None' : repr(r);
    decref(r);
    return text;
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    const exc = e.exc;
    const args = (exc.args as unknown as { items: PyObject[] }).items;
    const msg = exc.type.name === 'KeyError' && args.length === 1 ? repr(args[0]) : str(exc);
    decref(exc);
    return `${exc.type.name}: ${msg}`;
  }
}

/** The freed-objects log probes write to. */
export const freed: string[] = [];

const probeType = newBuiltinType('Probe', objectType, {
  basicSize: 16,
  slots: {
    clear(o: PyObject) {
      freed.push((o as Probe).name);
    },
  },
});

/** An object that records its name in `freed` when its last reference goes. */
export class Probe extends PyObject {
  constructor(public name: string) {
    super(probeType);
  }
}
nativeRepr.set(probeType, (o) => (o as Probe).name);

// None's repr lives in another file; until it is registered the tests supply it.
if (!nativeRepr.has(noneType)) nativeRepr.set(noneType, () => 'None');

/** A new probe (one reference, the caller's). */
export function probe(name: string): Probe {
  return born(new Probe(name));
}

/** A list of new probes named prefix0, prefix1... */
export function probes(n: number, prefix = 'p'): PyList {
  return newList(Array.from({ length: n }, (_, i) => probe(prefix + i)));
}

/** Empties the log and returns what it held. */
export function takeFreed(): string[] {
  return freed.splice(0);
}
