import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as A from '../../src/python/ast';
import { parse } from '../../src/python/parser';
import { PythonSyntaxError } from '../../src/python/syntax-error';
import { rng } from '../support/mangled-programs';

// ---------------------------------------------------------------- ast.dump

// Our AST mirrors CPython's `ast`; this prints it the way CPython 3.11's
// ast.dump() does, so expectations below are python3's own output (recorded
// with annotations removed, since the AST drops them).

const BIN: Record<string, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '**': 'Pow', '<<': 'LShift',
  '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '@': 'MatMult',
};
const UNARY: Record<string, string> = { not: 'Not', '-': 'USub', '+': 'UAdd', '~': 'Invert' };
const CMP: Record<string, string> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', is: 'Is', 'is not': 'IsNot', in: 'In', 'not in': 'NotIn',
};
const CTX: Record<string, string> = { load: 'Load()', store: 'Store()', del: 'Del()' };

/** Python's repr() of a str. */
function reprStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c < 0xe000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + q;
}

function reprBytes(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = 'b' + q;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** Python's repr() of a float. */
function reprFloat(v: number): string {
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Number.isNaN(v)) return 'nan';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, e] = v.toExponential().split('e');
  const exp = Number(e);
  if (exp < -4 || exp >= 16) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  const s = String(v);
  return s.includes('.') ? s : s + '.0';
}

function constant(v: A.ConstantValue): string {
  switch (v.type) {
    case 'int':
      return String(v.value);
    case 'float':
      return reprFloat(v.value);
    case 'complex':
      return (Number.isInteger(v.imag) && Math.abs(v.imag) < 1e16 ? String(v.imag) : reprFloat(v.imag)) + 'j';
    case 'str':
      return reprStr(v.value);
    case 'bytes':
      return reprBytes(v.value);
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
  }
}

type Field = [string, unknown];

