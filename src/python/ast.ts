/**
 * The abstract syntax tree of the Python subset.
 *
 * Shapes follow CPython's `ast` module (same node names, same field names where
 * practical) so that anyone who knows `ast.dump` can read them. Every node carries
 * the 1-based line and 0-based column where it starts and where it ends, because
 * every error message and every trace step points at a line.
 *
 * Nodes are plain immutable objects discriminated by `kind`; the compiler walks
 * them once and never again at run time.
 */

/** Source position shared by every node (lines 1-based, columns 0-based, like CPython). */
export interface Pos {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** A whole file. */
export interface Module {
  kind: 'Module';
  body: Stmt[];
}

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | DictExpr
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Compare
  | Call
  | JoinedStr
  | FormattedValue
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | ListExpr
  | TupleExpr
  | Slice;

// ---------------------------------------------------------------- statements

/** `def name(args): body`, with decorators applied bottom-up. */
export interface FunctionDef extends Pos {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  /** Line of the `def` keyword itself (decorators may start earlier). */
  defLine: number;
}

/** `class name(bases, **keywords): body`. */
export interface ClassDef extends Pos {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
  defLine: number;
}

export interface Return extends Pos {
  kind: 'Return';
  value: Expr | null;
}

/** `del a, b[0], c.x` */
export interface Delete extends Pos {
  kind: 'Delete';
  targets: Expr[];
}

/** `a = b = value`: targets are Name, Attribute, Subscript, TupleExpr, ListExpr or Starred inside those. */
export interface Assign extends Pos {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
}

/** `target op= value`; target is Name, Attribute or Subscript. */
export interface AugAssign extends Pos {
  kind: 'AugAssign';
  target: Expr;
  op: BinOperator;
  value: Expr;
}

/** `target: annotation [= value]` (annotations are evaluated only at module/class level, never stored). */
export interface AnnAssign extends Pos {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** True for a plain Name target not in parentheses. */
  simple: boolean;
}

export interface For extends Pos {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Pos {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/** `elif` chains are nested Ifs in `orelse`, as in CPython. */
export interface If extends Pos {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export interface With extends Pos {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
}

/** `raise`, `raise exc`, `raise exc from cause`. */
export interface Raise extends Pos {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface ExceptHandler extends Pos {
  kind: 'ExceptHandler';
  /** null for a bare `except:` */
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Try extends Pos {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Assert extends Pos {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}

export interface Alias {
  /** Dotted module name for Import, attribute name for ImportFrom, or '*' */
  name: string;
  asname: string | null;
  line: number;
  col: number;
}

export interface Import extends Pos {
  kind: 'Import';
  names: Alias[];
}

export interface ImportFrom extends Pos {
  kind: 'ImportFrom';
  module: string;
  names: Alias[];
  /** Number of leading dots (relative imports are rejected later, but parsed). */
  level: number;
}

export interface Global extends Pos {
  kind: 'Global';
  names: string[];
}

export interface Nonlocal extends Pos {
  kind: 'Nonlocal';
  names: string[];
}

/** An expression used as a statement (a call, a docstring...). */
export interface ExprStmt extends Pos {
  kind: 'Expr';
  value: Expr;
}

export interface Pass extends Pos {
  kind: 'Pass';
}

export interface Break extends Pos {
  kind: 'Break';
}

export interface Continue extends Pos {
  kind: 'Continue';
}

// ---------------------------------------------------------------- expressions

export type BoolOperator = 'and' | 'or';
export type BinOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '|' | '^' | '&' | '@';
export type UnaryOperator = 'not' | '-' | '+' | '~';
export type CmpOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

/** `a and b and c` (values has two or more entries). */
export interface BoolOp extends Pos {
  kind: 'BoolOp';
  op: BoolOperator;
  values: Expr[];
}

/** `target := value` */
export interface NamedExpr extends Pos {
  kind: 'NamedExpr';
  target: Name;
  value: Expr;
}

export interface BinOp extends Pos {
  kind: 'BinOp';
  left: Expr;
  op: BinOperator;
  right: Expr;
}

export interface UnaryOp extends Pos {
  kind: 'UnaryOp';
  op: UnaryOperator;
  operand: Expr;
}

export interface Lambda extends Pos {
  kind: 'Lambda';
  args: Arguments;
  body: Expr;
}

/** `body if test else orelse` */
export interface IfExp extends Pos {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `{k: v, **other}`: a null key marks a `**other` entry whose mapping is in values. */
export interface DictExpr extends Pos {
  kind: 'Dict';
  keys: (Expr | null)[];
  values: Expr[];
}

export interface SetExpr extends Pos {
  kind: 'Set';
  elts: Expr[];
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export interface ListComp extends Pos {
  kind: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Pos {
  kind: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Pos {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Pos {
  kind: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}

export interface Yield extends Pos {
  kind: 'Yield';
  value: Expr | null;
}

export interface YieldFrom extends Pos {
  kind: 'YieldFrom';
  value: Expr;
}

/** `a < b <= c`: ops.length === comparators.length */
export interface Compare extends Pos {
  kind: 'Compare';
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

/** `f(a, *b, k=c, **d)`: Starred entries in args, keyword with arg null for `**d`. */
export interface Call extends Pos {
  kind: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface Keyword {
  /** null for `**mapping` */
  arg: string | null;
  value: Expr;
  line: number;
  col: number;
}

/** An f-string: values are Constant (str) pieces and FormattedValue pieces. */
export interface JoinedStr extends Pos {
  kind: 'JoinedStr';
  values: Expr[];
}

/** `{value!r:spec}` inside an f-string; formatSpec is itself a JoinedStr (it may nest fields). */
export interface FormattedValue extends Pos {
  kind: 'FormattedValue';
  value: Expr;
  /** 's', 'r', 'a' or null */
  conversion: 's' | 'r' | 'a' | null;
  formatSpec: JoinedStr | null;
}

/**
 * A literal. Ints are `bigint` only when they do not fit a safe JS integer
 * (the compiler normalises), floats are tagged so `1.0` and `1` stay distinct.
 */
export type ConstantValue =
  | { type: 'int'; value: number | bigint }
  | { type: 'float'; value: number }
  | { type: 'complex'; imag: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'None' }
  | { type: 'Ellipsis' };

export interface Constant extends Pos {
  kind: 'Constant';
  value: ConstantValue;
}

export type ExprContext = 'load' | 'store' | 'del';

export interface Attribute extends Pos {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Pos {
  kind: 'Subscript';
  value: Expr;
  /** A Slice node for `a[1:2]`, a TupleExpr for `a[1, 2]` or `a[1:2, 3]`. */
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Pos {
  kind: 'Starred';
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Pos {
  kind: 'Name';
  id: string;
  ctx: ExprContext;
}

export interface ListExpr extends Pos {
  kind: 'List';
  elts: Expr[];
  ctx: ExprContext;
}

export interface TupleExpr extends Pos {
  kind: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}

/** Only inside a Subscript's slice. */
export interface Slice extends Pos {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

// ---------------------------------------------------------------- parameters

export interface Arg {
  name: string;
  line: number;
  col: number;
}

/**
 * Parameters of a def or lambda, as CPython's `ast.arguments`:
 * `def f(a, b=1, /, c=2, *args, d, e=3, **kw)`.
 * `defaults` align with the *last* entries of posonlyargs + args;
 * `kwDefaults[i]` is the default of kwonlyargs[i] or null.
 */
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
