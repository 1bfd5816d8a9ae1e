/**
 * The syntax errors CPython raises only when it compiles a parsed file
 * ("'return' outside function", "'break' outside loop", duplicate parameters,
 * `yield` in a comprehension...), checked here so that every front-end
 * rejection reaches the runtime as a PythonSyntaxError with its position.
 *
 * CPython finds them in two walks, its symbol table first and its code
 * generator second: symbol-table errors (noted while parsing, or found here)
 * win over code-generation errors wherever they are in the file.
 */
import type * as A from './ast';
import type { Parser } from './parse-core';
import type { PythonSyntaxError } from './syntax-error';

/** Raises the first compile-time syntax error of a parsed module, if any. */
export function checkModule(p: Parser, body: A.Stmt[]): void {
  const c = new Checks(p);
  c.stmts(body, CTX[0]);
  const sym = earliest(p.symbolError, c.symbolError);
  if (sym) throw sym;
  if (c.flowError) throw c.flowError;
}

function earliest(a: PythonSyntaxError | null, b: PythonSyntaxError | null): PythonSyntaxError | null {
  if (!a || !b) return a ?? b;
  return b.line < a.line || (b.line === a.line && b.col < a.col) ? b : a;
}

/** Calls `visit` on every direct sub-expression of `e`. */
function children(e: A.Expr, visit: (x: A.Expr) => void): void {
  switch (e.kind) {
    case 'BoolOp':
      e.values.forEach(visit);
      return;
    case 'NamedExpr':
      visit(e.target);
      visit(e.value);
      return;
    case 'BinOp':
      visit(e.left);
      visit(e.right);
      return;
    case 'UnaryOp':
      visit(e.operand);
      return;
    case 'Lambda':
      e.args.defaults.forEach(visit);
      e.args.kwDefaults.forEach((d) => d && visit(d));
      visit(e.body);
      return;
    case 'IfExp':
      visit(e.test);
      visit(e.body);
      visit(e.orelse);
      return;
    case 'Dict':
      e.keys.forEach((k) => k && visit(k));
      e.values.forEach(visit);
      return;
    case 'Set':
    case 'List':
    case 'Tuple':
      e.elts.forEach(visit);
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      visit(e.elt);
      comprehension(e.generators, visit);
      return;
    case 'DictComp':
      visit(e.key);
      visit(e.value);
      comprehension(e.generators, visit);
      return;
    case 'Yield':
      if (e.value) visit(e.value);
      return;
    case 'YieldFrom':
      visit(e.value);
      return;
    case 'Compare':
      visit(e.left);
      e.comparators.forEach(visit);
      return;
    case 'Call':
      visit(e.func);
      e.args.forEach(visit);
      e.keywords.forEach((k) => visit(k.value));
      return;
    case 'JoinedStr':
      e.values.forEach(visit);
      return;
    case 'FormattedValue':
      visit(e.value);
      if (e.formatSpec) visit(e.formatSpec);
      return;
    case 'Attribute':
    case 'Starred':
      visit(e.value);
      return;
    case 'Subscript':
      visit(e.value);
      visit(e.slice);
      return;
    case 'Slice':
      if (e.lower) visit(e.lower);
      if (e.upper) visit(e.upper);
      if (e.step) visit(e.step);
      return;
    case 'Constant':
    case 'Name':
      return;
  }
}

function comprehension(gens: A.Comprehension[], visit: (x: A.Expr) => void): void {
  for (const g of gens) {
    visit(g.target);
    visit(g.iter);
    g.ifs.forEach(visit);
  }
}

/** Calls `visit` on the expressions a statement evaluates itself (not those of nested statements). */
function stmtExprs(s: A.Stmt, visit: (x: A.Expr) => void): void {
  switch (s.kind) {
    case 'FunctionDef':
      s.decorators.forEach(visit);
      s.args.defaults.forEach(visit);
      s.args.kwDefaults.forEach((d) => d && visit(d));
      return;
    case 'ClassDef':
      s.decorators.forEach(visit);
      s.bases.forEach(visit);
      s.keywords.forEach((k) => visit(k.value));
      return;
    case 'Return':
      if (s.value) visit(s.value);
      return;
    case 'Delete':
      s.targets.forEach(visit);
      return;
    case 'Assign':
      s.targets.forEach(visit);
      visit(s.value);
      return;
    case 'AugAssign':
      visit(s.target);
      visit(s.value);
      return;
    case 'AnnAssign':
      visit(s.target);
      visit(s.annotation);
      if (s.value) visit(s.value);
      return;
    case 'For':
      visit(s.target);
      visit(s.iter);
      return;
    case 'While':
    case 'If':
      visit(s.test);
      return;
    case 'With':
      for (const it of s.items) {
        visit(it.contextExpr);
        if (it.optionalVars) visit(it.optionalVars);
      }
      return;
    case 'Raise':
      if (s.exc) visit(s.exc);
      if (s.cause) visit(s.cause);
      return;
    case 'Try':
      s.handlers.forEach((h) => h.type && visit(h.type));
      return;
    case 'Assert':
      visit(s.test);
      if (s.msg) visit(s.msg);
      return;
    case 'Expr':
      visit(s.value);
      return;
  }
}

