/**
 * The `gc` module: a thin layer of argument checking (CPython's messages) over
 * the collector in ../gc.ts.
 */
import { varargsFunction } from '../hidden-allocs';
import { noKwargs } from '../args';
import { throwError } from '../errors';
import * as collector from '../gc';
import { incref, touch } from '../memory';
import { PyObject } from '../object';
import { TypeError, ValueError } from '../types/exception';
import { newBool, newInt } from '../types/int';
import { newList, PyList } from '../types/list';
import { None } from '../types/none';
import { newTuple } from '../types/tuple';
import { makeBuiltin, type NativeFn } from '../types/type';
import { cIntArg, newModuleWith } from './module-util';

/** `gc.xxx()` with no arguments allowed (METH_NOARGS message). */
function noArgs(name: string, fn: () => PyObject): NativeFn {
  return (args, kw) => {
    noKwargs(`gc.${name}`, kw);
    if (args.length) throwError(TypeError, `gc.${name}() takes no arguments (${args.length} given)`);
    return fn();
  };
}

function intTuple(v: number[]): PyObject {
  return newTuple(v.map((x) => newInt(x)));
}

const collect = makeBuiltin('collect', (args, kw) => {
  let g: PyObject | null = args.length > 0 ? args[0] : null;
  if (args.length > 1) throwError(TypeError, `collect() takes at most 1 argument (${args.length} given)`);
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'generation' || g !== null) {
        if (k === 'generation') throwError(TypeError, `argument for collect() given by name ('generation') and position (1)`);
        throwError(TypeError, `collect() got an unexpected keyword argument '${k}'`);
      }
      g = v;
    }
  }
  const generation = g === null ? 2 : cIntArg(g);
  if (generation < 0 || generation > 2) throwError(ValueError, 'invalid generation');
  return newInt(collector.collect(generation));
});

const setThreshold = makeBuiltin('set_threshold', varargsFunction((args, kw) => {
  noKwargs('set_threshold', kw);
  if (args.length < 1) throwError(TypeError, `set_threshold() takes at least 1 argument (0 given)`);
  if (args.length > 3) throwError(TypeError, `set_threshold() takes at most 3 arguments (${args.length} given)`);
  const v = args.map(cIntArg);
  collector.setThreshold(v[0], v[1], v[2]);
  return incref(None);
}));

const isTracked = makeBuiltin('is_tracked', (args, kw) => {
  noKwargs('gc.is_tracked', kw);
  if (args.length !== 1) throwError(TypeError, `gc.is_tracked() takes exactly one argument (${args.length} given)`);
  return newBool(collector.isTracked(args[0]));
});

/** Tracked objects that refer to any of objs, generation by generation (gc_referrers_for). */
function referrers(objs: readonly PyObject[], exclude: PyObject): PyObject[] {
  const targets = new Set(objs);
  const out: PyObject[] = [];
  let hit = false;
  const visit = (c: PyObject): void => {
    if (targets.has(c)) hit = true;
  };
  for (let g = 0; g < 3; g++) {
    for (const o of collector.generationObjects(g)) {
      if (o === exclude) continue;
      hit = false;
      collector.gcTraverse(o, visit);
      if (hit) out.push(o);
    }
  }
  return out;
}

const getReferrers = makeBuiltin('get_referrers', varargsFunction((args, kw) => {
  noKwargs('get_referrers', kw);
  // CPython makes the (tracked) result list first and skips it while scanning.
  const result = newList([]);
  const found = referrers(args, result);
  fill(result, found);
  return result;
}));

const getReferents = makeBuiltin('get_referents', varargsFunction((args, kw) => {
  noKwargs('get_referents', kw);
  const result = newList([]);
  fill(result, collector.getReferents(args));
  return result;
}));

const getObjects = makeBuiltin('get_objects', (args, kw) => {
  const g: PyObject | null = args[0] ?? kw?.get('generation') ?? null;
  if (args.length > 1) throwError(TypeError, `get_objects() takes at most 1 argument (${args.length} given)`);
  let gen: number | null = null;
  if (g !== null && g !== None) {
    gen = cIntArg(g);
    if (gen >= 3) throwError(ValueError, 'generation parameter must be less than the number of available generations (3)');
    if (gen < 0) throwError(ValueError, 'generation parameter cannot be negative');
  }
  const result = newList([]);
  const gens = gen === null ? [0, 1, 2] : [gen];
  fill(result, gens.flatMap((g) => collector.generationObjects(g)).filter((o) => o !== result));
  return result;
});

/** Appends borrowed objects to a list, growing it as list.append would. */
function fill(l: PyList, objs: PyObject[]): void {
  touch(l);
  for (const o of objs) l.items.push(incref(o));
  l.allocated = growTo(l.allocated, l.items.length);
}

function growTo(allocated: number, n: number): number {
  let a = allocated;
  let size = 0;
  while (size < n) {
    size++;
    if (size > a) a = (size + (size >> 3) + 6) & ~3;
  }
  return a;
}

const functions: [string, PyObject][] = [
  ['enable', makeBuiltin('enable', noArgs('enable', () => (collector.enable(), incref(None))))],
  ['disable', makeBuiltin('disable', noArgs('disable', () => (collector.disable(), incref(None))))],
  ['isenabled', makeBuiltin('isenabled', noArgs('isenabled', () => newBool(collector.isEnabled())))],
  ['collect', collect],
  ['get_count', makeBuiltin('get_count', noArgs('get_count', () => intTuple(collector.getCount())))],
  ['get_threshold', makeBuiltin('get_threshold', noArgs('get_threshold', () => intTuple(collector.getThreshold())))],
  ['set_threshold', setThreshold],
  ['is_tracked', isTracked],
  ['get_referrers', getReferrers],
  ['get_referents', getReferents],
  ['get_objects', getObjects],
];

/** The gc module object for a run (its `garbage` list is per run; the functions are shared). */
export function makeGcModule(): PyObject {
  return newModuleWith('gc', [...functions.map(([k, f]): [string, PyObject] => [k, incref(f)]), ['garbage', newList([])]]);
}
