/**
 * `py --trace OUT.json`: the file validates against docs/trace-format.md (exact keys,
 * types, ids that are decimal text and refer to objects of the step), the program's
 * own output is unchanged, and --max-steps ends a runaway program with what it
 * recorded kept.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'trace-json-'));

function py(args: string[]) {
  return spawnSync('node', [join(ROOT, 'scripts/py.mjs'), ...args], { encoding: 'utf8', input: '' });
}

const EVENTS = new Set(['line', 'call', 'return', 'exception', 'gc']);
const STATES = new Set(['live', 'garbage', 'freed']);
const isId = (x: unknown) => typeof x === 'string' && /^[1-9][0-9]*$/.test(x);
const keys = (o: object) => Object.keys(o).sort();

/** Every problem with one step's shape, as text (empty when it validates). */
function stepProblems(s: Record<string, unknown>): string[] {
  const bad: string[] = [];
  const need = (ok: boolean, what: string) => void (ok || bad.push(what));
  need(JSON.stringify(keys(s)) === JSON.stringify(['event', 'explain', 'frames', 'freed', 'gc', 'heap', 'line', 'stdout']), `step keys ${keys(s)}`);
  need(EVENTS.has(s.event as string), `event ${s.event}`);
  need(Number.isInteger(s.line) && (s.line as number) >= 0, 'line');
  need(typeof s.stdout === 'string' && typeof s.explain === 'string', 'stdout/explain');
  const heap = s.heap as Record<string, Record<string, unknown>>;
  for (const f of s.frames as Array<Record<string, unknown>>) {
    need(JSON.stringify(keys(f)) === '["line","locals","name"]', 'frame keys');
    need(typeof f.name === 'string' && Number.isInteger(f.line), 'frame name/line');
    for (const id of Object.values(f.locals as object)) need(isId(id) && id in heap, `local refers to ${id}`);
  }
  for (const [id, o] of Object.entries(heap)) {
    need(isId(id), `heap id ${id}`);
    need(JSON.stringify(keys(o)) === '["hidden","refcount","refs","shared","state","type","value","weak"]', `object keys ${keys(o)}`);
    need(typeof o.type === 'string' && typeof o.value === 'string' && typeof o.shared === 'boolean', 'object type/value/shared');
    need(Number.isInteger(o.refcount) && (o.refcount as number) >= 0, 'refcount');
    need(STATES.has(o.state as string), `state ${o.state}`);
    for (const r of o.refs as unknown[][]) need(r.length === 2 && typeof r[0] === 'string' && isId(r[1]) && (r[1] as string) in heap, `ref ${r}`);
    for (const h of o.hidden as unknown[][]) need(h.length === 2 && typeof h[0] === 'string' && Number.isInteger(h[1]) && (h[1] as number) > 0, `hidden ${h}`);
    for (const w of o.weak as unknown[]) need(isId(w), `weak ${w}`);
  }
  for (const id of s.freed as unknown[]) need(isId(id), `freed ${id}`);
  const gc = s.gc as Record<string, unknown>;
  need(JSON.stringify(keys(gc)) === '["counts","enabled","thresholds"]', 'gc keys');
  need(typeof gc.enabled === 'boolean' && (gc.counts as number[]).length === 3 && (gc.thresholds as number[]).length === 3, 'gc values');
  return bad;
}

describe('py --trace', () => {
  for (const name of ['ref_02_containers.py', 'gc_03_instance_cycle_del.py', 'gc_08_weakref.py', 'func_01_closures_decorator.py', 'exc_01_try_flow.py']) {
    it(`writes a valid trace of ${name} and prints what it prints untraced`, () => {
      const src = join(ROOT, 'tests/conformance', name);
      const out = join(dir, name + '.json');
      const plain = py([src]);
      const traced = py(['--trace', out, src]);
      expect(traced.stdout).toBe(plain.stdout);
      expect(traced.status).toBe(plain.status);
      const trace = JSON.parse(readFileSync(out, 'utf8'));
      expect(keys(trace)).toEqual(['steps', 'version']);
      expect(trace.version).toBe(1);
      expect(trace.steps.length).toBeGreaterThan(5);
      for (const [i, s] of trace.steps.entries()) expect(stepProblems(s), `step ${i}`).toEqual([]);
      expect(trace.steps[trace.steps.length - 1].stdout).toBe(plain.stdout);
    });
  }

  it('stops a runaway program at --max-steps and keeps the steps', () => {
    const src = join(dir, 'loop.py');
    writeFileSync(src, 'n = 0\nwhile True:\n    n += 1\n');
    const out = join(dir, 'loop.json');
    const r = py(['--trace', out, '--max-steps', '1000', src]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Memory Lane stopped the program after 1,000 steps \(an infinite loop\?\), at line [23]\n$/);
    expect(JSON.parse(readFileSync(out, 'utf8')).steps.length).toBe(1000);
  });

  it('refuses a bad --max-steps', () => {
    const r = py(['--max-steps', 'lots', 'x.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--max-steps needs a whole number/);
  });
});
