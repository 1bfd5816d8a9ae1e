/**
 * The trace's reference-count invariant: for every object that is not a shared
 * singleton, its count equals the locals that refer to it, plus the labelled
 * references from objects on the heap, plus its hidden references, none of them
 * of the unexplained kind `other`. Weak references never count; an object shown
 * as just freed holds nothing and has no count.
 */
import type { TraceStep } from './protocol';

/** The objects of a step that break the invariant, each with what was found (empty when it holds). */
export function invariantViolations(step: Pick<TraceStep, 'frames' | 'heap'>): string[] {
  const incoming = new Map<string, number>();
  const add = (id: string) => incoming.set(id, (incoming.get(id) ?? 0) + 1);
  for (const f of step.frames) for (const id of Object.values(f.locals)) add(id);
  for (const o of Object.values(step.heap)) for (const [, id] of o.refs) add(id);
  const out: string[] = [];
  for (const [id, o] of Object.entries(step.heap)) {
    if (o.shared || o.state === 'freed') continue;
    const hidden = o.hidden.reduce((n, [, c]) => n + c, 0);
    const other = o.hidden.find(([r]) => r === 'other');
    const found = (incoming.get(id) ?? 0) + hidden;
    if (found !== o.refcount || other)
      out.push(`${o.type} ${o.value} (${id}): count ${o.refcount}, found ${incoming.get(id) ?? 0} shown + hidden ${JSON.stringify(o.hidden)}`);
  }
  return out;
}
