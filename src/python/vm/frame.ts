/**
 * A frame: one activation of a code object. It owns strong references to its
 * fast locals, cells and value stack (one array, in that order), to its
 * function and, for module and class bodies, to its namespace dict. The trace
 * reads frames (names → objects) from here; the heap is everything else.
 */
import type { PyThrow } from '../errors';
import { heap, touch, counted, countLog, incref } from '../memory';
import type { PyFrameObject } from '../types/frame-object';
import { track } from '../gc';
import { PyObject } from '../object';
import type { PyCode } from '../types/code';
import type { PyDict } from '../types/dict';
import type { PyFunction } from '../types/function';

/** Frames kept per code object for reuse (deep recursion allocates the rest). */
export const FRAME_POOL_SIZE = 16;

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
  /** Run inside its caller's dispatch loop (a plain call the interpreter entered itself). */
  inlined = false;
  /** For an inlined frame: where the call's callable sits on the caller's stack (cleared on return). */
  callerBase = 0;
  /** True for a module frame, which holds a reference to its globals (function frames borrow their function's). */
  ownsGlobals = false;
  /** The frame object, once an exception passed through (a strong reference; see types/frame-object.ts). */
  frameObj: PyFrameObject | null = null;

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
    if (fn !== null) { fn.rc++; if (countLog !== null) counted(fn); }
    else {
      // A module frame: CPython runs it through a temporary function object, whose reference to the globals it holds.
      this.ownsGlobals = true;
      globals.rc++; if (countLog !== null) counted(globals);
    }
    code.rc++; if (countLog !== null) counted(code);
    if (locals !== null) { locals.rc++; if (countLog !== null) counted(locals); }
  }

  /** Makes a cleared frame of the same code ready to run again (see acquireFrame). */
  private reuse(fn: PyFunction, globals: PyDict, builtins: PyDict): void {
    this.reuseFor(fn, builtins);
    this.globals = globals;
    this.depth = 0;
  }

  /**
   * A frame for a function call: a cleared one from the code object's pool
   * when there is one (a call then allocates nothing), else a new one.
   */
  /** Makes a pooled (cleared) frame the frame of a new call of `fn`, whose code it already has. */
  reuseFor(fn: PyFunction, builtins: PyDict): void {
    this.fn = fn;
    this.globals = fn.globals;
    this.builtins = builtins;
    this.pc = 0;
    this.line = this.code.firstLine;
    this.lastLinePc = -1;
    this.finished = false;
    this.inlined = false;
    fn.rc++; if (countLog !== null) counted(fn);
    this.code.rc++; if (countLog !== null) counted(this.code);
  }

  static acquire(code: PyCode, fn: PyFunction, globals: PyDict, builtins: PyDict): Frame {
    const pool = code.framePool as Frame[];
    if (pool.length !== 0) {
      const f = pool.pop()!;
      f.reuse(fn, globals, builtins);
      return f;
    }
    return new Frame(code, fn, globals, builtins, null);
  }

  /**
   * Gives a frame that ran to the end (cleared, and referred to by nothing:
   * not a generator's) back to its code object's pool.
   */
  release(): void {
    const pool = this.code.framePool as Frame[];
    if (pool.length < FRAME_POOL_SIZE) pool.push(this);
  }

  /**
   * Releases everything the frame holds: locals in order, then cells, then
   * the stack, the namespace, the function, the code. (The decrements are written out rather than
   * calling decref() so each site keeps its own, narrower inline cache.)
   */
  clear(): void {
    // A plain call's frame (no frame object, namespace, owned globals or
    // blocks) is cleared by a short path the JIT can inline where a call returns.
    if (this.frameObj !== null || this.locals !== null || this.ownsGlobals || this.blocks.length !== 0) {
      this.clearGeneral();
      return;
    }
    const fast = this.fast;
    const n = fast.length;
    for (let i = 0; i < n; i++) {
      const o = fast[i];
      if (o !== null) {
        fast[i] = null;
        if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
      }
    }
    this.sp = this.stackBase;
    this.yielded = false;
    this.pendingThrow = null;
    this.finished = true;
    this.inlined = false;
    const f = this.fn;
    if (f !== null) {
      this.fn = null;
      if (countLog !== null) counted(f); if (--f.rc === 0) heap.dealloc(f);
    }
    const c = this.code;
    if (countLog !== null) counted(c); if (--c.rc === 0) heap.dealloc(c);
  }

  /** clear() for a frame that has a frame object, a namespace, its own globals or open blocks. */
  private clearGeneral(): void {
    const fo = this.frameObj;
    if (fo !== null) {
      this.frameObj = null;
      if (fo.rc > 1) {
        this.giveTo(fo);
        return;
      }
      if (countLog !== null) counted(fo); if (--fo.rc === 0) heap.dealloc(fo);
    }
    const fast = this.fast;
    const n = fast.length;
    for (let i = 0; i < n; i++) {
      const o = fast[i];
      if (o !== null) {
        fast[i] = null;
        if (countLog !== null) counted(o); if (--o.rc === 0) heap.dealloc(o);
      }
    }
    this.sp = this.stackBase;
    if (this.blocks.length !== 0) this.blocks.length = 0;
    this.yielded = false;
    this.pendingThrow = null;
    this.finished = true;
    this.inlined = false;
    const l = this.locals;
    if (l !== null) {
      this.locals = null;
      if (countLog !== null) counted(l); if (--l.rc === 0) heap.dealloc(l);
    }
    if (this.ownsGlobals) {
      this.ownsGlobals = false;
      const g = this.globals;
      if (countLog !== null) counted(g); if (--g.rc === 0) heap.dealloc(g);
    }
    // _PyFrame_Clear's order: the function before the code.
    const f = this.fn;
    if (f !== null) {
      this.fn = null;
      if (countLog !== null) counted(f); if (--f.rc === 0) heap.dealloc(f);
    }
    const c = this.code;
    if (countLog !== null) counted(c); if (--c.rc === 0) heap.dealloc(c);
  }

  /**
   * take_ownership: the frame ends while its frame object is still held (by
   * a traceback), so everything the frame holds moves into that object.
   */
  private giveTo(fo: PyFrameObject): void {
    const fast = this.fast;
    fo.slots = fast.slice();
    fast.fill(null);
    fo.refs = [this.locals, this.fn, this.code, this.ownsGlobals ? this.globals : null];
    this.ownsGlobals = false;
    fo.line = this.line;
    fo.owned = true;
    // Its references are the frame's now.
    touch(fo);
    this.locals = null;
    this.fn = null;
    this.sp = this.stackBase;
    if (this.blocks.length !== 0) this.blocks.length = 0;
    this.yielded = false;
    this.pendingThrow = null;
    this.finished = true;
    this.inlined = false;
    track(fo);
    fo.rc--; // the frame's own reference; the holder keeps it alive
    counted(fo);
  }

  /** Name of the function for tracebacks and the diagram. */
  get name(): string {
    return this.code.name;
  }
}
