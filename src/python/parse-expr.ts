/**
 * Expression rules, in CPython 3.11's precedence (lowest first):
 * lambda, if-else, or, and, not, comparisons, |, ^, &, shifts, + -,
 * * / // % @, unary + - ~, ** (right-associative, binding tighter than a
 * unary operator on its left), then calls, subscripts and attributes.
 *
 * Each rule is a function of the shared Parser. The `invalid_*` diagnostics
 * of CPython's grammar are checked only once parsing has already failed, so
 * valid programs never pay for them.
 */
import type * as A from './ast';
import type { Parser } from './parse-core';
import { callArguments, lambdaParams } from './parse-args';
import { concatStrings } from './parse-string';
import { braceDisplay, listDisplay, parenthesized } from './parse-display';
import { exprName } from './parse-targets';
import type { Token } from './tokens';

const COMPARE_OPS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);
const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match']);

/** Tokens that can begin an expression (CPython's expression_without_invalid). */
export function startsExpression(t: Token): boolean {
  switch (t.kind) {
    case 'NAME':
    case 'NUMBER':
    case 'STRING':
      return true;
    case 'KEYWORD':
      return t.value === 'None' || t.value === 'True' || t.value === 'False' || t.value === 'not' ||
        t.value === 'lambda' || t.value === 'await';
    case 'OP':
      return t.value === '(' || t.value === '[' || t.value === '{' || t.value === '-' || t.value === '+' ||
        t.value === '~' || t.value === '...';
    default:
      return false;
  }
}

function name(t: Token): A.Name {
  return { kind: 'Name', id: t.value, ctx: 'load', line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
}

// ---------------------------------------------------------------- tuples and starred

/** star_expressions: `a`, `a, *b`, `a,` (a Tuple when there is a comma). */
export function starExpressions(p: Parser): A.Expr {
  const s = p.tok;
  const first = starExpression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsExpression(p.tok) && !p.isOp('*')) break;
    elts.push(starExpression(p));
  }
  const t = p.fin<A.TupleExpr>({ kind: 'Tuple', elts, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, s);
  p.markBareTuple(t);
  return t;
}

