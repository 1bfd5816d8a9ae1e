/**
 * The `builtins` namespace. The function and class objects are static (one
 * per process, as CPython's are); each run gets a fresh dict holding them, in
 * the order CPython's builtins module lists them.
 *
 * Builtin classes whose files are not imported here (set, frozenset, range,
 * slice, enumerate, zip, map, filter, reversed...) are picked up by name from
 * the native-constructor registry, so a container file only has to register
 * its constructor to appear in every run's builtins.
 */
import { internName } from '../abstract';
import { decref } from '../memory';
import { PyObject, PyType } from '../object';
import { nativeRepr } from '../ops';
import { nativeNew } from '../types/constructors';
import { classmethodType, propertyType, staticmethodType, superType } from '../types/descriptors';
import { dictType, newDict, PyDict } from '../types/dict';
import { exceptionTypes } from '../types/exception';
import { floatType } from '../types/float';
import { boolType, intType, True, False } from '../types/int';
import { listType } from '../types/list';
import { Ellipsis, None, NotImplemented } from '../types/none';
import { newStr, strType } from '../types/str';
import { tupleType } from '../types/tuple';
import { builtinFunctionType, objectType, PyBuiltinFunction, typeType } from '../types/type';
import { runtime } from '../vm/state';
import { input, print } from './io';
import { abs, bin, chr, divmod, hex, max, min, oct, ord, pow, round, sum } from './numeric';
import {
  all,
  any,
  ascii,
  callable,
  delattr,
  exit,
  format,
  getattr,
  globals,
  hasattr,
  hash,
  id,
  isinstance,
  issubclass,
  iter,
  len,
  locals,
  next,
  quit,
  reprFn,
  setattr,
  sorted,
  vars,
} from './objects';

/** Builtin functions in CPython's order (bltinmodule.c's method table). */
const FUNCTIONS: [string, PyObject][] = [
  ['abs', abs],
  ['all', all],
  ['any', any],
  ['ascii', ascii],
  ['bin', bin],
  ['callable', callable],
  ['chr', chr],
  ['delattr', delattr],
  ['divmod', divmod],
  ['format', format],
  ['getattr', getattr],
  ['globals', globals],
  ['hasattr', hasattr],
  ['hash', hash],
  ['hex', hex],
  ['id', id],
  ['input', input],
  ['isinstance', isinstance],
  ['issubclass', issubclass],
  ['iter', iter],
  ['len', len],
  ['locals', locals],
  ['max', max],
  ['min', min],
  ['next', next],
  ['oct', oct],
  ['ord', ord],
  ['pow', pow],
  ['print', print],
  ['repr', reprFn],
  ['round', round],
  ['setattr', setattr],
  ['sorted', sorted],
  ['sum', sum],
  ['vars', vars],
];

/** Builtin class names in CPython's order; null entries are found in the constructor registry. */
const CLASSES: [string, PyType | null][] = [
  ['bool', boolType],
  ['classmethod', classmethodType],
  ['dict', dictType],
  ['enumerate', null],
  ['filter', null],
  ['float', floatType],
  ['frozenset', null],
  ['property', propertyType],
  ['int', intType],
  ['list', listType],
  ['map', null],
  ['object', objectType],
  ['range', null],
  ['reversed', null],
  ['set', null],
  ['slice', null],
  ['staticmethod', staticmethodType],
  ['str', strType],
  ['super', superType],
  ['tuple', tupleType],
  ['type', typeType],
  ['zip', null],
];

function registeredClass(name: string): PyType | null {
  for (const t of nativeNew.keys()) if (t.name === name && t.module === 'builtins') return t;
  return null;
}

/** A fresh builtins dict for a new run (born in the current heap). */
export function createBuiltins(): PyDict {
  const d = newDict();
  const put = (name: string, v: PyObject, owned = false): void => {
    d.set(internName(name), v);
    if (owned) decref(v);
  };
  put('__name__', newStr('builtins'), true);
  put('__doc__', None);
  if (runtime.buildClass !== null) put('__build_class__', runtime.buildClass);
  for (const [name, f] of FUNCTIONS) put(name, f);
  put('None', None);
  put('Ellipsis', Ellipsis);
  put('NotImplemented', NotImplemented);
  put('False', False);
  put('True', True);
  for (const [name, t] of CLASSES) {
    const cls = t ?? registeredClass(name);
    if (cls !== null) put(name, cls);
  }
  put('__debug__', True);
  for (const [name, t] of exceptionTypes) put(name, t);
  put('quit', quit);
  put('exit', exit);
  return d;
}

/** CPython's repr of builtin functions and methods bound to an object. */
function builtinFunctionRepr(o: PyObject): string {
  const f = o as PyBuiltinFunction;
  const self = f.self;
  if (self === null || self.type.name === 'module') return `<built-in function ${f.name}>`;
  return `<built-in method ${f.name} of ${self.type.name} object at 0x${self.addr.toString(16)}>`;
}

if (!nativeRepr.has(builtinFunctionType)) nativeRepr.set(builtinFunctionType, builtinFunctionRepr);
