/**
 * code: the compiled form of a module, function, class body or comprehension.
 * Made once by the compiler and never changed, but for its caches and its warm-up
 * count (which CPython's quickening reads). Its constants are strong
 * references, which is why `a = 257` then `sys.getrefcount(a)` counts one more
 * than the visible names (CPython's co_consts).
 */
import { decref } from '../memory';
import { PyObject, type Visit } from '../object';
import { newBuiltinType } from './type';
import type { PyStr } from './str';

/** Code flags (subset of CPython's CO_*). */
export const enum CodeFlag {
  VarArgs = 4,
  VarKeywords = 8,
  Nested = 16,
  Generator = 32,
}

/** Warm-ups after which CPython 3.11 quickens a code object (QUICKENING_WARMUP_DELAY). */
export const QUICKENING_WARMUP_DELAY = 8;

/** `code`. */
export const codeType = newBuiltinType('code', undefined, {
  basicSize: 168,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const c = o as PyCode;
      for (const k of c.consts) visit(k, 'const');
    },
    clear(o: PyObject) {
      const c = o as PyCode;
      const consts = c.consts;
      c.consts = [];
      for (const k of consts) decref(k);
    },
  },
});

/** A code object. Instructions are pairs (opcode, argument) in `ops`. */
export class PyCode extends PyObject {
  name = '';
  qualname = '';
  filename = '';
  firstLine = 1;
  ops: Int32Array = new Int32Array(0);
  /** Source line of each instruction (index = pc >> 1). */
  lines: Int32Array = new Int32Array(0);
  /**
   * Each instruction's source range after its line, three integers at 3 * (pc >> 1):
   * start column, end line, end column (CPython's co_positions; -1 where there is none).
   * Tracebacks underline that range.
   */
  positions: Int32Array = new Int32Array(0);
  consts: PyObject[] = [];
  /** Names used by attribute, global and import instructions. */
  names: string[] = [];
  /** Fast locals: parameters first, then other locals. */
  varnames: string[] = [];
  /** Locals captured by inner functions (live in cells). */
  cellvars: string[] = [];
  /** Variables taken from an enclosing function's cells. */
  freevars: string[] = [];
  /** For each cellvar, the index of the parameter it starts from, or -1. */
  cell2arg: number[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  coFlags = 0;
  /** Size of the value stack. */
  stacksize = 0;
  /**
   * co_stacksize as CPython counts it: the deepest stack without the 2 slots of slack
   * `stacksize` adds. It sizes a generator, whose frame is inside the object.
   */
  pyStacksize = 0;
  /** Exception handlers as pairs (target pc, stack level), indexed by SETUP_FINALLY's argument. */
  handlers: Int32Array = new Int32Array(0);
  /** 'module' | 'function' | 'class' | 'lambda' | 'comprehension' | 'genexpr' */
  kind = 'function';
  /** Docstring (functions and classes), or null. */
  doc: string | null = null;
  /** Interned str objects of `names`, made on first use by name instructions. */
  nameObjs: PyStr[] = [];
  /** Entry hints of the name instructions (vm/name-cache.ts), made on first use. */
  nameCache: Int32Array | null = null;
  /** Attribute-instruction caches (vm/attr-cache.ts), made on first use. */
  attrCache: import('../vm/attr-cache').AttrCache | null = null;
  /** Finished frames of this code, kept for reuse by calls (vm/frame.ts owns them). */
  framePool: unknown[] = [];
  /**
   * CPython 3.11's co_warmup, counted up: a frame of this code starting or resuming (its
   * RESUME) and each JUMP_BACKWARD count one, and the 8th quickens the code. Quickened
   * code specializes its calls on their next run: `str(x)` then makes no argument tuple.
   */
  warmups = 0;

  /** One warm-up: a RESUME (a frame starts or resumes) or a JUMP_BACKWARD of this code. */
  warmUp(): void {
    if (this.warmups < QUICKENING_WARMUP_DELAY) this.warmups++;
  }

  /** True once this code is quickened (its calls specialize from then on). */
  get quickened(): boolean {
    return this.warmups >= QUICKENING_WARMUP_DELAY;
  }

  constructor() {
    super(codeType);
  }

  /** Total slots in a frame: locals, cells, frees, then the stack. */
  get frameSize(): number {
    return this.varnames.length + this.cellvars.length + this.freevars.length + this.stacksize;
  }
}