/** star_expression: `*bitwise_or` or an expression. */
export function starExpression(p: Parser): A.Expr {
  if (p.isOp('*')) {
    const s = p.next();
    const value = bitwiseOr(p);
    return p.fin<A.Starred>({ kind: 'Starred', value, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, s);
  }
  return expression(p);
}

/** star_named_expression: `*bitwise_or` or a named expression. */
export function starNamedExpression(p: Parser): A.Expr {
  if (p.isOp('*')) {
    const s = p.next();
    const value = bitwiseOr(p);
    return p.fin<A.Starred>({ kind: 'Starred', value, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, s);
  }
  return namedExpression(p);
}

// ---------------------------------------------------------------- named, conditional, lambda

/** named_expression: `name := value` or an expression. */
export function namedExpression(p: Parser): A.Expr {
  if (p.tok.kind === 'NAME' && p.isOp(':=', p.peek())) {
    const t = p.next();
    p.next();
    const target = name(t);
    target.ctx = 'store';
    const value = expression(p);
    return p.fin<A.NamedExpr>({ kind: 'NamedExpr', target, value, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
  }
  const e = expression(p);
  if (p.isOp(':=')) {
    p.next();
    if (p.attempt(() => expression(p))) p.raiseAt(`cannot use assignment expressions with ${exprName(e)}`, e, e);
    p.failAt(p.tok);
  }
  return e;
}

/** expression: a conditional expression, a lambda, or a disjunction. */
export function expression(p: Parser): A.Expr {
  p.enter();
  try {
    if (p.isKw('lambda')) return lambdef(p);
    const startIdx = p.i;
    const s = p.tok;
    const body = disjunction(p);
    if (p.isKw('if')) {
      p.next();
      const test = disjunction(p);
      if (!p.isKw('else')) {
        if (p.isOp(':')) p.failAt(p.tok);
        p.raiseAt("expected 'else' after 'if' expression", body, test);
      }
      p.next();
      const orelse = expression(p);
      return p.fin<A.IfExp>({ kind: 'IfExp', test, body, orelse, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
    }
    if (startsExpression(p.tok)) diagnoseJuxtaposition(p, body, startIdx);
    return body;
  } finally {
    p.leave();
  }
}

/**
 * An expression directly followed by another can never parse; CPython's
 * second pass names two such mistakes: `print "x"` and a missing comma
 * inside brackets.
 */
function diagnoseJuxtaposition(p: Parser, a: A.Expr, startIdx: number): void {
  if (a.kind === 'Name' && (a.id === 'print' || a.id === 'exec') && !p.isParenthesized(a)) {
    const b = p.attempt(() => starExpressions(p));
    if (b) p.raiseAt(`Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, a, b);
    return;
  }
  if (p.level === 0) return;
  const first = p.tokAt(startIdx);
  if (first.kind === 'NAME' && (SOFT_KEYWORDS.has(first.value) || p.tokAt(startIdx + 1).kind === 'STRING')) return;
  const b = p.attempt(() => {
    const x = disjunction(p);
    if (p.isKw('if')) {
      p.next();
      disjunction(p);
      p.expectKw('else');
      return expression(p);
    }
    return x;
  });
  if (b && p.level > 0) p.raiseAt('invalid syntax. Perhaps you forgot a comma?', a, b);
}

function lambdef(p: Parser): A.Lambda {
  const s = p.next();
  const args = lambdaParams(p);
  p.expectOp(':');
  const body = expression(p);
  return p.fin<A.Lambda>({ kind: 'Lambda', args, body, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

// ---------------------------------------------------------------- boolean and comparison

// Binary forms start at their first token, not their left operand: `(a) + b` starts at the '('.

export function disjunction(p: Parser): A.Expr {
  const s = p.tok;
  const first = conjunction(p);
  if (!p.isKw('or')) return first;
  const values = [first];
  while (p.eatKw('or')) values.push(conjunction(p));
  return p.fin<A.BoolOp>({ kind: 'BoolOp', op: 'or', values, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

function conjunction(p: Parser): A.Expr {
  const s = p.tok;
  const first = inversion(p);
  if (!p.isKw('and')) return first;
  const values = [first];
  while (p.eatKw('and')) values.push(inversion(p));
  return p.fin<A.BoolOp>({ kind: 'BoolOp', op: 'and', values, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

function inversion(p: Parser): A.Expr {
  if (!p.isKw('not')) return comparison(p);
  const s = p.next();
  p.enter();
  const operand = inversion(p);
  p.leave();
  return p.fin<A.UnaryOp>({ kind: 'UnaryOp', op: 'not', operand, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

function compareOp(p: Parser): A.CmpOperator | null {
  const t = p.tok;
  if (t.kind === 'OP' && COMPARE_OPS.has(t.value)) {
    p.next();
    return t.value as A.CmpOperator;
  }
  if (t.kind !== 'KEYWORD') return null;
  if (t.value === 'in') {
    p.next();
    return 'in';
  }
  if (t.value === 'not' && p.isKw('in', p.peek())) {
    p.next();
    p.next();
    return 'not in';
  }
  if (t.value === 'is') {
    p.next();
    return p.eatKw('not') ? 'is not' : 'is';
  }
  return null;
}

function comparison(p: Parser): A.Expr {
  const s = p.tok;
  const left = bitwiseOr(p);
  let op = compareOp(p);
  if (!op) return left;
  const ops: A.CmpOperator[] = [];
  const comparators: A.Expr[] = [];
  while (op) {
    ops.push(op);
    comparators.push(bitwiseOr(p));
    op = compareOp(p);
  }
  return p.fin<A.Compare>({ kind: 'Compare', left, ops, comparators, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

// ---------------------------------------------------------------- binary operators

/** Binding power of each binary operator between comparisons and unary operators. */
const BINARY_PRECEDENCE: ReadonlyMap<string, number> = new Map([
  ['|', 1], ['^', 2], ['&', 3], ['<<', 4], ['>>', 4], ['+', 5], ['-', 5],
  ['*', 6], ['/', 6], ['//', 6], ['%', 6], ['@', 6],
]);

/** bitwise_or: the operand level of comparisons, and of assignment targets. */
export function bitwiseOr(p: Parser): A.Expr {
  return binary(p, 1);
}

// Precedence climbing over the left-associative levels `|` down to `*`,
// one call per operand instead of one per level.
function binary(p: Parser, minPrec: number): A.Expr {
  const s = p.tok;
  let left = factor(p);
  for (;;) {
    const t = p.tok;
    if (t.kind !== 'OP') return left;
    const prec = BINARY_PRECEDENCE.get(t.value);
    if (prec === undefined || prec < minPrec) return left;
    p.next();
    const right = binary(p, prec + 1);
    left = p.fin<A.BinOp>({ kind: 'BinOp', left, op: t.value as A.BinOperator, right, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
  }
}

function factor(p: Parser): A.Expr {
  const t = p.tok;
  if (t.kind === 'OP' && (t.value === '-' || t.value === '+' || t.value === '~')) {
    p.next();
    p.enter();
    const operand = factor(p);
    p.leave();
    return p.fin<A.UnaryOp>({ kind: 'UnaryOp', op: t.value, operand, line: 0, col: 0, endLine: 0, endCol: 0 }, t);
  }
  return power(p);
}

function power(p: Parser): A.Expr {
  if (p.isKw('await')) p.unsupported("'await' is", p.tok);
  const s = p.tok;
  const left = primary(p);
  if (!p.isOp('**')) return left;
  p.next();
  p.enter();
  const right = factor(p);
  p.leave();
  return p.fin<A.BinOp>({ kind: 'BinOp', left, op: '**', right, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

// ---------------------------------------------------------------- primary

/** primary: an atom followed by any number of `.name`, `(args)` and `[slices]`. */
export function primary(p: Parser): A.Expr {
  const s = p.tok;
  let e = atom(p);
  for (;;) {
    if (p.isOp('.')) {
      p.next();
      const n = p.expectName();
      e = p.fin<A.Attribute>({ kind: 'Attribute', value: e, attr: n.value, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, s);
    } else if (p.isOp('(')) {
      const open = p.next();
      const { args, keywords } = callArguments(p, open);
      p.expectOp(')');
      e = p.fin<A.Call>({ kind: 'Call', func: e, args, keywords, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
    } else if (p.isOp('[')) {
      p.next();
      const slice = slices(p);
      p.expectOp(']');
      e = p.fin<A.Subscript>({ kind: 'Subscript', value: e, slice, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, s);
    } else return e;
  }
}

function slices(p: Parser): A.Expr {
  const s = p.tok;
  const first = sliceItem(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(sliceItem(p));
  }
  return p.fin<A.TupleExpr>({ kind: 'Tuple', elts, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

function sliceItem(p: Parser): A.Expr {
  const s = p.tok;
  if (p.isOp('*')) {
    // `a[*b]` is Python 3.11 but outside the subset; `a[*b:]` is no Python at all.
    p.next();
    bitwiseOr(p);
    if (p.isOp(',') || p.isOp(']')) p.unsupported('starred expressions in subscripts are', s);
    p.failAt(p.tok);
  }
  let lower: A.Expr | null = null;
  if (!p.isOp(':')) {
    lower = namedExpression(p);
    if (!p.isOp(':')) return lower;
    // `a[x := 1 : 2]`: a walrus is a whole subscript, never a slice bound.
    if (lower.kind === 'NamedExpr' && !p.isParenthesized(lower)) p.failAt(p.tok);
  }
  p.next();
  const upper = p.isOp(':') || p.isOp(']') || p.isOp(',') ? null : expression(p);
  let step: A.Expr | null = null;
  if (p.eatOp(':') && !p.isOp(']') && !p.isOp(',')) step = expression(p);
  return p.fin<A.Slice>({ kind: 'Slice', lower, upper, step, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

function atom(p: Parser): A.Expr {
  const t = p.tok;
  switch (t.kind) {
    case 'NAME':
      p.next();
      return name(t);
    case 'NUMBER':
      p.next();
      return { kind: 'Constant', value: numberValue(t.value), line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
    case 'STRING': {
      const toks: Token[] = [];
      while (p.tok.kind === 'STRING') toks.push(p.next());
      return concatStrings(p, toks);
    }
    case 'KEYWORD': {
      const v: A.ConstantValue | null =
        t.value === 'None' ? { type: 'None' } : t.value === 'True' ? { type: 'bool', value: true } : t.value === 'False' ? { type: 'bool', value: false } : null;
      if (!v) break;
      p.next();
      return { kind: 'Constant', value: v, line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
    }
    case 'OP':
      if (t.value === '(') return parenthesized(p);
      if (t.value === '[') return listDisplay(p);
      if (t.value === '{') return braceDisplay(p);
      if (t.value === '...') {
        p.next();
        return { kind: 'Constant', value: { type: 'Ellipsis' }, line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
      }
      break;
  }
  return p.failAt(t);
}

/** The value of a NUMBER token: ints stay exact (bigint beyond 2**53), floats as JS parses them (correctly rounded). */
export function numberValue(text: string): A.ConstantValue {
  const s = text.replace(/_/g, '');
  const last = s[s.length - 1];
  if (last === 'j' || last === 'J') return { type: 'complex', imag: Number(s.slice(0, -1)) };
  // Most literals are small decimal ints: skip the BigInt round trip for them.
  if (s.length < 16 && /^[1-9]\d*$|^0+$/.test(s)) return { type: 'int', value: Number(s) };
  const lower = s.toLowerCase();
  if (lower.startsWith('0x') || lower.startsWith('0o') || lower.startsWith('0b')) return intValue(BigInt(lower));
  if (/[.e]/.test(lower)) return { type: 'float', value: Number(s) };
  return intValue(BigInt(s));
}

function intValue(v: bigint): A.ConstantValue {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? { type: 'int', value: Number(v) } : { type: 'int', value: v };
}

// ---------------------------------------------------------------- yield

/** yield_expr: `yield`, `yield value(s)`, `yield from value`. */
export function yieldExpr(p: Parser): A.Yield | A.YieldFrom {
  const s = p.next();
  p.yields++;
  if (p.eatKw('from')) {
    const value = expression(p);
    return p.fin<A.YieldFrom>({ kind: 'YieldFrom', value, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
  }
  const value = startsExpression(p.tok) || p.isOp('*') ? starExpressions(p) : null;
  return p.fin<A.Yield>({ kind: 'Yield', value, line: 0, col: 0, endLine: 0, endCol: 0 }, s);
}

// ---------------------------------------------------------------- diagnostics

/**
 * `x = 1` where an expression was expected (CPython's invalid_named_expression):
 * the cursor is on '=' right after `e`. Raises when CPython would, else returns.
 */
export function diagnoseAssignInExpression(p: Parser, e: A.Expr): void {
  const paren = p.isParenthesized(e);
  if (e.kind === 'Yield' || e.kind === 'YieldFrom') return;
  // CPython's rule reads a bitwise_or before the '=': a bare comparison or boolean is not one.
  const aboveBitwiseOr = !paren && (e.kind === 'Compare' || e.kind === 'BoolOp' || e.kind === 'IfExp' || e.kind === 'Lambda' ||
    e.kind === 'NamedExpr' || (e.kind === 'UnaryOp' && e.op === 'not'));
  if (aboveBitwiseOr || e.kind === 'Starred') return;
  const excluded = (e.kind === 'List' || e.kind === 'Tuple' || e.kind === 'GeneratorExp') ||
    (!paren && e.kind === 'Constant' && (e.value.type === 'bool' || e.value.type === 'None'));
  const save = { i: p.i, level: p.level, endLine: p.endLine, endCol: p.endCol };
  const v = p.attempt(() => (p.next(), bitwiseOr(p)));
  const ok = v && !p.isOp('=') && !p.isOp(':=');
  p.reset(save.i, save.level, save.endLine, save.endCol);
  if (!ok) return;
  if (e.kind === 'Name' && !paren) {
    p.raiseAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, v!);
  }
  if (!excluded) p.raiseAt(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e, e);
}

