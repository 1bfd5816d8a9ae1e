/**
 * dict views (dict_keys, dict_values, dict_items) and the six dict iterators
 * (dict_keyiterator... dict_reverseitemiterator).
 *
 * A view holds a strong reference to its dict and reads it live. An iterator
 * holds the dict until it is exhausted, remembers the size it started with
 * ("dictionary changed size during iteration", sticky once raised) and counts
 * down the entries it still expects ("dictionary keys changed during
 * iteration"). Item iterators recycle their result tuple when nobody else
 * holds it, as CPython does, so a `for k, v in d.items()` loop allocates one
 * tuple in all.
 */
import { contains, forEach, getIter, iterNext, length, nativeContains, nativeIter, nativeLen } from '../abstract';
import { exactArgs } from '../args';
import { throwError } from '../errors';
import { born, decref, incref, touch } from '../memory';
import { PyObject, PyType, type Visit } from '../object';
import { BinOp, CmpOp, eq, nativeBinary, nativeCompare, nativeHash, nativeRepr, repr, reprGuard } from '../ops';
import { dictType, PyDict } from './dict';
import { RuntimeError, TypeError } from './exception';
import { False, newBool, newInt, True } from './int';
import { defineIterator, gcTrack } from './iterators';
import { listFrom } from './list-methods';
import { None, NotImplemented } from './none';
import { newTuple, PyTuple } from './tuple';
import { defGetter, defMethod, newBuiltinType, objectType } from './type';
import { isAnySet, newSetOf, PySet, reflectedSetOps, setAddItem, setMethod, setUpdate } from './set';

/** What a view or iterator yields. */
export const enum DictPart {
  Keys,
  Values,
  Items,
}

// ---------------------------------------------------------------- iterators

/** A dict iterator (forward or reverse). */
export class PyDictIter extends PyObject {
  constructor(
    type: PyType,
    public dict: PyDict | null,
    /** d.used when iteration started; -1 once a size change was reported. */
    public used: number,
    /** Next entry index to look at. */
    public pos: number,
    /** Entries still expected. */
    public remaining: number,
    public part: DictPart,
    public reverse: boolean,
    /** The recycled (key, value) tuple of item iterators. */
    public result: PyTuple | null,
  ) {
    super(type);
  }
}

const iterSlots = {
  traverse(o: PyObject, visit: Visit) {
    const it = o as PyDictIter;
    if (it.dict !== null) visit(it.dict, 'dict');
    if (it.result !== null) visit(it.result, 'result');
  },
  clear(o: PyObject) {
    const it = o as PyDictIter;
    const d = it.dict;
    const r = it.result;
    it.dict = null;
    it.result = null;
    if (d !== null) decref(d);
    if (r !== null) decref(r);
  },
};

function iterType(name: string): PyType {
  return newBuiltinType(name, objectType, { basicSize: 56, gcType: true, baseType: false, slots: iterSlots });
}

const ITER_TYPES = [
  [iterType('dict_keyiterator'), iterType('dict_valueiterator'), iterType('dict_itemiterator')],
  [iterType('dict_reversekeyiterator'), iterType('dict_reversevalueiterator'), iterType('dict_reverseitemiterator')],
];

/** A new iterator over a dict's keys, values or items (the dict is borrowed). */
export function newDictIter(d: PyDict, part: DictPart, reverse = false): PyDictIter {
  incref(d);
  const result = part === DictPart.Items ? newTuple([incref(None), incref(None)]) : null;
  const it = born(
    new PyDictIter(ITER_TYPES[reverse ? 1 : 0][part], d, d.used, reverse ? d.keys.length - 1 : 0, d.used, part, reverse, result),
  );
  gcTrack(it);
  return it;
}

function finish(it: PyDictIter): null {
  const d = it.dict;
  touch(it);
  it.dict = null;
  if (d !== null) decref(d);
  return null;
}

