/**
 * list's named methods (append, insert, pop, remove, index, count, sort...)
 * and the dunders explicit calls reach (`l.__len__()`, `list.__getitem__`),
 * with CPython's argument messages. pop() hands the list's own reference to
 * the caller. Loading this file loads list-ops.ts, the protocol slots.
 */
import { clinicCall } from '../hidden-allocs';
import { exactArgs, rangeArgs } from '../args';
import { listInsert, listPop } from '../collections/list-growth';
import { throwError } from '../errors';
import { decref, incref, touch, touchItems } from '../memory';
import { PyObject } from '../object';
import { BinOp, CmpOp, eq, repr } from '../ops';
import { sortList } from '../sort';
import { IndexError, OverflowError, TypeError, ValueError } from './exception';
import { newBool, newInt, PyInt, PyLong } from './int';
import { newListIter, newListRevIter } from './iterators';
import { listType, newList, PyList } from './list';
import {
  listAppend,
  listAssignSlice,
  listBinary,
  listClear,
  listCompare,
  listContains,
  listDelItem,
  listExtend,
  listGetItem,
  listInit,
  listInitArgs,
  listRepr,
  listSetItem,
} from './list-ops';
import { None, NotImplemented } from './none';
import { searchRange, ssizeArg } from './slice';
import { newStr as newStrOf } from './str';
import { defMethod, type KwArgs } from './type';

export {
  checkRepeatSize,
  compareSequences,
  listAppend,
  listAssignSlice,
  listClear,
  listExtend,
  listFrom,
  listInit,
  repeatCount,
  repeatTypeError,
} from './list-ops';

// ---------------------------------------------------------------- methods

