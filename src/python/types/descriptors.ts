/**
 * property, staticmethod, classmethod and super: the descriptor objects user
 * classes are built from. Each holds strong references to the functions it
 * wraps.
 */
import { callObject, getAttrOrNull, throwAttributeError, vm } from '../abstract';
import { throwError } from '../errors';
import { born, decref, incref, xdecref } from '../memory';
import { PyObject, PyType, type Visit } from '../object';
import { nativeRepr } from '../ops';
import { AttributeError, RuntimeError, TypeError } from './exception';
import { PyFunction } from './function';
import { newMethod } from './method';
import { newMethodWrapper } from './method-wrapper';
import { None } from './none';
import { defGetter, defMethod, newBuiltinType, PyGetSetDescr, PyMethodDescr, PyBuiltinFunction } from './type';
import { nativeNew } from './constructors';
import { runtime } from '../vm/state';
import { PyCell } from './cell';

/** `property`. */
export const propertyType = newBuiltinType('property', undefined, {
  basicSize: 56,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const p = o as PyProperty;
      if (p.fget) visit(p.fget, 'fget');
      if (p.fset) visit(p.fset, 'fset');
      if (p.fdel) visit(p.fdel, 'fdel');
    },
    clear(o: PyObject) {
      const p = o as PyProperty;
      xdecref(p.fget);
      xdecref(p.fset);
      xdecref(p.fdel);
      p.fget = p.fset = p.fdel = null;
    },
  },
});

/** A property object. */
export class PyProperty extends PyObject {
  constructor(
    public fget: PyObject | null,
    public fset: PyObject | null,
    public fdel: PyObject | null,
  ) {
    super(propertyType);
  }
}

function newProperty(fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null): PyProperty {
  for (const f of [fget, fset, fdel]) if (f) incref(f);
  return born(new PyProperty(fget, fset, fdel));
}

const nn = (o: PyObject | undefined | null): PyObject | null => (o === undefined || o === null || o === None ? null : o);

nativeNew.set(propertyType, (_t, args, kw) => {
  const get = (i: number, k: string) => nn(args[i] ?? kw?.get(k));
  return newProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'));
});
defMethod(propertyType, 'setter', (self, args) => {
  const p = self as PyProperty;
  return newProperty(p.fget, args[0], p.fdel);
});
defMethod(propertyType, 'getter', (self, args) => {
  const p = self as PyProperty;
  return newProperty(args[0], p.fset, p.fdel);
});
defMethod(propertyType, 'deleter', (self, args) => {
  const p = self as PyProperty;
  return newProperty(p.fget, p.fset, args[0]);
});
defGetter(propertyType, 'fget', (self) => incref((self as PyProperty).fget ?? None));

/** `staticmethod` and `classmethod` share one shape. */
export class PyFuncWrapper extends PyObject {
  constructor(
    type: PyType,
    public func: PyObject,
  ) {
    super(type);
  }
}

const wrapperSlots = {
  traverse(o: PyObject, visit: Visit) {
    visit((o as PyFuncWrapper).func, '__func__');
  },
  clear(o: PyObject) {
    decref((o as PyFuncWrapper).func);
  },
};
// staticmethod and classmethod objects: PyObject_HEAD, sm_callable, sm_dict (32 bytes; 48 with the GC header).
/** `staticmethod`. */
export const staticmethodType = newBuiltinType('staticmethod', undefined, { basicSize: 32, gcType: true, slots: wrapperSlots });
/** `classmethod`. */
export const classmethodType = newBuiltinType('classmethod', undefined, { basicSize: 32, gcType: true, slots: wrapperSlots });
for (const t of [staticmethodType, classmethodType]) {
  nativeNew.set(t, (type, args) => {
    if (args.length !== 1) throwError(TypeError, `${type.name} expected 1 argument, got ${args.length}`);
    incref(args[0]);
    return born(new PyFuncWrapper(type, args[0]));
  });
  defGetter(t, '__func__', (self) => incref((self as PyFuncWrapper).func));
}

// ---------------------------------------------------------------- descriptor hooks

vm.isDataDescr = (d) => d instanceof PyProperty;

vm.descrGet = (d, obj, owner) => {
  if (d instanceof PyProperty) {
    if (obj === null) return incref(d);
    if (d.fget === null) throwError(AttributeError, `property ${propName(d)}of '${obj.type.name}' object has no getter`);
    return callObject(d.fget, [obj], null);
  }
  if (d instanceof PyFuncWrapper) {
    if (d.type === staticmethodType) return incref(d.func);
    return newMethod(d.func, owner);
  }
  return undefined;
};

