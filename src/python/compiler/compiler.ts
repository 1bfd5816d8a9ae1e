/**
 * AST → code objects (CPython's compile.c, much reduced). The AST is walked
 * once; the interpreter then runs the compact instruction arrays.
 *
 * Constants are merged per file (equal ints, floats, strings and folded tuples
 * anywhere in one file are one object, as in CPython), simple constant
 * expressions are folded, and identifier-like strings are interned.
 */
import type * as A from '../ast';
import { PythonSyntaxError } from '../syntax-error';
import { PyObject } from '../object';
import { PyCode, CodeFlag } from '../types/code';
import { born } from '../memory';
import { None } from '../types/none';
import { intern, newStr } from '../types/str';
import { newTuple } from '../types/tuple';
import { UnaryOp, CmpOp } from '../ops';
import { decref } from '../memory';
import type { PyThrow } from '../errors';
import { Access, buildScopes, Scope } from './symtable';
import { constantFrozenset } from '../types/set';
import { INPLACE, LOOP_HEAD, Op } from './opcodes';
import { Label, Unit } from './unit';
import { BINOPS, Constants } from './constants';
import { assertWarning, callerWarning, compareWarnings, subscriptWarning, type Operand } from './syntax-warnings';

const CMPOPS: Partial<Record<A.CmpOperator, CmpOp>> = {
  '<': CmpOp.Lt,
  '<=': CmpOp.Le,
  '==': CmpOp.Eq,
  '!=': CmpOp.Ne,
  '>': CmpOp.Gt,
  '>=': CmpOp.Ge,
};

/** A block the compiler must unwind on break/continue/return. */
type FBlock =
  | { kind: 'loop'; cont: Label; brk: Label; isFor: boolean }
  | { kind: 'finally'; body: A.Stmt[] }
  | { kind: 'handler'; name: string | null }
  | { kind: 'with' }
  | { kind: 'finally-exc' }
  /** A value (a pending return's) under a finally body compiled on the way out: a jump out of that body drops it. */
  | { kind: 'pop-value' };

/** CPython's STACK_USE_GUIDELINE: past it, displays are built item by item rather than from the stack. */
const STACK_USE_GUIDELINE = 30;

/**
 * Compiles a parsed module into its code object (a new reference).
 *
 * `literals` receives one reference to every constant the source spelled out or
 * folded: CPython's parser arena keeps those alive until the module finishes
 * running, which is why `a = 257; sys.getrefcount(a)` is 4, not 3. The caller
 * releases them when the run ends.
 *
 * `warn` receives the SyntaxWarnings (syntax-warnings.ts), each with the node it is
 * about (CPython names only its line), in the order CPython gives them, those found
 * before a SyntaxError too.
 */
export function compileModule(mod: A.Module, filename: string, literals: PyObject[] = [], warn: (at: A.Pos, message: string) => void = () => {}): PyCode {
  const scopes = buildScopes(mod, filename);
  const c = new Compiler(scopes, filename);
  try {
    return c.module(mod);
  } finally {
    c.handOverConstants(literals);
    for (const [at, message] of c.warnings) warn(at, message);
  }
}

class Compiler {
  private u!: Unit;
  private fblocks: FBlock[] = [];
  /** The file's constants: what the AST optimizer folds, the parser arena, the const cache. */
  private readonly consts = new Constants();
  /** Constant tuples each unit folds when it is assembled (lateTuple), by where their LOAD_CONST is. */
  private lateTuples = new Map<Unit, Array<{ pos: number; items: PyObject[] }>>();
  private units: { u: Unit; fblocks: FBlock[] }[] = [];
  /** The SyntaxWarnings so far, in CPython's order (a check runs before the operands it looks at are compiled). */
  readonly warnings: Array<[at: A.Pos, message: string]> = [];
  /** The constant the expression compiled last folded to (one LOAD_CONST), else null: what the warning checks see. */
  private folded: PyObject | null = null;

  constructor(
    private scopes: Map<unknown, Scope>,
    private filename: string,
  ) {}

  /** Compiles `e` and says what the warning checks see of it. */
  private operand(e: A.Expr, compile: (e: A.Expr) => void = (x) => this.expr(x)): Operand {
    compile(e);
    return { node: e, constant: this.folded };
  }

  /** Puts warnings found for a construct before those its operands gave (`at`: the count before them). */
  private warnAt(at: number, node: A.Pos, messages: ReadonlyArray<string | null>): void {
    const found = messages.filter((m): m is string => m !== null).map((m): [A.Pos, string] => [node, m]);
    this.warnings.splice(at, 0, ...found);
  }

  private err(msg: string, node: { line: number; col: number }): never {
    throw new PythonSyntaxError('SyntaxError', msg, this.filename, node.line, node.col + 1);
  }

  /** Gives the arena's references to the caller, and drops the const cache's (compiling is over). */
  handOverConstants(out: PyObject[]): void {
    this.consts.handOver(out);
  }

  module(mod: A.Module): PyCode {
    const scope = this.scopes.get(mod)!;
    this.u = new Unit(scope, '<module>', '<module>', 1);
    const doc = docstringOf(mod.body);
    if (doc !== null) {
      // compiler_body: a module's docstring is stored as __doc__ where the statement stands.
      const first = mod.body[0]!;
      this.setLine(first);
      this.u.emit(Op.LINE, first.line);
      this.loadConst(this.constant(doc));
      this.u.emit(Op.STORE_NAME, this.u.nameIdx('__doc__'));
      this.body(mod.body.slice(1));
    } else this.body(mod.body);
    this.u.emit(Op.LOAD_CONST, this.u.constIdx(None));
    this.u.emit(Op.RETURN_VALUE);
    const code = this.finish(this.u);
    code.kind = 'module';
    return code;
  }

  private finish(u: Unit): PyCode {
    const late = this.lateTuples.get(u);
    if (late !== undefined) {
      for (const { pos, items } of late) u.ops[pos + 1] = u.constIdx(this.consts.tuple(items));
      this.lateTuples.delete(u);
    }
    return born(u.finish(new PyCode(), this.filename));
  }

  /**
   * LOAD_CONST of constants then BUILD_TUPLE, which CPython's flowgraph optimizer folds
   * when the code object is assembled: the items are the file's constants at once (and
   * stay among the code's constants), the tuple merges only then, so a folded tuple display compiled later in the unit is
   * the one kept (`def f(a=1.5, b=2.5)` then `t = (1.5, 2.5)`: f's defaults are t).
   */
  private lateTuple(items: PyObject[]): void {
    // The items' own LOAD_CONSTs are gone after folding, their constants are not.
    const merged = items.map((x) => this.consts.merge(x));
    for (const x of merged) this.u.constIdx(x);
    const pos = this.u.emit(Op.LOAD_CONST, 0);
    let late = this.lateTuples.get(this.u);
    if (late === undefined) this.lateTuples.set(this.u, (late = []));
    late.push({ pos, items: merged });
  }

  private enter(scope: Scope, name: string, qualname: string, line: number): void {
    this.units.push({ u: this.u, fblocks: this.fblocks });
    this.u = new Unit(scope, name, qualname, line);
    this.u.atLine(line);
    this.fblocks = [];
  }

