/**
 * Hostile input for the robustness fuzzer: random bytes and unicode text,
 * Python-looking token soup, conformance programs (tests/conformance/*.py) and
 * generated programs cut short and mutated (lines and tokens deleted,
 * duplicated, swapped, or replaced by another of their class so the program
 * still runs; characters inserted), deep nesting, huge literals and
 * long lines. Each is a structured value, so fast-check shrinks it (fewer
 * mutations, smaller positions, shallower nesting).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './engine';
import { programSourceArb } from './program-gen';

type A<T> = fc.Arbitrary<T>;
const w = <T>(weight: number, arbitrary: A<T>) => ({ weight, arbitrary });

const CORPUS_DIR = join(ROOT, 'tests/conformance');
/** The conformance programs, in name order. */
export const corpus: string[] = readdirSync(CORPUS_DIR)
  .filter((n) => n.endsWith('.py'))
  .sort()
  .map((n) => readFileSync(join(CORPUS_DIR, n), 'utf8'));

/** A Python-ish token split: names, numbers, strings, operators, spaces, newlines. */
export function tokens(src: string): string[] {
  return src.match(/[A-Za-z_][A-Za-z0-9_]*|\d[\d_.eExXa-fA-FjJ]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\*\*=?|\/\/=?|[<>=!]=|->|:=|\n|[ \t]+|./gs) ?? [];
}

type Op =
  | { op: 'truncate'; at: number }
  | { op: 'deleteLine' | 'dupLine' | 'indentLine' | 'dedentLine'; at: number }
  | { op: 'swapLines' | 'swapTokens'; at: number; to: number }
  | { op: 'deleteToken' | 'dupToken'; at: number }
  | { op: 'insertChar' | 'replaceChar'; at: number; ch: string }
  | { op: 'retoken'; at: number; to: number };

const INSERT_CHARS = [...'()[]{}:,.;=+-*/%<>!@&|^~"\'#\\ \n\t\r\x00\x0c\u00a0\ufeffabxyz019_é日😀'];
const at = fc.nat({ max: 1 << 20 });
/** Replacements that keep a token's class, so the program usually still parses and runs (into other values, errors, loops). */
const NUMBERS = ['0', '1', '-1', '2', '3', '255', '256', '257', '10**20', '1.5', '0.0', '-0.5', '1e308', '2**63'];
const STRINGS = ["''", "'a'", "'abc'", '"x y"', "'0'", "'é'"];
const OPERATOR_CLASSES = [
  ['+', '-', '*', '/', '//', '%', '**', '&', '|', '^', '<<', '>>', '@'],
  ['<', '>', '==', '!=', '<=', '>='],
  ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '|=', '&=', '^='],
  ['and', 'or'],
  ['is', 'in'],
  ['True', 'False', 'None'],
  ['break', 'continue', 'pass'],
];
const KEYWORDS = new Set('def class if elif else while for in not and or is lambda return yield try except finally raise with as import from global nonlocal del pass break continue assert True False None'.split(' '));

