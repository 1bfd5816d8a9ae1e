/**
 * Classes: the `class` statement (`__build_class__`), `type(name, bases, ns)`,
 * calling a class to make an instance (`__new__` then `__init__`), and the
 * methods every object inherits from `object`. A user class holds strong
 * references to its attributes and bases; each instance holds one to its class.
 */
import {
  callObject,
  callSpecial,
  getAttrOrNull,
  nativeGetAttr,
  setAttr,
  delAttr,
  vm,
  internName,
} from '../abstract';
import { throwError } from '../errors';
import { MANAGED_DICT_PREHEADER } from '../sizes';
import { born, counted, decref, incref, makeStatic, touch } from '../memory';
import { enterRecursiveCall, IN_CALL, leaveRecursiveCall } from './recursion-guard';
import { beginTpCall, classSetNames, countClassExtras, endTpCall, kwCount, packedCall, TP_CALL_TYPES } from '../hidden-allocs';
import { Flag, PyObject, PyType, type Visit } from '../object';
import { defaultRepr, hashOf, nativeRepr, qualName, repr as reprOf, str as strOf } from '../ops';
import { PyCell } from '../types/cell';
import { nativeNew } from '../types/constructors';
import { superAttr, superType } from '../types/descriptors';
import { dictType, newDict, PyDict } from '../types/dict';
import { baseExceptionType, newException, PyException, TypeError } from '../types/exception';
import { PyFunction } from '../types/function';
import { clearInstance, newInstance, PyInstance, traverseInstance } from '../types/instance';
import { newBool, newInt } from '../types/int';
import { None, NotImplemented } from '../types/none';
import { intern, newStr, PyStr, strType } from '../types/str';
import { newTuple, PyTuple } from '../types/tuple';
import {
  computeMro,
  defGetter,
  defMethod,
  makeBuiltin,
  objectType,
  PyMethodDescr,
  typeType,
  type KwArgs,
} from '../types/type';
import { env, setupCells, runToEnd } from './call';
import { Frame } from './frame';

// ---------------------------------------------------------------- object's methods

function markDefault(name: string): void {
  (objectType.dict.get(name) as PyMethodDescr).isObjectDefault = true;
}

