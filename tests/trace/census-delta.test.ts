/**
 * A census taken from a base (census-delta.ts) is the full census: at every step of
 * programs that make garbage cycles, free what a tree held, run generators and
 * namespaces, and at the steps of every corpus program, in order and by jumps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Census } from '../../src/python/heap-census';
import { StepCensus } from '../../src/trace/step-census';
import type { GraphStore } from '../../src/trace/graph-store';
import { traceProgram } from '../../src/trace/trace-run';

const CORPUS = join(__dirname, '../conformance');

function text(c: Census<number>): string {
  return JSON.stringify({ frames: c.frames, objects: c.objects.map((o) => ({ ...o, hidden: [...o.hidden] })) });
}

/** Where two censuses first differ, briefly. */
function firstDifference(want: Census<number>, got: Census<number>): string {
  if (JSON.stringify(want.frames) !== JSON.stringify(got.frames)) return `frames ${JSON.stringify(want.frames)} / ${JSON.stringify(got.frames)}`;
  const n = Math.max(want.objects.length, got.objects.length);
  for (let k = 0; k < n; k++) {
    const a = want.objects[k];
    const b = got.objects[k];
    const ta = a && JSON.stringify({ ...a, hidden: [...a.hidden] });
    const tb = b && JSON.stringify({ ...b, hidden: [...b.hidden] });
    if (ta !== tb) return `object ${k} of ${want.objects.length}/${got.objects.length}: want ${ta} got ${tb}`;
  }
  return '?';
}

/** Steps where the two censuses differ (at most `keep` described), visiting `steps` in order. */
function differences(store: GraphStore, steps: number[], keep = 3): string[] {
  const full = new StepCensus(store, undefined, Infinity);
  const delta = new StepCensus(store, undefined, 0);
  const out: string[] = [];
  for (const i of steps) {
    const want = full.censusAt(i);
    const got = delta.censusAt(i);
    if (text(got) !== text(want) && out.length < keep) out.push(`step ${i}: ${firstDifference(want, got)}`);
  }
  return out;
}

/** Every step in order, then jumps back and forth. */
function stepsOf(n: number, cap = 3000): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  const inOrder = n <= cap ? all : all.filter((i) => i % Math.ceil(n / cap) === 0);
  let seed = n;
  const jumps = Array.from({ length: Math.min(200, n) }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  return [...inOrder, ...jumps];
}

const PROGRAMS: Record<string, string> = {
  cycles: `
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
keep = []
for i in range(400):
    a = Node(i); b = Node(-i)
    a.other = b; b.other = a
    if i % 3 == 0:
        keep.append(a)
    if i % 50 == 0:
        gc.collect()
del a, b
keep = None
gc.collect()
`,
  tree: `
class T:
    def __init__(self, l, r):
        self.l = l; self.r = r
def build(d):
    return None if d == 0 else T(build(d - 1), build(d - 1))
root = build(7)
node = root
while node is not None:
    node = node.l
root.l = None
root.r.r = None
x = [root, root.r]
root = None
`,
  generators: `
def gen(n):
    acc = []
    for i in range(n):
        acc.append([i])
        yield acc
g = gen(200)
total = 0
for acc in g:
    total += len(acc)
    if total % 7 == 0:
        h = gen(3)
        next(h)
print(total)
`,
  // The bench's linked objects, fewer of them, then the head's first two dropped.
  linked: readFileSync(join(__dirname, '../../bench/objects.py'), 'utf8').replace('range(100000)', 'range(600)') + 'head = head.next.next\n',
};

describe('a census from a base is the full census', () => {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    it(name, { timeout: 120_000 }, () => {
      const { recording } = traceProgram(source, { filename: name + '.py' });
      expect(recording.length).toBeGreaterThan(500);
      expect(differences(recording.graph, stepsOf(recording.length, 100_000))).toEqual([]);
    });
  }
  it('at steps of every corpus program', { timeout: 300_000 }, () => {
    const failed: string[] = [];
    for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.py')).sort()) {
      const { recording } = traceProgram(readFileSync(join(CORPUS, name), 'utf8'), { filename: name });
      const d = differences(recording.graph, stepsOf(recording.length, 400), 1);
      if (d.length) failed.push(`${name}: ${d[0]!.slice(0, 2000)}`);
    }
    expect(failed).toEqual([]);
  });
});
