/**
 * Assignment and deletion targets: which expressions may be assigned to or
 * deleted, CPython's names for the ones that may not ("cannot assign to
 * function call"), and setting the store/del context on the valid ones.
 */
import type * as A from './ast';
import type { Parser } from './parse-core';

/** What CPython calls an expression in error messages (_PyPegen_get_expr_name). */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.type === 'None') return 'None';
      if (v.type === 'bool') return v.value ? 'True' : 'False';
      if (v.type === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}

/** How a target is used: assigned (`=`, `for`, `with ... as`) or deleted. */
export type TargetUse = 'store' | 'del';

/**
 * The first sub-expression that cannot be a target (_PyPegen_get_invalid_target),
 * or null if `e` is a valid target. Only lists and tuples are looked into.
 */
export function invalidTarget(e: A.Expr, use: TargetUse): A.Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, use);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return use === 'del' ? e : invalidTarget(e.value, use);
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Marks a valid target (and everything inside it that is assigned) with its context. */
export function setContext(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}

/** Raises CPython's "cannot assign to ..." / "cannot delete ..." for an invalid target, else sets its context. */
export function checkTargets(p: Parser, e: A.Expr, use: TargetUse): void {
  const bad = invalidTarget(e, use);
  if (bad) p.raiseAt(`cannot ${use === 'del' ? 'delete' : 'assign to'} ${exprName(bad)}`, bad, bad);
  setContext(e, use);
}