function dictIterNext(o: PyObject): PyObject | null {
  const it = o as PyDictIter;
  const d = it.dict;
  if (d === null) return null;
  if (it.used !== d.used) {
    it.used = -1;
    throwError(RuntimeError, 'dictionary changed size during iteration');
  }
  const keys = d.keys;
  let i = it.pos;
  if (it.reverse) {
    while (i >= 0 && keys[i] === null) i--;
    if (i < 0) return finish(it);
    it.pos = i - 1;
  } else {
    while (i < keys.length && keys[i] === null) i++;
    it.pos = i + 1;
    if (i >= keys.length) return finish(it);
    if (it.remaining === 0) {
      finish(it);
      throwError(RuntimeError, 'dictionary keys changed during iteration');
    }
  }
  it.remaining--;
  const k = keys[i]!;
  const v = d.values[i]!;
  if (it.part === DictPart.Keys) return incref(k);
  if (it.part === DictPart.Values) return incref(v);
  const r = it.result!;
  if (r.rc === 1) {
    const oldK = r.items[0];
    const oldV = r.items[1];
    // A recycled result tuple: its items change in place.
    touch(r);
    r.items[0] = incref(k);
    r.items[1] = incref(v);
    incref(r);
    decref(oldK);
    decref(oldV);
    gcTrack(r);
    return r;
  }
  return newTuple([incref(k), incref(v)]);
}

function dictIterHint(o: PyObject): number {
  const it = o as PyDictIter;
  return it.dict !== null && it.used === it.dict.used ? it.remaining : 0;
}

for (const row of ITER_TYPES) for (const t of row) defineIterator(t, dictIterNext, dictIterHint);

nativeIter.set(dictType, (o) => newDictIter(o as PyDict, DictPart.Keys));
defMethod(dictType, '__iter__', (self) => newDictIter(self as PyDict, DictPart.Keys));
defMethod(dictType, '__reversed__', (self) => newDictIter(self as PyDict, DictPart.Keys, true));

// ---------------------------------------------------------------- views

/** A dict view. */
export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    public dict: PyDict | null,
    public part: DictPart,
  ) {
    super(type);
  }
}

const viewSlots = {
  traverse(o: PyObject, visit: Visit) {
    const v = o as PyDictView;
    if (v.dict !== null) visit(v.dict, 'mapping');
  },
  clear(o: PyObject) {
    const v = o as PyDictView;
    const d = v.dict;
    v.dict = null;
    if (d !== null) decref(d);
  },
};

function viewType(name: string): PyType {
  return newBuiltinType(name, objectType, { basicSize: 24, gcType: true, baseType: false, slots: viewSlots });
}

/** `dict_keys`. */
export const dictKeysType = viewType('dict_keys');
/** `dict_values`. */
export const dictValuesType = viewType('dict_values');
/** `dict_items`. */
export const dictItemsType = viewType('dict_items');
const VIEW_TYPES = [dictKeysType, dictValuesType, dictItemsType];

/** d.keys() / d.values() / d.items() (d borrowed). */
export function newDictView(d: PyDict, part: DictPart): PyDictView {
  incref(d);
  const v = born(new PyDictView(VIEW_TYPES[part], d, part));
  gcTrack(v);
  return v;
}

/** True for keys and items views, the ones that behave like sets (PyDictViewSet_Check). */
export function isSetLikeView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView && o.part !== DictPart.Values;
}

function viewLen(o: PyObject): number {
  const d = (o as PyDictView).dict;
  return d === null ? 0 : d.used;
}

function viewContains(o: PyObject, x: PyObject): boolean {
  const v = o as PyDictView;
  const d = v.dict;
  if (d === null) return false;
  if (v.part === DictPart.Keys) return d.find(x) >= 0;
  // dictitems_contains: a 2-tuple whose key maps to an equal value.
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = d.get(x.items[0]);
  if (found === null) return false;
  incref(found);
  try {
    return eq(found, x.items[1]);
  } finally {
    decref(found);
  }
}

for (const t of VIEW_TYPES) {
  nativeLen.set(t, viewLen);
  nativeIter.set(t, (o) => newDictIter((o as PyDictView).dict!, (o as PyDictView).part));
  nativeRepr.set(t, (o) =>
    reprGuard(
      o,
      () => {
        const l = listFrom(o);
        try {
          return `${t.name}(${repr(l)})`;
        } finally {
          decref(l);
        }
      },
      '...',
    ),
  );
  defMethod(t, '__len__', (self, args) => {
    exactArgs(`${t.name}.__len__`, args, 0);
    return newInt(viewLen(self));
  });
  defMethod(t, '__iter__', (self) => newDictIter((self as PyDictView).dict!, (self as PyDictView).part));
  defMethod(t, '__reversed__', (self) => newDictIter((self as PyDictView).dict!, (self as PyDictView).part, true));
  defGetter(t, 'mapping', (self) => incref((self as PyDictView).dict ?? None));
}
for (const t of [dictKeysType, dictItemsType]) {
  nativeContains.set(t, viewContains);
  defMethod(t, '__contains__', (self, args) => {
    exactArgs(`${t.name}.__contains__`, args, 1);
    return newBool(viewContains(self, args[0]));
  });
  nativeHash.set(t, () => throwError(TypeError, `unhashable type: '${t.name}'`));
  nativeCompare.set(t, viewCompare);
  nativeBinary.set(t, (a, b, op) => viewBinary(a, b, op));
  defMethod(t, 'isdisjoint', (self, args) => {
    exactArgs('isdisjoint', args, 1);
    return newBool(viewIsDisjoint(self as PyDictView, args[0]));
  });
}

