/**
 * "Did you mean" hints CPython 3.11 adds to the last traceback line of an
 * uncaught NameError or AttributeError (Python/suggestions.c): the closest
 * name by a case-aware Levenshtein distance, within a length-based bound.
 */
import { PyObject, PyType } from '../object';
import { PyInstance } from '../types/instance';
import { PyModule } from '../types/module';
import { PyStr } from '../types/str';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATES = 750;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** CPython's levenshtein_distance with its early exit above maxCost. */
function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let suf = 0;
  while (suf < a.length && suf < b.length && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  a = a.slice(0, a.length - suf);
  b = b.slice(0, b.length - suf);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (Math.abs(a.length - b.length) * MOVE_COST > maxCost) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(code, a[ai]);
      distance = buffer[ai];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The best candidate for `name`, or null (CPython's calculate_suggestions). */
export function suggest(candidates: string[], name: string): string | null {
  if (candidates.length > MAX_CANDIDATES || name.length > MAX_STRING_SIZE) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = distance(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** dir(obj) as CPython's AttributeError hint sees it: sorted attribute names. */
export function attributeCandidates(o: PyObject): string[] {
  const names = new Set<string>();
  if (o instanceof PyInstance) for (const k of o.attrs.keys()) names.add(k);
  if (o instanceof PyModule) for (const [k] of o.dict.entries()) names.add((k as PyStr).v);
  const types = o instanceof PyType ? [...o.mro, ...o.type.mro] : o.type.mro;
  for (const t of types) for (const k of t.dict.keys()) names.add(k);
  return [...names].sort();
}
