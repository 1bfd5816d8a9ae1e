/**
 * Native constructors of builtin classes (`int(x)`, `list(it)`, `range(3)`):
 * calling a builtin type looks here. Each type's file registers its own.
 */
import type { PyObject, PyType } from '../object';
import type { KwArgs } from './type';

/** Constructor per builtin type: (the type called, borrowed args, kwargs) → new reference. */
export const nativeNew = new Map<PyType, (type: PyType, args: PyObject[], kw: KwArgs) => PyObject>();