defMethod(objectType, '__init__', (self, args, kw) => {
  const t = self.type;
  if (args.length || (kw && kw.size)) {
    // object_init: extra arguments are an error when the class has its own __init__
    // (which is calling this one), or has neither its own __init__ nor its own __new__
    // (reached only by calling __init__ itself: a call of the class stops in object_new).
    if (t.lookup('__init__') !== objectType.dict.get('__init__'))
      throwError(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (t.lookup('__new__') === objectType.dict.get('__new__')) throwError(TypeError, `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return incref(None);
});
defMethod(
  objectType,
  '__new__',
  (_self, args) => {
    const t = args[0];
    if (!(t instanceof PyType)) throwError(TypeError, 'object.__new__(X): X is not a type object');
    return allocInstance(t);
  },
  'static',
);
defMethod(objectType, '__repr__', (self) => newStr(defaultRepr(self)));
defMethod(objectType, '__str__', (self) => newStr(reprOf(self)));
defMethod(objectType, '__eq__', (self, args) => incref(self === args[0] ? (newBool(true).rc--, newBool(true)) : NotImplemented));
defMethod(objectType, '__ne__', (self, args) => newBool(self !== args[0]));
defMethod(objectType, '__hash__', (self) => newInt(Math.floor(self.addr / 16)));
defMethod(objectType, '__setattr__', (self, args) => {
  setAttrGeneric(self, (args[0] as PyStr).v, args[1]);
  return incref(None);
});
defMethod(objectType, '__delattr__', (self, args) => {
  // The generic deletion, without the user's own __delattr__ (which is calling this).
  withoutOverride(self.type, '__delattr__', () => delAttr(self, (args[0] as PyStr).v));
  return incref(None);
});
defMethod(objectType, '__getattribute__', (self, args) => {
  const name = (args[0] as PyStr).v;
  const t = self.type;
  const r = withoutOverride(t, '__getattribute__', () => getAttrOrNull(self, name));
  if (r === null) throwError(attributeErrorType(), `'${t.name}' object has no attribute '${name}'`);
  return r;
});
defMethod(objectType, '__init_subclass__', () => incref(None), 'classmethod');
defMethod(objectType, '__format__', (self, args) => {
  const spec = (args[0] as PyStr).v;
  if (spec !== '') throwError(TypeError, `unsupported format string passed to ${self.type.name}.__format__`);
  return newStr(strOf(self));
});
for (const n of ['__init__', '__new__', '__repr__', '__str__', '__eq__', '__ne__', '__hash__', '__setattr__', '__delattr__', '__getattribute__', '__format__'])
  markDefault(n);
defGetter(objectType, '__class__', (self) => incref(self.type));
defGetter(objectType, '__dict__', (self) => {
  if (self instanceof PyInstance) {
    // Its values move into the new dict.
    touch(self);
    return incref(self.attrs.materialize());
  }
  throwError(attributeErrorType(), `'${self.type.name}' object has no attribute '__dict__'`);
});

function attributeErrorType(): PyType {
  return exceptionsByName('AttributeError');
}
let exceptionsByName: (n: string) => PyType;
import { exceptionTypes } from '../types/exception';
exceptionsByName = (n) => exceptionTypes.get(n)!;

function setAttrGeneric(o: PyObject, name: string, v: PyObject): void {
  withoutOverride(o.type, '__setattr__', () => setAttr(o, name, v));
}

/** Runs `fn` with t's look-up of the hook `name` hidden: object's generic behaviour, which the user's hook is calling. */
function withoutOverride<T>(t: PyType, name: string, fn: () => T): T {
  const saved = t.lookupCache.get(name);
  t.lookupCache.set(name, null);
  try {
    return fn();
  } finally {
    if (saved === undefined) t.lookupCache.delete(name);
    else t.lookupCache.set(name, saved);
  }
}

// ---------------------------------------------------------------- type's attributes

defGetter(typeType, '__name__', (t) => newStr((t as PyType).name));
defGetter(typeType, '__qualname__', (t) => newStr(qualName(t as PyType)));
defGetter(typeType, '__module__', (t) => newStr((t as PyType).module));
defGetter(typeType, '__mro__', (t) => newTuple((t as PyType).mro.map((x) => incref(x))));
defGetter(typeType, '__bases__', (t) => newTuple((t as PyType).bases.map((x) => incref(x))));
defGetter(typeType, '__base__', (t) => incref((t as PyType).bases[0] ?? None));
defGetter(typeType, '__dict__', (t) => {
  const d = newDict();
  for (const [k, v] of (t as PyType).dict) d.set(internName(k), v);
  return d;
});
defGetter(typeType, '__doc__', (t) => incref((t as PyType).dict.get('__doc__') ?? None));
defMethod(typeType, 'mro', (t) => {
  const l = (t as PyType).mro.map((x) => incref(x));
  return runtimeNewList(l);
});
defMethod(typeType, '__subclasses__', (t) => runtimeNewList((t as PyType).subclasses.filter((s) => !(s.flags & Flag.Freed)).map((x) => incref(x))));
nativeRepr.set(typeType, (o) => {
  const t = o as PyType;
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<class '${mod}${qualName(t)}'>`;
});
import { listType, newList } from '../types/list';
const runtimeNewList = newList;

// ---------------------------------------------------------------- heap types

/**
 * The references CPython's type_new leaves from a class to classes, which a
 * program cannot name but sys.getrefcount and the collector see: the
 * `__mro__` tuple (the class itself and each ancestor), the best base
 * (`tp_base`), and the `__dict__`/`__weakref__` descriptors a class adds
 * when no base gives its instances those (each refers back to the class).
 * A class therefore always sits in a cycle and only the collector frees it.
 * (`__bases__` is counted with the bases themselves.)
 */
function holdInternalRefs(t: PyType, exceptionBased: boolean): void {
  const userBase = t.mro.slice(1).some((b) => !b.native);
  const addDict = !userBase && !exceptionBased;
  const addWeakref = !userBase;
  t.selfRefs = 1 + (addDict ? 1 : 0) + (addWeakref ? 1 : 0);
  t.rc += t.selfRefs;
  counted(t);
  touch(t);
  for (const b of t.mro.slice(1)) if (!b.native) incref(b);
  const base = t.bases[0];
  t.bestBase = base !== undefined && !base.native ? base : null;
  if (t.bestBase !== null) incref(t.bestBase);
}

/** Outgoing references of a user class: its attributes, its bases and the internal references above. */
function traverseHeapType(o: PyObject, visit: Visit): void {
  const t = o as PyType;
  for (const [k, v] of t.dict) visit(v, '.' + k);
  for (const b of t.bases) if (!b.native) visit(b, '__bases__');
  for (let i = 0; i < t.selfRefs; i++) visit(t, i === 0 ? '__mro__' : '');
  for (const b of t.mro.slice(1)) if (!b.native) visit(b, '__mro__');
  if (t.bestBase !== null) visit(t.bestBase, '__base__');
}

function clearHeapType(o: PyObject): void {
  const t = o as PyType;
  const entries = [...t.dict.values()];
  t.dict = new Map();
  t.lookupCache.clear();
  const selfRefs = t.selfRefs;
  const ancestors = t.mro.slice(1).filter((b) => !b.native);
  const bestBase = t.bestBase;
  t.selfRefs = 0;
  t.mro = [t];
  t.bestBase = null;
  for (const v of entries) decref(v);
  for (const b of ancestors) decref(b);
  if (bestBase !== null) decref(bestBase);
  for (let i = 0; i < selfRefs; i++) decref(t);
  const bases = t.bases;
  t.bases = [];
  for (const b of bases) {
    const i = b.subclasses.indexOf(t);
    if (i >= 0) b.subclasses.splice(i, 1);
    if (!b.native) decref(b);
  }
}

/** The builtin types a class statement may derive from (besides object and the exceptions). */
const SUBCLASSABLE = new Set<PyType>([listType, dictType, strType]);

/** The builtin type whose instance layout a class's instances have (null: plain instances or exceptions). */
export function nativeLayout(t: PyType): PyType | null {
  for (const b of t.mro.length ? t.mro : [t]) {
    if (b.native && b !== objectType && !b.isSubtype(baseExceptionType)) return b;
  }
  return null;
}

/** sizeof(PyUnicodeObject): a str subclass's instances are not compact, their text is apart. */
const STR_SUBCLASS_STRUCT = 80;

/**
 * What the allocator takes for an instance of a new user class, less the GC header
 * (the size `born` defaults to): type_new_descriptors' tp_basicsize (the solid base's
 * struct plus the __weakref__ slot the class adds, as no builtin base here has one),
 * plus the managed-dict pre-header for the classes that have one. So a plain instance
 * takes 16 + 8 + 16 + 16 = 56 bytes (a 64-byte block), a list subclass's 80, a dict
 * subclass's 88 (96), a str subclass's 120 (128); a user exception adds only the slot.
 */
function heapBasicSize(bases: PyType[], layout: PyType | null, layoutException: boolean): number {
  const weakref = 8;
  if (layoutException) {
    const b = bases.find((x) => x.isSubtype(baseExceptionType))!;
    // A user exception base already has the slot, and its size.
    return b.native ? b.basicSize + weakref : b.basicSize;
  }
  if (layout === null) return objectType.basicSize + weakref + MANAGED_DICT_PREHEADER;
  return (layout === strType ? STR_SUBCLASS_STRUCT : layout.basicSize) + weakref + MANAGED_DICT_PREHEADER;
}

/** Slots shared by every user class object. */
const heapTypeSlots = { traverse: traverseHeapType, clear: clearHeapType };

/** Creates a user class from a namespace (the class statement and 3-argument type()). */
export function typeNew(meta: PyType, name: string, bases: PyType[], ns: PyDict, basesKept = false): PyType {
  const realBases = bases.length ? bases : [objectType];
  for (const b of realBases) {
    if (!(b instanceof PyType)) throwError(TypeError, 'bases must be types');
    if (!b.baseType) throwError(TypeError, `type '${b.name}' is not an acceptable base type`);
    const layout = nativeLayout(b);
    if (layout !== null && !SUBCLASSABLE.has(layout))
      throwError(TypeError, `subclassing '${layout.name}' is not supported by Memory Lane`);
  }
  const layouts = [...new Set(realBases.map(nativeLayout).filter((l) => l !== null))];
  if (layouts.length > 1) throwError(TypeError, 'multiple bases have instance lay-out conflict');
  const layout = layouts[0] ?? null;
  const layoutException = realBases.some((b) => b.isSubtype(baseExceptionType));
  const t = new PyType(meta, name, realBases, {
    native: false,
    gcType: true,
    basicSize: heapBasicSize(realBases, layout, layoutException),
    module: '__main__',
  });
  // Exceptions keep their __dict__ in the object; every other class here gets a managed
  // dict (its base has no dict and no items), whose pointers precede the object.
  if (!layoutException) t.preHeader += MANAGED_DICT_PREHEADER;
  // Instances of a list/dict/str subclass are lists/dicts/strs (no attribute table of their own yet).
  const instanceSlots = layoutException
    ? baseExceptionType.slots
    : layout !== null
      ? layout.slots
      : { traverse: traverseInstance, clear: clearInstance };
  t.slots = instanceSlots;
  (t as PyType & { typeSlots?: object }).typeSlots = heapTypeSlots;
  // mro_implementation's check_duplicates runs before the merge.
  for (let i = 0; i < realBases.length; i++)
    if (realBases.indexOf(realBases[i]) !== i) throwError(TypeError, `duplicate base class ${realBases[i].name}`);
  const mro = computeMro(t);
  if (mro === null)
    throwError(TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${realBases.map((b) => b.name).join(', ')}`);
  t.mro = mro;
  for (const [k, v] of ns.entries()) {
    const key = (k as PyStr).v;
    if (key === '__qualname__') {
      (t as PyType & { qualname?: string }).qualname = (v as PyStr).v;
      continue;
    }
    if (key === '__classcell__') continue;
    if (key === '__module__' && v instanceof PyStr) t.module = v.v;
    let val = v;
    if ((key === '__new__' || key === '__init_subclass__' || key === '__class_getitem__') && v instanceof PyFunction) {
      // __new__ is an implicit staticmethod, the others implicit classmethods.
      val = callObject(key === '__new__' ? staticmethodCtor() : classmethodCtor(), [v], null);
      t.dict.set(key, val);
      continue;
    }
    incref(val);
    t.dict.set(key, val);
  }
  if (!t.dict.has('__doc__')) t.dict.set('__doc__', incref(None));
  // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
  if (t.dict.has('__eq__') && !t.dict.has('__hash__')) t.dict.set('__hash__', incref(None));
  countClassExtras(realBases, (b) => b.isSubtype(baseExceptionType), basesKept && bases.length > 0, mro.length);
  for (const b of realBases) {
    if (!b.native) incref(b);
    b.subclasses.push(t);
  }
  holdInternalRefs(t, layoutException);
  born(t);
  classSetNames();
  // The class object itself is a GC object that lists its namespace.
  return t;
}

let smCtor: PyObject | null = null;
let cmCtor: PyObject | null = null;
function staticmethodCtor(): PyObject {
  return (smCtor ??= exceptionTypesLookup('staticmethod'));
}
function classmethodCtor(): PyObject {
  return (cmCtor ??= exceptionTypesLookup('classmethod'));
}
import { staticmethodType, classmethodType } from '../types/descriptors';
function exceptionTypesLookup(n: string): PyObject {
  return n === 'staticmethod' ? staticmethodType : classmethodType;
}

/** A fresh instance of a user class, before __init__. */
export function allocInstance(t: PyType): PyObject {
  if (t.native) {
    const ctor = nativeNew.get(t);
    if (ctor !== undefined) return ctor(t, [], null);
    if (t === objectType) return born(new PyObject(objectType));
    throwError(TypeError, `cannot create '${t.name}' instances`);
  }
  if (t.isSubtype(baseExceptionType)) {
    const e = newException(t, newTuple([]));
    return e;
  }
  return newInstance(t);
}

/** Calls a class: `type(x)`, builtin constructors, or `__new__` + `__init__` for user classes. */
export function callType(t: PyType, args: PyObject[], kw: KwArgs): PyObject {
  if (t === typeType) {
    if (args.length === 1 && (kw === null || kw.size === 0)) return incref(args[0].type);
    if (args.length !== 3) throwError(TypeError, 'type() takes 1 or 3 arguments');
    const [name, bases, ns] = args;
    if (!(name instanceof PyStr)) throwError(TypeError, `type.__new__() argument 1 must be str, not ${name.type.name}`);
    if (!(bases instanceof PyTuple)) throwError(TypeError, `type.__new__() argument 2 must be tuple, not ${bases.type.name}`);
    if (!(ns instanceof PyDict)) throwError(TypeError, `type.__new__() argument 3 must be dict, not ${ns.type.name}`);
    const blk = beginTpCall(3, 0);
    try {
      return typeNew(typeType, name.v, bases.items as PyType[], ns, true);
    } finally {
      endTpCall(3, 0, blk);
    }
  }
  if (t.native) {
    // A builtin type without vectorcall in 3.11 (str, int, zip...) packs its arguments first,
    // then charges a recursion level (_PyObject_MakeTpCall).
    if (TP_CALL_TYPES.has(t.name)) return packedCall(args.length, kwCount(kw), () => callCharged(t, args, kw));
    return callNative(t, args, kw);
  }
  // An exception keeps the packed arguments as its args (made by newException).
  if (t.isSubtype(baseExceptionType)) return constructUser(t, args, kw);
  // A class has no vectorcall in 3.11: _PyObject_MakeTpCall packs the arguments.
  const nkw = kw === null ? 0 : kw.size;
  const blk = beginTpCall(args.length, nkw);
  try {
    return constructUser(t, args, kw);
  } finally {
    endTpCall(args.length, nkw, blk);
  }
}

/** callNative inside the recursion level _PyObject_MakeTpCall charges. */
function callCharged(t: PyType, args: PyObject[], kw: KwArgs): PyObject {
  enterRecursiveCall(IN_CALL);
  try {
    return callNative(t, args, kw);
  } finally {
    leaveRecursiveCall();
  }
}

/** callType for a builtin type: its constructor, object(), or an exception with the arguments as its args. */
function callNative(t: PyType, args: PyObject[], kw: KwArgs): PyObject {
  const ctor = nativeNew.get(t) ?? findNativeCtor(t);
  if (ctor !== undefined) return ctor(t, args, kw);
  if (t === objectType) {
    if (args.length) throwError(TypeError, 'object() takes no arguments');
    return born(new PyObject(objectType));
  }
  if (t.isSubtype(baseExceptionType)) {
    if (kw && kw.size) throwError(TypeError, `${t.name}() takes no keyword arguments`);
    return newException(t, newTuple(args.map((a) => incref(a))));
  }
  throwError(TypeError, `cannot create '${t.name}' instances`);
}

/** callType for a user class: __new__ (or the layout's constructor), then __init__. */
function constructUser(t: PyType, args: PyObject[], kw: KwArgs): PyObject {
  const newFn = t.lookup('__new__');
  let obj: PyObject;
  if (newFn !== null && newFn !== objectType.dict.get('__new__')) {
    const full = [t as PyObject, ...args];
    const f = vm.descrGet(newFn, null, t) ?? incref(newFn);
    try {
      obj = callObject(f, full, kw);
    } finally {
      decref(f);
    }
    if (!obj.type.isSubtype(t)) return obj;
  } else if (nativeLayout(t) === strType) {
    // str's tp_new builds the value from the arguments (its __init__ is object's).
    obj = nativeNew.get(strType)!(t, args, kw);
  } else {
    const init = t.lookup('__init__');
    const layout = nativeLayout(t);
    if ((args.length || (kw && kw.size)) && (init === null || init === objectType.dict.get('__init__')) && !t.isSubtype(baseExceptionType) && layout === null)
      throwError(TypeError, `${t.name}() takes no arguments`); // object_new's tp_name: a nested class's own name
    obj = layout !== null ? nativeNew.get(layout)!(t, [], null) : allocInstance(t);
    if (obj instanceof PyException) {
      decref(obj.args);
      obj.args = newTuple(args.map((a) => incref(a)));
    }
  }
  const init = t.lookup('__init__');
  if (init !== null && init instanceof PyFunction) {
    let r: PyObject;
    try {
      r = callObject(init, [obj, ...args], kw);
    } catch (e) {
      decref(obj);
      throw e;
    }
    if (r !== None) {
      const n = r.type.name;
      decref(r);
      decref(obj);
      throwError(TypeError, `__init__() should return None, not '${n}'`);
    }
    decref(r);
  } else if (init instanceof PyMethodDescr && !init.isObjectDefault && nativeLayout(t) !== null) {
    // list.__init__ / dict.__init__ fill the new (empty) object.
    try {
      decref(init.fn(obj, args, kw));
    } catch (e) {
      decref(obj);
      throw e;
    }
  } else if (init !== null && !(init instanceof PyMethodDescr)) {
    const r = callSpecial(obj, '__init__', args);
    if (r) decref(r);
  }
  return obj;
}

function findNativeCtor(t: PyType) {
  for (const b of t.mro) {
    const c = nativeNew.get(b);
    if (c !== undefined) return c;
  }
  return undefined;
}

// ---------------------------------------------------------------- __build_class__

/** `__build_class__(func, name, *bases, **kw)`: runs the class body and makes the class. */
export const buildClass = makeBuiltin('__build_class__', (args, kw) => {
  const body = args[0] as PyFunction;
  const name = (args[1] as PyStr).v;
  const bases = args.slice(2) as PyType[];
  for (const b of bases) if (!(b instanceof PyType)) throwError(TypeError, 'bases must be types');
  let meta: PyType = typeType;
  if (kw !== null && kw.has('metaclass')) {
    const m = kw.get('metaclass')!;
    if (m !== typeType) throwError(TypeError, 'metaclasses are not supported by Memory Lane');
  }
  const ns = newDict();
  const f = new Frame(body.code, body, body.globals, env.builtins, ns);
  let cell: PyObject;
  try {
    setupCells(f, body.closure);
    cell = runToEnd(f);
  } catch (e) {
    decref(ns);
    throw e;
  }
  let cls: PyType;
  // The metatype is called through _PyObject_MakeTpCall: (name, bases, ns) in a tuple.
  const blk = beginTpCall(3, 0);
  try {
    cls = typeNew(meta, name, bases, ns);
  } finally {
    endTpCall(3, 0, blk);
    decref(ns);
  }
  if (cell instanceof PyCell) {
    incref(cls);
    touch(cell);
    cell.ref = cls;
  }
  decref(cell);
  return cls;
});

// ---------------------------------------------------------------- finalizers

/** True when a user class along o's MRO defines __del__. */
export function hasFinalizer(o: PyObject): boolean {
  const t = o.type;
  return !t.native && t.lookup('__del__') !== null;
}

void hashOf;
void makeStatic;
void intern;
void nativeGetAttr;
void superType;
void superAttr;