const COMP_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

/** The statement contexts: [module/class, function, loop outside a function, loop in a function]. */
const CTX: readonly Ctx[] = [
  { func: false, loop: false, comp: null },
  { func: true, loop: false, comp: null },
  { func: false, loop: true, comp: null },
  { func: true, loop: true, comp: null },
];

interface Ctx {
  func: boolean;
  loop: boolean;
  /** The comprehension whose own scope the expression is in, if any. */
  comp: string | null;
}

/**
 * One walk for both of CPython's stages: a symbol-table error (duplicate
 * parameter, `yield` in a comprehension) is raised at once, since CPython
 * finds those before any code-generation error; the first code-generation
 * error (return/yield/break/continue misplaced) is kept for the end.
 */
class Checks {
  symbolError: PythonSyntaxError | null = null;
  flowError: PythonSyntaxError | null = null;
  private visitor = (e: A.Expr): void => this.expr(e, this.cur);
  private cur: Ctx = { func: false, loop: false, comp: null };

  constructor(private p: Parser) {}

  private flow(msg: string, n: A.Pos): void {
    if (!this.flowError) this.flowError = this.p.error(msg, n.line, n.col, n.endLine, n.endCol);
  }

  stmts(body: A.Stmt[], ctx: Ctx): void {
    for (let i = 0; i < body.length; i++) this.stmt(body[i], ctx);
  }

  private stmt(s: A.Stmt, ctx: Ctx): void {
    if (s.kind === 'Return' && !ctx.func) this.flow("'return' outside function", s);
    if (s.kind === 'Break' && !ctx.loop) this.flow("'break' outside loop", s);
    if (s.kind === 'Continue' && !ctx.loop) this.flow("'continue' not properly in loop", s);
    // Expressions only matter for `yield`: statements without one skip this walk.
    if (this.p.hasYield(s)) {
      const saved = this.cur;
      this.cur = ctx;
      stmtExprs(s, this.visitor);
      this.cur = saved;
    }
    // Walked without allocating: this runs over every statement of every program.
    switch (s.kind) {
      case 'FunctionDef':
        this.stmts(s.body, CTX[1]);
        break;
      case 'ClassDef':
        this.stmts(s.body, CTX[0]);
        break;
      case 'For':
      case 'While':
        this.stmts(s.body, CTX[ctx.func ? 3 : 2]);
        this.stmts(s.orelse, ctx);
        break;
      case 'If':
        this.stmts(s.body, ctx);
        this.stmts(s.orelse, ctx);
        break;
      case 'With':
        this.stmts(s.body, ctx);
        break;
      case 'Try':
        this.stmts(s.body, ctx);
        for (let i = 0; i < s.handlers.length; i++) {
          const h = s.handlers[i];
          if (!h.type && i < s.handlers.length - 1) this.flow("default 'except:' must be last", h);
          this.stmts(h.body, ctx);
        }
        this.stmts(s.orelse, ctx);
        this.stmts(s.finalbody, ctx);
        break;
    }
  }

  private expr(e: A.Expr, ctx: Ctx): void {
    if (e.kind === 'Yield' || e.kind === 'YieldFrom') {
      if (ctx.comp && !this.symbolError) {
        this.symbolError = this.p.error(`'yield' inside ${ctx.comp}`, e.line, e.col, e.endLine, e.endCol);
      }
      if (!ctx.func) this.flow("'yield' outside function", e);
    }
    if (e.kind === 'Lambda') {
      e.args.defaults.forEach((d) => this.expr(d, ctx));
      e.args.kwDefaults.forEach((d) => d && this.expr(d, ctx));
      this.expr(e.body, { func: true, loop: false, comp: null });
      return;
    }
    const comp = COMP_NAMES[e.kind];
    if (comp) {
      const c = e as A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
      const inner: Ctx = { func: true, loop: false, comp };
      // The first iterable is evaluated in the enclosing scope.
      this.expr(c.generators[0].iter, ctx);
      c.generators.forEach((g, i) => {
        this.expr(g.target, inner);
        if (i > 0) this.expr(g.iter, inner);
        g.ifs.forEach((x) => this.expr(x, inner));
      });
      if (c.kind === 'DictComp') {
        this.expr(c.key, inner);
        this.expr(c.value, inner);
      } else this.expr(c.elt, inner);
      return;
    }
    const saved = this.cur;
    this.cur = ctx;
    children(e, this.visitor);
    this.cur = saved;
  }
}
