/**
 * The singletons `None`, `NotImplemented` and `Ellipsis`: one object each for
 * the whole process, never freed (their counts are "shared").
 */
import { makeStatic } from '../memory';
import { PyObject } from '../object';
import { newBuiltinType } from './type';

/** `NoneType`. */
export const noneType = newBuiltinType('NoneType', undefined, { basicSize: 16, baseType: false });
/** `NotImplementedType`. */
export const notImplementedType = newBuiltinType('NotImplementedType', undefined, { basicSize: 16, baseType: false });
/** `ellipsis`. */
export const ellipsisType = newBuiltinType('ellipsis', undefined, { basicSize: 16, baseType: false });

/** `None`. */
export const None: PyObject = makeStatic(new PyObject(noneType));
/** `NotImplemented`. */
export const NotImplemented: PyObject = makeStatic(new PyObject(notImplementedType));
/** `Ellipsis` (`...`). */
export const Ellipsis: PyObject = makeStatic(new PyObject(ellipsisType));
