/**
 * One code object under construction: instruction buffer, labels, stack-depth
 * accounting, constant and name tables. The compiler drives it; it knows
 * nothing of the AST.
 */
import { Flag, PyObject } from '../object';
import { PyCode } from '../types/code';
import { Op } from './opcodes';
import type { Scope } from './symtable';
import type { Pos } from '../ast';
import { incref } from '../memory';

/** A jump target; `pos` is -1 until bound. */
export interface Label {
  pos: number;
  refs: number[];
}

/** Net stack effect of instructions whose effect does not depend on their argument. */
const FIXED_EFFECT: Partial<Record<Op, number>> = {
  [Op.NOP]: 0,
  [Op.LINE]: 0,
  [Op.LOAD_CONST]: 1,
  [Op.LOAD_FAST]: 1,
  [Op.STORE_FAST]: -1,
  [Op.DELETE_FAST]: 0,
  [Op.LOAD_DEREF]: 1,
  [Op.STORE_DEREF]: -1,
  [Op.DELETE_DEREF]: 0,
  [Op.LOAD_CLOSURE]: 1,
  [Op.LOAD_CLASSDEREF]: 1,
  [Op.LOAD_GLOBAL]: 1,
  [Op.STORE_GLOBAL]: -1,
  [Op.DELETE_GLOBAL]: 0,
  [Op.LOAD_NAME]: 1,
  [Op.STORE_NAME]: -1,
  [Op.DELETE_NAME]: 0,
  [Op.LOAD_ATTR]: 0,
  [Op.STORE_ATTR]: -2,
  [Op.DELETE_ATTR]: -1,
  [Op.LOAD_METHOD]: 1,
  [Op.BINARY_SUBSCR]: -1,
  [Op.STORE_SUBSCR]: -3,
  [Op.DELETE_SUBSCR]: -2,
  [Op.BINARY_OP]: -1,
  [Op.UNARY]: 0,
  [Op.UNARY_NOT]: 0,
  [Op.COMPARE_OP]: -1,
  [Op.IS_OP]: -1,
  [Op.CONTAINS_OP]: -1,
  [Op.POP_TOP]: -1,
  [Op.COPY]: 1,
  [Op.SWAP]: 0,
  [Op.ROT_THREE]: 0,
  [Op.JUMP]: 0,
  [Op.JUMP_BACKWARD]: 0,
  [Op.POP_JUMP_IF_FALSE]: -1,
  [Op.POP_JUMP_IF_TRUE]: -1,
  [Op.JUMP_IF_FALSE_OR_POP]: -1,
  [Op.JUMP_IF_TRUE_OR_POP]: -1,
  [Op.GET_ITER]: 0,
  [Op.FOR_ITER]: 1,
  [Op.LIST_APPEND]: -1,
  [Op.SET_ADD]: -1,
  [Op.MAP_ADD]: -2,
  [Op.LIST_EXTEND]: -1,
  [Op.SET_UPDATE]: -1,
  [Op.DICT_UPDATE]: -1,
  [Op.DICT_MERGE]: -1,
  [Op.LIST_TO_TUPLE]: 0,
  [Op.RETURN_VALUE]: -1,
  [Op.YIELD_VALUE]: 0,
  [Op.GET_YIELD_FROM_ITER]: 0,
  [Op.YIELD_FROM]: -1,
  [Op.SETUP_FINALLY]: 0,
  [Op.POP_BLOCK]: 0,
  [Op.RERAISE]: -1,
  [Op.PUSH_EXC_INFO]: 1,
  [Op.POP_EXCEPT]: -1,
  [Op.POP_EXCEPT_RERAISE]: -2,
  [Op.CHECK_EXC_MATCH]: 0,
  [Op.BEFORE_WITH]: 1,
  [Op.WITH_EXCEPT_START]: 1,
  [Op.WITH_EXIT]: -1,
  [Op.IMPORT_NAME]: -1,
  [Op.IMPORT_FROM]: 1,
  [Op.LOAD_BUILD_CLASS]: 1,
  [Op.LOAD_ASSERTION_ERROR]: 1,
  [Op.PUSH_NULL]: 1,
  [Op.RAISE_UNSUPPORTED]: 0,
};

// Negations are written `0 - x`: `-x` of 0 is -0, a double, and one double
// stored in Unit.depth turns the field, maxDepth and every code object's
// stacksize into boxed doubles, which deoptimizes the frame code that reads them.
function stackEffect(op: Op, arg: number): number {
  const fixed = FIXED_EFFECT[op];
  if (fixed !== undefined) return fixed;
  switch (op) {
    case Op.CALL:
      return 0 - arg;
    case Op.CALL_METHOD:
      return -1 - arg;
    case Op.CALL_KW:
      return 0 - (arg & 0xff);
    case Op.CALL_EX:
      return -1 - (arg & 1);
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP:
      return 0 - arg;
    case Op.BUILD_SLICE:
      return 1 - arg;
    case Op.FORMAT_VALUE:
      return arg & 4 ? -1 : 0;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.MAKE_FUNCTION:
      return 0 - ((arg & 1 ? 1 : 0) + (arg & 2 ? 1 : 0) + (arg & 8 ? 1 : 0));
    case Op.RAISE_VARARGS:
      return 0 - arg;
  }
  throw new Error('no stack effect for op ' + op);
}

