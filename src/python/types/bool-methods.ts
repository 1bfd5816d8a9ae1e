/**
 * bool: repr 'True'/'False', `bool(x)`, and the three operators that keep
 * bools bool (`True & False`, `|`, `^`); every other operation is int's.
 */
import { isTrue } from '../abstract';
import { throwError } from '../errors';
import { decref, incref } from '../memory';
import { PyObject } from '../object';
import { BinOp, binaryOp, nativeBinary, nativeRepr, nativeStr } from '../ops';
import { nativeNew } from './constructors';
import { PyFloat } from './float';
import { TypeError } from './exception';
import { boolType, False, newBool, PyInt, PyLong, True } from './int';
import { plainInt } from './int-methods';
import { NotImplemented } from './none';
import { newStr } from './str';
import { defMethod, type NativeMethod } from './type';

function isBool(o: PyObject): boolean {
  return o === True || o === False;
}

const boolText = (o: PyObject) => (o === True ? 'True' : 'False');

nativeRepr.set(boolType, boolText);
nativeStr.set(boolType, boolText);

/** `a op b` where a is a bool: `& | ^` of two bools stay bool, the rest is int arithmetic. */
function boolBinary(a: PyObject, b: PyObject, op: BinOp): PyObject {
  if (isBool(a) && isBool(b)) {
    if (op === BinOp.And) return newBool(a === True && b === True);
    if (op === BinOp.Or) return newBool(a === True || b === True);
    if (op === BinOp.Xor) return newBool(a !== b);
  }
  if (!(a instanceof PyInt || a instanceof PyLong) || !a.type.native) return NotImplemented;
  if (!(b instanceof PyInt || b instanceof PyLong || (b instanceof PyFloat && b.type.native))) return NotImplemented;
  const x = plainInt(a);
  const y = b instanceof PyInt || b instanceof PyLong ? plainInt(b) : incref(b);
  try {
    return binaryOp(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
}

nativeBinary.set(boolType, (a, b, op) => boolBinary(a, b, op));

nativeNew.set(boolType, (_type, args, kw) => {
  if (kw !== null && kw.size > 0) throwError(TypeError, 'bool() takes no keyword arguments');
  if (args.length > 1) throwError(TypeError, `bool expected at most 1 argument, got ${args.length}`);
  return newBool(args.length === 1 && isTrue(args[0]));
});

for (const [name, op] of [['and', BinOp.And], ['or', BinOp.Or], ['xor', BinOp.Xor]] as const) {
  const method = (reflected: boolean): NativeMethod => (self, args, kw) => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `bool.__${reflected ? 'r' : ''}${name}__() takes no keyword arguments`);
    if (args.length !== 1) throwError(TypeError, `expected 1 argument, got ${args.length}`);
    const other = args[0];
    if (!(other instanceof PyInt || other instanceof PyLong)) return incref(NotImplemented);
    return reflected ? boolBinary(other, self, op) : boolBinary(self, other, op);
  };
  defMethod(boolType, `__${name}__`, method(false));
  defMethod(boolType, `__r${name}__`, method(true));
}

for (const name of ['__repr__', '__str__']) {
  defMethod(boolType, name, (self, args, kw) => {
    if ((kw !== null && kw.size > 0) || args.length !== 0)
      throwError(TypeError, `bool.${name}() takes no arguments (${args.length} given)`);
    return newStr(boolText(self));
  });
}
