/**
 * The attributes programs read from functions, bound methods, builtin
 * functions, cells, modules and code objects (`f.__name__`, `m.__self__`,
 * `f.__defaults__`...), plus their reprs.
 */
import { incref, touch } from '../memory';
import { PyObject } from '../object';
import { CmpOp, nativeCompare, nativeRepr } from '../ops';
import { newBool } from './int';
import { NotImplemented } from './none';
import { repr } from '../ops';
import { cellType, PyCell } from './cell';
import { codeType, PyCode } from './code';
import { functionType, PyFunction } from './function';
import { methodType, PyMethod } from './method';
import { moduleType, PyModule } from './module';
import { None } from './none';
import { newStr } from './str';
import { newInt } from './int';
import { builtinFunctionType, defGetter, methodDescrType, PyBuiltinFunction, PyMethodDescr, wrapperDescrType } from './type';
import { methodWrapperType, PyMethodWrapper } from './method-wrapper';
import { throwError } from '../errors';
import { ValueError } from './exception';

const fn = (o: PyObject) => o as PyFunction;
defGetter(functionType, '__name__', (o) => newStr(fn(o).name), (o, v) => {
  fn(o).name = v === null ? fn(o).name : (v as unknown as { v: string }).v;
});
defGetter(functionType, '__qualname__', (o) => newStr(fn(o).qualname), (o, v) => {
  fn(o).qualname = v === null ? fn(o).qualname : (v as unknown as { v: string }).v;
  // The diagram shows a function by its qualified name.
  touch(o);
});
defGetter(functionType, '__doc__', (o) => (fn(o).doc === null ? incref(None) : newStr(fn(o).doc!)));
defGetter(functionType, '__module__', (o) => newStr((o as PyFunction).module));
defGetter(functionType, '__defaults__', (o) => incref(fn(o).defaults ?? None));
defGetter(functionType, '__kwdefaults__', (o) => incref(fn(o).kwdefaults ?? None));
defGetter(functionType, '__closure__', (o) => incref(fn(o).closure ?? None));
defGetter(functionType, '__code__', (o) => incref(fn(o).code));
defGetter(functionType, '__globals__', (o) => incref(fn(o).globals));
nativeRepr.set(functionType, (o) => `<function ${fn(o).qualname} at 0x${o.addr.toString(16)}>`);

// Bound methods are equal when they bind the same function to the same object (identity of self, 3.8+).
nativeCompare.set(methodType, (a, b, op) => {
  if (!(b instanceof PyMethod) || (op !== CmpOp.Eq && op !== CmpOp.Ne)) return incref(NotImplemented);
  const same = (a as PyMethod).func === b.func && (a as PyMethod).self === b.self;
  return newBool(op === CmpOp.Eq ? same : !same);
});
defGetter(methodType, '__func__', (o) => incref((o as PyMethod).func));
defGetter(methodType, '__self__', (o) => incref((o as PyMethod).self));
defGetter(methodType, '__name__', (o) => {
  const f = (o as PyMethod).func;
  return newStr(f instanceof PyFunction ? f.name : '?');
});
nativeRepr.set(methodType, (o) => {
  const m = o as PyMethod;
  const name = m.func instanceof PyFunction ? m.func.qualname : '?';
  return `<bound method ${name} of ${repr(m.self)}>`;
});

defGetter(builtinFunctionType, '__name__', (o) => newStr((o as PyBuiltinFunction).name));
defGetter(builtinFunctionType, '__qualname__', (o) => {
  const b = o as PyBuiltinFunction;
  return newStr(b.qualOwner ? `${b.qualOwner}.${b.name}` : b.name);
});
defGetter(builtinFunctionType, '__self__', (o) => incref((o as PyBuiltinFunction).self ?? None));
nativeRepr.set(builtinFunctionType, (o) => {
  const b = o as PyBuiltinFunction;
  if (b.self !== null) return `<built-in method ${b.name} of ${b.self.type.name} object at 0x${b.self.addr.toString(16)}>`;
  return `<built-in function ${b.name}>`;
});
defGetter(methodDescrType, '__name__', (o) => newStr((o as PyMethodDescr).name));
nativeRepr.set(methodDescrType, (o) => {
  const d = o as PyMethodDescr;
  return `<method '${d.name}' of '${d.owner.name}' objects>`;
});

defGetter(methodWrapperType, '__name__', (o) => newStr((o as PyMethodWrapper).descr.name));
defGetter(methodWrapperType, '__qualname__', (o) => newStr((o as PyMethodWrapper).descr.qualname));
defGetter(methodWrapperType, '__self__', (o) => incref((o as PyMethodWrapper).self!));
defGetter(methodWrapperType, '__objclass__', (o) => incref((o as PyMethodWrapper).descr.owner));
nativeRepr.set(methodWrapperType, (o) => {
  const w = o as PyMethodWrapper;
  const self = w.self!;
  return `<method-wrapper '${w.descr.name}' of ${self.type.name} object at 0x${self.addr.toString(16)}>`;
});

defGetter(wrapperDescrType, '__name__', (o) => newStr((o as PyMethodDescr).name));
defGetter(wrapperDescrType, '__qualname__', (o) => newStr((o as PyMethodDescr).qualname));
defGetter(wrapperDescrType, '__objclass__', (o) => incref((o as PyMethodDescr).owner));
nativeRepr.set(wrapperDescrType, (o) => {
  const d = o as PyMethodDescr;
  return `<slot wrapper '${d.name}' of '${d.owner.name}' objects>`;
});

defGetter(cellType, 'cell_contents', (o) => {
  const c = o as PyCell;
  if (c.ref === null) throwError(ValueError, 'Cell is empty');
  return incref(c.ref);
});
nativeRepr.set(cellType, (o) => {
  const c = o as PyCell;
  return c.ref === null
    ? `<cell at 0x${o.addr.toString(16)}: empty>`
    : `<cell at 0x${o.addr.toString(16)}: ${c.ref.type.name} object at 0x${c.ref.addr.toString(16)}>`;
});

defGetter(moduleType, '__name__', (o) => newStr((o as PyModule).name));
defGetter(moduleType, '__dict__', (o) => incref((o as PyModule).dict));
nativeRepr.set(moduleType, (o) => `<module '${(o as PyModule).name}' (built-in)>`);

defGetter(codeType, 'co_name', (o) => newStr((o as PyCode).name));
defGetter(codeType, 'co_filename', (o) => newStr((o as PyCode).filename));
defGetter(codeType, 'co_firstlineno', (o) => newInt((o as PyCode).firstLine));
nativeRepr.set(codeType, (o) => {
  const c = o as PyCode;
  return `<code object ${c.name} at 0x${o.addr.toString(16)}, file "${c.filename}", line ${c.firstLine}>`;
});
