/**
 * The `sys` module: reference counts, object sizes, the recursion limit,
 * interning, and minimal stdout/stderr objects.
 *
 * getsizeof follows Python/sysmodule.c: the object's `__sizeof__` plus the
 * "pre-header" (16 bytes of GC header for GC types, 16 more for the managed
 * dict pointers of plain user instances). Builtin types without a `__sizeof__`
 * of their own are sized here from ../sizes.ts; a type file can register an
 * exact rule in `nativeSizeof`.
 */
import { varargsFunction } from '../hidden-allocs';
import { flushStdout, stdoutWrite } from '../stdout-pending';
import { callSpecial } from '../abstract';
import { bindArgs, noKwargs } from '../args';
import { ctx } from '../context';
import { PyThrow, argTypeName, throwError } from '../errors';
import { decref, incref } from '../memory';
import { PyObject, PyType } from '../object';
import { listSizeof } from '../collections/list-growth';
import { dictInsertNew, dictSizeof, newDictSizing, type DictSizing } from '../collections/dict-sizing';
import {
  BUILTIN_SUBCLASS_EXTRA,
  exceptionSizeof,
  FIXED_SIZEOF,
  GC_HEADER_SIZE,
  generatorSizeof,
  intSizeof,
  setSizeof,
  strSizeof,
  strSubclassSizeof,
  tupleSizeof,
} from '../sizes';
import { PyDict } from '../types/dict';
import { baseExceptionType, newException, PyException, RecursionError, SystemExit, TypeError, ValueError } from '../types/exception';
import { PyFloat } from '../types/float';
import { PyGenerator } from '../types/generator';
import { newInt, newIntBig, PyInt, PyLong } from '../types/int';
import { PyList } from '../types/list';
import { None } from '../types/none';
import { internObject, newStr, PyStr, strType } from '../types/str';
import { newTuple, PyTuple } from '../types/tuple';
import { defMethod, makeBuiltin, newBuiltinType, objectType } from '../types/type';
import { nativeRepr } from '../ops';
import { born } from '../memory';
import { runtime } from '../vm/state';
import { cIntArg, newModuleWith } from './module-util';
import { newList } from '../types/list';

/** Exact getsizeof rules registered by type files (the full answer, pre-header included). */
export const nativeSizeof = new Map<PyType, (o: PyObject) => number>();

/** Fixed sizes of builtin types by name, pre-header included (checked against python3.11). */
const FIXED_BY_NAME: Record<string, number> = {
  NoneType: FIXED_SIZEOF.None,
  NotImplementedType: FIXED_SIZEOF.NotImplemented,
  ellipsis: FIXED_SIZEOF.Ellipsis,
  object: FIXED_SIZEOF.object,
  float: FIXED_SIZEOF.float,
  complex: FIXED_SIZEOF.complex,
  range: FIXED_SIZEOF.range,
  slice: FIXED_SIZEOF.slice,
  function: FIXED_SIZEOF.function,
  method: FIXED_SIZEOF.boundMethod,
  builtin_function_or_method: FIXED_SIZEOF.builtinFunction,
  cell: FIXED_SIZEOF.cell,
  module: FIXED_SIZEOF.module,
  ReferenceType: FIXED_SIZEOF.weakref,
  property: FIXED_SIZEOF.property,
  staticmethod: FIXED_SIZEOF.staticmethod,
  classmethod: FIXED_SIZEOF.classmethod,
  super: FIXED_SIZEOF.super,
  list_iterator: FIXED_SIZEOF.listIterator,
  list_reverseiterator: FIXED_SIZEOF.listReverseIterator,
  tuple_iterator: FIXED_SIZEOF.tupleIterator,
  str_iterator: FIXED_SIZEOF.strIterator,
  str_ascii_iterator: FIXED_SIZEOF.strIterator,
  range_iterator: FIXED_SIZEOF.rangeIterator,
  reversed: FIXED_SIZEOF.reversed,
  dict_keyiterator: FIXED_SIZEOF.dictIterator,
  dict_valueiterator: FIXED_SIZEOF.dictIterator,
  dict_itemiterator: FIXED_SIZEOF.dictIterator,
  set_iterator: FIXED_SIZEOF.setIterator,
  dict_keys: FIXED_SIZEOF.dictView,
  dict_values: FIXED_SIZEOF.dictView,
  dict_items: FIXED_SIZEOF.dictView,
  enumerate: FIXED_SIZEOF.enumerate,
  zip: FIXED_SIZEOF.zip,
  map: FIXED_SIZEOF.map,
  filter: FIXED_SIZEOF.filter,
};

