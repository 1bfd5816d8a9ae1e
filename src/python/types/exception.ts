/**
 * BaseException and the builtin exception hierarchy.
 *
 * Invariants: `args` is always a tuple (a strong reference); `cause`, `context`
 * and the traceback frames are strong references; user subclasses keep their
 * attributes in `attrs` like any instance.
 */
import { born, decref, incref, xdecref } from '../memory';
import { PyObject, PyType, type Visit } from '../object';
import { EXCEPTION_SIZEOF, GC_HEADER_SIZE } from '../sizes';
import { newBuiltinType, objectType } from './type';

/**
 * One line of a traceback: where a frame was when the exception passed through it,
 * with the column range of the instruction it was at (its code's positions: start
 * column, end line, end column; -1 for none), which the traceback underlines.
 */
export interface TracebackEntry {
  filename: string;
  line: number;
  name: string;
  col: number;
  endLine: number;
  endCol: number;
}

/** An exception instance. */
export class PyException extends PyObject {
  /** The `args` tuple (strong). */
  args: PyObject;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  /** Innermost last, as printed. */
  traceback: TracebackEntry[] = [];
  /** `__traceback__`: the traceback objects (outermost first), which keep their frames alive (strong). */
  tb: PyObject | null = null;
  /** Instance attributes of user subclasses (and `.value` of StopIteration etc.). */
  attrs: Map<string, PyObject> | null = null;
  /** Names to draw a "Did you mean" hint from when this error goes uncaught, and the missing name. */
  hint: { name: string; candidates: () => string[][] } | null = null;

  constructor(type: PyType, args: PyObject) {
    super(type);
    this.args = args;
  }
}

function traverseException(o: PyObject, visit: Visit): void {
  const e = o as PyException;
  visit(e.args, 'args');
  if (e.cause) visit(e.cause, '__cause__');
  if (e.context) visit(e.context, '__context__');
  if (e.tb) visit(e.tb, '__traceback__');
  if (e.attrs) for (const [k, v] of e.attrs) visit(v, '.' + k);
}

function clearException(o: PyObject): void {
  const e = o as PyException;
  const attrs = e.attrs;
  e.attrs = null;
  if (attrs) for (const v of attrs.values()) decref(v);
  xdecref(e.cause);
  e.cause = null;
  xdecref(e.context);
  e.context = null;
  decref(e.args);
  const tb = e.tb;
  e.tb = null;
  xdecref(tb);
}

/** `BaseException`. */
export const baseExceptionType = newBuiltinType('BaseException', objectType, {
  basicSize: 72,
  gcType: true,
  slots: { traverse: traverseException, clear: clearException },
});
baseExceptionType.instanceAttrs = true;

const byName = new Map<string, PyType>([['BaseException', baseExceptionType]]);

function sub(name: string, base: PyType): PyType {
  // The exceptions with a struct of their own (AttributeError's name and obj, OSError's
  // errno...) take a bigger block than BaseException's 88 bytes with the GC header.
  const own = EXCEPTION_SIZEOF[name];
  const basicSize = own !== undefined ? own - GC_HEADER_SIZE : base.basicSize;
  const t = newBuiltinType(name, base, { basicSize, gcType: true, slots: base.slots });
  byName.set(name, t);
  return t;
}

/** Every builtin exception type by name (for the builtins module). */
export const exceptionTypes: ReadonlyMap<string, PyType> = byName;

export const SystemExit = sub('SystemExit', baseExceptionType);
export const KeyboardInterrupt = sub('KeyboardInterrupt', baseExceptionType);
export const GeneratorExit = sub('GeneratorExit', baseExceptionType);
export const Exception = sub('Exception', baseExceptionType);
export const StopIteration = sub('StopIteration', Exception);
export const ArithmeticError = sub('ArithmeticError', Exception);
export const FloatingPointError = sub('FloatingPointError', ArithmeticError);
export const OverflowError = sub('OverflowError', ArithmeticError);
export const ZeroDivisionError = sub('ZeroDivisionError', ArithmeticError);
export const AssertionError = sub('AssertionError', Exception);
export const AttributeError = sub('AttributeError', Exception);
export const BufferError = sub('BufferError', Exception);
export const EOFError = sub('EOFError', Exception);
export const ImportError = sub('ImportError', Exception);
export const ModuleNotFoundError = sub('ModuleNotFoundError', ImportError);
export const LookupError = sub('LookupError', Exception);
export const IndexError = sub('IndexError', LookupError);
export const KeyError = sub('KeyError', LookupError);
export const MemoryError = sub('MemoryError', Exception);
export const NameError = sub('NameError', Exception);
export const UnboundLocalError = sub('UnboundLocalError', NameError);
export const OSError = sub('OSError', Exception);
export const ReferenceError = sub('ReferenceError', Exception);
export const RuntimeError = sub('RuntimeError', Exception);
export const NotImplementedError = sub('NotImplementedError', RuntimeError);
export const RecursionError = sub('RecursionError', RuntimeError);
export const SyntaxError = sub('SyntaxError', Exception);
export const IndentationError = sub('IndentationError', SyntaxError);
export const TabError = sub('TabError', IndentationError);
export const SystemError = sub('SystemError', Exception);
export const TypeError = sub('TypeError', Exception);
export const ValueError = sub('ValueError', Exception);
export const UnicodeError = sub('UnicodeError', ValueError);
export const Warning = sub('Warning', Exception);
export const DeprecationWarning = sub('DeprecationWarning', Warning);
export const RuntimeWarning = sub('RuntimeWarning', Warning);
export const UserWarning = sub('UserWarning', Warning);

/** Allocates an exception instance owning `args` (a tuple reference that is stolen). */
export function newException(type: PyType, args: PyObject): PyException {
  const e = born(new PyException(type, args));
  if (!type.native) incref(type);
  return e;
}
