/**
 * Instances of user classes. Attributes live in an insertion-ordered table
 * inside the object (CPython 3.11's inline values: no separate __dict__
 * object exists until a program asks for one), and each instance holds a
 * strong reference to its class.
 */
import { born, decref, incref } from '../memory';
import { PyObject, PyType, type Visit } from '../object';
import { AttrTable } from './attr-table';

/** An instance of a user class. */
export class PyInstance extends PyObject {
  /** Attributes in the order they were first set. */
  attrs: AttrTable;
  constructor(type: PyType) {
    super(); // the header is written here: see PyObject's constructor
    this.type = type; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.gcRefs = 0; this.size = 0; this.weakrefs = null;
    this.attrs = new AttrTable(sharedKeys(type));
  }
}

/** Outgoing references of an instance: its attributes (the class reference is not drawn). */
export function traverseInstance(o: PyObject, visit: Visit): void {
  // The collector, which does not read labels, visits through gcTraverseInstance.
  const attrs = (o as PyInstance).attrs;
  if (attrs.dict !== null) {
    visit(attrs.dict, '__dict__');
    return;
  }
  for (let i = 0; i < attrs.size; i++) visit(attrs.valueAt(i), dotted(attrs.nameAt(i)));
}

/** traverseInstance without labels: what the collector runs for every instance it scans. */
export function gcTraverseInstance(o: PyInstance, visit: Visit): void {
  o.attrs.visitValues(visit);
}

const dottedNames = new Map<string, string>();

/** The arrow label of attribute `name` ('.name'), made once per name. */
export function dotted(name: string): string {
  let s = dottedNames.get(name);
  if (s === undefined) dottedNames.set(name, (s = '.' + name));
  return s;
}

/**
 * The order in which a class's instances first received each attribute name:
 * CPython 3.11 stores instance values in the class's shared-keys slots, so a
 * deleted and re-added attribute takes back its old slot and instances free
 * their attributes in slot order (not in their own insertion order).
 */
export function sharedKeys(t: PyType): string[] {
  return (t.sharedKeys ??= []);
}

/** Releases attributes in the class's shared-key slot order, as CPython frees an instance's values. */
export function clearInstance(o: PyObject): void {
  (o as PyInstance).attrs.drain(decref);
}

/** A new instance of a user class (takes a reference to the class). */
export function newInstance(t: PyType): PyInstance {
  incref(t);
  return born(new PyInstance(t));
}