/** getsizeof of a builtin type object (a static PyTypeObject). */
const STATIC_TYPE_SIZEOF = 424;

/** The pre-header sysmodule.c adds to `__sizeof__`. */
function preHeader(o: PyObject): number {
  const t = o.type;
  if (o instanceof PyType) return o.native ? 0 : GC_HEADER_SIZE;
  return t.preHeader;
}

/** A dict's size when the dict file keeps no sizing state: replays its inserts. */
function dictSize(d: PyDict): number {
  const s = (d as PyDict & { sizing?: DictSizing }).sizing;
  if (s !== undefined) return dictSizeof(s);
  const sim = newDictSizing();
  for (const [k] of d.entries()) dictInsertNew(sim, k instanceof PyStr && k.type === strType);
  return dictSizeof(sim);
}

/** A set's size when the set file keeps no table state: replays set_add_entry's growth. */
function setSize(o: PyObject): number {
  const table = (o as PyObject & { table?: { isSmall: boolean; mask: number } }).table;
  if (table !== undefined && typeof table.mask === 'number') return setSizeof(table);
  const n = (o as PyObject & { size?: number; used?: number }).used ?? 0;
  let mask = 7;
  for (let fill = 1; fill <= n; fill++) {
    if (fill * 5 >= mask * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      mask = size - 1;
    }
  }
  return setSizeof({ isSmall: mask === 7, mask });
}

function builtinSize(o: PyObject): number {
  const t = o.type;
  const rule = nativeSizeof.get(t);
  if (rule !== undefined) return rule(o);
  if (o instanceof PyInt || o instanceof PyLong) return intSizeof(o.v);
  if (o instanceof PyFloat) return FIXED_SIZEOF.float;
  // A user subclass's instance adds its managed-dict pre-header and __weakref__ slot.
  if (o instanceof PyStr) return t.native ? strSizeof(o.v) : strSubclassSizeof(o.v);
  if (o instanceof PyTuple) return tupleSizeof(o.items.length);
  if (o instanceof PyList) return listSizeof(o.allocated) + (t.native ? 0 : BUILTIN_SUBCLASS_EXTRA.list);
  if (o instanceof PyDict) return dictSize(o) + (t.native ? 0 : BUILTIN_SUBCLASS_EXTRA.dict);
  if (o instanceof PyType) return o.native ? STATIC_TYPE_SIZEOF : FIXED_SIZEOF.class;
  if (o instanceof PyException) {
    let base = t;
    while (!base.native) base = base.bases.find((b) => b.isSubtype(baseExceptionType)) ?? baseExceptionType;
    return exceptionSizeof(base.name, !t.native);
  }
  if (!t.native) return FIXED_SIZEOF.instance;
  if (o instanceof PyGenerator && o.frame !== null) {
    const c = o.frame.code;
    return generatorSizeof(c.varnames.length + c.cellvars.length + c.freevars.length, c.pyStacksize);
  }
  if (t.name === 'set' || t.name === 'frozenset') return setSize(o);
  const fixed = FIXED_BY_NAME[t.name];
  if (fixed !== undefined) return fixed;
  return t.basicSize + preHeader(o);
}

/** sys.getsizeof(o) as a JS number (may run a user `__sizeof__`). */
export function sizeOf(o: PyObject): number {
  const user = o instanceof PyType ? null : o.type.lookup('__sizeof__');
  if (user === null || o.type.native) return builtinSize(o);
  const r = callSpecial(o, '__sizeof__', [])!;
  let n: number;
  try {
    if (!(r instanceof PyInt || r instanceof PyLong)) throwError(TypeError, 'an integer is required');
    n = Number(r.v);
  } finally {
    decref(r);
  }
  if (n < 0) throwError(ValueError, '__sizeof__() should return >= 0');
  return n + preHeader(o);
}