/** ast.dump(): fields in CPython's order; optional fields that are None are left out. */
function node(name: string, fields: Field[], pos?: A.Pos | { line: number; col: number } | null): string {
  const parts = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`);
  if (pos && withPositions) {
    parts.push(`lineno=${pos.line}`, `col_offset=${pos.col}`);
    if ('endLine' in pos) parts.push(`end_lineno=${pos.endLine}`, `end_col_offset=${pos.endCol}`);
  }
  return `${name}(${parts.join(', ')})`;
}

let withPositions = false;
const list = (xs: string[]): string => `[${xs.join(', ')}]`;
const opt = (e: A.Expr | null): string | undefined => (e ? expr(e) : undefined);
const exprs = (xs: A.Expr[]): string => list(xs.map(expr));
const stmts = (xs: A.Stmt[]): string => list(xs.map(stmt));

function args(a: A.Arguments): string {
  const arg = (x: A.Arg): string => node('arg', [['arg', reprStr(x.name)]], { line: x.line, col: x.col });
  return node('arguments', [
    ['posonlyargs', list(a.posonlyargs.map(arg))], ['args', list(a.args.map(arg))], ['vararg', a.vararg ? arg(a.vararg) : undefined],
    ['kwonlyargs', list(a.kwonlyargs.map(arg))], ['kw_defaults', list(a.kwDefaults.map((d) => (d ? expr(d) : 'None')))],
    ['kwarg', a.kwarg ? arg(a.kwarg) : undefined], ['defaults', exprs(a.defaults)],
  ]);
}

function keyword(k: A.Keyword): string {
  return node('keyword', [['arg', k.arg === null ? undefined : reprStr(k.arg)], ['value', expr(k.value)]]);
}

function comps(gs: A.Comprehension[]): string {
  return list(gs.map((g) => node('comprehension', [['target', expr(g.target)], ['iter', expr(g.iter)], ['ifs', exprs(g.ifs)], ['is_async', 0]])));
}

function expr(e: A.Expr): string {
  const f = (fields: Field[]): string => node(e.kind, fields, e);
  switch (e.kind) {
    case 'BoolOp':
      return f([['op', e.op === 'and' ? 'And()' : 'Or()'], ['values', exprs(e.values)]]);
    case 'NamedExpr':
      return f([['target', expr(e.target)], ['value', expr(e.value)]]);
    case 'BinOp':
      return f([['left', expr(e.left)], ['op', BIN[e.op] + '()'], ['right', expr(e.right)]]);
    case 'UnaryOp':
      return f([['op', UNARY[e.op] + '()'], ['operand', expr(e.operand)]]);
    case 'Lambda':
      return f([['args', args(e.args)], ['body', expr(e.body)]]);
    case 'IfExp':
      return f([['test', expr(e.test)], ['body', expr(e.body)], ['orelse', expr(e.orelse)]]);
    case 'Dict':
      return f([['keys', list(e.keys.map((k) => (k ? expr(k) : 'None')))], ['values', exprs(e.values)]]);
    case 'Set':
      return f([['elts', exprs(e.elts)]]);
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      return f([['elt', expr(e.elt)], ['generators', comps(e.generators)]]);
    case 'DictComp':
      return f([['key', expr(e.key)], ['value', expr(e.value)], ['generators', comps(e.generators)]]);
    case 'Yield':
      return f([['value', opt(e.value)]]);
    case 'YieldFrom':
      return f([['value', expr(e.value)]]);
    case 'Compare':
      return f([['left', expr(e.left)], ['ops', list(e.ops.map((o) => CMP[o] + '()'))], ['comparators', exprs(e.comparators)]]);
    case 'Call':
      return f([['func', expr(e.func)], ['args', exprs(e.args)], ['keywords', list(e.keywords.map(keyword))]]);
    case 'FormattedValue': {
      const conv = e.conversion ? e.conversion.charCodeAt(0) : -1;
      return f([['value', expr(e.value)], ['conversion', conv], ['format_spec', opt(e.formatSpec)]]);
    }
    case 'JoinedStr':
      return f([['values', exprs(e.values)]]);
    case 'Constant':
      return f([['value', constant(e.value)]]);
    case 'Attribute':
      return f([['value', expr(e.value)], ['attr', reprStr(e.attr)], ['ctx', CTX[e.ctx]]]);
    case 'Subscript':
      return f([['value', expr(e.value)], ['slice', expr(e.slice)], ['ctx', CTX[e.ctx]]]);
    case 'Starred':
      return f([['value', expr(e.value)], ['ctx', CTX[e.ctx]]]);
    case 'Name':
      return f([['id', reprStr(e.id)], ['ctx', CTX[e.ctx]]]);
    case 'List':
    case 'Tuple':
      return f([['elts', exprs(e.elts)], ['ctx', CTX[e.ctx]]]);
    case 'Slice':
      return f([['lower', opt(e.lower)], ['upper', opt(e.upper)], ['step', opt(e.step)]]);
  }
}

function stmt(s: A.Stmt): string {
  const f = (fields: Field[]): string => node(s.kind, fields, s);
  switch (s.kind) {
    case 'FunctionDef':
      return f([['name', reprStr(s.name)], ['args', args(s.args)], ['body', stmts(s.body)], ['decorator_list', exprs(s.decorators)]]);
    case 'ClassDef':
      return f([
        ['name', reprStr(s.name)], ['bases', exprs(s.bases)], ['keywords', list(s.keywords.map(keyword))], ['body', stmts(s.body)],
        ['decorator_list', exprs(s.decorators)],
      ]);
    case 'Return':
      return f([['value', opt(s.value)]]);
    case 'Delete':
      return f([['targets', exprs(s.targets)]]);
    case 'Assign':
      return f([['targets', exprs(s.targets)], ['value', expr(s.value)]]);
    case 'AugAssign':
      return f([['target', expr(s.target)], ['op', BIN[s.op] + '()'], ['value', expr(s.value)]]);
    case 'AnnAssign':
      return f([['target', expr(s.target)], ['annotation', expr(s.annotation)], ['value', opt(s.value)], ['simple', s.simple ? 1 : 0]]);
    case 'For':
      return f([['target', expr(s.target)], ['iter', expr(s.iter)], ['body', stmts(s.body)], ['orelse', stmts(s.orelse)]]);
    case 'While':
    case 'If':
      return f([['test', expr(s.test)], ['body', stmts(s.body)], ['orelse', stmts(s.orelse)]]);
    case 'With': {
      const item = (i: A.WithItem): string => node('withitem', [['context_expr', expr(i.contextExpr)], ['optional_vars', opt(i.optionalVars)]]);
      return f([['items', list(s.items.map(item))], ['body', stmts(s.body)]]);
    }
    case 'Raise':
      return f([['exc', opt(s.exc)], ['cause', opt(s.cause)]]);
    case 'Try': {
      const handler = (h: A.ExceptHandler): string =>
        node('ExceptHandler', [['type', opt(h.type)], ['name', h.name === null ? undefined : reprStr(h.name)], ['body', stmts(h.body)]], h);
      return f([['body', stmts(s.body)], ['handlers', list(s.handlers.map(handler))], ['orelse', stmts(s.orelse)], ['finalbody', stmts(s.finalbody)]]);
    }
    case 'Assert':
      return f([['test', expr(s.test)], ['msg', opt(s.msg)]]);
    case 'Import':
    case 'ImportFrom': {
      const alias = (a: A.Alias): string => node('alias', [['name', reprStr(a.name)], ['asname', a.asname === null ? undefined : reprStr(a.asname)]], a);
      if (s.kind === 'Import') return f([['names', list(s.names.map(alias))]]);
      return f([['module', s.module ? reprStr(s.module) : undefined], ['names', list(s.names.map(alias))], ['level', s.level]]);
    }
    case 'Global':
    case 'Nonlocal':
      return f([['names', list(s.names.map(reprStr))]]);
    case 'Expr':
      return f([['value', expr(s.value)]]);
    case 'Pass':
    case 'Break':
    case 'Continue':
      return f([]);
  }
}

/** ast.dump(ast.parse(src)) as CPython 3.11 prints it (include_attributes adds positions, as ast.dump does). */
function dump(src: string, includeAttributes = false): string {
  withPositions = includeAttributes;
  try {
    return `Module(body=${stmts(parse(src, 'prog.py').body)}, type_ignores=[])`;
  } finally {
    withPositions = false;
  }
}

// ---------------------------------------------------------------- shapes

// [source, python3 -c "import ast; print(ast.dump(ast.parse(source)))"] with
// argument annotations and return annotations stripped first.
const CASES: [string, string][] = [
  ['x = 42',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=42))], type_ignores=[])"],
  ['x = 0x1F + 0o17 + 0b101 + 1_000_000',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1000000)))], type_ignores=[])"],
  ['x = 123456789012345678901234567890',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789012345678901234567890))], type_ignores=[])"],
  ['x = 9007199254740993',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=9007199254740993))], type_ignores=[])"],
  ['x = 1.5 + 1. + .5 + 1e10 + 1.5E-3 + 1_0.0_1',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.5), op=Add(), right=Constant(value=1.0)), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=10000000000.0)), op=Add(), right=Constant(value=0.0015)), op=Add(), right=Constant(value=10.01)))], type_ignores=[])"],
  ['x = 1e400',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=inf))], type_ignores=[])"],
  ['x = 3j + 1.5J',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=3j), op=Add(), right=Constant(value=1.5j)))], type_ignores=[])"],
  ['x = ...',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"],
  ['x = None, True, False',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])"],
  ['s = \'a\' "b" \'\'\'c\'\'\' """d"""',
    "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='abcd'))], type_ignores=[])"],
  ["s = 'a\\tb\\n\\\\\\'\\x41\\101\\u00e9\\U0001F600'",
    "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value=\"a\\tb\\n\\\\'AAé😀\"))], type_ignores=[])"],
  ["s = r'a\\nb' + R'\\d'",
    "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=BinOp(left=Constant(value='a\\\\nb'), op=Add(), right=Constant(value='\\\\d')))], type_ignores=[])"],
  ["s = 'line\\\ncont'",
    "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='linecont'))], type_ignores=[])"],
  ["s = '\\d\\q'",
    "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\\\\d\\\\q'))], type_ignores=[])"],
  ["b = b'ab\\x00\\xff' + rb'\\n' + Br'x'",
    "Module(body=[Assign(targets=[Name(id='b', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=b'ab\\x00\\xff'), op=Add(), right=Constant(value=b'\\\\n')), op=Add(), right=Constant(value=b'x')))], type_ignores=[])"],
  ["s = ''",
    "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value=''))], type_ignores=[])"],
  ["s = 'a' 'b' 'c'",
    "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"],
  ["f'{x}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'a{x}b{y!r}c'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value='c')]))], type_ignores=[])"],
  ["f'{x!s} {x!a}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115), Constant(value=' '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)]))], type_ignores=[])"],
  ["f'{x:>10}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"],
  ["f'{x:{w}.{p}f}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])"],
  ["f'{{literal}} {x}'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{literal} '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'{x=}'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"],
  ["f'{x = }'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"],
  ["f'{x=!s}'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])"],
  ["f'{x=:>5}'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[])"],
  ["f'{x!r:^{w}}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"],
  ["'a' f'{x}' 'b'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b')]))], type_ignores=[])"],
  ["f'' 'a'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a')]))], type_ignores=[])"],
  ["f''",
    'Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])'],
  ["f'{a + b * 2}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Constant(value=2))), conversion=-1)]))], type_ignores=[])"],
  ['f\'{d["k"]}\'',
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'{[y for y in z]}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]), conversion=-1)]))], type_ignores=[])"],
  ["f'{x, y}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'{(lambda: 1)()}'",
    'Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), args=[], keywords=[]), conversion=-1)]))], type_ignores=[])'],
  ["f'{x:}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"],
  ["f'''{\n  x\n}'''",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["F'{x}' rf'\\n{y}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\n'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'\\n{x}\\t'",
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\t')]))], type_ignores=[])"],
  ["f'{3.14:.1f}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.1f')]))]))], type_ignores=[])"],
  ['f\'{x:{"<"}10}\'',
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='<'), conversion=-1), Constant(value='10')]))]))], type_ignores=[])"],
  ["f'{a!r}{b}'",
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ['x = a + b * c - d / e // f % g ** h @ m',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Name(id='c', ctx=Load()))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=Div(), right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mod(), right=BinOp(left=Name(id='g', ctx=Load()), op=Pow(), right=Name(id='h', ctx=Load()))), op=MatMult(), right=Name(id='m', ctx=Load()))))], type_ignores=[])"],
  ['x = -2 ** 2',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])"],
  ['x = 2 ** -1',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"],
  ['x = 2 ** 3 ** 2',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=2))))], type_ignores=[])"],
  ['x = ~a + -b + +c',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load()))), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='c', ctx=Load()))))], type_ignores=[])"],
  ['x = a | b ^ c & d << e >> f',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))], type_ignores=[])"],
  ['x = a or b and not c',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])]))], type_ignores=[])"],
  ['x = a and b and c or d or e',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[])"],
  ['x = not not a',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"],
  ['x = a < b <= c > d >= e == f != g',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load())]))], type_ignores=[])"],
  ['x = a is not b',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"],
  ['x = a not in b',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"],
  ['x = a in b is c',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"],
  ['x = a if b else c if d else e',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"],
  ['x = (a if b else c)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"],
  ['x = lambda: 0',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
  ['x = lambda a, b=1, *c, d, e=2, **f: a',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Name(id='a', ctx=Load())))], type_ignores=[])"],
  ['x = lambda a, /, b: a',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])"],
  ['x = lambda *, k: k',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=Name(id='k', ctx=Load())))], type_ignores=[])"],
  ['x = (y := 10)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=10)))], type_ignores=[])"],
  ['if (n := len(a)) > 10: pass',
    "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"],
  ['x = [y := f(x), y ** 2]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[])"],
  ['x = (a)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='a', ctx=Load()))], type_ignores=[])"],
  ['x = ((a, b))',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"],
  ['x = ()',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"],
  ['x = (1,)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"],
  ['x = 1,',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"],
  ['x = a, *b',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"],
  ['x = a.b.c',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"],
  ['x = f()',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"],
  ['x = f(a, b, *c, d=1, **e)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='d', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))]))], type_ignores=[])"],
  ['x = f(*a, *b, **c, **d)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"],
  ['x = f(a)(b)[c].d',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"],
  ['x = f(x for x in y)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"],
  ['x = f(a, k=1,)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1))]))], type_ignores=[])"],
  ['x = a[1]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Load()))], type_ignores=[])"],
  ['x = a[1:2]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[])"],
  ['x = a[::2]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[])"],
  ['x = a[:]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"],
  ['x = a[1:2, ::3]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"],
  ['x = a[1, 2]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
  ['x = a[1,]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
  ['x = a[i:j:k]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Name(id='i', ctx=Load()), upper=Name(id='j', ctx=Load()), step=Name(id='k', ctx=Load())), ctx=Load()))], type_ignores=[])"],
  ['x = a[:, None]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=None)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
  ['x = a[x:=1]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"],
  ['x = [1, 2, 3]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])"],
  ['x = [1, *a, 2]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
  ['x = []',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[], ctx=Load()))], type_ignores=[])"],
  ['x = {}',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[], values=[]))], type_ignores=[])"],
  ["x = {1: 2, 'a': b}",
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1), Constant(value='a')], values=[Constant(value=2), Name(id='b', ctx=Load())]))], type_ignores=[])"],
  ["x = {**a, 'b': 1, **c}",
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())]))], type_ignores=[])"],
  ['x = {1, 2}',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Constant(value=2)]))], type_ignores=[])"],
  ['x = {*a, *b}',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())]))], type_ignores=[])"],
  ['x = [x for x in y]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ['x = [x for x in y if x if not z]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='z', ctx=Load()))], is_async=0)]))], type_ignores=[])"],
  ['x = [(a, b) for a in c for b in d if a]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[Name(id='a', ctx=Load())], is_async=0)]))], type_ignores=[])"],
  ['x = {k: v for k, v in items}',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='items', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ['x = {x for x in y}',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ['x = (x for x in y)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ['x = [x for x, in y]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ['x = [x for *a, b in y]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ['x = [1, 2,]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
  ['x = {1: 2,}',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]))], type_ignores=[])"],
  ['x = y = z = 1',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store()), Name(id='z', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
  ['a, b = b, a',
    "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"],
  ['[a, b] = c',
    "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
  ['(a, b) = c',
    "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
  ['a, *b = c',
    "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
  ['*a, b = c',
    "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
  ['a.b = c[d] = e',
    "Module(body=[Assign(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), Subscript(value=Name(id='c', ctx=Load()), slice=Name(id='d', ctx=Load()), ctx=Store())], value=Name(id='e', ctx=Load()))], type_ignores=[])"],
  ['x[1:2] = y',
    "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Store())], value=Name(id='y', ctx=Load()))], type_ignores=[])"],
  ['(a), b = c',
    "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
  ['x += 1',
    "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"],
  ['x.y -= 1',
    "Module(body=[AugAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), op=Sub(), value=Constant(value=1))], type_ignores=[])"],
  ['x[0] *= 2',
    "Module(body=[AugAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=Mult(), value=Constant(value=2))], type_ignores=[])"],
  ['x //= 2; x **= 2; x @= m; x >>= 1; x <<= 1',
    "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1))], type_ignores=[])"],
  ['x |= 1; x ^= 1; x &= 1; x %= 1; x /= 1',
    "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=1))], type_ignores=[])"],
  ['x: int',
    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[])"],
  ['x: int = 5',
    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"],
  ['x.y: int = 5',
    "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=0)], type_ignores=[])"],
  ['x[0]: int',
    "Module(body=[AnnAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"],
  ['(x): int = 1',
    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"],
  ['def f():\n    x = yield',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[])], type_ignores=[])"],
  ['def f():\n    x = yield 1\n    y = yield from g()\n    yield\n    z = (yield)\n    await_ = 1',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Constant(value=1))), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]))), Expr(value=Yield()), Assign(targets=[Name(id='z', ctx=Store())], value=Yield()), Assign(targets=[Name(id='await_', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])"],
  ['def f():\n    return',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return()], decorator_list=[])], type_ignores=[])"],
  ['def f():\n    return 1, 2',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], decorator_list=[])], type_ignores=[])"],
  ['def f():\n    return *a, b',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[])], type_ignores=[])"],
  ['del a',
    "Module(body=[Delete(targets=[Name(id='a', ctx=Del())])], type_ignores=[])"],
  ['del a, b[0], c.d',
    "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"],
  ['del (a, b), [c]',
    "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del()), List(elts=[Name(id='c', ctx=Del())], ctx=Del())])], type_ignores=[])"],
  ['del a,',
    "Module(body=[Delete(targets=[Name(id='a', ctx=Del())])], type_ignores=[])"],
  ['pass',
    'Module(body=[Pass()], type_ignores=[])'],
  ['import a',
    "Module(body=[Import(names=[alias(name='a')])], type_ignores=[])"],
  ['import a.b.c',
    "Module(body=[Import(names=[alias(name='a.b.c')])], type_ignores=[])"],
  ['import a.b as c, d',
    "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')])], type_ignores=[])"],
  ['from a import b',
    "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[])"],
  ['from a.b import (c as d, e,)',
    "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=0)], type_ignores=[])"],
  ['from . import x',
    "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"],
  ['from .. a import b',
    "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=2)], type_ignores=[])"],
  ['from ...x import y',
    "Module(body=[ImportFrom(module='x', names=[alias(name='y')], level=3)], type_ignores=[])"],
  ['from .... import z',
    "Module(body=[ImportFrom(names=[alias(name='z')], level=4)], type_ignores=[])"],
  ['from a import *',
    "Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=0)], type_ignores=[])"],
  ['global a, b',
    "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"],
  ['def f():\n    nonlocal a',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['a'])], decorator_list=[])], type_ignores=[])"],
  ['assert x',
    "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"],
  ["assert x, 'msg'",
    "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"],
  ['raise',
    'Module(body=[Raise()], type_ignores=[])'],
  ['raise E',
    "Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[])"],
  ["raise E('x') from None",
    "Module(body=[Raise(exc=Call(func=Name(id='E', ctx=Load()), args=[Constant(value='x')], keywords=[]), cause=Constant(value=None))], type_ignores=[])"],
  ['x = 1; y = 2;',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"],
  ['if x: pass',
    "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
  ['if x: a; b',
    "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"],
  ['if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y',
    "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[Expr(value=Name(id='y', ctx=Load()))])])])], type_ignores=[])"],
  ['while x:\n    break\nelse:\n    pass',
    "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()])], type_ignores=[])"],
  ['for x in y:\n    continue\nelse:\n    pass',
    "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Continue()], orelse=[Pass()])], type_ignores=[])"],
  ['for a, (b, c) in d: pass',
    "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
  ['for x in 1, 2: pass',
    "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
  ['for x, in y: pass',
    "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
  ['for *a, b in c: pass',
    "Module(body=[For(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
  ['for i in range(10): x += i',
    "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Name(id='i', ctx=Load()))], orelse=[])], type_ignores=[])"],
  ['try:\n    pass\nexcept:\n    pass',
    'Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])'],
  ['try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass',
    "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"],
  ['try:\n    pass\nfinally:\n    pass',
    'Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])'],
  ['with a: pass',
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
  ['with a as b, c as (d, e): pass',
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"],
  ['with (a as b, c): pass',
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
  ['with (a, b): pass',
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
  ['with (a, b) as c: pass',
    "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"],
  ['with (a): pass',
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
  ['with a as b.c: pass',
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"],
  ['def f(): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['def f(a, b=1, *args, c, d=2, **kwargs): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kwargs'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['def f(a, /, b, *, c): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['def f(a=1, /, b=2): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['def f(*, a=1, b): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['def f(a: int, *b: str, **c: float) -> None: pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], vararg=arg(arg='b'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='c'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['def f(a,): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['def f(*a,): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['def f(**k,): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['@d\ndef f(): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[])"],
  ['@a.b(c)\n@e\ndef f(): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), Name(id='e', ctx=Load())])], type_ignores=[])"],
  ['@x[0].y\nclass A: pass',
    "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[Attribute(value=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Load()), attr='y', ctx=Load())])], type_ignores=[])"],
  ['class A: pass',
    "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['class A(B, C): pass',
    "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['class A(B, metaclass=M, **kw): pass',
    "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['class A(): pass',
    "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['class A(*bases): pass',
    "Module(body=[ClassDef(name='A', bases=[Starred(value=Name(id='bases', ctx=Load()), ctx=Load())], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ["class A:\n    '''doc'''\n    x = 1\n    def m(self):\n        return self.x",
    "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Expr(value=Constant(value='doc')), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Load()))], decorator_list=[])], decorator_list=[])], type_ignores=[])"],
  ["'''module docstring'''\nx = 1",
    "Module(body=[Expr(value=Constant(value='module docstring')), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
  ['x = (1 +\n     2)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"],
  ['x = [\n    1,\n    2,\n]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
  ['x = 1 + \\\n    2',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"],
  ['if x:\n    # comment\n    y\n\n    z  # trailing\n',
    "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load())), Expr(value=Name(id='z', ctx=Load()))], orelse=[])], type_ignores=[])"],
  ['def f():\n\tif x:\n\t\treturn 1\n\treturn 2',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[If(test=Name(id='x', ctx=Load()), body=[Return(value=Constant(value=1))], orelse=[]), Return(value=Constant(value=2))], decorator_list=[])], type_ignores=[])"],
  ['match = 1\nmatch.x = 2\nprint(match)',
    "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=2)), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load())], keywords=[]))], type_ignores=[])"],
  ['case = 1',
    "Module(body=[Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
  ['_ = 1',
    "Module(body=[Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
  ['type = 5\ntype(x)',
    "Module(body=[Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=5)), Expr(value=Call(func=Name(id='type', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"],
  ["print(x, sep='', end='')",
    "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value='')), keyword(arg='end', value=Constant(value=''))]))], type_ignores=[])"],
  ['x = a if b else lambda: c',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load()))))], type_ignores=[])"],
  ['x = not a == b',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"],
  ['x = -a ** -b',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])"],
  ['x = a[b](c).d[e:f]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Attribute(value=Call(func=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), attr='d', ctx=Load()), slice=Slice(lower=Name(id='e', ctx=Load()), upper=Name(id='f', ctx=Load())), ctx=Load()))], type_ignores=[])"],
  ["x = 'a' 'b'.upper()",
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Attribute(value=Constant(value='ab'), attr='upper', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"],
  ['x = [*range(3)]',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ctx=Load())], ctx=Load()))], type_ignores=[])"],
  ['print(*args, **kwargs)',
    "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='args', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='kwargs', ctx=Load()))]))], type_ignores=[])"],
  ['f(a)(b)(c)',
    "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"],
  ['x = 1 if 2 else 3,',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[IfExp(test=Constant(value=2), body=Constant(value=1), orelse=Constant(value=3))], ctx=Load()))], type_ignores=[])"],
  ['lambda: (yield)',
    'Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])'],
  ['x = a.b.c.d(e)',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Load()), args=[Name(id='e', ctx=Load())], keywords=[]))], type_ignores=[])"],
  ['def f(x=lambda y: y): pass',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='y')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='y', ctx=Load()))]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ['x = {a: b for a in c if d for e in f}',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='a', ctx=Load()), value=Name(id='b', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[Name(id='d', ctx=Load())], is_async=0), comprehension(target=Name(id='e', ctx=Store()), iter=Name(id='f', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
];

describe('AST shapes match CPython 3.11', () => {
  it.each(CASES)('%s', (src, expected) => {
    expect(dump(src)).toBe(expected);
  });
});

// [source, ast.dump(ast.parse(source), include_attributes=True)]: positions,
// end positions included, for ASCII sources (CPython counts UTF-8 bytes).
const POSITIONS: [string, string][] = [
  ['x = (a) + b * (c - d)\n',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), op=Mult(), right=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), op=Sub(), right=Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), lineno=1, col_offset=15, end_lineno=1, end_col_offset=20), lineno=1, col_offset=10, end_lineno=1, end_col_offset=21), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"],
  ['if x:\n    y = 1;\nelif z:\n    pass\nelse:\n    w\n',
    "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[If(test=Name(id='z', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Expr(value=Name(id='w', ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=5)], type_ignores=[])"],
  ["s = ('abc'\n     'def')\n",
    "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='abcdef', lineno=1, col_offset=5, end_lineno=2, end_col_offset=10), lineno=1, col_offset=0, end_lineno=2, end_col_offset=11)], type_ignores=[])"],
  ["print(f'{a + b!r:>{w}} and {c}')\n",
    "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=6, end_lineno=1, end_col_offset=31), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=31)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=31), lineno=1, col_offset=6, end_lineno=1, end_col_offset=31), Constant(value=' and ', lineno=1, col_offset=6, end_lineno=1, end_col_offset=31), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=31)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=31)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[])"],
  ['@dec\ndef f():\n    return [i for i in range(3) if i]\n',
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Name(id='i', ctx=Load(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=13), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=3, col_offset=18, end_lineno=3, end_col_offset=19), iter=Call(func=Name(id='range', ctx=Load(), lineno=3, col_offset=23, end_lineno=3, end_col_offset=28), args=[Constant(value=3, lineno=3, col_offset=29, end_lineno=3, end_col_offset=30)], keywords=[], lineno=3, col_offset=23, end_lineno=3, end_col_offset=31), ifs=[Name(id='i', ctx=Load(), lineno=3, col_offset=35, end_lineno=3, end_col_offset=36)], is_async=0)], lineno=3, col_offset=11, end_lineno=3, end_col_offset=37), lineno=3, col_offset=4, end_lineno=3, end_col_offset=37)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=37)], type_ignores=[])"],
  ['x[1:2, ::3].y = -a ** b\n',
    "Module(body=[Assign(targets=[Attribute(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), op=Pow(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1, col_offset=17, end_lineno=1, end_col_offset=23), lineno=1, col_offset=16, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])"],
  ['for i, (j, k) in z:\n    break\nelse:\n    pass\n',
    "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Tuple(elts=[Name(id='j', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='k', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=13)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), iter=Name(id='z', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])"],
  ['try:\n    a\nexcept E as e:\n    b\nfinally:\n    c\n',
    "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Expr(value=Name(id='b', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=5)], orelse=[], finalbody=[Expr(value=Name(id='c', ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=5)], type_ignores=[])"],
  ['x = {1: [2, (3,)], **d}\nwhile not x: x -= 1\n',
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Dict(keys=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), None], values=[List(elts=[Constant(value=2, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Tuple(elts=[Constant(value=3, lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=16)], ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=17), Name(id='d', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), While(test=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=6, end_lineno=2, end_col_offset=11), body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), op=Sub(), value=Constant(value=1, lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), lineno=2, col_offset=13, end_lineno=2, end_col_offset=19)], orelse=[], lineno=2, col_offset=0, end_lineno=2, end_col_offset=19)], type_ignores=[])"],
  ["class A(B):\n    '''doc'''\n    x: int = 0\n",
    "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[], body=[Expr(value=Constant(value='doc', lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), AnnAssign(target=Name(id='x', ctx=Store(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), annotation=Name(id='int', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=10), value=Constant(value=0, lineno=3, col_offset=13, end_lineno=3, end_col_offset=14), simple=1, lineno=3, col_offset=4, end_lineno=3, end_col_offset=14)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=14)], type_ignores=[])"],
  ['with a as (b, c), d: pass\n',
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Tuple(elts=[Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Name(id='c', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=16)), withitem(context_expr=Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19))], body=[Pass(lineno=1, col_offset=21, end_lineno=1, end_col_offset=25)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)], type_ignores=[])"],
  ["del a, b[0]\nassert x, 'm'\nraise E from None\n",
    "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Assert(test=Name(id='x', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), msg=Constant(value='m', lineno=2, col_offset=10, end_lineno=2, end_col_offset=13), lineno=2, col_offset=0, end_lineno=2, end_col_offset=13), Raise(exc=Name(id='E', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), cause=Constant(value=None, lineno=3, col_offset=13, end_lineno=3, end_col_offset=17), lineno=3, col_offset=0, end_lineno=3, end_col_offset=17)], type_ignores=[])"],
  ['f(x for x in y)\n',
    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"],
  ['z = 1 if a else 2\nw = a < b < c\nv = (n := 10)\n',
    "Module(body=[Assign(targets=[Name(id='z', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=Name(id='a', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), orelse=Constant(value=2, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), Assign(targets=[Name(id='w', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Compare(left=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), ops=[Lt(), Lt()], comparators=[Name(id='b', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), Name(id='c', ctx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), lineno=2, col_offset=0, end_lineno=2, end_col_offset=13), Assign(targets=[Name(id='v', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=NamedExpr(target=Name(id='n', ctx=Store(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), value=Constant(value=10, lineno=3, col_offset=10, end_lineno=3, end_col_offset=12), lineno=3, col_offset=5, end_lineno=3, end_col_offset=12), lineno=3, col_offset=0, end_lineno=3, end_col_offset=13)], type_ignores=[])"],
  ["t = f'''{\n  a\n}''' + f'''x{b +\n c}'''\n",
    "Module(body=[Assign(targets=[Name(id='t', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), conversion=-1, lineno=1, col_offset=4, end_lineno=3, end_col_offset=4)], lineno=1, col_offset=4, end_lineno=3, end_col_offset=4), op=Add(), right=JoinedStr(values=[Constant(value='x', lineno=3, col_offset=7, end_lineno=4, end_col_offset=6), FormattedValue(value=BinOp(left=Name(id='b', ctx=Load(), lineno=3, col_offset=13, end_lineno=3, end_col_offset=14), op=Add(), right=Name(id='c', ctx=Load(), lineno=4, col_offset=1, end_lineno=4, end_col_offset=2), lineno=3, col_offset=13, end_lineno=4, end_col_offset=2), conversion=-1, lineno=3, col_offset=7, end_lineno=4, end_col_offset=6)], lineno=3, col_offset=7, end_lineno=4, end_col_offset=6), lineno=1, col_offset=4, end_lineno=4, end_col_offset=6), lineno=1, col_offset=0, end_lineno=4, end_col_offset=6)], type_ignores=[])"],
];

describe('node positions match CPython 3.11', () => {
  it.each(POSITIONS)('%s', (src, expected) => {
    expect(dump(src, true)).toBe(expected);
  });

  it('keeps the def line apart from the decorators', () => {
    const f = parse('@a\n@b\ndef f():\n    pass\n').body[0] as A.FunctionDef;
    expect([f.line, f.defLine, f.decorators[0].line, f.endLine]).toEqual([3, 3, 1, 4]);
  });

  it('counts columns in UTF-16 code units, as JavaScript strings and editors do', () => {
    const e = (parse('s = "é🐍" + x').body[0] as A.Assign).value as A.BinOp;
    expect([e.right.col, e.right.endCol]).toEqual([12, 13]);
  });
});

// ---------------------------------------------------------------- corpus

// The public corpus beside the project (../shared), as CI places it.
const CORPUS = join(__dirname, '../../../shared/conformance');

describe('conformance corpus', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.py')) : [];
  it.skipIf(files.length === 0).each(files)('%s parses', (f) => {
    const m = parse(readFileSync(join(CORPUS, f), 'utf8'), f);
    expect(m.body.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------- outside the subset

function failure(src: string): [string, string, number] {
  try {
    parse(src, 'prog.py');
  } catch (e) {
    if (e instanceof PythonSyntaxError) return [e.pyType, e.msg, e.line];
    throw e;
  }
  throw new Error('parsed: ' + src);
}

describe('features outside the subset are refused by name', () => {
  it.each([
    ['x = 1\n\nasync def f():\n    pass\n', "'async def' is not supported by Memory Lane (line 3)", 3],
    ['async for x in y: pass\n', "'async for' is not supported by Memory Lane (line 1)", 1],
    ['async with a: pass\n', "'async with' is not supported by Memory Lane (line 1)", 1],
    ['def f():\n    await g()\n', "'await' is not supported by Memory Lane (line 2)", 2],
    ['def f():\n    return [x async for x in y]\n', "'async for' is not supported by Memory Lane (line 2)", 2],
    ['x = 1\nmatch x:\n    case 1:\n        pass\n', "'match' statements are not supported by Memory Lane (line 2)", 2],
    ['match (x):\n    case _: pass\n', "'match' statements are not supported by Memory Lane (line 1)", 1],
    ['type Point = tuple[int, int]\n', "'type' statements are not supported by Memory Lane (line 1)", 1],
    ['try:\n    pass\nexcept* ValueError:\n    pass\n', "'except*' is not supported by Memory Lane (line 3)", 3],
    ['x = a[*b]\n', 'starred expressions in subscripts are not supported by Memory Lane (line 1)', 1],
    ['print >>f, "x"\n', "'print >>' (Python 2 print redirection) is not supported by Memory Lane (line 1)", 1],
    ['x = `1`\n', 'backticks (Python 2 repr) are not supported by Memory Lane (line 1)', 1],
    ['exec "x = 1"\n', "the Python 2 'exec' statement is not supported by Memory Lane (line 1)", 1],
    ['exec code in ns\n', "the Python 2 'exec' statement is not supported by Memory Lane (line 1)", 1],
    ['s = "\\N{BULLET}"\n', "'\\N{...}' escapes are not supported by Memory Lane (line 1)", 1],
  ])('%j', (src, msg, line) => {
    expect(failure(src)).toEqual(['NotImplementedError', msg, line]);
  });

  it('keeps `exec(...)` a call and `print "x"` CPython\'s own SyntaxError', () => {
    expect(dump('exec("x = 1")\n')).toContain("func=Name(id='exec', ctx=Load())");
    expect(failure('print "hello"\n')).toEqual(['SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1]);
  });

  it('keeps soft keywords usable as names', () => {
    expect(dump('match = [1]\nmatch[0] = 2\nmatch(x)\ncase = type = _ = 3\nprint(match, type)\n')).toContain("Name(id='match', ctx=Store())");
  });
});

// ---------------------------------------------------------------- robustness

/** parse() may only succeed or throw a PythonSyntaxError with a usable position. */
function mustBehave(src: string): void {
  try {
    parse(src, 'fuzz.py');
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw new Error(`non-syntax error for ${JSON.stringify(src)}: ${e}`);
    if (e.msg.includes('internal')) throw new Error(`internal error for ${JSON.stringify(src)}: ${e.msg}`);
    expect(e.line).toBeGreaterThanOrEqual(1);
  }
}

const corpusSources = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(CORPUS, f), 'utf8'))
  : [CASES.map(([s]) => s).join('\n')];

describe('robustness', () => {
  it('survives random bytes', { timeout: 60_000 }, () => {
    const next = rng(1);
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(next() * 40);
      let s = '';
      for (let j = 0; j < n; j++) s += String.fromCharCode(Math.floor(next() * 160));
      mustBehave(s);
    }
  });

  it('survives random Python-ish token soup', { timeout: 60_000 }, () => {
    const atoms = [
      'x', '1', '2.5', "'s'", 'f"{x}"', 'f"{', '(', ')', '[', ']', '{', '}', ',', ':', '=', '==', '+', '-', '*', '**', '/',
      'if', 'else', 'for', 'in', 'not', 'lambda', 'def', 'class', 'return', 'yield', 'await', 'async', '@', '.', ';',
      '\n', '\n    ', '\\\n', '#c', ':=', '->', 'match', 'print', 'del', 'import', 'from', 'as', 'with', 'try', 'except',
    ];
    const next = rng(2);
    for (let i = 0; i < 4000; i++) {
      const n = 1 + Math.floor(next() * 14);
      const parts: string[] = [];
      for (let j = 0; j < n; j++) parts.push(atoms[Math.floor(next() * atoms.length)]);
      mustBehave(parts.join(' '));
    }
  });

  it('survives truncations of the corpus programs', { timeout: 60_000 }, () => {
    for (const src of corpusSources) {
      for (let cut = 0; cut < src.length; cut += 11) mustBehave(src.slice(0, cut));
    }
  });

  it('survives single-character mutations of the corpus programs', { timeout: 60_000 }, () => {
    const next = rng(3);
    const chars = '()[]{}:,.=+-*\'"\\# \n\tfx0';
    for (const src of corpusSources) {
      for (let k = 0; k < 40; k++) {
        const at = Math.floor(next() * src.length);
        const c = chars[Math.floor(next() * chars.length)];
        mustBehave(src.slice(0, at) + c + src.slice(at + (next() < 0.5 ? 1 : 0)));
      }
    }
  });

  it('limits bracket nesting to 200 like CPython, without exhausting the stack', () => {
    expect(() => parse('x = ' + '('.repeat(200) + '1' + ')'.repeat(200))).not.toThrow();
    expect(() => parse('x = ' + '[{('.repeat(67) + '1' + ')}]'.repeat(67))).toThrow(PythonSyntaxError);
    expect(failure('x = ' + '('.repeat(201) + '1' + ')'.repeat(201))).toEqual(['SyntaxError', 'too many nested parentheses', 1]);
    expect(failure('x = ' + '['.repeat(5000))[1]).toBe('too many nested parentheses');
  });

  it('rejects other runaway nesting with a SyntaxError, not a stack overflow', () => {
    for (const src of ['x = ' + '-'.repeat(100000) + '1', 'x = ' + 'not '.repeat(50000) + 'a', 'x = ' + 'lambda: '.repeat(20000) + '0',
      'x = ' + '1 if a else '.repeat(20000) + '0', 'x = ' + '2 ** '.repeat(50000) + '2']) {
      const [type] = failure(src);
      expect(type).toBe('SyntaxError');
    }
    expect(() => parse('x = ' + '-'.repeat(500) + '1')).not.toThrow();
  });

  it('handles nested f-strings and deep f-string fields', () => {
    expect(() => parse(`f"{f'{x!r:>{w}}'}"`)).not.toThrow();
    expect(failure("f'{x:{y:{z}}}'")[1]).toBe('f-string: expressions nested too deeply');
  });
});


