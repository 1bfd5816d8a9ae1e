/**
 * Scope analysis (CPython's symtable.c): decides for every name in every scope
 * whether it is a fast local, a cell, a free variable taken from an enclosing
 * function, an explicit or implicit global, or (in module and class bodies) a
 * namespace name.
 */
import type * as A from '../ast';
import { PythonSyntaxError } from '../syntax-error';

/** How a name is reached in a given scope. */
export const enum Access {
  Local,
  Cell,
  Free,
  GlobalExplicit,
  GlobalImplicit,
  /** Module or class namespace (LOAD_NAME/STORE_NAME). */
  Name,
}

/** The analysed scope of a module, function, lambda, class body or comprehension. */
export class Scope {
  kind: 'module' | 'function' | 'class' | 'comprehension';
  name: string;
  /** Parameters in order (these are the first fast locals). */
  params: string[] = [];
  assigned = new Set<string>();
  used = new Set<string>();
  declaredGlobal = new Set<string>();
  declaredNonlocal = new Set<string>();
  children: Scope[] = [];
  parent: Scope | null;
  /** Filled by resolve(). */
  cells = new Set<string>();
  frees = new Set<string>();
  isGenerator = false;
  /** Class bodies whose methods use super() or __class__ get an implicit __class__ cell. */
  needsClassCell = false;
  /** Node this scope came from (for the compiler to find it again). */
  node: unknown;
  /** Names in order of first assignment, for a stable local layout. */
  order: string[] = [];

  constructor(kind: Scope['kind'], name: string, parent: Scope | null, node: unknown) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    this.node = node;
  }

  /** Records a binding. */
  assign(name: string): void {
    if (!this.assigned.has(name)) {
      this.assigned.add(name);
      this.order.push(name);
    }
  }

  /** Whether `name` is a local binding of this function-like scope. */
  isLocal(name: string): boolean {
    return (
      (this.assigned.has(name) || this.params.includes(name)) &&
      !this.declaredGlobal.has(name) &&
      !this.declaredNonlocal.has(name)
    );
  }

  /** How `name` is accessed inside this scope. */
  access(name: string): Access {
    if (this.declaredGlobal.has(name)) return Access.GlobalExplicit;
    if (this.kind === 'module') return Access.Name;
    if (this.frees.has(name)) {
      if (this.kind === 'class' && this.assigned.has(name)) return Access.Name;
      return Access.Free;
    }
    if (this.kind === 'class') return Access.Name;
    if (this.cells.has(name)) return Access.Cell;
    if (this.isLocal(name)) return Access.Local;
    return Access.GlobalImplicit;
  }
}

/** Builds and resolves the scope tree of a module. Map key: the AST node of each scope. */
export function buildScopes(mod: A.Module, filename: string): Map<unknown, Scope> {
  const map = new Map<unknown, Scope>();
  const top = new Scope('module', '<module>', null, mod);
  map.set(mod, top);
  const b = new Builder(map, filename);
  b.stmts(mod.body, top);
  resolve(top);
  return map;
}

class Builder {
  constructor(
    private map: Map<unknown, Scope>,
    private filename: string,
  ) {}

  private err(msg: string, node: { line: number; col: number }): never {
    throw new PythonSyntaxError('SyntaxError', msg, this.filename, node.line, node.col + 1);
  }

  stmts(body: A.Stmt[], s: Scope): void {
    for (const st of body) this.stmt(st, s);
  }

  private args(args: A.Arguments, s: Scope, outer: Scope): void {
    for (const d of args.defaults) this.expr(d, outer);
    for (const d of args.kwDefaults) if (d) this.expr(d, outer);
    const all = [...args.posonlyargs, ...args.args];
    for (const a of all) s.params.push(a.name);
    for (const a of args.kwonlyargs) s.params.push(a.name);
    if (args.vararg) s.params.push(args.vararg.name);
    if (args.kwarg) s.params.push(args.kwarg.name);
  }

