/**
 * What a lesson's note claims about its step, in a form a test can check against the
 * recorded step: the note's sentences must say the same thing.
 *
 * A path names an object the way the program would: a name (looked up in the innermost
 * frame, then in the module's), then any number of `[i]` items and `.attr` attributes,
 * following the arrows the diagram draws (`grid[0]`, `a.other`).
 */
import type { ObjectId, TraceStep } from '../../trace/protocol';

export interface NoteFacts {
  /** These paths refer to one object. */
  same?: string[];
  /** These paths refer to pairwise different objects. */
  distinct?: string[];
  /** The object's reference count as the diagram shows it (what `sys.getrefcount` returns, minus its own argument). */
  refcount?: [path: string, count: number];
  /** The object's type name. */
  type?: [path: string, type: string];
  /** The object's value text (`100`, `'hello'`, `len 3`). */
  value?: [path: string, text: string];
  /** Whether the object is a shared singleton (a cached small int, an interned string...). */
  shared?: [path: string, shared: boolean];
  /** The number of weak references to the object. */
  weak?: [path: string, count: number];
  /** Names bound in the innermost frame. */
  bound?: string[];
  /** Names not bound in the innermost frame. */
  unbound?: string[];
  /** The call stack's frame names, outermost first. */
  frames?: string[];
  /** How many objects are alive but unreachable (kept only by a cycle). */
  garbage?: number;
  /** Something was freed at this step (true), nothing was (false), or exactly this many objects were. */
  freed?: boolean | number;
  /** How many objects of a type are drawn and not freed (`['Node', 0]`: every Node is gone). */
  alive?: [type: string, count: number];
  /** The collector's counts of generations 0, 1 and 2. */
  gc?: [number, number, number];
  /** The output so far contains this text. */
  stdoutIncludes?: string;
  /** The output so far is exactly this text. */
  stdout?: string;
}

/** The id a path refers to at `step`, or a sentence saying why it refers to none. */
export function resolvePath(step: TraceStep, path: string): { id: ObjectId } | { error: string } {
  const match = /^([A-Za-z_]\w*)((?:\[\d+\]|\.[A-Za-z_]\w*)*)$/.exec(path);
  if (!match) return { error: `"${path}" is not a path` };
  const [, name, rest] = match as unknown as [string, string, string];
  const inner = step.frames.at(-1)?.locals;
  const outer = step.frames[0]?.locals;
  const found = (inner && Object.hasOwn(inner, name) ? inner[name] : undefined) ?? (outer && Object.hasOwn(outer, name) ? outer[name] : undefined);
  if (found === undefined) return { error: `"${name}" is not bound` };
  let id: ObjectId = found;
  for (const label of rest.match(/\[\d+\]|\.\w+/g) ?? []) {
    // An attribute is labelled `.name` on instances and classes, bare (`__defaults__`) on functions.
    const ref: [string, ObjectId] | undefined = step.heap[id]?.refs.find(([l]) => l === label || (label.startsWith('.') && l === label.slice(1)));
    if (!ref) return { error: `"${path}": no arrow ${label} from object ${id}` };
    id = ref[1];
  }
  return { id };
}

/** Every fact of `facts` that `step` contradicts, as a sentence (empty when all hold). */
export function checkFacts(step: TraceStep, facts: NoteFacts): string[] {
  const problems: string[] = [];
  const idOf = (path: string): ObjectId | null => {
    const found = resolvePath(step, path);
    if ('error' in found) {
      problems.push(found.error);
      return null;
    }
    return found.id;
  };
  const objectOf = (path: string) => {
    const id = idOf(path);
    if (id === null) return null;
    const object = step.heap[id];
    if (!object) problems.push(`"${path}" refers to ${id}, which is not drawn`);
    return object ?? null;
  };
  const expect = (ok: boolean, what: string) => void (ok || problems.push(what));
  const inner = step.frames.at(-1)?.locals ?? {};

  if (facts.same) {
    const ids = facts.same.map(idOf);
    expect(new Set(ids).size === 1, `${facts.same.join(', ')} should be one object: ${ids.join(', ')}`);
  }
  if (facts.distinct) {
    const ids = facts.distinct.map(idOf);
    expect(new Set(ids).size === ids.length, `${facts.distinct.join(', ')} should be different objects: ${ids.join(', ')}`);
  }
  if (facts.refcount) {
    const [path, count] = facts.refcount;
    const object = objectOf(path);
    if (object) expect(object.refcount === count, `${path}'s count is ${object.refcount}, not ${count}`);
  }
  if (facts.type) {
    const [path, type] = facts.type;
    const object = objectOf(path);
    if (object) expect(object.type === type, `${path} is a ${object.type}, not a ${type}`);
  }
  if (facts.value) {
    const [path, text] = facts.value;
    const object = objectOf(path);
    if (object) expect(object.value === text, `${path}'s value is ${object.value}, not ${text}`);
  }
  if (facts.shared) {
    const [path, shared] = facts.shared;
    const object = objectOf(path);
    if (object) expect(object.shared === shared, `${path} is ${object.shared ? '' : 'not '}shared`);
  }
  if (facts.weak) {
    const [path, count] = facts.weak;
    const object = objectOf(path);
    if (object) expect(object.weak.length === count, `${path} has ${object.weak.length} weak references, not ${count}`);
  }
  for (const name of facts.bound ?? []) expect(Object.hasOwn(inner, name), `"${name}" should be bound`);
  for (const name of facts.unbound ?? []) expect(!Object.hasOwn(inner, name), `"${name}" should not be bound`);
  if (facts.frames) {
    const names = step.frames.map((f) => f.name);
    expect(names.join() === facts.frames.join(), `frames are ${names.join(', ')}, not ${facts.frames.join(', ')}`);
  }
  const objects = Object.values(step.heap);
  if (facts.garbage !== undefined) {
    const n = objects.filter((o) => o.state === 'garbage').length;
    expect(n === facts.garbage, `${n} garbage objects, not ${facts.garbage}`);
  }
  if (facts.freed !== undefined) {
    const n = step.freed.length;
    const ok = typeof facts.freed === 'number' ? n === facts.freed : n > 0 === facts.freed;
    expect(ok, `${n} objects freed at this step, expected ${facts.freed}`);
  }
  if (facts.alive) {
    const [type, count] = facts.alive;
    const n = objects.filter((o) => o.type === type && o.state !== 'freed').length;
    expect(n === count, `${n} ${type} objects alive, not ${count}`);
  }
  if (facts.gc) expect(step.gc.counts.join() === facts.gc.join(), `gc counts are ${step.gc.counts.join(', ')}, not ${facts.gc.join(', ')}`);
  if (facts.stdoutIncludes !== undefined) {
    expect(step.stdout.includes(facts.stdoutIncludes), `output ${JSON.stringify(step.stdout)} lacks ${JSON.stringify(facts.stdoutIncludes)}`);
  }
  if (facts.stdout !== undefined) expect(step.stdout === facts.stdout, `output is ${JSON.stringify(step.stdout)}, not ${JSON.stringify(facts.stdout)}`);
  return problems;
}
