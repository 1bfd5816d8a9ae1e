/**
 * The syntax errors CPython raises only when it compiles a parsed file
 * ("'return' outside function", "'break' outside loop", duplicate parameters,
 * `yield` in a comprehension...), checked here so that every front-end
 * rejection reaches the runtime as a PythonSyntaxError with its position.
 *
 * CPython finds them in two walks, its symbol table first and its code
 * generator second, so the same file-wide order is kept here.
 */
import type * as A from './ast';
import type { Parser } from './parse-core';

/** Raises the first compile-time syntax error of a parsed module, if any. */
export function checkModule(p: Parser, body: A.Stmt[]): void {
  new SymbolChecks(p).stmts(body);
  new FlowChecks(p).stmts(body, { func: false, loop: false });
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

/** What CPython's symbol table rejects: duplicate parameters and `yield` inside comprehensions. */
class SymbolChecks {
  constructor(private p: Parser) {}

  stmts(body: A.Stmt[]): void {
    for (const s of body) {
      stmtExprs(s, (e) => this.expr(e, null));
      if (s.kind === 'FunctionDef') this.params(s.args);
      if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') this.stmts(s.body);
      for (const b of stmtBodies(s)) this.stmts(b.body);
    }
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

  /** `comp` is the comprehension whose own scope `e` is evaluated in, if any. */
  private expr(e: A.Expr, comp: string | null): void {
    if ((e.kind === 'Yield' || e.kind === 'YieldFrom') && comp) raise(this.p, `'yield' inside ${comp}`, e);
    if (e.kind === 'Lambda') {
      this.params(e.args);
      e.args.defaults.forEach((d) => this.expr(d, comp));
      e.args.kwDefaults.forEach((d) => d && this.expr(d, comp));
      this.expr(e.body, null);
      return;
    }
    if (e.kind in COMP_NAMES) {
      const c = e as A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
      const name = COMP_NAMES[e.kind];
      // The first iterable is evaluated in the enclosing scope.
      this.expr(c.generators[0].iter, comp);
      c.generators.forEach((g, i) => {
        this.expr(g.target, name);
        if (i > 0) this.expr(g.iter, name);
        g.ifs.forEach((x) => this.expr(x, name));
      });
      if (c.kind === 'DictComp') {
        this.expr(c.key, name);
        this.expr(c.value, name);
      } else this.expr(c.elt, name);
      return;
    }
    children(e, (x) => this.expr(x, comp));
  }
}

/** What CPython's code generator rejects: return, yield, break and continue in the wrong place. */
class FlowChecks {
  constructor(private p: Parser) {}

  stmts(body: A.Stmt[], ctx: { func: boolean; loop: boolean }): void {
    for (const s of body) this.stmt(s, ctx);
  }

  private stmt(s: A.Stmt, ctx: { func: boolean; loop: boolean }): void {
    if (s.kind === 'Return' && !ctx.func) raise(this.p, "'return' outside function", s);
    if (s.kind === 'Break' && !ctx.loop) raise(this.p, "'break' outside loop", s);
    if (s.kind === 'Continue' && !ctx.loop) raise(this.p, "'continue' not properly in loop", s);
    stmtExprs(s, (e) => this.expr(e, ctx.func));
    if (s.kind === 'FunctionDef') this.stmts(s.body, { func: true, loop: false });
    if (s.kind === 'ClassDef') this.stmts(s.body, { func: false, loop: false });
    if (s.kind === 'Try') {
      s.handlers.forEach((h, i) => {
        if (!h.type && i < s.handlers.length - 1) raise(this.p, "default 'except:' must be last", h);
      });
    }
    for (const b of stmtBodies(s)) this.stmts(b.body, { func: ctx.func, loop: b.loop || ctx.loop });
  }

  private expr(e: A.Expr, func: boolean): void {
    if ((e.kind === 'Yield' || e.kind === 'YieldFrom') && !func) raise(this.p, "'yield' outside function", e);
    if (e.kind === 'Lambda') {
      e.args.defaults.forEach((d) => this.expr(d, func));
      e.args.kwDefaults.forEach((d) => d && this.expr(d, func));
      this.expr(e.body, true);
      return;
    }
    children(e, (x) => this.expr(x, func));
  }
}
