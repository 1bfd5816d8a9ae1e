/**
 * A frame: one activation of a code object. It owns strong references to its
 * fast locals, cells and value stack (one array, in that order), to its
 * function and, for module and class bodies, to its namespace dict. The trace
 * reads frames (names → objects) from here; the heap is everything else.
 */
import type { PyThrow } from '../errors';
import { decref } from '../memory';
import { PyObject } from '../object';
import type { PyCode } from '../types/code';
import type { PyDict } from '../types/dict';
import type { PyFunction } from '../types/function';

/** An executing (or suspended, for generators) frame. */
export class Frame {
  /** Locals, then cells and free cells, then the value stack. */
  fast: (PyObject | null)[];
  /** Index of the first stack slot. */
  stackBase: number;
  /** Next free stack slot. */
  sp: number;
  /** Next instruction (index into code.ops). */
  pc = 0;
  /** Open exception handlers: pairs (handler pc, absolute stack level). */
  blocks: number[] = [];
  /** Current line (for tracebacks and the trace). */
  line: number;
  /** Instruction index of the last line event, to detect backward jumps. */
  lastLinePc = -1;
  /** Caller. */
  back: Frame | null = null;
  /** Set when the frame suspended at a yield (generators). */
  yielded = false;
  /** True once the frame returned or raised out. */
  finished = false;
  /** An exception to raise at the resume point (generator.throw/close). */
  pendingThrow: PyThrow | null = null;
  /** Depth in the call stack (1 = module). */
  depth = 0;

  constructor(
    public code: PyCode,
    public fn: PyFunction | null,
    public globals: PyDict,
    public builtins: PyDict,
    /** Namespace for LOAD_NAME/STORE_NAME: the module's globals or a class body's dict. */
    public locals: PyDict | null,
  ) {
    const nlocals = code.varnames.length + code.cellvars.length + code.freevars.length;
    this.fast = new Array(nlocals + code.stacksize).fill(null);
    this.stackBase = nlocals;
    this.sp = nlocals;
    this.line = code.firstLine;
    if (fn !== null) fn.rc++;
    code.rc++;
    globals.rc++;
    if (locals !== null) locals.rc++;
  }

  /** Releases everything the frame holds: locals in order, then cells, then the stack, function last. */
  clear(): void {
    const fast = this.fast;
    const n = fast.length;
    for (let i = 0; i < n; i++) {
      const o = fast[i];
      if (o !== null) {
        fast[i] = null;
        decref(o);
      }
    }
    this.sp = this.stackBase;
    this.blocks.length = 0;
    this.finished = true;
    if (this.locals !== null) {
      const l = this.locals;
      this.locals = null;
      decref(l);
    }
    decref(this.globals);
    decref(this.code);
    if (this.fn !== null) {
      const f = this.fn;
      this.fn = null;
      decref(f);
    }
  }

  /** Name of the function for tracebacks and the diagram. */
  get name(): string {
    return this.code.name;
  }
}
