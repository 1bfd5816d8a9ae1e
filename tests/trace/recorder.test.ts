import { describe, expect, it } from 'vitest';
import { BATCH_STEPS, CHECKPOINT_EVERY, Recording } from '../../src/trace/recorder';
import { MAX_DRAWN_REFS, MAX_SHOWN_OBJECTS } from '../../src/python/heap-census';
import { invariantViolations } from '../../src/trace/invariant';
import type { RecordingBatch } from '../../src/trace/recording';
import { traceProgram } from '../../src/trace/trace-run';
import type { TraceStep } from '../../src/trace/protocol';

const LOOP = 'total = 0\nfor i in range(400):\n    total += i\nprint(total)\n';

/** The object a frame's name refers to at a step. */
function local(step: TraceStep, name: string) {
  const f = step.frames[step.frames.length - 1]!;
  return step.heap[f.locals[name]!]!;
}

describe('the recorder', () => {
  it('records a step per line, call and return, with stdout as it grows', () => {
    const { recording } = traceProgram('def f(x):\n    return x\ny = f(1)\nprint(y)\n');
    const events = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i).event);
    expect(events.slice(0, 7)).toEqual(['call', 'line', 'line', 'call', 'line', 'return', 'line']);
    expect(recording.snapshot(recording.length - 1).stdout).toBe('1\n');
    expect(recording.snapshot(0).stdout).toBe('');
  });

  it('rebuilds any step from a checkpoint and the changes after it, whatever the order of seeks', () => {
    const { recording } = traceProgram(LOOP);
    expect(recording.length).toBeGreaterThan(3 * CHECKPOINT_EVERY);
    const forward = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    for (const i of [recording.length - 1, 0, CHECKPOINT_EVERY, CHECKPOINT_EVERY - 1, 2 * CHECKPOINT_EVERY + 7, 5]) {
      expect(recording.snapshot(i)).toEqual(forward[i]);
    }
    expect(() => recording.snapshot(recording.length)).toThrow(RangeError);
  });

  it('shows names, aliases, counts and shared singletons as CPython has them', () => {
    const { recording } = traceProgram('a = [1, 2]\nb = a\nc = 1000\nd = 5\nx = 0\n');
    // the line event of `x = 0`: every binding made
    let i = recording.length - 1;
    while (!(recording.eventAt(i) === 'line' && recording.lineAt(i) === 5)) i--;
    const s = recording.snapshot(i);
    const top = s.frames[0]!;
    expect(top.name).toBe('<module>');
    expect(top.locals.a).toBe(top.locals.b);
    const list = local(s, 'a');
    expect(list.type).toBe('list');
    expect(list.refcount).toBe(2);
    expect(list.refs.map(([l]) => l)).toEqual(['[0]', '[1]']);
    expect(local(s, 'd').shared).toBe(true);
    const big = local(s, 'c');
    expect(big.shared).toBe(false);
    expect(big.value).toBe('1000');
    // the name c, the code object's constant and the parser arena's literal (why getrefcount(c) is 4 in CPython)
    expect(big.refcount).toBe(3);
    expect(Object.fromEntries(big.hidden)).toEqual({ 'code constant': 1, "compiler's literal": 1 });
  });

  it("shows the reference sys.stdout keeps to what print() wrote, until it is flushed", () => {
    const { recording } = traceProgram('s = "a b" * 2\nprint(s)\nx = 1\nprint(s, flush=True)\ny = 2\n');
    const atLine = (line: number) => {
      let i = recording.length - 1;
      while (!(recording.eventAt(i) === 'line' && recording.lineAt(i) === line)) i--;
      return recording.snapshot(i);
    };
    const kept = local(atLine(3), 's');
    // the name, the code constant, the parser's literal, and stdout's pending writes
    expect(kept.refcount).toBe(4);
    expect(Object.fromEntries(kept.hidden)).toEqual({ 'code constant': 1, "compiler's literal": 1, 'stdout buffer': 1 });
    expect(atLine(3).explain).toBe("The count of the str 'a ba b' went from 3 to 4: sys.stdout keeps what print() wrote until it flushes its output (8 KB at a time, or at the end).");
    expect(atLine(5).explain).toBe("The count of the str 'a ba b' went from 4 to 3: sys.stdout flushed its output and let go of what print() wrote.");
    const flushed = local(atLine(5), 's');
    expect(flushed.refcount).toBe(3);
    expect(Object.fromEntries(flushed.hidden)).toEqual({ 'code constant': 1, "compiler's literal": 1 });
    for (let i = 0; i < recording.length; i++) expect(invariantViolations(recording.snapshot(i))).toEqual([]);
  });

  it('shows a cycle left by del as garbage until the collector frees it', () => {
    const src = 'import gc\na = []\na.append(a)\ndel a\nn = gc.collect()\nprint(n)\n';
    const { recording, stdout } = traceProgram(src);
    expect(stdout).toBe('1\n');
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const afterDel = steps.find((s) => s.event === 'line' && s.line === 5)!;
    const garbage = Object.values(afterDel.heap).filter((o) => o.state === 'garbage');
    expect(garbage.map((o) => [o.type, o.refcount])).toEqual([['list', 1]]);
    const gcStep = steps.find((s) => s.event === 'gc')!;
    expect(gcStep.freed.length).toBe(1);
    expect(Object.values(gcStep.heap).some((o) => o.state === 'garbage')).toBe(false);
  });

  it('explains an exception, and one raised at shutdown in a generator being closed', () => {
    const { recording } = traceProgram('def gen():\n    yield 1\n\ng = gen()\nnext(g)\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    pass\n');
    const said = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i))
      .filter((st) => st.event === 'exception')
      .map((st) => st.explain);
    expect(said).toEqual([
      'An exception was raised at line 7: Python looks for an `except` that handles it, leaving each frame that has none.',
      'The program has ended; at shutdown, an exception was raised at line 2 in gen.',
    ]);
  });

  it('explains a collection by gc.collect(), and the one at shutdown as the program having ended', () => {
    const { recording } = traceProgram('import gc\nclass A:\n    pass\na = A()\na.me = a\ndel a\ngc.collect()\nb = A()\nb.me = b\n');
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i)).filter((st) => st.event === 'gc');
    expect(steps.map((st) => [st.frames.length, st.explain])).toEqual([
      [1, "The cyclic garbage collector ran and freed 1 object; the count of the type A went from 5 to 4."],
      ...steps.slice(1).map((st) => [0, `The program has ended; at shutdown, as CPython does, the cyclic garbage collector ran and freed ${st.freed.length} object${st.freed.length === 1 ? '' : 's'}.`]),
    ]);
    expect(steps.length).toBeGreaterThan(1);
  });

  it('explains a rebinding and the count change it causes', () => {
    const { recording } = traceProgram('x = 1000\ny = x\nx += 10\nz = 0\n');
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const after = steps.find((s) => s.event === 'line' && s.line === 4)!;
    // x, y, the code constant and the parser's literal; then x lets go of it
    expect(after.explain).toBe('`x += 10` made a new int 1010 and bound `x` to it; the int 1000 is still referenced by `y`, its count went from 4 to 3.');
  });

  it('says what a step changed: new objects, frees, re-bound names, re-pointed arrows, counts', () => {
    const { recording } = traceProgram('a = [1000]\nb = a\nb.append(2000)\na = None\nb = None\nz = 0\n');
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const at = (line: number) => recording.diff(steps.findIndex((s) => s.event === 'line' && s.line === line));
    const list = steps.find((s) => s.event === 'line' && s.line === 2)!.frames[0]!.locals.a!;
    expect(at(2).created).toContain(list);
    expect(at(2).rebound).toEqual([{ depth: 0, name: 'a', from: null, to: list }]);
    expect(at(3).counts).toEqual([{ id: list, from: 1, to: 2 }]);
    expect(at(4).repointed).toEqual([list]);
    expect(at(5).counts).toEqual([{ id: list, from: 2, to: 1 }]);
    const step6 = steps.findIndex((s) => s.event === 'line' && s.line === 6);
    expect(steps[step6]!.heap[list]).toMatchObject({ type: 'list', state: 'freed', refcount: 0, refs: [] });
    expect(steps[step6 + 1]!.heap[list]).toBeUndefined();
    const freedAt6 = at(6);
    expect(freedAt6.freed).toContain(list);
    expect(freedAt6.gone).not.toContain(list); // drawn as freed at this step
    expect(recording.diff(step6 + 1).gone).toContain(list);
    expect(freedAt6.rebound.map((r) => [r.name, r.from])).toEqual([['b', list]]);
  });

  it('quotes the line that ran and says what it did to names, arrows and the collector', () => {
    const source = 'a = [1000]\nb = a\nb.append(2000)\ndel a\nclass Item:\n    pass\nn = Item()\nn.me = n\ndel n\nx = 0\n';
    const { recording } = traceProgram(source);
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const said = (line: number) => steps.find((s) => s.event === 'line' && s.line === line && s.frames.length === 1)!.explain;
    expect(said(2)).toBe('`a = [1000]` made a new list and bound `a` to it.');
    expect(said(4)).toBe('`b.append(2000)` set [1] of a list to the int 2000.');
    expect(said(5)).toBe('`del a` removed the name `a`; the count of a list went from 2 to 1.');
    expect(said(9)).toBe('`n.me = n` set .me of an Item to itself; the count of an Item went from 1 to 2.');
    expect(said(10)).toBe('`del n` removed the name `n`; an Item is now unreachable, kept alive only by a reference cycle until the cyclic collector runs.');
  });

  it('says a cycle cut loose once, however many objects it has', () => {
    const source = 'class Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\nx = 0\n';
    const { recording } = traceProgram(source);
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const said = steps.find((s) => s.event === 'line' && s.line === 8)!.explain;
    expect(said).toBe('`del a, b` removed the names `a` and `b`; 2 Node objects are now unreachable, kept alive only by a reference cycle until the cyclic collector runs.');
  });

  it('says a del of several names in one sentence', () => {
    const { recording } = traceProgram('a = [1]\nb = [2]\ndel a, b\nz = 0\n');
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const step = steps.find((s) => s.event === 'line' && s.line === 4)!;
    expect(step.explain).toBe('`del a, b` removed the names `a` and `b`; 2 objects were freed: no reference was left.');
  });

  it('notices an id coming back: a new object in a freed one\'s memory', () => {
    const { recording } = traceProgram('a = [1000]\ndel a\nb = [2000]\nz = 0\n');
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const at = (line: number) => steps.findIndex((s) => s.event === 'line' && s.line === line);
    const first = steps[at(2)]!.frames[0]!.locals.a!;
    const freedAt = steps.findIndex((s) => s.freed.includes(first));
    expect(steps[at(4)]!.frames[0]!.locals.b).toBe(first);
    expect(steps[at(4)]!.explain).toBe(`\`b = [2000]\` made a new list and bound \`b\` to it; its id is the one an object freed at step ${freedAt + 1} had: CPython gave that memory to the new object.`);
    expect(steps[at(2)]!.explain).not.toContain('freed at step');
  });

  it('names the latest free when an id came back several times', () => {
    const { recording } = traceProgram('for i in range(4):\n    a = [i]\n    del a\nb = [7]\nz = 0\n');
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    const at = steps.findIndex((s) => s.event === 'line' && s.line === 5);
    const id = steps[at]!.frames[0]!.locals.b!;
    const frees = steps.map((s, i) => (s.freed.includes(id) && i < at ? i : -1)).filter((i) => i >= 0);
    expect(frees.length).toBe(4);
    expect(steps[at]!.explain).toContain(`an object freed at step ${frees[3]! + 1} had`);
  });

  it('says a small int is shared, not new', () => {
    const { recording } = traceProgram('x = 100\nx += 10\nz = 0\n');
    const steps = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i));
    expect(steps.find((s) => s.event === 'line' && s.line === 3)!.explain).toBe('`x += 10` bound `x` to the shared int 110 (one object that everyone uses).');
  });

  it('gives containers their length as their value text, and ranges, generators and bound methods what their repr names', () => {
    const source = [
      'd = {"a": [1, 2], "b": (3, 4)}',
      'e = {}',
      'd2 = dict(x=1)',
      'del d["a"]',
      's = {1, 2, 3}',
      's.discard(2)',
      'fs = frozenset("abc")',
      'r = range(0, 10, 2)',
      'r1 = range(5)',
      'class C:',
      '    def m(self):',
      '        yield 1',
      'g = C().m()',
      'bm = C().m',
      'x = 0',
      '',
    ].join('\n');
    const { recording } = traceProgram(source);
    const s = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i)).find((st) => st.event === 'line' && st.line === 15)!;
    const texts = ['d', 'e', 'd2', 's', 'fs', 'r', 'r1', 'g', 'bm'].map((name) => local(s, name).value);
    expect(texts).toEqual(['len 1', 'len 0', 'len 1', 'len 2', 'len 3', 'range(0, 10, 2)', 'range(0, 5)', 'C.m', 'C.m']);
    expect(s.heap[local(s, 'd').refs.find(([l]) => l === "'b'")![1]]!.value).toBe('len 2');
  });

  it('draws at most MAX_DRAWN_REFS arrows out of a long list; the other items count as hidden', () => {
    const { recording } = traceProgram('xs = [str(i) for i in range(300)]\nys = xs\nx = 0\n');
    const s = Array.from({ length: recording.length }, (_, i) => recording.snapshot(i)).find((st) => st.event === 'line' && st.line === 3)!;
    const list = local(s, 'xs');
    expect(list.value).toBe('len 300');
    expect(list.refs).toHaveLength(MAX_DRAWN_REFS);
    expect(Object.keys(s.heap)).toHaveLength(1 + MAX_DRAWN_REFS);
  });

  it('draws at most MAX_SHOWN_OBJECTS objects, nearest the frames first; a holder says how many arrows were left out', () => {
    // 50 rows of 49 one-item lists, built by builtins so the run has few steps.
    const { recording } = traceProgram('grid = [list(map(list, zip(range(49)))) for i in range(50)]\nx = 0\n');
    let s = recording.snapshot(0);
    for (let i = recording.length - 1; i >= 0; i--) {
      s = recording.snapshot(i);
      if (s.event === 'line' && s.line === 2) break;
    }
    // (Objects freed at this step are drawn once more, fading out: not counted.)
    const heap = Object.values(s.heap).filter((o) => o.state !== 'freed');
    expect(heap.length).toBe(MAX_SHOWN_OBJECTS);
    const grid = local(s, 'grid');
    expect(grid.refs).toHaveLength(50);
    const rows = grid.refs.map(([, id]) => s.heap[id]!);
    // Breadth-first: the grid, its rows, then the rows' items until the drawing is full (no room left for the ints in them).
    expect(rows[0]!.value).toBe('len 49');
    expect(rows[49]!.value).toBe('len 49 · 49 not drawn');
    expect(rows.reduce((n, r) => n + r.refs.length, 0)).toBe(MAX_SHOWN_OBJECTS - 51);
    expect(s.heap[rows[0]!.refs[0]![1]]!.value).toBe('len 1 · 1 not drawn');
    expect(invariantViolations(s)).toEqual([]);
    for (const o of heap) for (const [, id] of o.refs) expect(s.heap[id]).toBeDefined();
  });

  it('rebuilds a step deep in a run where every step frees something (no walk back step by step)', () => {
    // Each step frees the int the step before made: a step's freed objects are drawn from the census of
    // the step before alone, so rebuilding step 60,000 looks at two steps, not 60,000 (nor that many stack frames).
    const { recording } = traceProgram('x = 0\nfor i in range(1000, 31000):\n    x = i * 2\n');
    expect(recording.length).toBeGreaterThan(60_000);
    let i = recording.length - 1;
    while (recording.freedAt(i)!.length === 0) i--;
    expect(i).toBeGreaterThan(60_000);
    const step = recording.snapshot(i);
    const before = recording.snapshot(i - 1);
    for (const id of step.freed) if (before.heap[id]) expect(step.heap[id]?.state).toBe('freed');
  });

  it("the page's copy, grown from the worker's batches, shows the same steps", { timeout: 120_000 }, () => {
    const batches: RecordingBatch[] = [];
    const source = 'xs = []\nfor i in range(2000):\n    xs.append(str(i))\n    if i % 500 == 0:\n        print(i)\n';
    // (2,000 live strs: each step's census is linear in the heap, so this is also a guard against drawing them all)
    const { recording } = traceProgram(source, { onBatch: (b) => batches.push(b) });
    expect(batches.length).toBeGreaterThan(0);
    const copy = new Recording(source);
    for (const b of batches) copy.appendBatch(structuredClone(b));
    expect(copy.length).toBe(recording.length);
    expect(copy.stdout).toBe('0\n500\n1000\n1500\n');
    for (const i of [0, 1, 700, CHECKPOINT_EVERY * 3, recording.length - 1]) expect(copy.at(i)).toEqual(recording.snapshot(i));
    expect(copy.at(recording.length)).toBeUndefined();
    expect(copy.at(-1)).toBeUndefined();
  });

  it("the page's copy has every step's event, line, output, collector state and frees, over batches of at most BATCH_STEPS", { timeout: 60_000 }, () => {
    const batches: RecordingBatch[] = [];
    // Every new list changes the collector's counts; a print now and then changes the output.
    const source = 'keep = []\nfor i in range(9000):\n    x = [i]\n    if i % 3 == 0:\n        keep.append(x)\n    if i % 1000 == 0:\n        print(i)\n';
    const { recording } = traceProgram(source, { onBatch: (b) => batches.push(b) });
    expect(recording.length).toBeGreaterThan(2 * BATCH_STEPS);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    for (const b of batches) expect(b.events.length).toBeLessThanOrEqual(BATCH_STEPS);
    const copy = new Recording(source);
    for (const b of batches) copy.appendBatch(structuredClone(b));
    expect(copy.length).toBe(recording.length);
    const columns = (r: Recording, i: number) => [r.eventAt(i), r.lineAt(i), r.stdoutAt(i), r.gcAt(i), r.freedAt(i)];
    const gcStates = new Set<string>();
    for (let i = 0; i < recording.length; i++) {
      expect(columns(copy, i)).toEqual(columns(recording, i));
      gcStates.add(JSON.stringify(recording.gcAt(i)));
    }
    expect(gcStates.size).toBeGreaterThan(1000);
  });

  it('ends a runaway program at the step limit and keeps what it recorded', () => {
    const { recording, result } = traceProgram('while True:\n    pass\n', { maxSteps: 500 });
    expect(result.error?.type).toBe('StepLimit');
    expect(recording.length).toBe(500);
  });
});
