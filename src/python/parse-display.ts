/**
 * Bracketed displays: parenthesized expressions, tuples, lists, sets, dicts,
 * their comprehensions and generator expressions, with CPython 3.11's
 * messages for the mistakes made in them ("did you forget parentheses around
 * the comprehension target?", "':' expected after dictionary key").
 */
import type * as A from './ast';
import type { Parser } from './parse-core';
import {
  bitwiseOr,
  diagnoseAssignInExpression,
  disjunction,
  expression,
  starNamedExpression,
  yieldExpr,
} from './parse-expr';
import { checkTargets } from './parse-targets';
import type { Token } from './tokens';

/** `(...)`: the empty tuple, a group, a tuple or a generator expression. */
export function parenthesized(p: Parser): A.Expr {
  const open = p.next();
  if (p.isOp(')')) {
    p.next();
    return p.fin<A.TupleExpr>({ kind: 'Tuple', elts: [], ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, open);
  }
  if (p.isKw('yield')) {
    const y = yieldExpr(p);
    p.expectOp(')');
    p.markParens(y);
    return y;
  }
  if (p.isOp('**')) {
    const st = p.tok;
    if (p.attempt(() => (p.next(), expression(p), p.expectOp(')')))) {
      p.raiseAt('cannot use double starred expression here', st, st);
    }
    p.failAt(st);
  }
  const first = starNamedExpression(p);
  if (p.isKw('for') || p.isKw('async')) {
    const generators = comprehensionClauses(p, first);
    p.expectOp(')');
    return p.fin<A.GeneratorExp>({ kind: 'GeneratorExp', elt: first, generators, line: 0, col: 0, endLine: 0, endCol: 0 }, open);
  }
  if (p.isOp(')')) {
    if (first.kind === 'Starred') p.raiseAt('cannot use starred expression here', first, first);
    p.next();
    p.markParens(first);
    return first;
  }
  if (!p.isOp(',')) {
    if (p.isOp('=')) diagnoseAssignInExpression(p, first);
    p.failAt(p.tok);
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(')')) break;
    elts.push(starNamedExpression(p));
    if (p.isOp('=')) diagnoseAssignInExpression(p, elts[elts.length - 1]);
  }
  p.expectOp(')');
  return p.fin<A.TupleExpr>({ kind: 'Tuple', elts, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, open);
}

/** `[...]`: a list or a list comprehension. */
export function listDisplay(p: Parser): A.Expr {
  const open = p.next();
  const elts: A.Expr[] = [];
  while (!p.isOp(']')) {
    const e = starNamedExpression(p);
    elts.push(e);
    if (p.isKw('for') || p.isKw('async')) {
      if (elts.length > 1) p.raiseAt('did you forget parentheses around the comprehension target?', elts[0], e);
      const generators = comprehensionClauses(p, e);
      p.expectOp(']');
      return p.fin<A.ListComp>({ kind: 'ListComp', elt: e, generators, line: 0, col: 0, endLine: 0, endCol: 0 }, open);
    }
    if (p.isOp('=')) diagnoseAssignInExpression(p, e);
    if (!p.isOp(',')) break;
    const comma = p.next();
    if (p.isKw('for')) {
      p.raiseAt('did you forget parentheses around the comprehension target?', elts[0], elts.length === 1 ? comma : e);
    }
  }
  p.expectOp(']');
  return p.fin<A.ListExpr>({ kind: 'List', elts, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, open);
}

/** `{...}`: a dict, a set, or their comprehensions. */
export function braceDisplay(p: Parser): A.Expr {
  const open = p.next();
  if (p.isOp('}')) {
    p.next();
    return p.fin<A.DictExpr>({ kind: 'Dict', keys: [], values: [], line: 0, col: 0, endLine: 0, endCol: 0 }, open);
  }
  if (p.isOp('**')) {
    const st = p.next();
    const value = bitwiseOr(p);
    if (p.isKw('for')) p.raiseAt('dict unpacking cannot be used in dict comprehension', st, st);
    return dictRest(p, open, [null], [value]);
  }
  const first = starNamedExpression(p);
  // A walrus is a set element, never a dict key, unless parenthesized.
  if (p.isOp(':') && first.kind === 'NamedExpr' && !p.isParenthesized(first)) p.failAt(p.tok);
  if (p.isOp(':') && first.kind !== 'Starred') {
    const colon = p.next();
    const value = dictValue(p, colon);
    if (p.isKw('for') || p.isKw('async')) {
      const generators = comprehensionClauses(p, first);
      p.expectOp('}');
      return p.fin<A.DictComp>({ kind: 'DictComp', key: first, value, generators, line: 0, col: 0, endLine: 0, endCol: 0 }, open);
    }
    return dictRest(p, open, [first], [value]);
  }
  const elts = [first];
  if (p.isKw('for') || p.isKw('async')) {
    const generators = comprehensionClauses(p, first);
    p.expectOp('}');
    return p.fin<A.SetComp>({ kind: 'SetComp', elt: first, generators, line: 0, col: 0, endLine: 0, endCol: 0 }, open);
  }
  for (;;) {
    const e = elts[elts.length - 1];
    if (p.isKw('for') && elts.length > 1) p.raiseAt('did you forget parentheses around the comprehension target?', elts[0], e);
    if (p.isOp('=')) diagnoseAssignInExpression(p, e);
    if (!p.isOp(',')) break;
    const comma = p.next();
    if (p.isKw('for')) {
      p.raiseAt('did you forget parentheses around the comprehension target?', elts[0], elts.length === 1 ? comma : e);
    }
    if (p.isOp('}')) break;
    elts.push(starNamedExpression(p));
  }
  p.expectOp('}');
  return p.fin<A.SetExpr>({ kind: 'Set', elts, line: 0, col: 0, endLine: 0, endCol: 0 }, open);
}

/** The value after a dict key's ':' (with CPython's diagnostics for a missing one). */
function dictValue(p: Parser, colon: Token): A.Expr {
  if (p.isOp('}') || p.isOp(',')) p.raiseAt("expression expected after dictionary key and ':'", colon, colon);
  if (p.isOp('*')) {
    const st = p.tok;
    if (p.attempt(() => (p.next(), bitwiseOr(p)))) {
      // CPython ends the range where its tokenizer stopped: after the token that ended the value.
      throw p.error('cannot use a starred expression in a dictionary value', st.line, st.col, p.tok.endLine, p.tok.endCol - 1);
    }
  }
  return expression(p);
}

function dictRest(p: Parser, open: Token, keys: (A.Expr | null)[], values: A.Expr[]): A.DictExpr {
  while (p.eatOp(',')) {
    if (p.isOp('}')) break;
    if (p.isOp('**')) {
      p.next();
      keys.push(null);
      values.push(bitwiseOr(p));
      continue;
    }
    const k = expression(p);
    if (!p.isOp(':')) {
      if (p.isOp('}') || p.isOp(',')) {
        throw p.error("':' expected after dictionary key", k.endLine, k.endCol - 1, k.endLine, 0, 'SyntaxError', true);
      }
      p.failAt(p.tok);
    }
    const colon = p.next();
    keys.push(k);
    values.push(dictValue(p, colon));
  }
  p.expectOp('}');
  return p.fin<A.DictExpr>({ kind: 'Dict', keys, values, line: 0, col: 0, endLine: 0, endCol: 0 }, open);
}

/** `for target in iter [if cond]...` clauses; `elt` is checked for a starred item first. */
export function comprehensionClauses(p: Parser, elt: A.Expr): A.Comprehension[] {
  if (elt.kind === 'Starred') p.raiseAt('iterable unpacking cannot be used in comprehension', elt, elt);
  const out: A.Comprehension[] = [];
  while (p.isKw('for') || p.isKw('async')) {
    if (p.isKw('async')) p.unsupported("'async for' is", p.tok);
    p.next();
    const target = targetList(p);
    checkTargets(p, target, 'store');
    p.expectKw('in');
    const iter = disjunction(p);
    const ifs: A.Expr[] = [];
    while (p.eatKw('if')) ifs.push(disjunction(p));
    out.push({ target, iter, ifs });
  }
  return out;
}

/**
 * star_targets as written in `for` clauses: comma-separated `*`-able items at
 * bitwise_or level, so `in` ends them. Validated by the caller.
 */
export function targetList(p: Parser): A.Expr {
  const s = p.tok;
  const item = (): A.Expr => {
    if (p.isOp('*')) {
      const st = p.next();
      const value = bitwiseOr(p);
      return p.fin<A.Starred>({ kind: 'Starred', value, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, st);
    }
    return bitwiseOr(p);
  };
  const first = item();
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isKw('in')) break;
    elts.push(item());
  }
  return p.fin<A.TupleExpr>({ kind: 'Tuple', elts, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}