  private leave(): PyCode {
    const code = this.finish(this.u);
    const prev = this.units.pop()!;
    this.u = prev.u;
    this.fblocks = prev.fblocks;
    return code;
  }


  /** The file's constant for a Constant node (borrowed), as compiling it gives. */
  private constant(e: A.Constant): PyObject {
    const v = this.consts.fold(e);
    if (v === null) {
      throw new PythonSyntaxError('NotImplementedError', `${e.value.type} literals are not supported by Memory Lane`, this.filename, this.u.line, 1);
    }
    return this.consts.merge(v);
  }

  private loadConst(o: PyObject): void {
    this.u.emit(Op.LOAD_CONST, this.u.constIdx(o));
  }

  // ------------------------------------------------------------ names

  private loadName(name: string): void {
    const u = this.u;
    const s = u.scope;
    switch (s.access(name)) {
      case Access.Local:
        u.emit(Op.LOAD_FAST, u.localIdx(name));
        break;
      case Access.Cell:
      case Access.Free:
        if (s.kind === 'class') u.emit(Op.LOAD_CLASSDEREF, u.derefIdx(name));
        else u.emit(Op.LOAD_DEREF, u.derefIdx(name));
        break;
      case Access.GlobalExplicit:
      case Access.GlobalImplicit:
        u.emit(Op.LOAD_GLOBAL, u.nameIdx(name));
        break;
      case Access.Name:
        u.emit(Op.LOAD_NAME, u.nameIdx(name));
        break;
    }
  }

  private storeName(name: string): void {
    const u = this.u;
    switch (u.scope.access(name)) {
      case Access.Local:
        u.emit(Op.STORE_FAST, u.localIdx(name));
        break;
      case Access.Cell:
      case Access.Free:
        u.emit(Op.STORE_DEREF, u.derefIdx(name));
        break;
      case Access.GlobalExplicit:
      case Access.GlobalImplicit:
        u.emit(Op.STORE_GLOBAL, u.nameIdx(name));
        break;
      case Access.Name:
        u.emit(Op.STORE_NAME, u.nameIdx(name));
        break;
    }
  }

  private deleteName(name: string): void {
    const u = this.u;
    switch (u.scope.access(name)) {
      case Access.Local:
        u.emit(Op.DELETE_FAST, u.localIdx(name));
        break;
      case Access.Cell:
      case Access.Free:
        u.emit(Op.DELETE_DEREF, u.derefIdx(name));
        break;
      case Access.GlobalExplicit:
      case Access.GlobalImplicit:
        u.emit(Op.DELETE_GLOBAL, u.nameIdx(name));
        break;
      case Access.Name:
        u.emit(Op.DELETE_NAME, u.nameIdx(name));
        break;
    }
  }

  // ------------------------------------------------------------ statements