for (const [name, part] of [['keys', DictPart.Keys], ['values', DictPart.Values], ['items', DictPart.Items]] as const) {
  defMethod(dictType, name, (self, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `dict.${name}() takes no keyword arguments`);
    exactArgs(`dict.${name}`, args, 0);
    if (!(self instanceof PyDict))
      throwError(TypeError, `descriptor '${name}' for 'dict' objects doesn't apply to a '${self.type.name}' object`);
    return newDictView(self, part);
  });
}

// ---------------------------------------------------------------- set behaviour of keys and items views

/** all_contained_in: every item of `a` is in `b`. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  let ok = true;
  forEach(a, (x) => {
    if (!contains(b, x)) {
      ok = false;
      return true;
    }
    return false;
  });
  return ok;
}

function viewCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  if (!isAnySet(b) && !isSetLikeView(b)) return NotImplemented;
  const la = length(a);
  const lb = length(b);
  let ok = false;
  switch (op) {
    case CmpOp.Eq:
    case CmpOp.Ne:
      if (la === lb) ok = allContainedIn(a, b);
      if (op === CmpOp.Ne) ok = !ok;
      break;
    case CmpOp.Lt:
      if (la < lb) ok = allContainedIn(a, b);
      break;
    case CmpOp.Le:
      if (la <= lb) ok = allContainedIn(a, b);
      break;
    case CmpOp.Gt:
      if (la > lb) ok = allContainedIn(b, a);
      break;
    case CmpOp.Ge:
      if (la >= lb) ok = allContainedIn(b, a);
      break;
  }
  return incref(ok ? True : False);
}

/** dictviews_to_set: a new set of the view's contents (a keys view reads its dict directly). */
function viewToSet(o: PyObject): PySet {
  if (o instanceof PyDictView && o.part === DictPart.Keys && o.dict !== null) return newSetOf(o.dict);
  return newSetOf(o);
}

/** `self op other` where either side may be the view (CPython swaps nothing but `&`). */
export function viewBinary(self: PyObject, other: PyObject, op: BinOp): PyObject {
  if (op === BinOp.And) return viewIntersect(self, other);
  const name = op === BinOp.Or ? null : op === BinOp.Sub ? 'difference_update' : op === BinOp.Xor ? 'symmetric_difference_update' : undefined;
  if (name === undefined) return NotImplemented;
  const result = viewToSet(self);
  try {
    if (name === null) setUpdate(result, other);
    else decref(setMethod(result, name, [other]));
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** _PyDictView_Intersect. */
function viewIntersect(self: PyObject, other: PyObject): PyObject {
  if (!isSetLikeView(self)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = viewLen(view);
  if (other instanceof PySet && other.type.name === 'set' && lenSelf <= length(other)) return setMethod(other, 'intersection', [view]);
  let big: PyObject = view;
  let small = other;
  if (isSetLikeView(other) && viewLen(other) > lenSelf) {
    big = other;
    small = view;
  }
  const result = newSetOf(null);
  try {
    const it = getIter(small);
    try {
      for (;;) {
        const x = iterNext(it);
        if (x === null) break;
        try {
          if (viewContains(big, x)) setAddItem(result, x);
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function viewIsDisjoint(self: PyDictView, other: PyObject): boolean {
  if (self === other) return viewLen(self) === 0;
  let a: PyObject = self;
  let b = other;
  if ((isAnySet(other) || isSetLikeView(other)) && length(other) > viewLen(self)) {
    a = other;
    b = self;
  }
  let disjoint = true;
  forEach(b, (x) => {
    if (contains(a, x)) {
      disjoint = false;
      return true;
    }
    return false;
  });
  return disjoint;
}


// set | view and friends: the set declines, then the view's reflected slot answers.
for (const t of [dictKeysType, dictItemsType]) reflectedSetOps.set(t, (setObj, view, op) => viewBinary(setObj, view, op));

