/**
 * float: an IEEE double in a 24-byte object. Each float made at run time is a new
 * object (no cache), as in CPython; equal constants in one file are merged by
 * the compiler.
 */
import { FreeList } from '../free-lists';
import { born } from '../memory';
import { PyObject } from '../object';
import { newBuiltinType } from './type';

/** `float`. */
export const floatType = newBuiltinType('float', undefined, { basicSize: 24 });
/** Exact floats are kept in CPython's free list (free-lists.ts). */
floatType.freeList = FreeList.Float;

/** A float object. */
export class PyFloat extends PyObject {
  constructor(public v: number) {
    super(); // the header is written here: see PyObject's constructor
    this.type = floatType; this.rc = 1; this.blk = 0; this.flags = 0; this.mark = 0; this.size = 0;
  }
}

/** A new float object. */
export function newFloat(v: number): PyFloat {
  return born(new PyFloat(v));
}