  private body(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private setLine(n: A.Pos): void {
    this.u.at(n);
  }

  private stmt(s: A.Stmt): void {
    this.setLine(s);
    const u = this.u;
    if (s.kind !== 'FunctionDef' && s.kind !== 'ClassDef') u.emit(Op.LINE, s.line);
    switch (s.kind) {
      case 'Expr':
        // A docstring, a bare constant or one the optimizer folded: CPython emits nothing for it.
        if (this.consts.fold(s.value) !== null) break;
        this.expr(s.value);
        u.emit(Op.POP_TOP);
        break;
      case 'Assign':
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) u.emit(Op.COPY, 1);
          this.assignTo(s.targets[i]);
        }
        break;
      case 'AugAssign':
        this.augAssign(s);
        break;
      case 'AnnAssign':
        if (s.value) {
          this.expr(s.value);
          this.assignTo(s.target);
        }
        break;
      case 'Delete':
        for (const t of s.targets) this.deleteTarget(t);
        break;
      case 'Pass':
        break;
      case 'If':
        this.ifStmt(s);
        break;
      case 'While':
        this.whileStmt(s);
        break;
      case 'For':
        this.forStmt(s);
        break;
      case 'Break':
        this.breakStmt(s);
        break;
      case 'Continue':
        this.continueStmt(s);
        break;
      case 'Return':
        this.returnStmt(s);
        break;
      case 'FunctionDef':
        this.functionDef(s);
        break;
      case 'ClassDef':
        this.classDef(s);
        break;
      case 'Raise':
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) {
            this.expr(s.cause);
            u.emit(Op.RAISE_VARARGS, 2);
          } else u.emit(Op.RAISE_VARARGS, 1);
        } else u.emit(Op.RAISE_VARARGS, 0);
        break;
      case 'Try':
        this.tryStmt(s);
        break;
      case 'With':
        this.withStmt(s, 0);
        break;
      case 'Assert': {
        this.warnAt(this.warnings.length, s, [assertWarning(s.test)]);
        const end = u.newLabel();
        this.expr(s.test);
        // CPython's jump on a comparison leaves the comparison's location in place: the failed assert raises there.
        const compared = lastComparison(s.test);
        if (compared !== null) u.at(compared);
        u.jump(Op.POP_JUMP_IF_TRUE, end);
        u.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          u.emit(Op.CALL, 1);
        }
        u.emit(Op.RAISE_VARARGS, 1);
        u.bind(end);
        break;
      }
      case 'Import':
        for (const a of s.names) {
          this.loadConst(None);
          this.loadConst(None);
          u.emit(Op.IMPORT_NAME, u.nameIdx(a.name));
          if (a.asname) {
            const parts = a.name.split('.');
            for (let i = 1; i < parts.length; i++) {
              u.emit(Op.IMPORT_FROM, u.nameIdx(parts[i]));
              u.emit(Op.SWAP, 2);
              u.emit(Op.POP_TOP);
            }
            this.storeName(a.asname);
          } else this.storeName(a.name.split('.')[0]);
        }
        break;
      case 'ImportFrom': {
        if (s.level > 0) this.err('relative imports are not supported by Memory Lane', s);
        this.loadConst(None);
        this.loadConst(this.consts.mergeNew(newTuple(s.names.map((a) => intern(a.name)))));
        u.emit(Op.IMPORT_NAME, u.nameIdx(s.module));
        for (const a of s.names) {
          u.emit(Op.IMPORT_FROM, u.nameIdx(a.name));
          this.storeName(a.asname ?? a.name);
        }
        u.emit(Op.POP_TOP);
        break;
      }
      case 'Global':
      case 'Nonlocal':
        break;
    }
  }

  /** Stores the value on top of the stack into target `t`; the store (or unpacking) is at the target's location. */
  private assignTo(t: A.Expr): void {
    const u = this.u;
    const prev = u.here();
    u.at(t);
    switch (t.kind) {
      case 'Name':
        this.storeName(t.id);
        break;
      case 'Attribute':
        this.expr(t.value);
        this.atAttr(t);
        u.emit(Op.STORE_ATTR, u.nameIdx(t.attr));
        break;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptKey(t.slice);
        u.emit(Op.STORE_SUBSCR);
        break;
      case 'Tuple':
      case 'List': {
        const star = t.elts.findIndex((e) => e.kind === 'Starred');
        if (star >= 0) {
          if (t.elts.slice(star + 1).some((e) => e.kind === 'Starred')) this.err('multiple starred expressions in assignment', t);
          u.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
        } else u.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        for (const e of t.elts) this.assignTo(e.kind === 'Starred' ? e.value : e);
        break;
      }
      case 'Starred':
        this.err('starred assignment target must be in a list or tuple', t);
        break;
      default:
        this.err('cannot assign to expression', t);
    }
    u.at(prev);
  }

  private deleteTarget(t: A.Expr): void {
    const u = this.u;
    const prev = u.here();
    u.at(t);
    switch (t.kind) {
      case 'Name':
        this.deleteName(t.id);
        break;
      case 'Attribute':
        this.expr(t.value);
        this.atAttr(t);
        u.emit(Op.DELETE_ATTR, u.nameIdx(t.attr));
        break;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptKey(t.slice);
        u.emit(Op.DELETE_SUBSCR);
        break;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.deleteTarget(e);
        break;
      default:
        this.err('cannot delete expression', t);
    }
    u.at(prev);
  }

  private augAssign(s: A.AugAssign): void {
    const u = this.u;
    const op = BINOPS[s.op] | INPLACE;
    const t = s.target;
    // The target's load and store are at the target's location, the operation at the statement's (compiler_augassign).
    u.at(t);
    if (t.kind === 'Name') {
      this.loadName(t.id);
      this.expr(s.value);
      u.at(s);
      u.emit(Op.BINARY_OP, op);
      u.at(t);
      this.storeName(t.id);
    } else if (t.kind === 'Attribute') {
      this.expr(t.value);
      u.emit(Op.COPY, 1);
      this.atAttr(t);
      u.emit(Op.LOAD_ATTR, u.nameIdx(t.attr));
      this.expr(s.value);
      u.at(s);
      u.emit(Op.BINARY_OP, op);
      this.atAttr(t);
      u.emit(Op.SWAP, 2);
      u.emit(Op.STORE_ATTR, u.nameIdx(t.attr));
    } else if (t.kind === 'Subscript') {
      this.expr(t.value);
      this.subscriptKey(t.slice);
      u.emit(Op.COPY, 2);
      u.emit(Op.COPY, 2);
      u.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      u.at(s);
      u.emit(Op.BINARY_OP, op);
      u.at(t);
      u.emit(Op.ROT_THREE);
      u.emit(Op.STORE_SUBSCR);
    } else this.err("'" + t.kind.toLowerCase() + "' is an illegal expression for augmented assignment", t);
  }

  private ifStmt(s: A.If): void {
    const u = this.u;
    const orelse = u.newLabel();
    const end = u.newLabel();
    this.condJump(s.test, false, orelse);
    this.body(s.body);
    if (s.orelse.length) {
      if (u.fallsThrough) u.jump(Op.JUMP, end);
      u.bind(orelse);
      this.body(s.orelse);
    } else u.bind(orelse);
    u.bind(end);
  }

  /** Jumps to `target` when the test's truth equals `when`. */
  private condJump(test: A.Expr, when: boolean, target: Label): void {
    const u = this.u;
    if (test.kind === 'UnaryOp' && test.op === 'not') {
      this.condJump(test.operand, !when, target);
      return;
    }
    if (test.kind === 'BoolOp') {
      const isAnd = test.op === 'and';
      if (isAnd !== when) {
        // and/false or or/true: any operand decides.
        for (const v of test.values) this.condJump(v, when, target);
      } else {
        const skip = u.newLabel();
        for (let i = 0; i < test.values.length - 1; i++) this.condJump(test.values[i], !when, skip);
        this.condJump(test.values[test.values.length - 1], when, target);
        u.bind(skip);
      }
      return;
    }
    this.expr(test);
    u.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  private whileStmt(s: A.While): void {
    const u = this.u;
    const top = u.newLabel();
    const brk = u.newLabel();
    const orelse = u.newLabel();
    u.bind(top);
    this.setLine(s);
    if (u.ops.length > 0 && u.ops[u.ops.length - 2] === Op.LINE && u.ops[u.ops.length - 1] === s.line) {
      u.ops[u.ops.length - 1] = s.line | LOOP_HEAD;
      // The LINE emitted by stmt() is part of the loop: move the label before it.
      top.pos = u.ops.length - 2;
    } else u.emit(Op.LINE, s.line | LOOP_HEAD);
    // `while True:` (or any true constant) has no test, and its back edge is CPython's JUMP_BACKWARD;
    // `while cond:`'s is a conditional jump there (the test repeated at the bottom), which warms nothing.
    const isTrue = s.test.kind === 'Constant' && constantIsTrue(s.test.value);
    if (!isTrue) this.condJump(s.test, false, orelse);
    this.fblocks.push({ kind: 'loop', cont: top, brk, isFor: false });
    this.body(s.body);
    this.fblocks.pop();
    if (u.fallsThrough) u.jump(isTrue ? Op.JUMP_BACKWARD : Op.JUMP, top);
    u.bind(orelse);
    this.body(s.orelse);
    u.bind(brk);
  }

  /**
   * An iterable that is only iterated (a `for` loop's, a comprehension's, the right of a
   * last `in` / `not in`): CPython's ast_opt fold_iter makes a list display a tuple
   * (a constant one when its items are constants) and a set display of constants a
   * frozenset constant, so no list or set is allocated.
   */
  private iterExpr(e: A.Expr): void {
    if (e.kind === 'List' && e.elts.every((x) => x.kind !== 'Starred')) {
      this.expr({ ...e, kind: 'Tuple', ctx: 'load' } as A.TupleExpr);
      return;
    }
    if (e.kind === 'Set' && e.elts.every((x) => x.kind !== 'Starred')) {
      const items = e.elts.map((x) => this.consts.fold(x));
      if (items.every((x) => x !== null)) {
        let fs: PyObject = None;
        try {
          // fold_iter's frozenset is the AST optimizer's: the arena keeps it.
          fs = this.consts.merge(this.consts.toArena(constantFrozenset(items.map((x) => this.consts.merge(x!)))));
        } catch (err) {
          if (err instanceof Error) throw err;
          (err as PyThrow).drop();
        }
        if (fs !== None) {
          this.loadConst(fs);
          return;
        }
      }
    }
    this.expr(e);
  }

  private forStmt(s: A.For): void {
    const u = this.u;
    const top = u.newLabel();
    const exhausted = u.newLabel();
    const brk = u.newLabel();
    this.iterExpr(s.iter);
    u.emit(Op.GET_ITER);
    u.bind(top);
    this.setLine(s);
    u.emit(Op.LINE, s.line | LOOP_HEAD);
    u.jump(Op.FOR_ITER, exhausted);
    this.assignTo(s.target);
    this.fblocks.push({ kind: 'loop', cont: top, brk, isFor: true });
    this.body(s.body);
    this.fblocks.pop();
    if (u.fallsThrough) u.jump(Op.JUMP_BACKWARD, top);
    u.bind(exhausted);
    // FOR_ITER popped the iterator on the exhausted path.
    u.depth--;
    this.body(s.orelse);
    u.bind(brk);
  }

  /** Emits the cleanup for leaving the blocks above index `downTo` (exclusive). */
  private unwind(downTo: number, preserveTop: boolean): void {
    const u = this.u;
    for (let i = this.fblocks.length - 1; i > downTo; i--) {
      const b = this.fblocks[i];
      switch (b.kind) {
        case 'loop':
          if (b.isFor) {
            if (preserveTop) u.emit(Op.SWAP, 2);
            u.emit(Op.POP_TOP);
          }
          break;
        case 'finally': {
          u.emit(Op.POP_BLOCK);
          const saved = this.fblocks;
          this.fblocks = saved.slice(0, i);
          if (preserveTop) this.fblocks.push({ kind: 'pop-value' });
          this.body(b.body);
          this.fblocks = saved;
          break;
        }
        case 'handler':
          u.emit(Op.POP_BLOCK);
          if (preserveTop) u.emit(Op.SWAP, 2);
          u.emit(Op.POP_EXCEPT);
          if (b.name) {
            this.loadConst(None);
            this.storeName(b.name);
            this.deleteName(b.name);
          }
          break;
        case 'finally-exc':
          // Stack: prev_exc, exc (+ value on top when preserving).
          u.emit(Op.POP_BLOCK);
          if (preserveTop) {
            u.emit(Op.SWAP, 2);
            u.emit(Op.POP_TOP);
            u.emit(Op.SWAP, 2);
          } else u.emit(Op.POP_TOP);
          u.emit(Op.POP_EXCEPT);
          break;
        case 'with':
          u.emit(Op.POP_BLOCK);
          if (preserveTop) u.emit(Op.SWAP, 2);
          u.emit(Op.WITH_EXIT);
          break;
        case 'pop-value':
          if (preserveTop) u.emit(Op.SWAP, 2);
          u.emit(Op.POP_TOP);
          break;
      }
    }
  }

  private loopIndex(): number {
    for (let i = this.fblocks.length - 1; i >= 0; i--) if (this.fblocks[i].kind === 'loop') return i;
    return -1;
  }

  private breakStmt(s: A.Break): void {
    const i = this.loopIndex();
    if (i < 0) this.err("'break' outside loop", s);
    const loop = this.fblocks[i] as Extract<FBlock, { kind: 'loop' }>;
    const depth = this.u.depth;
    this.unwind(i, false);
    if (loop.isFor) this.u.emit(Op.POP_TOP);
    this.u.jump(Op.JUMP, loop.brk);
    this.u.depth = depth;
  }

  private continueStmt(s: A.Continue): void {
    const i = this.loopIndex();
    if (i < 0) this.err("'continue' not properly in loop", s);
    const loop = this.fblocks[i] as Extract<FBlock, { kind: 'loop' }>;
    const depth = this.u.depth;
    this.unwind(i, false);
    this.u.jump(Op.JUMP_BACKWARD, loop.cont);
    this.u.depth = depth;
  }

  private returnStmt(s: A.Return): void {
    const u = this.u;
    if (u.scope.kind !== 'function') this.err("'return' outside function", s);
    if (s.value) this.expr(s.value);
    else this.loadConst(None);
    const depth = u.depth;
    this.unwind(-1, true);
    u.emit(Op.RETURN_VALUE);
    u.depth = depth - 1;
  }

  // ------------------------------------------------------------ try / with

  private tryStmt(s: A.Try): void {
    if (s.finalbody.length) this.tryFinally(s);
    else this.tryExcept(s);
  }

  private tryFinally(s: A.Try): void {
    const u = this.u;
    const excPath = u.newLabel();
    const end = u.newLabel();
    const level = u.depth;
    u.emit(Op.SETUP_FINALLY, u.handler(excPath, level));
    this.fblocks.push({ kind: 'finally', body: s.finalbody });
    if (s.handlers.length) this.tryExcept({ ...s, finalbody: [] });
    else this.body(s.body);
    this.fblocks.pop();
    if (u.fallsThrough) {
      u.emit(Op.POP_BLOCK);
      this.body(s.finalbody);
      if (u.fallsThrough) u.jump(Op.JUMP, end);
    }
    // Exception path: stack = level + exc.
    u.bind(excPath);
    u.depth = level + 1;
    u.emit(Op.PUSH_EXC_INFO);
    const cleanup = u.newLabel();
    u.emit(Op.SETUP_FINALLY, u.handler(cleanup, level + 1));
    this.fblocks.push({ kind: 'finally-exc' });
    this.body(s.finalbody);
    this.fblocks.pop();
    if (u.fallsThrough) {
      u.emit(Op.POP_BLOCK);
      u.emit(Op.POP_EXCEPT_RERAISE);
    }
    u.bind(cleanup);
    u.depth = level + 2;
    u.emit(Op.POP_EXCEPT_RERAISE);
    u.bind(end);
    u.depth = level;
  }

  private tryExcept(s: A.Try): void {
    const u = this.u;
    const handlerLabel = u.newLabel();
    const end = u.newLabel();
    const level = u.depth;
    u.emit(Op.SETUP_FINALLY, u.handler(handlerLabel, level));
    this.body(s.body);
    if (u.fallsThrough) {
      u.emit(Op.POP_BLOCK);
      this.body(s.orelse);
      if (u.fallsThrough) u.jump(Op.JUMP, end);
    }
    u.bind(handlerLabel);
    u.depth = level + 1;
    u.emit(Op.PUSH_EXC_INFO);
    const cleanup = u.newLabel();
    u.emit(Op.SETUP_FINALLY, u.handler(cleanup, level + 1));
    for (const h of s.handlers) {
      this.setLine(h);
      u.emit(Op.LINE, h.line);
      const next = u.newLabel();
      if (h.type) {
        this.expr(h.type);
        u.emit(Op.CHECK_EXC_MATCH);
        u.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) this.storeName(h.name);
      else u.emit(Op.POP_TOP);
      // Stack: prev_exc. The handler body runs with the block for `cleanup` still set.
      this.fblocks.push({ kind: 'handler', name: h.name });
      if (h.name) {
        // try: body finally: name = None; del name
        const inner = u.newLabel();
        const innerLevel = u.depth;
        u.emit(Op.SETUP_FINALLY, u.handler(inner, innerLevel));
        this.fblocks.push({ kind: 'finally', body: [] });
        this.body(h.body);
        this.fblocks.pop();
        if (u.fallsThrough) {
          u.emit(Op.POP_BLOCK);
          u.emit(Op.POP_BLOCK);
          u.emit(Op.POP_EXCEPT);
          this.loadConst(None);
          this.storeName(h.name);
          this.deleteName(h.name);
          u.jump(Op.JUMP, end);
        }
        u.bind(inner);
        u.depth = innerLevel + 1;
        this.loadConst(None);
        this.storeName(h.name);
        this.deleteName(h.name);
        u.emit(Op.RERAISE);
      } else {
        this.body(h.body);
        if (u.fallsThrough) {
          u.emit(Op.POP_BLOCK);
          u.emit(Op.POP_EXCEPT);
          u.jump(Op.JUMP, end);
        }
      }
      this.fblocks.pop();
      u.bind(next);
      u.depth = level + 2;
      if (!h.type) break;
    }
    if (s.handlers.length === 0 || s.handlers[s.handlers.length - 1].type) u.emit(Op.RERAISE);
    u.bind(cleanup);
    u.depth = level + 2;
    u.emit(Op.POP_EXCEPT_RERAISE);
    u.bind(end);
    u.depth = level;
  }

  private withStmt(s: A.With, i: number): void {
    const u = this.u;
    const item = s.items[i];
    this.expr(item.contextExpr);
    u.emit(Op.BEFORE_WITH);
    const level = u.depth - 1; // exit stays below
    const excPath = u.newLabel();
    const end = u.newLabel();
    u.emit(Op.SETUP_FINALLY, u.handler(excPath, level));
    if (item.optionalVars) this.assignTo(item.optionalVars);
    else u.emit(Op.POP_TOP);
    this.fblocks.push({ kind: 'with' });
    if (i + 1 < s.items.length) this.withStmt(s, i + 1);
    else this.body(s.body);
    this.fblocks.pop();
    if (u.fallsThrough) {
      u.emit(Op.POP_BLOCK);
      this.setLine(s);
      u.emit(Op.WITH_EXIT);
      u.jump(Op.JUMP, end);
    }
    u.bind(excPath);
    u.depth = level + 1;
    u.emit(Op.PUSH_EXC_INFO);
    const cleanup = u.newLabel();
    u.emit(Op.SETUP_FINALLY, u.handler(cleanup, level + 1));
    u.emit(Op.WITH_EXCEPT_START);
    const suppress = u.newLabel();
    u.jump(Op.POP_JUMP_IF_TRUE, suppress);
    u.emit(Op.RERAISE);
    u.bind(suppress);
    u.depth = level + 2;
    u.emit(Op.POP_TOP);
    u.emit(Op.POP_BLOCK);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.POP_TOP);
    u.jump(Op.JUMP, end);
    u.bind(cleanup);
    u.depth = level + 2;
    u.emit(Op.POP_EXCEPT_RERAISE);
    u.bind(end);
    u.depth = level - 1; // __exit__ is gone on every path
  }

  // ------------------------------------------------------------ functions and classes

  private qualname(name: string): string {
    let prefix = '';
    const parent = this.u.scope;
    if (parent.kind === 'function' || parent.kind === 'comprehension') prefix = this.u.qualname + '.<locals>.';
    else if (parent.kind === 'class') prefix = this.u.qualname + '.';
    return prefix + name;
  }

  /** Emits defaults, kwdefaults and the closure, then MAKE_FUNCTION for `code`. */
  private makeFunction(code: PyCode, args: A.Arguments | null): void {
    const u = this.u;
    let flags = 0;
    if (args) {
      if (args.defaults.length) {
        // Constant defaults are one constant tuple (the optimizer folds their BUILD_TUPLE).
        const folded = args.defaults.map((d) => this.consts.fold(d));
        if (folded.every((x) => x !== null)) this.lateTuple(folded as PyObject[]);
        else {
          for (const d of args.defaults) this.expr(d);
          u.emit(Op.BUILD_TUPLE, args.defaults.length);
        }
        flags |= 1;
      }
      const kwd = args.kwonlyargs.map((a, i) => [a, args.kwDefaults[i]] as const).filter(([, d]) => d !== null);
      if (kwd.length) {
        for (const [a, d] of kwd) {
          this.loadConst(intern(a.name));
          this.expr(d!);
        }
        u.emit(Op.BUILD_MAP, kwd.length);
        flags |= 2;
      }
    }
    if (code.freevars.length) {
      for (const f of code.freevars) u.emit(Op.LOAD_CLOSURE, u.derefIdx(f));
      u.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    u.emit(Op.LOAD_CONST, u.constIdx(code));
    decref(code); // the constant table holds it now
    u.emit(Op.MAKE_FUNCTION, flags);
  }

  private functionCode(node: A.FunctionDef | A.Lambda, name: string, line: number): PyCode {
    const scope = this.scopes.get(node)!;
    const qual = this.qualname(name);
    this.enter(scope, name, qual, line);
    const u = this.u;
    if (node.kind === 'Lambda') {
      this.expr(node.body);
      if (scope.isGenerator) u.emit(Op.POP_TOP), this.loadConst(None);
      u.emit(Op.RETURN_VALUE);
    } else {
      const doc = docstringOf(node.body)?.value.value ?? null;
      this.body(node.body);
      if (u.fallsThrough) {
        this.loadConst(None);
        u.emit(Op.RETURN_VALUE);
      }
      (u as Unit & { doc?: string | null }).doc = doc;
    }
    const doc = (u as Unit & { doc?: string | null }).doc ?? null;
    const code = this.leave();
    const a = node.args;
    code.argcount = a.posonlyargs.length + a.args.length;
    code.posonlyargcount = a.posonlyargs.length;
    code.kwonlyargcount = a.kwonlyargs.length;
    code.coFlags = (a.vararg ? CodeFlag.VarArgs : 0) | (a.kwarg ? CodeFlag.VarKeywords : 0) | (scope.isGenerator ? CodeFlag.Generator : 0);
    code.kind = node.kind === 'Lambda' ? 'lambda' : 'function';
    code.doc = doc;
    return code;
  }

  private functionDef(s: A.FunctionDef): void {
    const u = this.u;
    u.atLine(s.decorators.length ? s.decorators[0].line : s.line);
    u.emit(Op.LINE, u.line);
    for (const d of s.decorators) this.expr(d);
    u.atLine(s.defLine);
    const code = this.functionCode(s, s.name, s.defLine);
    u.atLine(s.defLine);
    this.makeFunction(code, s.args);
    this.applyDecorators(s.decorators);
    this.storeName(s.name);
  }

  /** Calls the decorators on the stack under the function or class, innermost first, each at its own location. */
  private applyDecorators(decorators: A.Expr[]): void {
    for (let i = decorators.length - 1; i >= 0; i--) {
      this.u.at(decorators[i]!);
      this.u.emit(Op.CALL, 1);
    }
  }

  private classDef(s: A.ClassDef): void {
    const u = this.u;
    u.atLine(s.decorators.length ? s.decorators[0].line : s.line);
    u.emit(Op.LINE, u.line);
    for (const d of s.decorators) this.expr(d);
    u.atLine(s.defLine);
    const scope = this.scopes.get(s)!;
    this.enter(scope, s.name, this.qualname(s.name), s.defLine);
    const cu = this.u;
    cu.emit(Op.LOAD_NAME, cu.nameIdx('__name__'));
    cu.emit(Op.STORE_NAME, cu.nameIdx('__module__'));
    this.loadConst(intern(cu.qualname));
    cu.emit(Op.STORE_NAME, cu.nameIdx('__qualname__'));
    const doc = docstringOf(s.body);
    if (doc !== null) {
      this.loadConst(this.constant(doc));
      cu.emit(Op.STORE_NAME, cu.nameIdx('__doc__'));
    }
    this.body(s.body);
    if (scope.needsClassCell) {
      cu.emit(Op.LOAD_CLOSURE, cu.derefIdx('__class__'));
      cu.emit(Op.COPY, 1);
      cu.emit(Op.STORE_NAME, cu.nameIdx('__classcell__'));
    } else this.loadConst(None);
    cu.emit(Op.RETURN_VALUE);
    const code = this.leave();
    code.kind = 'class';
    u.atLine(s.defLine);
    u.emit(Op.LOAD_BUILD_CLASS);
    this.makeFunction(code, null);
    this.loadConst(intern(s.name));
    for (const b of s.bases) this.expr(b);
    if (s.keywords.length) {
      for (const k of s.keywords) this.expr(k.value);
      const names = newTuple(s.keywords.map((k) => intern(k.arg ?? '')));
      u.emit(Op.CALL_KW, (2 + s.bases.length + s.keywords.length) | (u.constIdx(this.consts.mergeNew(names)) << 8));
    } else u.emit(Op.CALL, 2 + s.bases.length);
    this.applyDecorators(s.decorators);
    this.storeName(s.name);
  }

  // ------------------------------------------------------------ expressions

  private expr(e: A.Expr): void {
    const u = this.u;
    const prev = u.here();
    u.at(e);
    let constant: PyObject | null = null;
    switch (e.kind) {
      case 'Constant':
        this.loadConst((constant = this.constant(e)));
        break;
      case 'Name':
        this.loadName(e.id);
        break;
      case 'BinOp': {
        const f = this.consts.fold(e);
        if (f !== null) {
          this.loadConst((constant = this.consts.merge(f)));
          break;
        }
        this.expr(e.left);
        this.expr(e.right);
        u.at(e);
        u.emit(Op.BINARY_OP, BINOPS[e.op]);
        break;
      }
      case 'UnaryOp': {
        const f = this.consts.fold(e);
        if (f !== null) {
          this.loadConst((constant = this.consts.merge(f)));
          break;
        }
        if (e.op === 'not') {
          this.expr(e.operand);
          u.emit(Op.UNARY_NOT);
          break;
        }
        this.expr(e.operand);
        u.emit(Op.UNARY, e.op === '-' ? UnaryOp.Neg : e.op === '+' ? UnaryOp.Pos : UnaryOp.Invert);
        break;
      }
      case 'BoolOp': {
        const end = u.newLabel();
        const op = e.op === 'and' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        for (let i = 0; i < e.values.length - 1; i++) {
          this.expr(e.values[i]);
          u.jump(op, end);
        }
        this.expr(e.values[e.values.length - 1]);
        u.bind(end);
        break;
      }
      case 'Compare':
        this.compare(e);
        break;
      case 'IfExp': {
        const orelse = u.newLabel();
        const end = u.newLabel();
        this.condJump(e.test, false, orelse);
        this.expr(e.body);
        u.jump(Op.JUMP, end);
        u.bind(orelse);
        u.depth--;
        this.expr(e.orelse);
        u.bind(end);
        break;
      }
      case 'NamedExpr':
        this.expr(e.value);
        u.emit(Op.COPY, 1);
        this.storeName(e.target.id);
        break;
      case 'Attribute':
        this.expr(e.value);
        this.atAttr(e);
        u.emit(Op.LOAD_ATTR, u.nameIdx(e.attr));
        break;
      case 'Subscript': {
        const f = this.consts.fold(e);
        if (f !== null) {
          this.loadConst((constant = this.consts.merge(f)));
          break;
        }
        const at = this.warnings.length;
        const value = this.operand(e.value);
        const index = this.operand(e.slice, (k) => this.subscriptKey(k));
        this.warnAt(at, e, [subscriptWarning(value, index)]);
        u.emit(Op.BINARY_SUBSCR);
        break;
      }
      case 'Call':
        this.call(e);
        break;
      case 'Tuple': {
        const f = this.consts.fold(e);
        if (f !== null) {
          this.loadConst((constant = this.consts.merge(f)));
          break;
        }
        if (this.starredSeq(e.elts, Op.BUILD_LIST)) u.emit(Op.LIST_TO_TUPLE);
        else u.emit(Op.BUILD_TUPLE, e.elts.length);
        break;
      }
      case 'List': {
        // CPython folds a display of 3+ constants into a tuple and extends an empty list.
        if (e.elts.length > 2 && e.elts.every((x) => x.kind !== 'Starred')) {
          const items = e.elts.map((x) => this.consts.fold(x));
          if (items.every((x) => x !== null)) {
            u.emit(Op.BUILD_LIST, 0);
            this.loadConst(this.consts.tuple(items as PyObject[]));
            u.emit(Op.LIST_EXTEND, 1);
            break;
          }
        }
        if (e.elts.length > 30 && e.elts.every((x) => x.kind !== 'Starred')) {
          u.emit(Op.BUILD_LIST, 0);
          for (const x of e.elts) {
            this.expr(x);
            u.emit(Op.LIST_APPEND, 1);
          }
          break;
        }
        if (!this.starredSeq(e.elts, Op.BUILD_LIST)) u.emit(Op.BUILD_LIST, e.elts.length);
        break;
      }
      case 'Set': {
        // Like lists, 3+ constants become one frozenset constant merged into an empty set.
        if (e.elts.length > 2 && e.elts.every((x) => x.kind !== 'Starred')) {
          const items = e.elts.map((x) => this.consts.fold(x));
          if (items.every((x) => x !== null)) {
            let fs: PyObject;
            try {
              fs = this.consts.mergeNew(constantFrozenset(items.map((x) => this.consts.merge(x!))));
            } catch (err) {
              if (err instanceof Error) throw err;
              (err as PyThrow).drop();
              fs = None;
            }
            if (fs !== None) {
              u.emit(Op.BUILD_SET, 0);
              this.loadConst(fs);
              u.emit(Op.SET_UPDATE, 1);
              break;
            }
          }
        }
        if (!this.starredSeq(e.elts, Op.BUILD_SET)) u.emit(Op.BUILD_SET, e.elts.length);
        break;
      }
      case 'Dict':
        this.dict(e);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(e);
        break;
      case 'Lambda': {
        const code = this.functionCode(e, '<lambda>', e.line);
        this.makeFunction(code, e.args);
        break;
      }
      case 'JoinedStr':
        this.joinedStr(e);
        break;
      case 'FormattedValue':
        this.formatted(e);
        break;
      case 'Yield':
        if (e.value) this.expr(e.value);
        else this.loadConst(None);
        u.emit(Op.YIELD_VALUE);
        break;
      case 'YieldFrom':
        this.expr(e.value);
        u.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(None);
        u.emit(Op.YIELD_FROM);
        break;
      case 'Starred':
        this.err("can't use starred expression here", e);
        break;
      case 'Slice':
        this.sliceExpr(e);
        break;
    }
    u.at(prev);
    this.folded = constant;
  }

  private subscriptKey(k: A.Expr): void {
    if (k.kind === 'Slice') this.sliceExpr(k);
    else this.expr(k);
  }

  private sliceExpr(e: A.Slice): void {
    const u = this.u;
    if (e.lower) this.expr(e.lower);
    else this.loadConst(None);
    if (e.upper) this.expr(e.upper);
    else this.loadConst(None);
    if (e.step) {
      this.expr(e.step);
      u.emit(Op.BUILD_SLICE, 3);
    } else u.emit(Op.BUILD_SLICE, 2);
  }

  /** Builds a sequence with `*x` items through a list; returns false when there were none. */
  private starredSeq(elts: A.Expr[], build: Op.BUILD_LIST | Op.BUILD_SET): boolean {
    const u = this.u;
    if (!elts.some((x) => x.kind === 'Starred')) {
      for (const x of elts) this.expr(x);
      return false;
    }
    // starunpack_helper: the items before the first star go on the stack and
    // into BUILD_LIST/BUILD_SET (the list starts exactly that size, which
    // sys.getsizeof shows after the extends); a display too big for the
    // stack starts empty and appends everything.
    let built = elts.length > 30;
    if (built) u.emit(build, 0);
    for (let i = 0; i < elts.length; i++) {
      const x = elts[i];
      if (x.kind === 'Starred') {
        if (!built) {
          u.emit(build, i);
          built = true;
        }
        this.expr(x.value);
        u.emit(build === Op.BUILD_LIST ? Op.LIST_EXTEND : Op.SET_UPDATE, 1);
      } else {
        this.expr(x);
        if (built) u.emit(build === Op.BUILD_LIST ? Op.LIST_APPEND : Op.SET_ADD, 1);
      }
    }
    return true;
  }

  private dict(e: A.DictExpr): void {
    const u = this.u;
    if (!e.keys.some((k) => k === null)) {
      // compiler_subdict: 2 to 15 constant keys become one constant tuple
      // (merged with equal constants), which holds a reference to each key
      // for as long as the code object lives.
      const n = e.keys.length;
      if (n > 1 && n * 2 <= 30) {
        // Keys the AST optimizer folds (-1, 'a' + 'b', (1, 2)) count as constants too; fold() lends them.
        const keys = e.keys.map((k) => this.consts.fold(k!));
        if (keys.every((k) => k !== null)) {
          for (const v of e.values) this.expr(v);
          this.loadConst(this.consts.tuple(keys as PyObject[]));
          u.emit(Op.BUILD_CONST_KEY_MAP, n);
          return;
        }
      }
      for (let i = 0; i < e.keys.length; i++) {
        this.expr(e.keys[i]!);
        this.expr(e.values[i]);
      }
      u.emit(Op.BUILD_MAP, e.keys.length);
      return;
    }
    // compiler_dict: each run of key: value pairs is a dict of its own (the first one,
    // before any **, is the display's dict itself), merged in with DICT_UPDATE.
    let haveDict = false;
    let elements = 0;
    const n = e.keys.length;
    const flush = (begin: number, end: number): void => {
      this.subdict(e, begin, end);
      if (haveDict) u.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    };
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) flush(i - elements, i);
        if (!haveDict) {
          u.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.expr(e.values[i]);
        u.emit(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) flush(i - elements, i + 1);
      else elements++;
    }
    if (elements) flush(n - elements, n);
  }

  /** compiler_subdict: pairs begin..end as one dict (constant keys: BUILD_CONST_KEY_MAP; many: BUILD_MAP 0 and MAP_ADD). */
  private subdict(e: A.DictExpr, begin: number, end: number): void {
    const u = this.u;
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      const keys = e.keys.slice(begin, end).map((k) => this.consts.fold(k!));
      if (keys.every((k) => k !== null)) {
        for (let i = begin; i < end; i++) this.expr(e.values[i]);
        this.loadConst(this.consts.tuple(keys as PyObject[]));
        u.emit(Op.BUILD_CONST_KEY_MAP, n);
        return;
      }
    }
    if (big) u.emit(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]);
      if (big) u.emit(Op.MAP_ADD, 1);
    }
    if (!big) u.emit(Op.BUILD_MAP, n);
  }

  private compare(e: A.Compare): void {
    const u = this.u;
    const at = this.warnings.length;
    const left = this.operand(e.left);
    const comparators: Operand[] = [];
    const warn = () => this.warnAt(at, e, compareWarnings(left, e.ops, comparators));
    // fold_compare: the last comparator of an `in` / `not in` is folded as an iterable.
    const last = e.ops.length - 1;
    const lastIn = e.ops[last] === 'in' || e.ops[last] === 'not in';
    const comparator = (i: number) => comparators.push(this.operand(e.comparators[i], (x) => (i === last && lastIn ? this.iterExpr(x) : this.expr(x))));
    if (e.ops.length === 1) {
      comparator(0);
      warn();
      this.cmpOp(e.ops[0]);
      return;
    }
    const cleanup = u.newLabel();
    const end = u.newLabel();
    for (let i = 0; i < e.ops.length; i++) {
      comparator(i);
      if (i === last) warn();
      if (i < e.ops.length - 1) {
        u.emit(Op.SWAP, 2);
        u.emit(Op.COPY, 2);
        this.cmpOp(e.ops[i]);
        u.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      } else this.cmpOp(e.ops[i]);
    }
    u.jump(Op.JUMP, end);
    u.bind(cleanup);
    u.depth = u.depth + 1;
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_TOP);
    u.bind(end);
  }

  private cmpOp(op: A.CmpOperator): void {
    const u = this.u;
    switch (op) {
      case 'is':
        u.emit(Op.IS_OP, 0);
        break;
      case 'is not':
        u.emit(Op.IS_OP, 1);
        break;
      case 'in':
        u.emit(Op.CONTAINS_OP, 0);
        break;
      case 'not in':
        u.emit(Op.CONTAINS_OP, 1);
        break;
      default:
        u.emit(Op.COMPARE_OP, CMPOPS[op]!);
    }
  }

  private call(e: A.Call): void {
    const u = this.u;
    const hasStar = e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null);
    if (hasStar) {
      this.callee(e);
      // As CPython's compiler_call_helper: a lone *x goes as it is (CALL_EX checks and converts it).
      if (e.args.length === 1 && e.args[0].kind === 'Starred') this.expr(e.args[0].value);
      else if (e.args.every((a) => a.kind !== 'Starred')) {
        // The optimizer folds a BUILD_TUPLE of constants into one constant tuple.
        const items = e.args.map((a) => this.consts.fold(a));
        if (items.length > 2 && items.every((x) => x !== null)) this.loadConst(this.consts.tuple(items as PyObject[]));
        else if (items.length > 0 && items.every((x) => x !== null)) this.lateTuple(items as PyObject[]);
        else {
          for (const a of e.args) this.expr(a);
          u.emit(Op.BUILD_TUPLE, e.args.length);
        }
      } else if (this.starredSeq(e.args, Op.BUILD_LIST)) u.emit(Op.LIST_TO_TUPLE);
      if (e.keywords.length) {
        // Runs of name=value become a dict merged like a **mapping, so a repeated name is caught.
        let haveDict = false;
        let run: A.Keyword[] = [];
        const flush = (): void => {
          if (run.length === 0) return;
          for (const k of run) {
            this.loadConst(intern(k.arg!));
            this.expr(k.value);
          }
          u.emit(Op.BUILD_MAP, run.length);
          if (haveDict) u.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          run = [];
        };
        for (const k of e.keywords) {
          if (k.arg !== null) {
            run.push(k);
            continue;
          }
          flush();
          if (!haveDict) {
            u.emit(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.expr(k.value);
          u.emit(Op.DICT_MERGE, 1);
        }
        flush();
        u.at(e);
        u.emit(Op.CALL_EX, 1);
      } else {
        u.at(e);
        u.emit(Op.CALL_EX, 0);
      }
      return;
    }
    const seen = new Set<string>();
    for (const k of e.keywords) {
      if (seen.has(k.arg!)) this.err(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg!);
    }
    const isMethod = e.func.kind === 'Attribute' && e.keywords.length === 0;
    if (isMethod) {
      const f = e.func as A.Attribute;
      this.expr(f.value);
      this.atAttr(f);
      u.emit(Op.LOAD_METHOD, u.nameIdx(f.attr));
    } else this.callee(e);
    for (const a of e.args) this.expr(a);
    if (e.keywords.length) {
      for (const k of e.keywords) this.expr(k.value);
      const names = newTuple(e.keywords.map((k) => intern(k.arg!)));
      this.atCall(e);
      u.emit(Op.CALL_KW, (e.args.length + e.keywords.length) | (u.constIdx(this.consts.mergeNew(names)) << 8));
      return;
    }
    this.atCall(e);
    u.emit(isMethod ? Op.CALL_METHOD : Op.CALL, e.args.length);
  }

  /** Compiles the function a call calls (check_caller looks at it first). */
  private callee(e: A.Call): void {
    const at = this.warnings.length;
    this.warnAt(at, e, [callerWarning(this.operand(e.func))]);
  }

  /**
   * The location of an attribute's load or store: the attribute, or, when it runs over
   * several lines, its name on its last line (update_start_location_to_match_attr).
   */
  private atAttr(a: A.Attribute): void {
    this.u.at(a);
    if (a.endLine !== a.line) this.moveToAttrName(a);
  }

  /** Moves the location's start to attribute `a`'s name, on its last line (the end stays). */
  private moveToAttrName(a: A.Attribute): void {
    const u = this.u;
    u.line = a.endLine;
    u.col = a.endCol - a.attr.length;
    u.endLine = Math.max(u.line, u.endLine);
    if (u.line === u.endLine) u.endCol = Math.max(u.col, u.endCol);
  }

  /** The location of a call: the call, or for a method named on a later line than its object, from the method's name on. */
  private atCall(e: A.Call): void {
    this.u.at(e);
    if (e.func.kind === 'Attribute' && e.func.endLine !== e.func.line) this.moveToAttrName(e.func);
  }

  private joinedStr(e: A.JoinedStr): void {
    const u = this.u;
    if (e.values.length === 1 && e.values[0].kind === 'Constant') {
      this.expr(e.values[0]);
      return;
    }
    if (e.values.length === 0) {
      this.loadConst(this.consts.mergeNew(newStr('')));
      return;
    }
    for (const v of e.values) this.expr(v);
    if (e.values.length > 1) u.emit(Op.BUILD_STRING, e.values.length);
  }

  private formatted(e: A.FormattedValue): void {
    const u = this.u;
    this.expr(e.value);
    let arg = e.conversion === 's' ? 1 : e.conversion === 'r' ? 2 : e.conversion === 'a' ? 3 : 0;
    if (e.formatSpec) {
      this.joinedStr(e.formatSpec);
      arg |= 4;
    }
    u.emit(Op.FORMAT_VALUE, arg);
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const u = this.u;
    const scope = this.scopes.get(e)!;
    const name = scope.name;
    this.enter(scope, name, this.qualname(name), e.line);
    const cu = this.u;
    cu.at(e);
    if (e.kind === 'ListComp') cu.emit(Op.BUILD_LIST, 0);
    else if (e.kind === 'SetComp') cu.emit(Op.BUILD_SET, 0);
    else if (e.kind === 'DictComp') cu.emit(Op.BUILD_MAP, 0);
    this.compGenerator(e, 0);
    if (e.kind === 'GeneratorExp') this.loadConst(None);
    cu.emit(Op.RETURN_VALUE);
    const code = this.leave();
    code.argcount = 1;
    code.kind = e.kind === 'GeneratorExp' ? 'genexpr' : 'comprehension';
    if (e.kind === 'GeneratorExp') code.coFlags |= CodeFlag.Generator;
    this.makeFunction(code, null);
    this.iterExpr(e.generators[0].iter);
    u.emit(Op.GET_ITER);
    u.emit(Op.CALL, 1);
  }

  private compGenerator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, i: number): void {
    const u = this.u;
    const g = e.generators[i];
    const top = u.newLabel();
    const exhausted = u.newLabel();
    if (i === 0) u.emit(Op.LOAD_FAST, u.localIdx('.0'));
    else {
      this.iterExpr(g.iter);
      u.emit(Op.GET_ITER);
    }
    u.bind(top);
    u.jump(Op.FOR_ITER, exhausted);
    this.assignTo(g.target);
    // A filter that fails goes straight back to the loop's head: a conditional jump in CPython, which warms nothing.
    for (const c of g.ifs) this.condJump(c, false, top);
    if (i + 1 < e.generators.length) this.compGenerator(e, i + 1);
    else {
      const depth = e.generators.length + 1;
      switch (e.kind) {
        case 'ListComp':
          this.expr(e.elt);
          u.emit(Op.LIST_APPEND, depth);
          break;
        case 'SetComp':
          this.expr(e.elt);
          u.emit(Op.SET_ADD, depth);
          break;
        case 'DictComp':
          this.expr(e.key);
          this.expr(e.value);
          u.emit(Op.MAP_ADD, depth);
          break;
        case 'GeneratorExp':
          this.expr(e.elt);
          u.emit(Op.YIELD_VALUE);
          u.emit(Op.POP_TOP);
          break;
      }
    }
    u.jump(Op.JUMP_BACKWARD, top);
    u.bind(exhausted);
    u.depth--;
  }
}

