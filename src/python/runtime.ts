/**
 * Wires the layers together once per process (hooks that break import cycles)
 * and prepares a fresh interpreter state for each run.
 */
import { StepLimitReached } from './vm/step-limit';
import { callObject, getAttrOrNull, isTrue, nativeGetAttr, setEqHook, setInternName, vm } from './abstract';
import { PyThrow, throwError } from './errors';
import { ctx } from './context';
import { decref, heap, incref, Memory, setHeap } from './memory';
import { Flag, PyObject, PyType } from './object';
import { eq, setTruth, repr } from './ops';
import { PyDict } from './types/dict';
import {
  exceptionTypes,
  IndexError,
  MemoryError,
  newException,
  NotImplementedError,
  PyException,
  RecursionError,
  RuntimeError,
  SystemError,
  TypeError,
} from './types/exception';
import { PyFunction } from './types/function';
import { intType, newIntBig } from './types/int';
import { listType } from './types/list';
import { intern, strType } from './types/str';
import { newTuple } from './types/tuple';
import { superAttr, superType } from './types/descriptors';
import { PyGenerator, sendTo } from './types/generator';
import { buildClass, callType, hasFinalizer } from './vm/classes';
import { callFunction, callFunctionFromStack } from './vm/call';
import { Frame } from './vm/frame';
import { makeRaisable } from './vm/interpreter';
import { runtime } from './vm/state';
import { exceptionLine } from './vm/traceback';
import { PyMethodDescr, PyBuiltinFunction } from './types/type';
import { newMethod } from './types/method';
import { install as installServices } from './services';
import './types/exception-methods';
import './types/function-attrs';
import './types/singleton-methods';
import './types/str-methods';
import './types/int-methods';
import './types/float-methods';
import './types/bool-methods';

let installed = false;

/** Connects the protocol layer, the interpreter and the type files (idempotent). */
export function installRuntime(): void {
  if (installed) return;
  installed = true;
  setEqHook(eq);
  setTruth(isTrue);
  setInternName((name) => {
    const s = intern(name);
    s.rc--;
    return s;
  });
  vm.callFunction = callFunction;
  vm.callType = callType;
  nativeGetAttr.set(superType, superAttr);
  runtime.intern = intern;
  runtime.listType = listType;
  runtime.intType = intType;
  runtime.strType = strType;
  runtime.IndexError = IndexError;
  runtime.RuntimeError = RuntimeError;
  runtime.NotImplementedError = NotImplementedError;
  runtime.buildClass = buildClass;
  runtime.callFunction = callFunctionFromStack;
  runtime.isGenerator = (o) => o instanceof PyGenerator;
  runtime.sendTo = sendTo;
  runtime.excMatches = excMatches;
  runtime.specialMethod = specialMethod;
  runtime.convertJsError = convertJsError;
  installServices();
}

function excMatches(exc: PyObject, t: PyObject): boolean {
  const check = (x: PyObject): boolean => {
    if (!(x instanceof PyType) || !x.isSubtype(exceptionTypes.get('BaseException')!))
      throwError(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    return exc.type.isSubtype(x);
  };
  if (t instanceof PyType) return check(t);
  const items = (t as { items?: PyObject[] }).items;
  if (items !== undefined && t.type.name === 'tuple') return items.some(check);
  throwError(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
}

/** A bound special method looked up on the type (for `with`), or null. */
function specialMethod(o: PyObject, name: string): PyObject | null {
  const m = o.type.lookup(name);
  if (m === null) return null;
  if (m instanceof PyFunction) return newMethod(m, o);
  if (m instanceof PyMethodDescr) {
    incref(o);
    return heap.born(new PyBuiltinFunction(name, (a, k) => m.fn(o, a, k), o));
  }
  return getAttrOrNull(o, name);
}

/**
 * True for the JavaScript stack running out: V8's and JavaScriptCore's RangeError
 * ('Maximum call stack size exceeded'), Firefox's 'too much recursion', and V8's
 * SyntaxError for a regular expression compiled at the stack's end ('Invalid
 * regular expression: /.../: Stack overflow'). No regular expression here: this
 * runs where the stack has just run out, and compiling one there fails the same way.
 */
function isStackOverflow(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const m = e.message;
  return (e instanceof RangeError && m.includes('call stack')) || m.includes('too much recursion') || m.endsWith('Stack overflow');
}

/** Turns a JS error escaping native code into a Python exception (RecursionError for stack overflow). */
function convertJsError(e: unknown, f: Frame): PyThrow {
  // Already a verdict on the whole run: pass it through every frame untouched.
  if (e instanceof InternalError || e instanceof StepLimitReached) throw e;
  if (isStackOverflow(e)) {
    return new PyThrow(newException(RecursionError, newTuple([runtime.intern('maximum recursion depth exceeded')])));
  }
  const where = `${f.code.filename}, line ${f.line}`;
  const msg = e instanceof Error ? e.message : String(e);
  const err = new InternalError(`InternalError: the engine failed while running ${where}: ${msg}`);
  (err as InternalError & { cause?: unknown }).cause = e;
  throw err;
}

/** An engine bug surfaced while running a program (never a Python-level error). */
export class InternalError extends Error {}

void callObject;
void decref;
void incref;
void repr;
void ctx;
void PyDict;
void newIntBig;
void MemoryError;
void SystemError;
void PyException;
void makeRaisable;
void exceptionLine;
void Memory;
void setHeap;