  private func(node: A.FunctionDef | A.Lambda, name: string, s: Scope, body: () => void): Scope {
    const fs = new Scope('function', name, s, node);
    this.map.set(node, fs);
    s.children.push(fs);
    this.args(node.args, fs, s);
    body.call(this);
    return fs;
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case 'FunctionDef': {
        for (const d of st.decorators) this.expr(d, s);
        s.assign(st.name);
        const fs = this.func(st, st.name, s, () => {});
        this.stmts(st.body, fs);
        break;
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        s.assign(st.name);
        const cs = new Scope('class', st.name, s, st);
        this.map.set(st, cs);
        s.children.push(cs);
        this.stmts(st.body, cs);
        break;
      }
      case 'Return':
        if (st.value) this.expr(st.value, s);
        break;
      case 'Delete':
        for (const t of st.targets) this.target(t, s);
        break;
      case 'Assign':
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        break;
      case 'AugAssign':
        this.expr(st.value, s);
        if (st.target.kind === 'Name') {
          s.used.add(st.target.id);
          s.assign(st.target.id);
        } else this.expr(st.target, s);
        break;
      case 'AnnAssign':
        if (st.value) this.expr(st.value, s);
        if (s.kind !== 'function') this.expr(st.annotation, s);
        if (st.target.kind === 'Name') {
          if (st.value || s.kind !== 'module') s.assign(st.target.id);
        } else this.expr(st.target, s);
        break;
      case 'For':
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case 'While':
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case 'If':
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case 'With':
        for (const it of st.items) {
          this.expr(it.contextExpr, s);
          if (it.optionalVars) this.target(it.optionalVars, s);
        }
        this.stmts(st.body, s);
        break;
      case 'Raise':
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        break;
      case 'Try':
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) s.assign(h.name);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        break;
      case 'Assert':
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        break;
      case 'Import':
        for (const a of st.names) s.assign(a.asname ?? a.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const a of st.names) {
          if (a.name === '*') this.err('import * is not supported by Memory Lane', st);
          s.assign(a.asname ?? a.name);
        }
        break;
      case 'Global':
        for (const n of st.names) {
          if (s.assigned.has(n) || s.used.has(n))
            this.err(`name '${n}' is ${s.params.includes(n) ? 'parameter' : s.assigned.has(n) ? 'assigned to' : 'used'} before global declaration`, st);
          if (s.params.includes(n)) this.err(`name '${n}' is parameter and global`, st);
          s.declaredGlobal.add(n);
        }
        break;
      case 'Nonlocal':
        for (const n of st.names) {
          if (s.kind === 'module') this.err('nonlocal declaration not allowed at module level', st);
          if (s.params.includes(n)) this.err(`name '${n}' is parameter and nonlocal`, st);
          if (s.assigned.has(n) || s.used.has(n))
            this.err(`name '${n}' is ${s.assigned.has(n) ? 'assigned to' : 'used'} before nonlocal declaration`, st);
          s.declaredNonlocal.add(n);
        }
        break;
      case 'Expr':
        this.expr(st.value, s);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  target(t: A.Expr, s: Scope): void {
    switch (t.kind) {
      case 'Name':
        s.assign(t.id);
        break;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, s);
        break;
      case 'Starred':
        this.target(t.value, s);
        break;
      default:
        this.expr(t, s);
    }
  }

  private comp(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, s: Scope, name: string): void {
    const gens = node.generators;
    this.expr(gens[0].iter, s);
    const cs = new Scope('comprehension', name, s, node);
    this.map.set(node, cs);
    s.children.push(cs);
    cs.params.push('.0');
    if (node.kind === 'GeneratorExp') cs.isGenerator = true;
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.target(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    if (node.kind === 'DictComp') {
      this.expr(node.key, cs);
      this.expr(node.value, cs);
    } else this.expr(node.elt, cs);
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'load') s.used.add(e.id);
        else s.assign(e.id);
        if (e.id === 'super' && s.kind === 'function') markClassCell(s);
        break;
      case 'BoolOp':
        for (const v of e.values) this.expr(v, s);
        break;
      case 'NamedExpr': {
        this.expr(e.value, s);
        let t = s;
        while (t.kind === 'comprehension' && t.parent) t = t.parent;
        if (t !== s) {
          // The target binds in the enclosing function; the comprehension sees it as free.
          t.assign(e.target.id);
          s.used.add(e.target.id);
          if (t.kind === 'function') s.declaredNonlocal.add(e.target.id);
          else s.declaredGlobal.add(e.target.id);
        } else s.assign(e.target.id);
        break;
      }
      case 'BinOp':
        this.expr(e.left, s);
        this.expr(e.right, s);
        break;
      case 'UnaryOp':
        this.expr(e.operand, s);
        break;
      case 'Lambda': {
        const fs = this.func(e, '<lambda>', s, () => {});
        this.expr(e.body, fs);
        break;
      }
      case 'IfExp':
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, s);
        for (const v of e.values) this.expr(v, s);
        break;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const x of e.elts) {
          if (e.kind !== 'Set' && e.ctx !== 'load') this.target(x, s);
          else this.expr(x, s);
        }
        break;
      case 'ListComp':
        this.comp(e, s, '<listcomp>');
        break;
      case 'SetComp':
        this.comp(e, s, '<setcomp>');
        break;
      case 'DictComp':
        this.comp(e, s, '<dictcomp>');
        break;
      case 'GeneratorExp':
        this.comp(e, s, '<genexpr>');
        break;
      case 'Yield':
      case 'YieldFrom':
        if (s.kind === 'module' || s.kind === 'class') this.err("'yield' outside function", e);
        if (s.kind === 'comprehension' && !s.isGenerator) this.err("'yield' inside list comprehension", e);
        s.isGenerator = true;
        if (e.value) this.expr(e.value, s);
        break;
      case 'Compare':
        this.expr(e.left, s);
        for (const c of e.comparators) this.expr(c, s);
        break;
      case 'Call':
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a, s);
        for (const k of e.keywords) this.expr(k.value, s);
        break;
      case 'JoinedStr':
        for (const v of e.values) this.expr(v, s);
        break;
      case 'FormattedValue':
        this.expr(e.value, s);
        if (e.formatSpec) this.expr(e.formatSpec, s);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.expr(e.value, s);
        break;
      case 'Subscript':
        this.expr(e.value, s);
        this.expr(e.slice, s);
        break;
      case 'Starred':
        if (e.ctx === 'load') this.expr(e.value, s);
        else this.target(e.value, s);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        break;
    }
  }
}