/** A body's docstring: its first statement when that is a str constant, else null. */
function docstringOf(body: A.Stmt[]): (A.Constant & { value: Extract<A.ConstantValue, { type: 'str' }> }) | null {
  const first = body[0];
  if (first === undefined || first.kind !== 'Expr' || first.value.kind !== 'Constant') return null;
  // (The node itself, not a copy: its fold is remembered by node, as ast_opt visits it once.)
  const c = first.value;
  return c.value.type === 'str' ? (c as A.Constant & { value: Extract<A.ConstantValue, { type: 'str' }> }) : null;
}

/** A constant's truth, as CPython's optimizer reads it to drop a `while` test that is always true. */
function constantIsTrue(v: A.ConstantValue): boolean {
  switch (v.type) {
    case 'int':
      return v.value !== 0 && v.value !== 0n;
    case 'float':
      return v.value !== 0;
    case 'complex':
      return v.imag !== 0;
    case 'str':
    case 'bytes':
      return v.value.length > 0;
    case 'bool':
      return v.value;
    case 'None':
      return false;
    case 'Ellipsis':
      return true;
  }
}

/**
 * The comparison whose location a jump on `test` leaves in place in CPython's
 * compiler (compiler_jump_if sets it and does not restore it): the test itself, the
 * last such in a `not` or an `and`/`or`, or none.
 */
function lastComparison(test: A.Expr): A.Compare | null {
  if (test.kind === 'Compare') return test;
  if (test.kind === 'UnaryOp' && test.op === 'not') return lastComparison(test.operand);
  if (test.kind === 'BoolOp') {
    for (let i = test.values.length - 1; i >= 0; i--) {
      const c = lastComparison(test.values[i]!);
      if (c !== null) return c;
    }
  }
  return null;
}