vm.descrSet = (d, obj, v) => {
  if (!(d instanceof PyProperty)) return false;
  if (v === null) {
    if (d.fdel === null) throwError(AttributeError, `property ${propName(d)}of '${obj.type.name}' object has no deleter`);
    decref(callObject(d.fdel, [obj], null));
    return true;
  }
  if (d.fset === null) throwError(AttributeError, `property ${propName(d)}of '${obj.type.name}' object has no setter`);
  decref(callObject(d.fset, [obj, v], null));
  return true;
};

/** `'name' ` for messages (CPython 3.11 names the property by its getter's __name__). */
function propName(p: PyProperty): string {
  const f = p.fget ?? p.fset ?? p.fdel;
  return f instanceof PyFunction ? `'${f.name}' ` : '';
}

// ---------------------------------------------------------------- super

/** `super`. */
export const superType = newBuiltinType('super', undefined, {
  basicSize: 48,
  gcType: true,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const s = o as PySuper;
      visit(s.thisType, '__thisclass__');
      visit(s.obj, '__self__');
    },
    clear(o: PyObject) {
      const s = o as PySuper;
      decref(s.obj);
      decref(s.thisType);
    },
  },
});

/** A super object: look-ups start after `thisType` in the MRO of `obj`'s class. */
export class PySuper extends PyObject {
  constructor(
    public thisType: PyType,
    public obj: PyObject,
  ) {
    super(superType);
  }
}

nativeNew.set(superType, (_t, args) => {
  let thisType: PyObject;
  let obj: PyObject;
  if (args.length === 0) {
    const f = runtime.current;
    if (f === null || f.code.argcount === 0) throwError(RuntimeError, 'super(): no arguments');
    const code = f.code;
    const ci = code.freevars.indexOf('__class__');
    if (ci < 0) throwError(RuntimeError, 'super(): __class__ cell not found');
    const cell = f.fast[code.varnames.length + code.cellvars.length + ci] as PyCell;
    if (cell.ref === null) throwError(RuntimeError, 'super(): empty __class__ cell');
    thisType = cell.ref;
    const first = f.fast[0];
    const selfCell = code.cell2arg.indexOf(0);
    obj = selfCell >= 0 ? (f.fast[code.varnames.length + selfCell] as PyCell).ref! : first!;
    if (obj === null || obj === undefined) throwError(RuntimeError, 'super(): arg[0] deleted');
  } else {
    thisType = args[0];
    obj = args[1];
    if (!(thisType instanceof PyType)) throwError(TypeError, 'super() argument 1 must be a type, not ' + thisType.type.name);
  }
  const t = thisType as PyType;
  const objType = obj instanceof PyType && obj.isSubtype(t) ? obj : obj.type;
  if (!objType.isSubtype(t)) throwError(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  incref(t);
  incref(obj);
  return born(new PySuper(t, obj));
});

/** Attribute look-up through super(). */
export function superGetAttr(s: PySuper, name: string): PyObject | null {
  const start = s.obj instanceof PyType && s.obj.isSubtype(s.thisType) ? s.obj : s.obj.type;
  const mro = start.mro;
  let i = mro.indexOf(s.thisType) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v === undefined) continue;
    const isClass = s.obj instanceof PyType && s.obj === start;
    if (v instanceof PyFunction) return isClass ? incref(v) : newMethod(v, s.obj);
    if (v instanceof PyMethodDescr) {
      if (v.isSlotWrapper && !isClass) return newMethodWrapper(v, s.obj);
      const self = v.kind === 'classmethod' ? start : s.obj;
      incref(self);
      return born(new PyBuiltinFunction(v.name, (a, k) => v.fn(self, a, k), self, v.owner.name));
    }
    if (v instanceof PyGetSetDescr) return v.get(s.obj);
    if (v instanceof PyFuncWrapper) {
      if (v.type === staticmethodType) return incref(v.func);
      return newMethod(v.func, start);
    }
    if (v instanceof PyProperty) return vm.descrGet(v, s.obj, start)!;
    return incref(v);
  }
  return null;
}

nativeRepr.set(superType, (o) => {
  const s = o as PySuper;
  return `<super: <class '${s.thisType.name}'>, <${s.obj.type.name} object>>`;
});

/** getattr on a super object (installed into the attribute protocol by classes.ts). */
export function superAttr(o: PyObject, name: string): PyObject {
  const r = superGetAttr(o as PySuper, name);
  if (r === null) {
    if (name === '__class__') return incref(superType);
    throwError(AttributeError, `'super' object has no attribute '${name}'`);
  }
  return r;
}

export { getAttrOrNull, throwAttributeError };
