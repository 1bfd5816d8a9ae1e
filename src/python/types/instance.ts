/**
 * Instances of user classes. Attributes live in an insertion-ordered table
 * inside the object (CPython 3.11's inline values: no separate __dict__
 * object exists until a program asks for one), and each instance holds a
 * strong reference to its class.
 */
import { born, decref } from '../memory';
import { PyObject, PyType, type Visit } from '../object';

/** An instance of a user class. */
export class PyInstance extends PyObject {
  /** Attributes in the order they were first set. */
  attrs: Map<string, PyObject> = new Map();
  constructor(type: PyType) {
    super(); // the header is written here: see PyObject's constructor
    this.type = type; this.rc = 1; this.blk = 0; this.flags = 0; this.gen = 0; this.gcRefs = 0; this.size = 0; this.weakrefs = null;
  }
}

/** Outgoing references of an instance: its attributes (the class reference is not drawn). */
export function traverseInstance(o: PyObject, visit: Visit): void {
  for (const [k, v] of (o as PyInstance).attrs) visit(v, '.' + k);
}

/**
 * The order in which a class's instances first received each attribute name:
 * CPython 3.11 stores instance values in the class's shared-keys slots, so a
 * deleted and re-added attribute takes back its old slot and instances free
 * their attributes in slot order (not in their own insertion order).
 */
export function sharedKeys(t: PyType): string[] {
  const tt = t as PyType & { sharedKeys?: string[] };
  return (tt.sharedKeys ??= []);
}

/** Notes a new attribute name for the class's shared-key order. */
export function noteAttrName(t: PyType, name: string): void {
  const keys = sharedKeys(t);
  if (!keys.includes(name)) keys.push(name);
}

/** Releases attributes in the class's shared-key slot order, as CPython frees an instance's values. */
export function clearInstance(o: PyObject): void {
  const inst = o as PyInstance;
  const attrs = inst.attrs;
  inst.attrs = new Map();
  const order = sharedKeys(o.type);
  for (const k of order) {
    const v = attrs.get(k);
    if (v !== undefined) {
      attrs.delete(k);
      decref(v);
    }
  }
  for (const v of attrs.values()) decref(v);
}

/** A new instance of a user class (takes a reference to the class). */
export function newInstance(t: PyType): PyInstance {
  t.rc++;
  return born(new PyInstance(t));
}
