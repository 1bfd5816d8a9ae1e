/**
 * Plain sentences for a step: what the code just run did to names and objects,
 * said as a student would want it ("`x` now refers to a new int 110; the int 100
 * is still referenced, its count went from 3 to 2"). Built only from the two
 * drawings it compares, so it can never say more than the diagram shows.
 */
import type { HeapObject, ObjectId, StepEvent, TraceFrame } from './protocol';

/** At most this many facts go into one explanation. */
const MAX_FACTS = 3;

function describe(o: HeapObject | undefined): string {
  if (o === undefined) return 'an object';
  if (o.shared) return `the shared ${o.type} ${o.value} (one object that everyone uses)`;
  if (o.value === '' || o.value.startsWith('len ')) return `a ${o.type}`;
  return `the ${o.type} ${o.value}`;
}

function sentence(facts: string[]): string {
  if (facts.length === 0) return '';
  const s = facts.slice(0, MAX_FACTS).join('; ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

/** The explanation of one step, from the drawing before it and the drawing at it. */
export function explainStep(
  event: StepEvent,
  line: number,
  before: { heap: Map<ObjectId, HeapObject>; frames: TraceFrame[] },
  heap: Map<ObjectId, HeapObject>,
  frames: TraceFrame[],
  changed: ReadonlyArray<[ObjectId, HeapObject]>,
  freed: readonly ObjectId[],
): string {
  const top = frames[frames.length - 1];
  if (event === 'call') return `Calling ${top?.name ?? 'a function'}: a new frame goes on the stack, its parameters bound to the arguments.`;
  if (event === 'return') return `${top?.name ?? 'The function'} returns: its frame leaves the stack and its names stop referring to anything.`;
  if (event === 'exception') return `An exception was raised at line ${line}.`;
  const facts: string[] = [];
  if (event === 'gc') facts.push(`the cyclic garbage collector ran and freed ${freed.length} object${freed.length === 1 ? '' : 's'}`);
  // Re-bound names in the frame that kept running.
  const was = before.frames[frames.length - 1];
  if (top !== undefined && was !== undefined && was.name === top.name) {
    for (const [name, id] of Object.entries(top.locals)) {
      const old = was.locals[name];
      if (old === id) continue;
      const o = heap.get(id);
      const isNew = !before.heap.has(id) && o !== undefined && !o.shared;
      facts.push(old === undefined ? `\`${name}\` is bound to ${isNew ? 'a new object, ' : ''}${describe(o)}` : `\`${name}\` now refers to ${isNew ? 'a new object, ' : ''}${describe(o)}`);
    }
    for (const name of Object.keys(was.locals)) if (!(name in top.locals)) facts.push(`the name \`${name}\` is gone`);
  }
  if (event !== 'gc' && freed.length) {
    const shown = freed.filter((id) => before.heap.has(id));
    if (shown.length) facts.push(`${shown.length === 1 ? describe(before.heap.get(shown[0]!)) + ' was' : shown.length + ' objects were'} freed: no reference was left`);
  }
  for (const [id, o] of changed) {
    const old = before.heap.get(id);
    if (old !== undefined && !o.shared && old.refcount !== o.refcount) facts.push(`${describe(o)}'s count went from ${old.refcount} to ${o.refcount}`);
  }
  return sentence(facts);
}