const getsizeof = makeBuiltin('getsizeof', varargsFunction((args, kw) => {
  const [o, dflt] = bindArgs('getsizeof', args, kw, ['object', 'default'], { required: 1 });
  try {
    return newInt(sizeOf(o!));
  } catch (e) {
    if (dflt !== null && e instanceof PyThrow && e.type.isSubtype(TypeError)) {
      e.drop();
      return incref(dflt);
    }
    throw e;
  }
}));

function oneArg(name: string, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  noKwargs(name, kw);
  if (args.length !== 1) throwError(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

const getrefcount = makeBuiltin('getrefcount', (args, kw) => newInt(oneArg('sys.getrefcount', args, kw).rc));

const getrecursionlimit = makeBuiltin('getrecursionlimit', (args, kw) => {
  noKwargs('sys.getrecursionlimit', kw);
  if (args.length) throwError(TypeError, `sys.getrecursionlimit() takes no arguments (${args.length} given)`);
  return newInt(ctx.recursionLimit);
});

const setrecursionlimit = makeBuiltin('setrecursionlimit', (args, kw) => {
  const n = cIntArg(oneArg('sys.setrecursionlimit', args, kw));
  if (n < 1) throwError(ValueError, 'recursion limit must be greater or equal than 1');
  // CPython's depth counts the Python frames plus the call into setrecursionlimit
  // itself, which the builtin call's recursion check (vm/recursion-guard.ts) already charged.
  const depth = runtime.depth;
  if (depth >= n) {
    throwError(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
  }
  ctx.recursionLimit = n;
  return incref(None);
});

const intern = makeBuiltin('intern', (args, kw) => {
  const s = oneArg('sys.intern', args, kw);
  if (!(s instanceof PyStr)) throwError(TypeError, `intern() argument must be str, not ${argTypeName(s)}`);
  if (s.type !== strType) throwError(TypeError, "can't intern str subclass");
  return internObject(s);
});

const exit = makeBuiltin('exit', (args, kw) => {
  noKwargs('exit', kw);
  if (args.length > 1) throwError(TypeError, `exit expected at most 1 argument, got ${args.length}`);
  throw new PyThrow(newException(SystemExit, newTuple(args.map((a) => incref(a)))));
});

// ---------------------------------------------------------------- stdout / stderr

/** `sys.stdout` / `sys.stderr`: text streams writing to the run's output. */
class PyTextStream extends PyObject {
  constructor(
    public streamName: string,
    public toErr: boolean,
  ) {
    super(textIOType);
  }
}

const textIOType = newBuiltinType('TextIOWrapper', objectType, { module: '_io', basicSize: 192, gcType: true });
defMethod(textIOType, 'write', (self, args, kw) => {
  const s = oneArg('write', args, kw);
  if (!(s instanceof PyStr)) throwError(TypeError, `write() argument must be str, not ${argTypeName(s)}`);
  const st = self as PyTextStream;
  if (st.toErr) ctx.writeErr(s.v);
  else {
    ctx.writeOut(s.v);
    stdoutWrite(s);
  }
  return newInt([...s.v].length);
});
defMethod(textIOType, 'flush', (self) => {
  if (!(self as PyTextStream).toErr) flushStdout();
  return incref(None);
});
nativeRepr.set(textIOType, (o) => `<_io.TextIOWrapper name='${(o as PyTextStream).streamName}' mode='w' encoding='utf-8'>`);

/** The sys module object for a run. */
export function makeSysModule(): PyObject {
  const version = newTuple([newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)]);
  return newModuleWith('sys', [
    ['getrefcount', incref(getrefcount)],
    ['getsizeof', incref(getsizeof)],
    ['getrecursionlimit', incref(getrecursionlimit)],
    ['setrecursionlimit', incref(setrecursionlimit)],
    ['intern', incref(intern)],
    ['exit', incref(exit)],
    ['maxsize', newIntBig(2n ** 63n - 1n)],
    ['byteorder', newStr('little')],
    ['platform', newStr('linux')],
    ['version_info', version],
    ['argv', newList([newStr(ctx.filename)])],
    ['stdout', born(new PyTextStream('<stdout>', false))],
    ['stderr', born(new PyTextStream('<stderr>', true))],
  ]);
}

