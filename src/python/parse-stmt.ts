/**
 * Statement rules: simple statements (assignments, imports, `del`...) and
 * compound ones (`if`, `for`, `def`, `class`, `try`...), with CPython 3.11's
 * messages for missing colons and missing indented blocks.
 */
import type * as A from './ast';
import type { Parser } from './parse-core';
import { callArguments, defParams } from './parse-args';
import {
  bitwiseOr,
  diagnoseAssignInExpression,
  expression,
  namedExpression,
  starExpressions,
  startsExpression,
  yieldExpr,
} from './parse-expr';
import { targetList } from './parse-display';
import { checkTargets, exprName, invalidTarget, setContext } from './parse-targets';
import { AUG_ASSIGN, type Token } from './tokens';

/** file: statements up to the end marker. */
export function fileInput(p: Parser): A.Stmt[] {
  const body: A.Stmt[] = [];
  while (p.tok.kind !== 'ENDMARKER') {
    p.dropConsumed();
    statement(p, body);
  }
  return body;
}

function statement(p: Parser, out: A.Stmt[]): void {
  const n = out.length;
  const yields = p.yields;
  statementInner(p, out);
  if (p.yields !== yields) for (let i = n; i < out.length; i++) p.markYield(out[i]);
}

function statementInner(p: Parser, out: A.Stmt[]): void {
  const t = p.tok;
  if (t.kind === 'KEYWORD') {
    switch (t.value) {
      case 'if':
        out.push(ifStmt(p, p.next()));
        return;
      case 'while':
        out.push(whileStmt(p));
        return;
      case 'for':
        out.push(forStmt(p));
        return;
      case 'try':
        out.push(tryStmt(p));
        return;
      case 'with':
        out.push(withStmt(p));
        return;
      case 'def':
        out.push(functionDef(p, [], p.next()));
        return;
      case 'class':
        out.push(classDef(p, [], p.next()));
        return;
      case 'async':
        asyncStmt(p);
    }
  } else if (t.kind === 'OP' && t.value === '@') {
    out.push(decorated(p));
    return;
  } else if (t.kind === 'NAME' && t.value === 'match' && looksLikeMatch(p)) {
    p.unsupported("'match' statements are", t);
  }
  simpleStmts(p, out);
}

function asyncStmt(p: Parser): never {
  const t = p.tok;
  const n = p.peek();
  if (n.kind === 'KEYWORD' && (n.value === 'def' || n.value === 'for' || n.value === 'with')) {
    p.unsupported(`'async ${n.value}' is`, t);
  }
  p.failAt(t);
}

/** `match <subject>:` ending its logical line: a match statement, not a use of the name `match`. */
function looksLikeMatch(p: Parser): boolean {
  if (!startsExpression(p.peek()) && !p.isOp('*', p.peek())) return false;
  let j = 1;
  let t = p.peek(j);
  while (t.kind !== 'NEWLINE' && t.kind !== 'ENDMARKER' && t.kind !== 'ERRORTOKEN') t = p.peek(++j);
  return t.kind === 'NEWLINE' && p.isOp(':', p.peek(j - 1));
}

/** simple_stmts: `a; b; c` up to the end of the line. */
function simpleStmts(p: Parser, out: A.Stmt[]): void {
  for (;;) {
    const yields = p.yields;
    const st = simpleStmt(p);
    if (p.yields !== yields) p.markYield(st);
    out.push(st);
    if (!p.eatOp(';') || p.tok.kind === 'NEWLINE') break;
  }
  if (p.tok.kind !== 'NEWLINE') p.failAt(p.tok);
  p.next();
}