/** Builder for one code object. */
export class Unit {
  ops: number[] = [];
  lines: number[] = [];
  /** Each instruction's column range after its line: start column, end line, end column (-1, -1, -1: none). */
  positions: number[] = [];
  consts: PyObject[] = [];
  private constIndex = new Map<PyObject, number>();
  names: string[] = [];
  private nameIndex = new Map<string, number>();
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  handlers: number[] = [];
  depth = 0;
  maxDepth = 0;
  /** Where the next instructions come from, as CPython's compiler tracks it (line, start column, end line, end column). */
  line = 0;
  col = -1;
  endLine = -1;
  endCol = -1;
  qualname: string;
  private reachable = true;

  constructor(
    public scope: Scope,
    public name: string,
    qualname: string,
    public firstLine: number,
  ) {
    this.qualname = qualname;
    for (const p of scope.params) this.varnames.push(p);
    if (scope.kind === 'function' || scope.kind === 'comprehension') {
      for (const n of scope.order) if (scope.isLocal(n) && !this.varnames.includes(n)) this.varnames.push(n);
    }
    for (const c of scope.cells) this.cellvars.push(c);
    for (const f of scope.frees) this.freevars.push(f);
  }

  /** Appends an instruction, tracking stack depth. */
  emit(op: Op, arg = 0): number {
    const pos = this.ops.length;
    this.ops.push(op, arg);
    this.lines.push(this.line);
    this.positions.push(this.col, this.endLine, this.endCol);
    this.depth += stackEffect(op, arg);
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
    if (this.depth < 0) throw new Error(`stack underflow compiling ${this.qualname} at op ${op}`);
    this.reachable = !(op === Op.JUMP || op === Op.JUMP_BACKWARD || op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS || op === Op.POP_EXCEPT_RERAISE);
    return pos;
  }

  /** The next instructions come from node `p` (SET_LOC). */
  at(p: Pos): void {
    this.line = p.line;
    this.col = p.col;
    this.endLine = p.endLine;
    this.endCol = p.endCol;
  }

  /** The next instructions come from line `line`, with no column range. */
  atLine(line: number): void {
    this.line = line;
    this.col = this.endLine = this.endCol = -1;
  }

  /** The current location, to put back with `at` (a compiler_visit_expr saves and restores it around each expression). */
  here(): Pos {
    return { line: this.line, col: this.col, endLine: this.endLine, endCol: this.endCol };
  }

  /** True if the last instruction can fall through. */
  get fallsThrough(): boolean {
    return this.reachable;
  }

  newLabel(): Label {
    return { pos: -1, refs: [] };
  }

  /** Emits a jump to a label (patched when the label is bound). */
  jump(op: Op, label: Label): void {
    const pos = this.emit(op, 0);
    if (label.pos >= 0) this.ops[pos + 1] = label.pos;
    else label.refs.push(pos + 1);
  }

  /** Binds a label here. */
  bind(label: Label): void {
    label.pos = this.ops.length;
    for (const r of label.refs) {
      if (r < 0) this.handlers[-r - 1] = label.pos;
      else this.ops[r] = label.pos;
    }
    this.reachable = true;
  }

  /** Registers an exception handler with the stack level it restores. */
  handler(label: Label, level: number): number {
    const idx = this.handlers.length;
    this.handlers.push(-1, level);
    if (label.pos >= 0) this.handlers[idx] = label.pos;
    else label.refs.push(-(idx + 1));
    return idx >> 1;
  }

  /** Index of a constant (deduplicated by object identity: the file-level cache merges equal values). */
  constIdx(o: PyObject): number {
    let i = this.constIndex.get(o);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(o);
      if (!(o.flags & Flag.Shared)) incref(o);
      this.constIndex.set(o, i);
    }
    return i;
  }

  nameIdx(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  /** Index of a fast local, adding hidden ones (like `.ret`) on demand. */
  localIdx(n: string): number {
    let i = this.varnames.indexOf(n);
    if (i < 0) {
      i = this.varnames.length;
      this.varnames.push(n);
    }
    return i;
  }

  /** Index of a cell or free variable in the frame's cell area. */
  derefIdx(n: string): number {
    const c = this.cellvars.indexOf(n);
    if (c >= 0) return c;
    const f = this.freevars.indexOf(n);
    if (f >= 0) return this.cellvars.length + f;
    throw new Error('not a cell: ' + n);
  }

  /** Produces the finished code object. */
  finish(code: PyCode, filename: string): PyCode {
    // Handler labels were recorded as negative refs; resolve them now.
    code.name = this.name;
    code.qualname = this.qualname;
    code.filename = filename;
    code.firstLine = this.firstLine;
    code.ops = Int32Array.from(this.ops);
    code.lines = Int32Array.from(this.lines);
    code.positions = Int32Array.from(this.positions);
    code.consts = this.consts;
    code.names = this.names;
    code.varnames = this.varnames;
    code.cellvars = this.cellvars;
    code.freevars = this.freevars;
    code.cell2arg = this.cellvars.map((c) => this.scope.params.indexOf(c));
    code.stacksize = this.maxDepth + 2;
    code.pyStacksize = this.maxDepth;
    code.handlers = Int32Array.from(this.handlers);
    return code;
  }
}

