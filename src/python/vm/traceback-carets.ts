/**
 * The line of carets a CPython 3.11 traceback prints under a source line (PEP 657):
 * it underlines the range of the instruction the frame was at, `^` for all of it,
 * or, when that range parses as a binary operation or a subscript, `~` for the
 * operands and `^` for the operator or the `[...]`:
 *
 *     return a[3] + 1          print(f(x))          y = x + "s"
 *            ~^^^                    ^^^^               ~~^~~~~
 *
 * and none when `^` would run the whole line. The rules are traceback.c's
 * (tb_displayline, extract_anchors_from_expr, print_error_location_carets): a range
 * over several lines runs to the last non-blank character of its first line; blanks
 * are only space, tab and form feed; a wide character (East Asian width W or F: CJK,
 * most emoji) counts two columns, as a terminal shows it.
 */
import type { Expr } from '../ast';
import { parse } from '../parser';
import { WIDE } from '../text/unicode-wide';

/** The column range of an instruction: start column, end line, end column (-1: none). */
export interface CaretRange {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** traceback.c's IS_WHITESPACE. */
function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

/** Where the secondary characters run in a range: [left, right) in the segment, and the two characters. */
interface Anchors {
  left: number;
  right: number;
  primary: string;
  secondary: string;
}

/** The anchors of a binary operation or a subscript expression; null for anything else. */
function anchorsOf(segment: string, e: Expr): Anchors | null {
  if (e.kind === 'BinOp') {
    const a: Anchors = { left: -1, right: -1, primary: '^', secondary: '^' };
    const to = e.right.col;
    for (let i = e.left.endCol; i < to; i++) {
      if (isBlank(segment[i])) continue;
      a.left = i;
      a.right = i + 1;
      // A two-character operator (`//`, `**`, `<<`).
      if (i + 1 < to && !isBlank(segment[i + 1])) a.right++;
      // The closing parenthesis of a parenthesized left operand is not the operator.
      if (i + 1 < to && segment[i] === ')') continue;
      a.primary = '~';
      a.secondary = '^';
      break;
    }
    return a;
  }
  if (e.kind === 'Subscript') {
    let left = e.value.endCol;
    let right = e.slice.endCol + 1;
    const n = segment.length;
    while (left < n && segment[left] !== '[') left++;
    while (right < n && segment[right] !== ']') right++;
    if (right < n) right++;
    return { left, right, primary: '~', secondary: '^' };
  }
  return null;
}

/** The anchors of a source segment that is one expression statement, else null (extract_anchors_from_line). */
function segmentAnchors(segment: string): Anchors | null {
  let body;
  try {
    body = parse(segment, '<traceback>').body;
  } catch {
    return null;
  }
  if (body.length !== 1) return null;
  const s = body[0]!;
  return s.kind === 'Expr' ? anchorsOf(segment, s.value) : null;
}

/** The terminal columns `line` takes before code unit `i`: two for a wide character, one for any other. */
function columns(line: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i && k < line.length; k++) {
    const cp = line.codePointAt(k)!;
    if (cp > 0xffff) k++;
    n += WIDE.has(cp) ? 2 : 1;
  }
  return n;
}

/**
 * The caret line (without its newline) to print under source line `line` for an
 * instruction at `at`, or null when CPython prints none. Columns of `at` are code
 * units of `line`, as the parser gives them.
 */
export function caretLine(line: string, at: CaretRange): string | null {
  if (at.col < 0 || at.endLine < 0 || at.endCol < 0 || at.col > line.length) return null;
  let indent = 0;
  while (isBlank(line[indent])) indent++;
  let start = at.col;
  let end = at.endCol;
  let anchors: Anchors | null = null;
  if (at.endLine === at.line) {
    if (end > line.length || end < start) return null;
    anchors = segmentAnchors(line.slice(start, end));
  } else {
    end = line.length;
    while (end > 0 && isBlank(line[end - 1])) end--;
  }
  let left = -1;
  let right = -1;
  if (anchors !== null) {
    left = columns(line, start + anchors.left);
    right = columns(line, start + anchors.right);
  }
  start = columns(line, start);
  end = columns(line, end);
  const length = columns(line, line.length);
  if (end - start === length - indent && anchors === null) return null;
  let out = '    ';
  for (let j = indent; j < end; j++) {
    if (j < start) out += ' ';
    else if (anchors !== null && left <= j && j < right) out += anchors.secondary;
    else out += anchors !== null ? anchors.primary : '^';
  }
  return out;
}
