/**
 * `type` and `object`, and the native-function objects that builtin types use
 * for their methods. Everything here is created once per process and shared:
 * builtin types are static objects in CPython too.
 *
 * Calling convention of native code: arguments are borrowed (the caller keeps
 * its references), the result is a new reference.
 */
import { withCallConvention } from '../hidden-allocs';
import { isSlotWrapperName } from './slot-names';
import { decref, makeStatic } from '../memory';
import { PyObject, PyType, type TypeSlots, type Visit } from '../object';

/** Keyword arguments of a call, in call order (null when there are none). */
export type KwArgs = Map<string, PyObject> | null;

/** A native function: borrowed args in, new reference out. */
export type NativeFn = (args: PyObject[], kw: KwArgs) => PyObject;

/** A native method: like NativeFn with the receiver first. */
export type NativeMethod = (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject;

/** Computes the C3 linearisation of a class; returns null when bases are inconsistent. */
export function computeMro(t: PyType): PyType[] | null {
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) return null;
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

// ---------------------------------------------------------------- bootstrap

/** `type`, the metatype. */
export const typeType: PyType = new PyType(null, 'type', [], { basicSize: 904, gcType: true });
typeType.type = typeType;
/** `object`, the root of every class. */
export const objectType: PyType = new PyType(typeType, 'object', [], { basicSize: 16 });
typeType.bases = [objectType];
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];
makeStatic(typeType);
makeStatic(objectType);

/** Creates a builtin type (static, shared). */
export function newBuiltinType(
  name: string,
  base: PyType = objectType,
  opts: { basicSize?: number; gcType?: boolean; slots?: TypeSlots; module?: string; baseType?: boolean } = {},
): PyType {
  const t = new PyType(typeType, name, [base], { ...opts, native: true });
  t.mro = [t, ...base.mro];
  if (opts.baseType === false) t.baseType = false;
  base.subclasses.push(t);
  makeStatic(t);
  return t;
}

// ---------------------------------------------------------------- native functions

/** A builtin function or a builtin method bound to its receiver (`len`, `[].append`). */
export class PyBuiltinFunction extends PyObject {
  constructor(
    public name: string,
    public fn: NativeFn,
    /** Receiver of a bound builtin method (a strong reference), else null. */
    public self: PyObject | null,
    public qualOwner: string | null = null,
  ) {
    super(builtinFunctionType);
  }
}

/**
 * The slots of an object whose one reference is the receiver it is bound to, `self`
 * (null once cleared): a bound builtin method, a method-wrapper.
 */
export const boundSelfSlots: TypeSlots = {
  traverse(o: PyObject, visit: Visit) {
    const self = (o as PyObject & { self: PyObject | null }).self;
    if (self !== null) visit(self, '__self__');
  },
  clear(o: PyObject) {
    const bound = o as PyObject & { self: PyObject | null };
    const s = bound.self;
    bound.self = null;
    if (s !== null) decref(s);
  },
};

/** `builtin_function_or_method`. */
export const builtinFunctionType = newBuiltinType('builtin_function_or_method', objectType, {
  basicSize: 56,
  gcType: true,
  baseType: false,
  slots: boundSelfSlots,
});

/** A method of a builtin type as stored in the type's dict (`list.append`). */
export class PyMethodDescr extends PyObject {
  /** True for object's own __init__, __repr__, __setattr__... (vm/classes.ts), which a class that does not override them inherits. */
  isObjectDefault = false;
  constructor(
    public owner: PyType,
    public name: string,
    public fn: NativeMethod,
    public kind: 'method' | 'classmethod' | 'static' = 'method',
  ) {
    super(kind === 'method' && isSlotWrapperName(owner.name, name) ? wrapperDescrType : methodDescrType);
  }

  /** `owner.name`, as `__qualname__` and the unbound-call error name it. */
  get qualname(): string {
    return `${this.owner.name}.${this.name}`;
  }

  /** A slot wrapper (`int.__add__`): bound, a `method-wrapper`; called, its arguments are packed (method-wrapper.ts). */
  get isSlotWrapper(): boolean {
    return this.type === wrapperDescrType;
  }
}

/** `method_descriptor`. */
export const methodDescrType = newBuiltinType('method_descriptor', objectType, { basicSize: 56, baseType: false });

/** `wrapper_descriptor`: a builtin type's slot under its dunder name (slot-names.ts). */
export const wrapperDescrType = newBuiltinType('wrapper_descriptor', objectType, { basicSize: 56, baseType: false });

/** A computed attribute of a builtin type (`slice.start`, `e.args`); get returns a new reference. */
export class PyGetSetDescr extends PyObject {
  constructor(
    public owner: PyType,
    public name: string,
    public get: (self: PyObject) => PyObject,
    public set: ((self: PyObject, v: PyObject | null) => void) | null = null,
  ) {
    super(getsetDescrType);
  }
}

/** `getset_descriptor`. */
export const getsetDescrType = newBuiltinType('getset_descriptor', objectType, { basicSize: 56, baseType: false });


/** Adds a native method to a builtin type. */
export function defMethod(t: PyType, name: string, fn: NativeMethod, kind: 'method' | 'classmethod' | 'static' = 'method'): void {
  // A METH_VARARGS method packs its arguments (hidden-allocs.ts), however it is reached.
  t.dict.set(name, makeStatic(new PyMethodDescr(t, name, withCallConvention(t.name, name, fn), kind)));
}

/** Adds several native methods at once. */
export function defMethods(t: PyType, methods: Record<string, NativeMethod>): void {
  for (const name of Object.keys(methods)) defMethod(t, name, methods[name]);
}

/** Adds a computed attribute to a builtin type. */
export function defGetter(
  t: PyType,
  name: string,
  get: (self: PyObject) => PyObject,
  set: ((self: PyObject, v: PyObject | null) => void) | null = null,
): void {
  t.dict.set(name, makeStatic(new PyGetSetDescr(t, name, get, set)));
}

/** Makes a process-lifetime builtin function (for module and builtins namespaces). */
export function makeBuiltin(name: string, fn: NativeFn, owner: string | null = null): PyBuiltinFunction {
  return makeStatic(new PyBuiltinFunction(name, fn, null, owner));
}