function retoken(toks: string[], i: number, to: number): string {
  const t = toks[i] ?? '';
  const cls = OPERATOR_CLASSES.find((c) => c.includes(t));
  if (cls) return cls[to % cls.length];
  if (/^\d/.test(t)) return NUMBERS[to % NUMBERS.length];
  if (/^['"]/.test(t)) return STRINGS[to % STRINGS.length];
  if (/^[A-Za-z_]/.test(t) && !KEYWORDS.has(t)) {
    const names = [...new Set(toks.filter((x) => /^[A-Za-z_]\w*$/.test(x) && !KEYWORDS.has(x)))];
    return names[to % names.length] ?? t;
  }
  return t;
}

const opArb: A<Op> = fc.oneof(
  w(3, fc.record({ op: fc.constant('retoken' as const), at, to: at })),
  w(1, fc.record({ op: fc.constant('truncate' as const), at })),
  w(1, fc.record({ op: fc.constantFrom('deleteLine' as const, 'dupLine' as const, 'indentLine' as const, 'dedentLine' as const), at })),
  w(1, fc.record({ op: fc.constantFrom('swapLines' as const, 'swapTokens' as const), at, to: at })),
  w(1, fc.record({ op: fc.constantFrom('deleteToken' as const, 'dupToken' as const), at })),
  w(1, fc.record({ op: fc.constantFrom('insertChar' as const, 'replaceChar' as const), at, ch: fc.constantFrom(...INSERT_CHARS) })),
);

/** Applies mutations in order. */
export function mutate(src: string, ops: Op[]): string {
  let s = src;
  for (const o of ops) {
    const lines = s.split('\n');
    const toks = tokens(s);
    const li = o.at % Math.max(1, lines.length);
    const ti = o.at % Math.max(1, toks.length);
    switch (o.op) {
      case 'truncate':
        s = s.slice(0, o.at % (s.length + 1));
        break;
      case 'deleteLine':
        lines.splice(li, 1);
        s = lines.join('\n');
        break;
      case 'dupLine':
        lines.splice(li, 0, lines[li] ?? '');
        s = lines.join('\n');
        break;
      case 'indentLine':
        lines[li] = '    ' + (lines[li] ?? '');
        s = lines.join('\n');
        break;
      case 'dedentLine':
        lines[li] = (lines[li] ?? '').replace(/^ {1,4}/, '');
        s = lines.join('\n');
        break;
      case 'swapLines': {
        const lj = o.to % Math.max(1, lines.length);
        [lines[li], lines[lj]] = [lines[lj], lines[li]];
        s = lines.join('\n');
        break;
      }
      case 'swapTokens': {
        const tj = o.to % Math.max(1, toks.length);
        [toks[ti], toks[tj]] = [toks[tj], toks[ti]];
        s = toks.join('');
        break;
      }
      case 'deleteToken':
        toks.splice(ti, 1);
        s = toks.join('');
        break;
      case 'dupToken':
        toks.splice(ti, 0, toks[ti] ?? '');
        s = toks.join('');
        break;
      case 'insertChar': {
        const i = o.at % (s.length + 1);
        s = s.slice(0, i) + o.ch + s.slice(i);
        break;
      }
      case 'retoken':
        toks[ti] = retoken(toks, ti, o.to);
        s = toks.join('');
        break;
      case 'replaceChar': {
        const i = o.at % Math.max(1, s.length);
        s = s.slice(0, i) + o.ch + s.slice(i + 1);
        break;
      }
    }
  }
  return s;
}

const TOKENS = [
  ...'def class if elif else while for in not and or is lambda return yield try except finally raise with as import from global nonlocal del pass break continue assert async await match case None True False'.split(' '),
  ...'x y f self __init__ __del__ print len range list dict set gc sys'.split(' '),
  ...'( ) [ ] { } : , . ; = == != < > <= >= + - * / // % ** @ & | ^ ~ << >> += -= *= := -> ... * **'.split(' '),
  '0', '1', '10**100', '1.5', '1e999', '0x', '0b2', '1_', "'a'", '"b"', "'''", 'f"{x}"', "f'{'", 'b"x"', 'r"\\"', '"\\N{DASH}"', '\\',
  '\n', '\n    ', '\n        ', ' ', '\t', '#', '\n\n',
];

/** Nesting `depth` deep of one construct. */
function nested(kind: string, depth: number, closed: boolean): string {
  const rep = (s: string) => s.repeat(depth);
  switch (kind) {
    case 'paren':
      return `x = ${rep('(')}1${closed ? rep(')') : ''}\nprint(x)\n`;
    case 'list':
      return `x = ${rep('[')}${closed ? rep(']') : ''}\nprint(len(x))\n`;
    case 'dict':
      return `x = ${rep('{1: ')}1${closed ? rep('}') : ''}\nprint(x)\n`;
    case 'call':
      return `x = ${rep('abs(')}-1${closed ? rep(')') : ''}\nprint(x)\n`;
    case 'unary':
      return `x = ${rep('-')}1\nprint(x)\n`;
    case 'not':
      return `x = ${rep('not ')}True\nprint(x)\n`;
    case 'lambda':
      return `f = ${rep('lambda: ')}1\nprint(f)\n`;
    case 'binop':
      return `x = ${Array(depth + 1).fill('1').join(' + ')}\nprint(x)\n`;
    case 'power':
      return `x = ${Array(depth + 1).fill('1').join(' ** ')}\nprint(x)\n`;
    case 'compare':
      return `print(${Array(depth + 1).fill('1').join(' < ')})\n`;
    case 'attr':
      return `print(x${'.a'.repeat(depth)})\n`;
    case 'index':
      return `x = [1]\nprint(x${'[0]'.repeat(depth)})\n`;
    case 'if': {
      let s = '';
      for (let i = 0; i < depth; i++) s += '    '.repeat(i) + 'if True:\n';
      return s + '    '.repeat(depth) + 'print(1)\n';
    }
    case 'for': {
      let s = '';
      for (let i = 0; i < depth; i++) s += '    '.repeat(i) + `for i${i} in range(1):\n`;
      return s + '    '.repeat(depth) + 'print(1)\n';
    }
    case 'def': {
      let s = '';
      for (let i = 0; i < depth; i++) s += '    '.repeat(i) + `def f${i}():\n`;
      return s + '    '.repeat(depth) + 'return 1\n';
    }
    case 'fstring':
      return `x = 1\nprint(${rep('f"{')}x${closed ? rep('}"') : ''})\n`;
    case 'comprehension':
      return `print(${rep('[x for x in ')}[1]${closed ? rep(']') : ''})\n`;
    case 'recursion':
      return `def f(n):\n    return f(n + 1) if n < ${depth} else n\nprint(f(0))\n`;
    case 'repr':
      return `x = []\nfor i in range(${depth}):\n    x = [x]\nprint(len(repr(x)))\n`;
    default:
      return '';
  }
}

const NESTING = ['paren', 'list', 'dict', 'call', 'unary', 'not', 'lambda', 'binop', 'power', 'compare', 'attr', 'index', 'if', 'for', 'def', 'fstring', 'comprehension', 'recursion', 'repr'];

/** Huge literals and long lines. */
function huge(kind: string, n: number): string {
  switch (kind) {
    case 'int':
      return `x = ${'9'.repeat(n)}\nprint(x % 7)\n`;
    case 'hex':
      return `x = 0x${'f'.repeat(n)}\nprint(x.bit_length())\n`;
    case 'float':
      return `x = 1${'0'.repeat(n)}.5\nprint(x)\n`;
    case 'exp':
      return `x = 1e${'9'.repeat(Math.min(n, 400))}\nprint(x)\n`;
    case 'str':
      return `x = '${'a'.repeat(n)}'\nprint(len(x))\n`;
    case 'strEscapes':
      return `x = '${'\\x41\\u00e9\\n'.repeat(Math.ceil(n / 10))}'\nprint(len(x))\n`;
    case 'list':
      return `x = [${Array(Math.min(n, 200_000)).fill('1').join(', ')}]\nprint(len(x))\n`;
    case 'lines':
      return 'x = 0\n' + 'x += 1\n'.repeat(Math.min(n, 50_000)) + 'print(x)\n';
    case 'name':
      return `${'a'.repeat(n)} = 1\nprint(${'a'.repeat(n)})\n`;
    case 'comment':
      return `# ${'c'.repeat(n)}\nprint(1)\n`;
    case 'pow':
      return `print(len(str(2 ** ${Math.min(n, 100_000)})))\n`;
    case 'strmul':
      return `x = 'ab' * ${n}\nprint(len(x))\n`;
    case 'listmul':
      return `x = [None] * ${n}\nprint(len(x))\n`;
    default:
      return '';
  }
}
const HUGE = ['int', 'hex', 'float', 'exp', 'str', 'strEscapes', 'list', 'lines', 'name', 'comment', 'pow', 'strmul', 'listmul'];

export type RobustCase =
  | { source: 'bytes'; bytes: number[]; latin1: boolean }
  | { source: 'unicode'; text: string }
  | { source: 'tokens'; toks: string[] }
  | { source: 'corpus'; index: number; ops: Op[] }
  | { source: 'generated'; program: string; ops: Op[] }
  | { source: 'nesting'; kind: string; depth: number; closed: boolean }
  | { source: 'huge'; kind: string; n: number };

export const robustCaseArb: A<RobustCase> = fc.oneof(
  w(2, fc.record({ source: fc.constant('bytes' as const), bytes: fc.array(fc.nat({ max: 255 }), { maxLength: 300 }), latin1: fc.boolean() })),
  w(2, fc.record({ source: fc.constant('unicode' as const), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 })) })),
  w(3, fc.record({ source: fc.constant('tokens' as const), toks: fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }) })),
  w(8, fc.record({ source: fc.constant('corpus' as const), index: fc.nat({ max: corpus.length - 1 }), ops: fc.array(opArb, { minLength: 1, maxLength: 4 }) })),
  w(3, fc.record({ source: fc.constant('generated' as const), program: programSourceArb, ops: fc.array(opArb, { maxLength: 4 }) })),
  w(2, fc.record({ source: fc.constant('nesting' as const), kind: fc.constantFrom(...NESTING), depth: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 3000 })), closed: fc.boolean() })),
  w(1, fc.record({ source: fc.constant('huge' as const), kind: fc.constantFrom(...HUGE), n: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 300_000 })) })),
);

/** The program text of a robustness case. */
export function robustSource(c: RobustCase): string {
  switch (c.source) {
    case 'bytes': {
      const b = Buffer.from(c.bytes);
      return c.latin1 ? b.toString('latin1') : b.toString('utf8');
    }
    case 'unicode':
      return c.text;
    case 'tokens':
      return c.toks.join('');
    case 'corpus':
      return mutate(corpus[c.index], c.ops);
    case 'generated':
      return mutate(c.program, c.ops);
    case 'nesting':
      return nested(c.kind, c.depth, c.closed);
    case 'huge':
      return huge(c.kind, c.n);
  }
}

export const robustSourceArb: A<string> = robustCaseArb.map(robustSource);