function markClassCell(s: Scope): void {
  let p = s.parent;
  while (p && p.kind !== 'class') {
    if (p.kind === 'module') return;
    p = p.parent;
  }
  if (p) {
    p.needsClassCell = true;
    s.used.add('__class__');
  }
}

/** Resolves free and cell variables bottom-up, like CPython's analyze(). */
function resolve(s: Scope): void {
  for (const c of s.children) resolve(c);
  if (s.kind === 'class' && s.needsClassCell) s.cells.add('__class__');
  // Names this scope (or its children) need from outside.
  const needs = new Set<string>();
  for (const c of s.children) for (const f of c.frees) needs.add(f);
  if (s.kind !== 'module') {
    for (const n of s.used) if (!s.isLocal(n) && !s.declaredGlobal.has(n)) needs.add(n);
    for (const n of s.declaredNonlocal) needs.add(n);
  }
  for (const n of needs) {
    if (s.kind === 'function' || s.kind === 'comprehension') {
      if (s.isLocal(n)) {
        s.cells.add(n);
        continue;
      }
    }
    if (s.kind === 'class' && n === '__class__' && s.needsClassCell) continue;
    if (s.declaredGlobal.has(n)) continue;
    if (s.kind === 'module') continue;
    if (enclosingBinds(s.parent, n)) s.frees.add(n);
    else if (s.declaredNonlocal.has(n)) {
      throw new PythonSyntaxError('SyntaxError', `no binding for nonlocal '${n}' found`, '', 0, 0);
    }
  }
}

function enclosingBinds(p: Scope | null, n: string): boolean {
  while (p) {
    if (p.kind === 'module') return false;
    if (p.kind === 'class') {
      if (n === '__class__' && p.needsClassCell) return true;
      p = p.parent;
      continue;
    }
    if (p.isLocal(n) || p.declaredNonlocal.has(n)) return true;
    if (p.declaredGlobal.has(n)) return false;
    p = p.parent;
  }
  return false;
}