function self_(o: PyObject, name: string): PyList {
  if (!(o instanceof PyList))
    throwError(TypeError, `descriptor '${name}' for 'list' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

type Method = (l: PyList, args: PyObject[], kw: KwArgs) => PyObject;

function method(name: string, fn: Method, takesKw = false): void {
  defMethod(listType, name, (self, args, kw) => {
    if (!takesKw && kw !== null && kw.size > 0)
      throwError(TypeError, `${name.startsWith('__') ? 'wrapper ' : 'list.'}${name}() takes no keyword arguments`);
    return fn(self_(self, name), args, kw);
  });
}

method('append', (l, args, kw) => {
  exactArgs('list.append', args, 1);
  listAppend(l, args[0]);
  return incref(None);
});

method('extend', (l, args, kw) => {
  exactArgs('list.extend', args, 1);
  listExtend(l, args[0]);
  return incref(None);
});

method('insert', (l, args, kw) => {
  if (args.length !== 2) throwError(TypeError, `insert expected 2 arguments, got ${args.length}`);
  let where = ssizeArg(args[0]);
  const n = l.items.length;
  listInsert(l, n);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  incref(args[1]);
  touchItems(l, where, n + 1);
  l.items.splice(where, 0, args[1]);
  return incref(None);
});

method('pop', (l, args, kw) => {
  rangeArgs('pop', args, 0, 1);
  let index = args.length ? ssizeArg(args[0]) : -1;
  const size = l.items.length;
  if (size === 0) throwError(IndexError, 'pop from empty list');
  if (index < 0) index += size;
  if (index < 0 || index >= size) throwError(IndexError, 'pop index out of range');
  const v = l.items[index];
  if (index === size - 1) {
    listPop(l, size);
    touchItems(l, index, size);
    l.items.pop();
    return v; // the list's reference becomes the caller's
  }
  incref(v);
  listAssignSlice(l, index, index + 1, null);
  return v;
});

method('remove', (l, args, kw) => {
  exactArgs('list.remove', args, 1);
  for (let i = 0; i < l.items.length; i++) {
    const item = l.items[i];
    incref(item);
    let same: boolean;
    try {
      same = eq(item, args[0]);
    } finally {
      decref(item);
    }
    if (same) {
      listAssignSlice(l, i, i + 1, null);
      return incref(None);
    }
  }
  throwError(ValueError, 'list.remove(x): x not in list');
});

method('clear', (l, args, kw) => {
  exactArgs('list.clear', args, 0);
  listClear(l);
  return incref(None);
});

method('copy', (l, args, kw) => {
  exactArgs('list.copy', args, 0);
  const items = l.items.slice();
  for (const x of items) incref(x);
  return newList(items);
});

method('index', (l, args, kw) => {
  rangeArgs('index', args, 1, 3);
  const [start, stop] = searchRange(args, 1, l.items.length);
  for (let i = start; i < stop && i < l.items.length; i++) {
    const item = l.items[i];
    incref(item);
    let same: boolean;
    try {
      same = eq(item, args[0]);
    } finally {
      decref(item);
    }
    if (same) return newInt(i);
  }
  throwError(ValueError, `${repr(args[0])} is not in list`);
});

method('count', (l, args, kw) => {
  exactArgs('list.count', args, 1);
  let n = 0;
  for (let i = 0; i < l.items.length; i++) {
    const item = l.items[i];
    if (item === args[0]) {
      n++;
      continue;
    }
    incref(item);
    try {
      if (eq(item, args[0])) n++;
    } finally {
      decref(item);
    }
  }
  return newInt(n);
});

method('reverse', (l, args, kw) => {
  exactArgs('list.reverse', args, 0);
  touch(l);
  l.items.reverse();
  return incref(None);
});

method('sort', (l, args, kw) => {
  clinicCall('list.sort', 2, args.length, 0, 0, kw);
  if (args.length > 0) throwError(TypeError, 'sort() takes no positional arguments');
  let key: PyObject | null = null;
  let reverse = false;
  if (kw !== null) {
    for (const [name, v] of kw) {
      if (name === 'key') key = v === None ? null : v;
      else if (name === 'reverse') reverse = boolArg(v);
      else throwError(TypeError, `'${name}' is an invalid keyword argument for sort()`);
    }
  }
  sortList(l, key, reverse);
  return incref(None);
}, true);

/** A `bool(accept={int})` argument (list.sort's reverse): any integer, via _PyLong_AsInt. */
function boolArg(v: PyObject): boolean {
  if (v instanceof PyInt) {
    if (v.v > 2147483647 || v.v < -2147483648) throwError(OverflowError, 'Python int too large to convert to C int');
    return v.v !== 0;
  }
  if (v instanceof PyLong) throwError(OverflowError, 'Python int too large to convert to C int');
  if (!v.type.native && v.type.lookup('__index__') !== null) return ssizeArg(v) !== 0;
  throwError(TypeError, `'${v.type.name}' object cannot be interpreted as an integer`);
}

method('__init__', (l, args, kw) => {
  listInit(l, listInitArgs(args, kw));
  return incref(None);
}, true);

method('__reversed__', (l, args) => {
  exactArgs('list.__reversed__', args, 0);
  return newListRevIter(l);
});

// Dunders for explicit calls (`l.__len__()`, `list.__getitem__(l, 0)`); operators use the slots.
method('__len__', (l, args) => {
  exactArgs('list.__len__', args, 0);
  return newInt(l.items.length);
});
method('__getitem__', (l, args) => {
  exactArgs('list.__getitem__', args, 1);
  return listGetItem(l, args[0]);
});
method('__setitem__', (l, args) => {
  if (args.length !== 2) throwError(TypeError, `expected 2 arguments, got ${args.length}`);
  listSetItem(l, args[0], args[1]);
  return incref(None);
});
method('__delitem__', (l, args) => {
  exactArgs('list.__delitem__', args, 1);
  listDelItem(l, args[0]);
  return incref(None);
});
method('__contains__', (l, args) => {
  exactArgs('list.__contains__', args, 1);
  return newBool(listContains(l, args[0]));
});
method('__iter__', (l, args) => {
  exactArgs('list.__iter__', args, 0);
  return newListIter(l);
});
method('__repr__', (l) => newStrOf(listRepr(l)));
for (const [name, op, inplace] of [
  ['__add__', BinOp.Add, false],
  ['__iadd__', BinOp.Add, true],
  ['__mul__', BinOp.Mul, false],
  ['__rmul__', BinOp.Mul, false],
  ['__imul__', BinOp.Mul, true],
] as const) {
  method(name, (l, args) => {
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const r = listBinary(l, args[0], op, inplace);
    return r === NotImplemented ? incref(r) : r;
  });
}
for (const [name, op] of [
  ['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__eq__', CmpOp.Eq],
  ['__ne__', CmpOp.Ne], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge],
] as const) {
  method(name, (l, args) => {
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const r = listCompare(l, args[0], op);
    return r === NotImplemented ? incref(r) : r;
  });
}
listType.dict.set('__hash__', None);

