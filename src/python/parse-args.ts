/**
 * Argument lists of calls and parameter lists of `def` and `lambda`, with
 * CPython 3.11's messages for the ways they go wrong ("positional argument
 * follows keyword argument", "non-default argument follows default argument").
 */
import type * as A from './ast';
import type { Parser } from './parse-core';
import { comprehensionClauses } from './parse-display';
import { expression, namedExpression, starExpression } from './parse-expr';
import type { Token } from './tokens';

/** The arguments of a call whose '(' is `open`; the cursor is left on the closing ')'. */
export function callArguments(p: Parser, open: Token, allowGenexp = true): { args: A.Expr[]; keywords: A.Keyword[] } {
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  let sawKeyword = false;
  let sawUnpack = false;
  while (!p.isOp(')')) {
    const t = p.tok;
    if (p.isOp('*')) {
      if (sawUnpack) p.raiseAt('iterable argument unpacking follows keyword argument unpacking', t, t);
      p.next();
      const value = expression(p);
      const starred = p.fin<A.Starred>({ kind: 'Starred', value, ctx: 'load', line: 0, col: 0, endLine: 0, endCol: 0 }, t);
      if (p.isKw('for')) p.raiseAt('iterable unpacking cannot be used in comprehension', starred, starred);
      args.push(starred);
    } else if (p.isOp('**')) {
      p.next();
      keywords.push({ arg: null, value: expression(p), line: t.line, col: t.col });
      sawUnpack = true;
    } else if (t.kind === 'NAME' && p.isOp('=', p.peek())) {
      p.next();
      const eq = p.next();
      const value = expression(p);
      if (p.isKw('for')) p.raiseAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, eq);
      keywords.push({ arg: t.value, value, line: t.line, col: t.col });
      sawKeyword = true;
    } else if (t.kind === 'KEYWORD' && ['True', 'False', 'None'].includes(t.value) && p.isOp('=', p.peek())) {
      p.raiseAt(`cannot assign to ${t.value}`, t, p.peek());
    } else {
      const e = namedExpression(p);
      if (!allowGenexp && p.isKw('for')) p.failAt(p.tok);
      if (p.isKw('for') || p.isKw('async')) {
        const generators = comprehensionClauses(p, e);
        if (args.length === 0 && keywords.length === 0 && p.isOp(')')) {
          const close = p.tok;
          args.push(p.span<A.GeneratorExp>({ kind: 'GeneratorExp', elt: e, generators, line: 0, col: 0, endLine: 0, endCol: 0 }, open, close));
          continue;
        }
        const last = generators[generators.length - 1];
        const item = last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
        p.raiseAt('Generator expression must be parenthesized', e, item);
      }
      if (p.isOp('=')) p.raiseAt('expression cannot contain assignment, perhaps you meant "=="?', e, p.tok);
      if (sawUnpack || sawKeyword) {
        // CPython reports this after reading the rest of the arguments, at the token after them.
        p.attempt(() => {
          while (p.eatOp(',') && !p.isOp(')')) {
            if (p.isOp('*') || p.isOp('**')) p.next();
            else if (p.tok.kind === 'NAME' && p.isOp('=', p.peek())) (p.next(), p.next());
            expression(p);
          }
          return true;
        });
        const what = sawUnpack ? 'keyword argument unpacking' : 'keyword argument';
        p.raiseTok(`positional argument follows ${what}`);
      }
      args.push(e);
    }
    if (!p.eatOp(',')) break;
  }
  return { args, keywords };
}

/** Parameters of a `def`, between its parentheses (annotations parsed and dropped). */
export function defParams(p: Parser): A.Arguments {
  return parameters(p, ')', true);
}

/** Parameters of a `lambda`, up to its ':'. */
export function lambdaParams(p: Parser): A.Arguments {
  return parameters(p, ':', false);
}

function parameters(p: Parser, closer: string, annotated: boolean): A.Arguments {
  const a: A.Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
  let star = false;
  let slash = false;
  const param = (): { arg: A.Arg; end: Token } => {
    const n = p.expectName();
    if (annotated && p.eatOp(':')) {
      if (p.isOp('*') && star && !a.vararg) starExpression(p);
      else expression(p);
    }
    return { arg: { name: n.value, line: n.line, col: n.col }, end: p.prev ?? n };
  };
  while (!p.isOp(closer)) {
    const t = p.tok;
    if (a.kwarg && (t.kind === 'NAME' || p.isOp('*') || p.isOp('**') || p.isOp('/'))) {
      p.raiseAt('arguments cannot follow var-keyword argument', t, t);
    }
    if (p.isOp('/')) {
      if (star) p.raiseAt('/ must be ahead of *', t, t);
      if (slash) p.raiseAt('/ may appear only once', t, t);
      if (a.args.length === 0) p.raiseAt('at least one argument must precede /', t, t);
      p.next();
      slash = true;
      a.posonlyargs = a.args;
      a.args = [];
      if (p.isOp('*')) p.raiseAt('expected comma between / and *', p.tok, p.tok);
    } else if (p.isOp('*')) {
      if (star) p.raiseAt('* argument may appear only once', t, t);
      p.next();
      star = true;
      if (p.tok.kind === 'NAME') {
        a.vararg = param().arg;
        if (p.isOp('=')) p.raiseAt('var-positional argument cannot have default value', p.tok, p.tok);
      } else if (p.isOp(closer) || (p.isOp(',') && (p.isOp(closer, p.peek()) || p.isOp('**', p.peek())))) {
        // CPython points at the '*' of a def, but at the last token read for a lambda.
        const at = annotated ? t : p.isOp(',') ? p.peek() : p.tok;
        p.raiseAt('named arguments must follow bare *', at, at);
      }
    } else if (p.isOp('**')) {
      p.next();
      a.kwarg = param().arg;
      if (p.isOp('=')) p.raiseAt('var-keyword argument cannot have default value', p.tok, p.tok);
    } else if (p.isOp('(')) {
      const bad = p.attempt(() => {
        p.next();
        do p.expectName();
        while (p.eatOp(',') && !p.isOp(')'));
        return p.expectOp(')');
      });
      const what = annotated ? 'Function' : 'Lambda expression';
      if (bad) p.raiseAt(`${what} parameters cannot be parenthesized`, t, bad);
      p.failAt(t);
    } else {
      const { arg, end } = param();
      if (p.isOp('=')) {
        const eq = p.next();
        if (p.isOp(',') || p.isOp(closer)) p.raiseAt('expected default value expression', eq, eq);
        const d = expression(p);
        if (star) {
          a.kwonlyargs.push(arg);
          a.kwDefaults.push(d);
        } else {
          a.args.push(arg);
          a.defaults.push(d);
        }
      } else if (star) {
        a.kwonlyargs.push(arg);
        a.kwDefaults.push(null);
      } else {
        if (a.defaults.length) p.raiseAt('non-default argument follows default argument', arg, end);
        a.args.push(arg);
      }
    }
    if (p.isOp(closer)) break;
    if (!p.isOp(',')) p.failAt(p.tok);
    p.next();
  }
  duplicates(p, a);
  return a;
}

/** CPython's symbol table rejects a repeated parameter name; noted now, raised if the file parses. */
function duplicates(p: Parser, a: A.Arguments): void {
  if (p.symbolError) return;
  const seen = new Set<string>();
  const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
  for (const x of all) {
    if (seen.has(x.name)) {
      p.symbolError = p.error(`duplicate argument '${x.name}' in function definition`, x.line, x.col, x.line, x.col + x.name.length);
      return;
    }
    seen.add(x.name);
  }
}
