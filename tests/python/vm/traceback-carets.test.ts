import { describe, expect, it } from 'vitest';
import { caretLine } from '../../../src/python/vm/traceback-carets';

/** The caret line under `line` for the range [col, endCol) on that line. */
const under = (line: string, col: number, endCol: number) => caretLine(line, { line: 1, col, endLine: 1, endCol });

describe('caretLine (traceback.c tb_displayline)', () => {
  it('marks a binary operation: ~ for the operands, ^ for the operator (two for a two-character one)', () => {
    expect(under('z = x + y', 4, 9)).toBe('        ~~^~~');
    expect(under('print(a // 0)', 6, 12)).toBe('          ~~^^~~');
    expect(under('b = (a + 2) / (a - 1)', 4, 21)).toBe('        ~~~~~~~~^~~~~~~~~');
  });

  it('marks a subscript: ~ for the object, ^ from its bracket to the closing one', () => {
    expect(under('v = d[ "b" ] + 1', 4, 12)).toBe('        ~^^^^^^^');
    expect(under('y = xs [ 5 ]', 4, 12)).toBe('        ~~~^^^^^');
  });

  it('underlines anything else with ^, and prints nothing when that would run the whole line', () => {
    expect(under('print(f(x))', 6, 10)).toBe('          ^^^^');
    expect(under('f(x)', 0, 4)).toBeNull();
    expect(under('    f(x)', 4, 8)).toBeNull();
    // Trailing blanks belong to the line: the call no longer runs it whole.
    expect(under('x()   ', 0, 3)).toBe('    ^^^');
    // A binary operation keeps its marks even when it is the whole line.
    expect(under('1/0', 0, 3)).toBe('    ~^~');
  });

  it('runs a range over several lines to the last non-blank character of its first line', () => {
    expect(caretLine('v = f(  ', { line: 3, col: 4, endLine: 6, endCol: 1 })).toBe('        ^^');
    expect(caretLine('x = (1 +', { line: 1, col: 5, endLine: 2, endCol: 8 })).toBe('         ^^^');
  });

  it('counts a wide character two columns and any other one', () => {
    // "😀😀" is 4 UTF-16 units, 2 characters, 4 columns.
    expect(under('s = "😀😀"; n = s + 1', 16, 21)).toBe(' '.repeat(20) + '~~^~~');
    expect(under('x = "日本" + 1', 4, 12)).toBe('        ~~~~~~~^~~');
    expect(under('s = "é"; n = s + 1', 13, 18)).toBe(' '.repeat(17) + '~~^~~');
  });

  it('prints nothing for an instruction without a range', () => {
    expect(caretLine('x = 1', { line: 1, col: -1, endLine: -1, endCol: -1 })).toBeNull();
  });
});
