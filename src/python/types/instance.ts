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
    super(type);
  }
}

/** Outgoing references of an instance: its attributes (the class reference is not drawn). */
export function traverseInstance(o: PyObject, visit: Visit): void {
  for (const [k, v] of (o as PyInstance).attrs) visit(v, '.' + k);
}

/** Releases attributes in insertion order, as CPython clears an instance's values. */
export function clearInstance(o: PyObject): void {
  const inst = o as PyInstance;
  const attrs = inst.attrs;
  inst.attrs = new Map();
  for (const v of attrs.values()) decref(v);
}

/** A new instance of a user class (takes a reference to the class). */
export function newInstance(t: PyType): PyInstance {
  t.rc++;
  return born(new PyInstance(t));
}
