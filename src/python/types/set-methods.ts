/**
 * The named methods of set and frozenset (add, discard, union, issubset...),
 * with CPython's argument conventions: METH_O methods say "set.add() takes
 * exactly one argument", the varargs ones accept any number of iterables.
 */
import { forEach, throwKeyError } from '../abstract';
import { exactArgs } from '../args';
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { BinOp, CmpOp } from '../ops';
import { KeyError, TypeError } from './exception';
import { newBool, newInt } from './int';
import { None, NotImplemented } from './none';
import {
  frozensetHash,
  frozensetType,
  newSetIter,
  newSetOf,
  PySet,
  setAddItem,
  setContains,
  setCopy,
  setDifference,
  setDifferenceUpdate,
  setInit,
  setIntersection,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setType,
  setUpdate,
  withSetKey,
} from './set';
import { newStr } from './str';
import { newHashInt } from './tuple-methods';
import { defMethod, type KwArgs } from './type';
import { nativeBinary, nativeCompare, nativeRepr } from '../ops';

type Fn = (s: PySet, args: PyObject[]) => PyObject;

function method(types: PyType[], name: string, fn: Fn, arity: 'o' | 'none' | 'var'): void {
  for (const t of types) {
    defMethod(t, name, (self, args, kw: KwArgs) => {
      if (!(self instanceof PySet) || (t === setType) !== (self.type === setType))
        throwError(TypeError, `descriptor '${name}' for '${t.name}' objects doesn't apply to a '${self.type.name}' object`);
      if (kw !== null && kw.size > 0) throwError(TypeError, `${t.name}.${name}() takes no keyword arguments`);
      if (arity === 'o') exactArgs(`${t.name}.${name}`, args, 1);
      else if (arity === 'none') exactArgs(`${t.name}.${name}`, args, 0);
      return fn(self, args);
    });
  }
}

const BOTH = [setType, frozensetType];
const SET = [setType];

// ---------------------------------------------------------------- mutators (set only)

method(SET, 'add', (s, a) => {
  setAddItem(s, a[0]);
  return incref(None);
}, 'o');

method(SET, 'discard', (s, a) => {
  withSetKey(a[0], (k, h) => s.table.discard(k, h));
  return incref(None);
}, 'o');

method(SET, 'remove', (s, a) => {
  const removed = withSetKey(a[0], (k, h) => s.table.discard(k, h));
  if (removed === undefined) throwKeyError(a[0]); // _PyErr_SetKeyError
  return incref(None);
}, 'o');

method(SET, 'pop', (s) => {
  const k = s.table.pop();
  if (k === undefined) throwError(KeyError, 'pop from an empty set');
  return k;
}, 'none');

method(SET, 'clear', (s) => {
  s.table.clear();
  return incref(None);
}, 'none');

defMethod(setType, '__init__', (self, args, kw) => {
  if (!(self instanceof PySet)) throwError(TypeError, `descriptor '__init__' requires a 'set' object but received a '${self.type.name}'`);
  setInit(self, args, kw);
  return incref(None);
});

method(SET, 'update', (s, a) => {
  for (const other of a) setUpdate(s, other);
  return incref(None);
}, 'var');

method(SET, 'intersection_update', (s, a) => {
  if (a.length === 0) return incref(None);
  const tmp = intersectionMulti(s, a);
  s.table.swapBodies(tmp.table);
  decref(tmp);
  return incref(None);
}, 'var');

method(SET, 'difference_update', (s, a) => {
  for (const other of a) setDifferenceUpdate(s, other);
  return incref(None);
}, 'var');

method(SET, 'symmetric_difference_update', (s, a) => {
  setSymmetricDifferenceUpdate(s, a[0]);
  return incref(None);
}, 'o');

// ---------------------------------------------------------------- new sets

method(BOTH, 'copy', (s) => (s.type === frozensetType ? incref(s) : setCopy(s)), 'none');

method(BOTH, 'union', (s, a) => {
  const r = setCopy(s);
  try {
    for (const other of a) if (other !== s) setUpdate(r, other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}, 'var');

/** set_intersection_multi: intersect with each argument in turn. */
function intersectionMulti(s: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(s);
  let result = incref(s);
  try {
    for (const other of others) {
      const next = setIntersection(result, other);
      decref(result);
      result = next;
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

method(BOTH, 'intersection', (s, a) => intersectionMulti(s, a), 'var');

method(BOTH, 'difference', (s, a) => {
  if (a.length === 0) return setCopy(s);
  const r = setDifference(s, a[0]);
  try {
    for (let i = 1; i < a.length; i++) setDifferenceUpdate(r, a[i]);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}, 'var');

method(BOTH, 'symmetric_difference', (s, a) => setSymmetricDifference(s, a[0]), 'o');

// ---------------------------------------------------------------- predicates

/** set_issubset: a temporary set for non-set arguments. */
function issubset(s: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = newSetOf(other);
    try {
      return issubset(s, tmp);
    } finally {
      decref(tmp);
    }
  }
  return s.table.isSubset(other.table);
}

method(BOTH, 'issubset', (s, a) => newBool(issubset(s, a[0])), 'o');

method(BOTH, 'issuperset', (s, a) => {
  const other = a[0];
  if (other instanceof PySet) return newBool(other.table.isSubset(s.table));
  let ok = true;
  forEach(other, (x) => {
    if (!setContains(s, x)) {
      ok = false;
      return true;
    }
    return false;
  });
  return newBool(ok);
}, 'o');

method(BOTH, 'isdisjoint', (s, a) => {
  const other = a[0];
  if (other === s) return newBool(s.table.used === 0);
  if (other instanceof PySet) return newBool(s.table.isDisjoint(other.table));
  let ok = true;
  forEach(other, (x) => {
    if (setContains(s, x)) {
      ok = false;
      return true;
    }
    return false;
  });
  return newBool(ok);
}, 'o');

// ---------------------------------------------------------------- dunders for explicit calls

method(BOTH, '__len__', (s) => newInt(s.table.used), 'none');
method(BOTH, '__contains__', (s, a) => newBool(setContains(s, a[0])), 'o');
method(BOTH, '__iter__', (s) => newSetIter(s), 'none');
method(BOTH, '__repr__', (s) => newStr(nativeRepr.get(s.type)!(s)), 'none');
method([frozensetType], '__hash__', (s) => newHashInt(frozensetHash(s)), 'none');
setType.dict.set('__hash__', None);

for (const [name, op, inplace] of [
  ['__or__', BinOp.Or, false], ['__and__', BinOp.And, false], ['__sub__', BinOp.Sub, false], ['__xor__', BinOp.Xor, false],
  ['__ior__', BinOp.Or, true], ['__iand__', BinOp.And, true], ['__isub__', BinOp.Sub, true], ['__ixor__', BinOp.Xor, true],
] as const) {
  method(inplace ? SET : BOTH, name, (s, a) => {
    const r = nativeBinary.get(s.type)!(s, a[0], op, inplace);
    return r === NotImplemented ? incref(r) : r;
  }, 'o');
}
for (const [name, op] of [
  ['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__eq__', CmpOp.Eq],
  ['__ne__', CmpOp.Ne], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge],
] as const) {
  method(BOTH, name, (s, a) => {
    const r = nativeCompare.get(s.type)!(s, a[0], op);
    return r === NotImplemented ? incref(r) : r;
  }, 'o');
}

