/**
 * The syntax errors CPython raises only when it compiles a parsed file
 * ("'return' outside function", "'break' outside loop", duplicate parameters,
 * `yield` in a comprehension...), checked here so that every front-end
 * rejection reaches the runtime as a PythonSyntaxError with its position.
 *
 * CPython finds them in two walks, its symbol table first and its code
 * generator second; the single walk here keeps that priority.
 */
import type * as A from './ast';
import type { Parser } from './parse-core';
import type { PythonSyntaxError } from './syntax-error';

/** Raises the first compile-time syntax error of a parsed module, if any. */
export function checkModule(p: Parser, body: A.Stmt[]): void {
  const c = new Checks(p);
  c.stmts(body, { func: false, loop: false, comp: null });
  if (c.flowError) throw c.flowError;
}

function raise(p: Parser, msg: string, n: A.Pos): never {
  throw p.error(msg, n.line, n.col, n.endLine, n.endCol);
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

/** The statement lists nested in a statement, with whether each is a loop body. */
function stmtBodies(s: A.Stmt): { body: A.Stmt[]; loop: boolean }[] {
  switch (s.kind) {
    case 'For':
    case 'While':
      return [{ body: s.body, loop: true }, { body: s.orelse, loop: false }];
    case 'If':
      return [{ body: s.body, loop: false }, { body: s.orelse, loop: false }];
    case 'With':
      return [{ body: s.body, loop: false }];
    case 'Try':
      return [
        { body: s.body, loop: false },
        ...s.handlers.map((h) => ({ body: h.body, loop: false })),
        { body: s.orelse, loop: false },
        { body: s.finalbody, loop: false },
      ];
    default:
      return [];
  }
}

const COMP_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

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
  flowError: PythonSyntaxError | null = null;
  private visitor = (e: A.Expr): void => this.expr(e, this.cur);
  private cur: Ctx = { func: false, loop: false, comp: null };

  constructor(private p: Parser) {}

  private flow(msg: string, n: A.Pos): void {
    if (!this.flowError) this.flowError = this.p.error(msg, n.line, n.col, n.endLine, n.endCol);
  }

  stmts(body: A.Stmt[], ctx: Ctx): void {
    for (const s of body) this.stmt(s, ctx);
  }

  private exprs(s: A.Stmt, ctx: Ctx): void {
    const saved = this.cur;
    this.cur = ctx;
    stmtExprs(s, this.visitor);
    this.cur = saved;
  }

  private stmt(s: A.Stmt, ctx: Ctx): void {
    if (s.kind === 'Return' && !ctx.func) this.flow("'return' outside function", s);
    if (s.kind === 'Break' && !ctx.loop) this.flow("'break' outside loop", s);
    if (s.kind === 'Continue' && !ctx.loop) this.flow("'continue' not properly in loop", s);
    this.exprs(s, ctx);
    if (s.kind === 'FunctionDef') {
      this.params(s.args);
      this.stmts(s.body, { func: true, loop: false, comp: null });
    } else if (s.kind === 'ClassDef') {
      this.stmts(s.body, { func: false, loop: false, comp: null });
    } else if (s.kind === 'Try') {
      s.handlers.forEach((h, i) => {
        if (!h.type && i < s.handlers.length - 1) this.flow("default 'except:' must be last", h);
      });
    }
    for (const b of stmtBodies(s)) this.stmts(b.body, { func: ctx.func, loop: b.loop || ctx.loop, comp: null });
  }

  private params(a: A.Arguments): void {
    const seen = new Set<string>();
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const x of all) {
      if (seen.has(x.name)) {
        const at = { line: x.line, col: x.col, endLine: x.line, endCol: x.col + x.name.length };
        raise(this.p, `duplicate argument '${x.name}' in function definition`, at);
      }
      seen.add(x.name);
    }
  }

  private expr(e: A.Expr, ctx: Ctx): void {
    if (e.kind === 'Yield' || e.kind === 'YieldFrom') {
      if (ctx.comp) raise(this.p, `'yield' inside ${ctx.comp}`, e);
      if (!ctx.func) this.flow("'yield' outside function", e);
    }
    if (e.kind === 'Lambda') {
      this.params(e.args);
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
