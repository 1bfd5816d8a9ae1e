/**
 * The SyntaxWarnings CPython 3.11's compiler gives for code that compiles but is
 * almost surely a mistake (compile.c's check_compare, check_caller,
 * check_subscripter, check_index, compiler_assert):
 *
 *     x is 1000            "is" with a literal. Did you mean "=="?
 *     [(1, 2) (3, 4)]      'tuple' object is not callable; perhaps you missed a comma?
 *     (1, 2)["a"]          tuple indices must be integers or slices, not str; ...
 *     assert (x, "msg")    assertion is always true, perhaps remove parentheses?
 *
 * CPython checks the optimized tree, where `-1`, `(1, 2)` and `(0 * 5)` are already
 * constants: each check takes the constant an operand compiled to (null when it
 * compiled to code), which the compiler knows without folding anything twice.
 */
import type * as A from '../ast';
import { False, True } from '../types/int';
import { Ellipsis, None } from '../types/none';
import { isSpaceCp } from '../types/str-unicode';
import type { PyObject } from '../object';

/** An operand as the checks see it: its node and, when it folded to one, its constant. */
export interface Operand {
  node: A.Expr;
  constant: PyObject | null;
}

/** infer_type: the type an operand is known to have from its node alone, or null. */
function inferType(o: Operand): string | null {
  if (o.constant !== null) return o.constant.type.name;
  switch (o.node.kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    default:
      return null;
  }
}

/** check_is_arg: false for a literal other than None, True, False and `...`. */
function fineWithIs(o: Operand): boolean {
  const c = o.constant;
  return c === null || c === None || c === True || c === False || c === Ellipsis;
}

/** check_compare: one warning per `is` / `is not` with a literal on either side. */
export function compareWarnings(left: Operand, ops: readonly A.CmpOperator[], comparators: readonly Operand[]): string[] {
  const found: string[] = [];
  let leftFine = fineWithIs(left);
  for (let i = 0; i < ops.length; i++) {
    const rightFine = fineWithIs(comparators[i]!);
    if ((ops[i] === 'is' || ops[i] === 'is not') && !(leftFine && rightFine)) {
      found.push(ops[i] === 'is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
    }
    leftFine = rightFine;
  }
  return found;
}

/** check_caller: calling a literal or a display. */
export function callerWarning(func: Operand): string | null {
  const k = func.node.kind;
  const display = k === 'Tuple' || k === 'List' || k === 'ListComp' || k === 'Dict' || k === 'DictComp' || k === 'Set' || k === 'SetComp' || k === 'GeneratorExp' || k === 'JoinedStr' || k === 'FormattedValue';
  if (func.constant === null && !display) return null;
  return `'${inferType(func)}' object is not callable; perhaps you missed a comma?`;
}

/** check_subscripter and check_index: subscripting what cannot be, or a sequence literal by what cannot index it. */
export function subscriptWarning(value: Operand, index: Operand): string | null {
  const c = value.constant;
  const k = value.node.kind;
  const unsubscriptable =
    c !== null
      ? c === None || c === Ellipsis || ['int', 'bool', 'float', 'complex', 'set', 'frozenset'].includes(c.type.name)
      : k === 'Set' || k === 'SetComp' || k === 'GeneratorExp' || k === 'Lambda';
  if (unsubscriptable) return `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`;
  const indexType = index.node.kind === 'Slice' ? null : inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return null;
  const sequence = c !== null ? ['str', 'bytes', 'tuple'].includes(c.type.name) : k === 'Tuple' || k === 'List' || k === 'ListComp' || k === 'JoinedStr' || k === 'FormattedValue';
  if (!sequence) return null;
  return `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`;
}

/** compiler_assert: a parenthesized test with a comma is a non-empty tuple, always true. */
export function assertWarning(test: A.Expr): string | null {
  return test.kind === 'Tuple' && test.elts.length > 0 ? 'assertion is always true, perhaps remove parentheses?' : null;
}

/**
 * A warning as CPython's warnings module shows it on stderr (formatwarning):
 * `FILE:LINE: SyntaxWarning: MESSAGE`, then the source line stripped (as str.strip
 * strips) after two spaces, when it has any text.
 */
export function formatSyntaxWarning(filename: string, line: number, message: string, source: string | undefined): string {
  const cps = Array.from(source ?? '', (ch) => ch.codePointAt(0)!);
  let i = 0;
  let j = cps.length;
  while (i < j && isSpaceCp(cps[i]!)) i++;
  while (j > i && isSpaceCp(cps[j - 1]!)) j--;
  const text = String.fromCodePoint(...cps.slice(i, j));
  return `${filename}:${line}: SyntaxWarning: ${message}\n` + (text !== '' ? `  ${text}\n` : '');
}