function simpleStmt(p: Parser): A.Stmt {
  const t = p.tok;
  if (t.kind === 'KEYWORD') {
    switch (t.value) {
      case 'pass':
      case 'break':
      case 'continue': {
        p.next();
        const kind = t.value === 'pass' ? 'Pass' : t.value === 'break' ? 'Break' : 'Continue';
        return p.fin<A.Pass | A.Break | A.Continue>({ kind, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
      }
      case 'return': {
        p.next();
        const value = startsExpression(p.tok) || p.isOp('*') ? starExpressions(p) : null;
        return p.fin<A.Return>({ kind: 'Return', value, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
      }
      case 'raise':
        return raiseStmt(p);
      case 'del':
        return delStmt(p);
      case 'assert': {
        p.next();
        const test = expression(p);
        const msg = p.eatOp(',') ? expression(p) : null;
        return p.fin<A.Assert>({ kind: 'Assert', test, msg, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
      }
      case 'global':
      case 'nonlocal': {
        p.next();
        const names = [p.expectName().value];
        while (p.eatOp(',')) names.push(p.expectName().value);
        return p.fin<A.Global | A.Nonlocal>({ kind: t.value === 'global' ? 'Global' : 'Nonlocal', names, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
      }
      case 'import':
        return importName(p);
      case 'from':
        return importFrom(p);
    }
  }
  if (t.kind === 'NAME') {
    const n = p.peek();
    if (t.value === 'print' && p.isOp('>>', n)) p.unsupported("'print >>' (Python 2 print redirection) is", t);
    if (t.value === 'exec' && (n.kind === 'STRING' || n.kind === 'NAME' || n.kind === 'NUMBER')) {
      p.unsupported("the Python 2 'exec' statement is", t);
    }
    if (t.value === 'type' && n.kind === 'NAME' && (p.isOp('=', p.peek(2)) || p.isOp('[', p.peek(2)))) {
      p.unsupported("'type' statements are", t);
    }
  }
  return assignmentOrExpression(p);
}

function raiseStmt(p: Parser): A.Raise {
  const t = p.next();
  let exc: A.Expr | null = null;
  let cause: A.Expr | null = null;
  if (p.tok.kind !== 'NEWLINE' && !p.isOp(';')) {
    exc = expression(p);
    if (p.eatKw('from')) cause = expression(p);
  }
  return p.fin<A.Raise>({ kind: 'Raise', exc, cause, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
}

function delStmt(p: Parser): A.Delete {
  const t = p.next();
  const e = starExpressions(p);
  checkTargets(p, e, 'del');
  if (p.tok.kind !== 'NEWLINE' && !p.isOp(';')) p.failAt(p.tok);
  const targets = e.kind === 'Tuple' && p.isBareTuple(e) ? e.elts : [e];
  return p.fin<A.Delete>({ kind: 'Delete', targets, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
}

function dottedName(p: Parser): string {
  let s = p.expectName().value;
  while (p.eatOp('.')) s += '.' + p.expectName().value;
  return s;
}

function importName(p: Parser): A.Import {
  const t = p.next();
  const names: A.Alias[] = [];
  do {
    const n = p.tok;
    const name = dottedName(p);
    const asname = p.eatKw('as') ? p.expectName().value : null;
    names.push({ name, asname, line: n.line, col: n.col });
  } while (p.eatOp(','));
  return p.fin<A.Import>({ kind: 'Import', names, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
}

function importFrom(p: Parser): A.ImportFrom {
  const t = p.next();
  let level = 0;
  while (p.isOp('.') || p.isOp('...')) level += p.next().value.length;
  const module = level > 0 && p.isKw('import') ? '' : dottedName(p);
  p.expectKw('import');
  const names: A.Alias[] = [];
  if (p.isOp('*')) {
    const s = p.next();
    names.push({ name: '*', asname: null, line: s.line, col: s.col });
  } else {
    const paren = p.eatOp('(');
    for (;;) {
      const n = p.expectName();
      const asname = p.eatKw('as') ? p.expectName().value : null;
      names.push({ name: n.value, asname, line: n.line, col: n.col });
      if (!p.eatOp(',')) break;
      if (paren && p.isOp(')')) break;
      if (!paren && p.tok.kind === 'NEWLINE') p.raiseTok('trailing comma not allowed without surrounding parentheses');
    }
    if (paren) p.expectOp(')');
  }
  return p.fin<A.ImportFrom>({ kind: 'ImportFrom', module, names, level, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
}

// ---------------------------------------------------------------- assignments

function rhs(p: Parser): A.Expr {
  return p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
}

function assignmentOrExpression(p: Parser): A.Stmt {
  const s = p.tok;
  const first = rhs(p);
  if (p.isOp(':')) return annAssign(p, s, first);
  if (p.isOp('=')) return assign(p, s, first);
  const t = p.tok;
  if (t.kind === 'OP' && AUG_ASSIGN.has(t.value)) {
    const ok = first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript';
    if (!ok) p.raiseAt(`'${exprName(first)}' is an illegal expression for augmented assignment`, first, first);
    p.next();
    setContext(first, 'store');
    const value = rhs(p);
    const op = AUG_ASSIGN.get(t.value) as A.BinOperator;
    return p.fin<A.AugAssign>({ kind: 'AugAssign', target: first, op, value, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
  }
  return p.fin<A.ExprStmt>({ kind: 'Expr', value: first, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

function annAssign(p: Parser, s: Token, target: A.Expr): A.AnnAssign {
  const paren = p.isParenthesized(target);
  if (target.kind === 'Tuple' && p.isBareTuple(target)) {
    p.raiseAt('only single target (not tuple) can be annotated', target.elts[0], target.elts[0]);
  }
  if (target.kind === 'Tuple' || target.kind === 'List') {
    p.raiseAt(`only single target (not ${exprName(target)}) can be annotated`, target, target);
  }
  if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
    p.raiseAt('illegal target for annotation', target, target);
  }
  p.next();
  setContext(target, 'store');
  const annotation = expression(p);
  const value = p.eatOp('=') ? rhs(p) : null;
  const simple = target.kind === 'Name' && !paren;
  return p.fin<A.AnnAssign>({ kind: 'AnnAssign', target, annotation, value, simple, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

function assign(p: Parser, s: Token, first: A.Expr): A.Assign {
  const parts = [first];
  const firstEq = p.i;
  while (p.eatOp('=')) parts.push(rhs(p));
  const value = parts.pop()!;
  const bad = parts.findIndex((t) => t.kind === 'Yield' || t.kind === 'YieldFrom' || invalidTarget(t, 'store'));
  if (bad >= 0) {
    // CPython's second pass first tries the target's last item as a mistyped `==`.
    const last = first.kind === 'Tuple' && p.isBareTuple(first) ? first.elts[first.elts.length - 1] : first;
    const end = { i: p.i, level: p.level, endLine: p.endLine, endCol: p.endCol };
    p.reset(firstEq, p.level, last.endLine, last.endCol);
    diagnoseAssignInExpression(p, last);
    p.reset(end.i, end.level, end.endLine, end.endCol);
    const t = parts[bad];
    if (t.kind === 'Yield' || t.kind === 'YieldFrom') p.raiseAt('assignment to yield expression not possible', t, t);
    checkTargets(p, t, 'store');
  }
  for (const t of parts) setContext(t, 'store');
  return p.fin<A.Assign>({ kind: 'Assign', targets: parts, value, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

// ---------------------------------------------------------------- blocks

/** block: an indented suite after NEWLINE, or simple statements on the same line. */
function block(p: Parser, what: string, kw: Token): A.Stmt[] {
  const body: A.Stmt[] = [];
  if (p.tok.kind !== 'NEWLINE') {
    simpleStmts(p, body);
    return body;
  }
  p.next();
  if (p.peek(0).kind !== 'INDENT') {
    p.raiseTok(`expected an indented block after ${what} on line ${kw.line}`, p.tok, 'IndentationError');
  }
  p.next();
  while (p.peek(0).kind !== 'DEDENT' && p.peek(0).kind !== 'ENDMARKER') {
    p.dropConsumed();
    statement(p, body);
  }
  if (p.peek(0).kind === 'DEDENT') p.next();
  return body;
}

/** The ':' ending a compound statement's header; a bare NEWLINE there is CPython's "expected ':'". */
function headerColon(p: Parser, test?: A.Expr): void {
  if (p.eatOp(':')) return;
  if (p.tok.kind === 'NEWLINE') p.raiseTok("expected ':'");
  if (test && p.isOp('=')) diagnoseAssignInExpression(p, test);
  p.failAt(p.tok);
}

function ifStmt(p: Parser, kw: Token): A.If {
  const what = `'${kw.value}' statement`;
  const test = namedExpression(p);
  headerColon(p, test);
  const body = block(p, what, kw);
  let orelse: A.Stmt[] = [];
  if (p.isKw('elif')) orelse = [ifStmt(p, p.next())];
  else if (p.isKw('else')) orelse = elseBlock(p);
  return p.fin<A.If>({ kind: 'If', test, body, orelse, line: 0, col: 0, endLine: 0, endCol: 0 }, kw);
}

function elseBlock(p: Parser): A.Stmt[] {
  const kw = p.next();
  p.forceOp(':');
  return block(p, `'${kw.value}' statement`, kw);
}

function whileStmt(p: Parser): A.While {
  const kw = p.next();
  const test = namedExpression(p);
  headerColon(p, test);
  const body = block(p, "'while' statement", kw);
  const orelse = p.isKw('else') ? elseBlock(p) : [];
  return p.fin<A.While>({ kind: 'While', test, body, orelse, line: 0, col: 0, endLine: 0, endCol: 0 }, kw);
}

function forStmt(p: Parser): A.For {
  const kw = p.next();
  const target = targetList(p);
  checkTargets(p, target, 'store');
  p.expectKw('in');
  const iter = starExpressions(p);
  headerColon(p);
  const body = block(p, "'for' statement", kw);
  const orelse = p.isKw('else') ? elseBlock(p) : [];
  return p.fin<A.For>({ kind: 'For', target, iter, body, orelse, line: 0, col: 0, endLine: 0, endCol: 0 }, kw);
}

function withItem(p: Parser): A.WithItem {
  const contextExpr = expression(p);
  let optionalVars: A.Expr | null = null;
  if (p.eatKw('as')) {
    if (p.isOp('*')) {
      const st = p.next();
      const value = bitwiseOr(p);
      optionalVars = p.fin<A.Starred>({ kind: 'Starred', value, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, st);
    } else optionalVars = expression(p);
    if (!p.isOp(',') && !p.isOp(')') && !p.isOp(':') && p.tok.kind !== 'NEWLINE') p.failAt(p.tok);
    checkTargets(p, optionalVars, 'store');
  }
  return { contextExpr, optionalVars };
}

function withStmt(p: Parser): A.With {
  const kw = p.next();
  let items: A.WithItem[] | null = null;
  if (p.isOp('(')) {
    // `with (a as b, c):` is a parenthesized item list only if the ':' follows the ')'.
    items = p.attempt(() => {
      p.next();
      const list = [withItem(p)];
      while (p.eatOp(',') && !p.isOp(')')) list.push(withItem(p));
      p.expectOp(')');
      if (!p.isOp(':') && p.tok.kind !== 'NEWLINE') p.failAt(p.tok);
      return list;
    });
  }
  if (!items) {
    items = [withItem(p)];
    while (p.eatOp(',')) items.push(withItem(p));
  }
  headerColon(p);
  const body = block(p, "'with' statement", kw);
  return p.fin<A.With>({ kind: 'With', items, body, line: 0, col: 0, endLine: 0, endCol: 0 }, kw);
}

function tryStmt(p: Parser): A.Try {
  const kw = p.next();
  p.forceOp(':');
  const body = block(p, "'try' statement", kw);
  const handlers: A.ExceptHandler[] = [];
  while (p.isKw('except')) {
    const ek = p.next();
    if (p.isOp('*')) p.unsupported("'except*' is", ek);
    let type: A.Expr | null = null;
    let name: string | null = null;
    if (!p.isOp(':')) {
      if (p.tok.kind === 'NEWLINE') p.raiseTok("expected ':'");
      type = expression(p);
      if (p.isOp(',')) {
        const ok = p.attempt(() => {
          while (p.eatOp(',')) expression(p);
          if (p.eatKw('as')) p.expectName();
          return p.expectOp(':');
        });
        if (ok) throw p.error('multiple exception types must be parenthesized', type.line, type.col, p.endLine, p.endCol - 1);
      }
      if (p.eatKw('as')) name = p.expectName().value;
      headerColon(p);
    } else p.next();
    const hbody = block(p, "'except' statement", ek);
    handlers.push(p.fin<A.ExceptHandler>({ kind: 'ExceptHandler', type, name, body: hbody, line: 0, col: 0, endLine: 0, endCol: 0 }, ek));
  }
  const orelse = handlers.length && p.isKw('else') ? elseBlock(p) : [];
  const finalbody = p.isKw('finally') ? elseBlock(p) : [];
  if (!handlers.length && !finalbody.length) p.raiseTok("expected 'except' or 'finally' block");
  return p.fin<A.Try>({ kind: 'Try', body, handlers, orelse, finalbody, line: 0, col: 0, endLine: 0, endCol: 0 }, kw);
}

// ---------------------------------------------------------------- definitions

function decorated(p: Parser): A.Stmt {
  const decorators: A.Expr[] = [];
  while (p.eatOp('@')) {
    decorators.push(namedExpression(p));
    if (p.tok.kind !== 'NEWLINE') p.failAt(p.tok);
    p.next();
  }
  if (p.isKw('def')) return functionDef(p, decorators, p.next());
  if (p.isKw('class')) return classDef(p, decorators, p.next());
  if (p.isKw('async')) asyncStmt(p);
  return p.failAt(p.tok);
}

function functionDef(p: Parser, decorators: A.Expr[], kw: Token): A.FunctionDef {
  const name = p.expectName().value;
  p.forceOp('(');
  const args = defParams(p);
  p.expectOp(')');
  if (p.eatOp('->')) expression(p);
  p.forceOp(':');
  const body = block(p, 'function definition', kw);
  return p.fin<A.FunctionDef>({ kind: 'FunctionDef', name, args, body, decorators, defLine: kw.line, line: 0, col: 0, endLine: 0, endCol: 0 }, kw);
}

function classDef(p: Parser, decorators: A.Expr[], kw: Token): A.ClassDef {
  const name = p.expectName().value;
  let bases: A.Expr[] = [];
  let keywords: A.Keyword[] = [];
  if (p.isOp('(')) {
    const open = p.next();
    ({ args: bases, keywords } = callArguments(p, open, false));
    p.expectOp(')');
  }
  headerColon(p);
  const body = block(p, 'class definition', kw);
  return p.fin<A.ClassDef>({ kind: 'ClassDef', name, bases, keywords, body, decorators, defLine: kw.line, line: 0, col: 0, endLine: 0, endCol: 0 }, kw);
}
