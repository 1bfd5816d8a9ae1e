/**
 * Plain sentences for a step: what the code just run did to names and objects,
 * said as a student would want it ("`x += 10` made a new int 1010 and bound `x`
 * to it; the int 1000 is still referenced by `y`, its count went from 4 to 3").
 * Built only from the two drawings it compares (and the source line), so it can
 * never say more than the diagram shows.
 */
import type { HeapObject, ObjectId, StepEvent, TraceFrame } from './protocol';

/** At most this many facts go into one explanation. */
const MAX_FACTS = 3;

function article(word: string): string {
  return /^[aeiouAEIOU]/.test(word) ? `an ${word}` : `a ${word}`;
}

function describe(o: HeapObject | undefined): string {
  if (o === undefined) return 'an object';
  if (o.shared) return `the shared ${o.type} ${o.value} (one object that everyone uses)`;
  if (o.value === '' || o.value.startsWith('len ')) return article(o.type);
  return `the ${o.type} ${o.value}`;
}

/** Several objects with their verb: `an Item is`, `2 Node objects are`, `a list and a dict are`. */
function describeAll(objects: readonly HeapObject[]): string {
  if (objects.length === 1) return `${describe(objects[0])} is`;
  const type = objects[0]!.type;
  if (objects.every((o) => o.type === type)) return `${objects.length} ${type} objects are`;
  return `${joinNames(objects.map(describe))} are`;
}

/** The names (in any frame) that refer to `id`, as `x`, `x` and `y`... */
function namesOf(id: ObjectId, frames: readonly TraceFrame[]): string[] {
  const out: string[] = [];
  for (const f of frames) for (const [name, target] of Object.entries(f.locals)) if (target === id) out.push(`\`${name}\``);
  return out;
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Why a count moved, for the references no arrow shows whose reason says more than a number. */
const HIDDEN_GAINED: Record<string, string> = {
  'stdout buffer': 'sys.stdout keeps what print() wrote until it flushes its output (8 KB at a time, or at the end)',
};
const HIDDEN_LOST: Record<string, string> = {
  'stdout buffer': 'sys.stdout flushed its output and let go of what print() wrote',
};

/** `: <why>` when the one hidden reference that changed has a reason worth a sentence, else ''. */
function hiddenChange(old: HeapObject, o: HeapObject): string {
  const was = new Map(old.hidden);
  const now = new Map(o.hidden);
  const reasons = new Set([...was.keys(), ...now.keys()]);
  const moved = [...reasons].filter((r) => (was.get(r) ?? 0) !== (now.get(r) ?? 0));
  if (moved.length !== 1) return '';
  const r = moved[0]!;
  const why = (now.get(r) ?? 0) > (was.get(r) ?? 0) ? HIDDEN_GAINED[r] : HIDDEN_LOST[r];
  return why ? `: ${why}` : '';
}

function sentence(facts: string[]): string {
  if (facts.length === 0) return '';
  const s = facts.slice(0, MAX_FACTS).join('; ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

/** The drawing before a step, and what ran since. */
export interface Before {
  heap: Map<ObjectId, HeapObject>;
  frames: TraceFrame[];
  /** The source text of line n (1-based), when known. */
  lineText?: (n: number) => string | undefined;
  /** The last step (0-based, at most this one) at which an object with this id was freed, if any. */
  freedBefore?: (id: ObjectId) => number | undefined;
}

/** The explanation of one step, from the drawing before it and the drawing at it. */
export function explainStep(
  event: StepEvent,
  line: number,
  before: Before,
  heap: Map<ObjectId, HeapObject>,
  frames: TraceFrame[],
  changed: ReadonlyArray<[ObjectId, HeapObject]>,
  freed: readonly ObjectId[],
): string {
  const top = frames[frames.length - 1];
  if (event === 'call') return `Calling ${top?.name ?? 'a function'}: a new frame goes on the stack, its parameters bound to the arguments.`;
  if (event === 'return') return `${top?.name ?? 'The function'} returns: its frame leaves the stack and its names stop referring to anything.`;
  if (event === 'exception') {
    // The module's frame is the outermost while the program runs; without it, this is shutdown
    // (a suspended generator closed by GeneratorExit, or a __del__ that raised).
    if (frames.length > 0 && frames[0]!.name !== '<module>')
      return `The program has ended; at shutdown, an exception was raised at line ${line} in ${top!.name}.`;
    return `An exception was raised at line ${line}: Python looks for an \`except\` that handles it, leaving each frame that has none.`;
  }
  const facts: string[] = [];
  const told = new Set<ObjectId>();
  if (event === 'gc') {
    const ran = `the cyclic garbage collector ran and freed ${freed.length} object${freed.length === 1 ? '' : 's'}`;
    // No frame left: the program has ended, and this is the collection CPython's shutdown runs.
    facts.push(frames.length === 0 ? `the program has ended; at shutdown, as CPython does, ${ran}` : ran);
  }
  // Re-bound names in the frame that kept running, said as what its line did.
  const was = before.frames[frames.length - 1];
  const sameFrame = top !== undefined && was !== undefined && was.name === top.name;
  // The line that ran in this frame is where the frame was at the step before (a call in between returned to it).
  const text = sameFrame ? before.lineText?.(was.line)?.trim() : undefined;
  const code = text ? `\`${text}\` ` : '';
  if (sameFrame) {
    for (const [name, id] of Object.entries(top.locals)) {
      const oldId = was.locals[name];
      if (oldId === id) continue;
      const o = heap.get(id);
      // (An object drawn as freed at the step before is gone: a new one may have its id.)
      const prev = before.heap.get(id);
      const isNew = (prev === undefined || prev.state === 'freed') && o !== undefined && !o.shared;
      const verb = facts.length === 0 ? code : '';
      facts.push(isNew ? `${verb}made a new ${o!.type}${o!.value && !o!.value.startsWith('len ') ? ' ' + o!.value : ''} and bound \`${name}\` to it` : `${verb}bound \`${name}\` to ${describe(o)}`);
      // CPython hands a freed block to the next object of its size: the new object has the dead one's id.
      const reused = isNew ? before.freedBefore?.(id) : undefined;
      if (reused !== undefined) facts.push(`its id is the one an object freed at step ${reused + 1} had: CPython gave that memory to the new object`);
      told.add(id);
      if (oldId === undefined) continue;
      // What became of the object the name referred to before.
      const old = heap.get(oldId);
      const oldBefore = before.heap.get(oldId);
      told.add(oldId);
      if (old === undefined || old.state === 'freed') {
        if (oldBefore !== undefined && !oldBefore.shared) facts.push(`${describe(oldBefore)} was freed: no reference was left`);
      } else if (!old.shared) {
        const holders = namesOf(oldId, frames);
        const count = oldBefore !== undefined && oldBefore.refcount !== old.refcount ? `, its count went from ${oldBefore.refcount} to ${old.refcount}` : '';
        facts.push(`${describe(old)} is still referenced${holders.length ? ` by ${joinNames(holders)}` : ''}${count}`);
      }
    }
    const removed = Object.keys(was.locals).filter((name) => !(name in top.locals)).map((name) => `\`${name}\``);
    if (removed.length) {
      const names = removed.length === 1 ? `the name ${removed[0]}` : `the names ${joinNames(removed)}`;
      facts.push(facts.length === 0 && code ? `${code}removed ${names}` : `${names} ${removed.length === 1 ? 'is' : 'are'} gone`);
    }
  }
  if (event !== 'gc') {
    const shown = freed.filter((id) => before.heap.has(id) && !told.has(id));
    if (shown.length) facts.push(`${shown.length === 1 ? describe(before.heap.get(shown[0]!)) + ' was' : shown.length + ' objects were'} freed: no reference was left`);
  }
  // Objects a step leaves unreachable are said together: a cycle cut loose is one fact, however many objects it has.
  const unreachable: HeapObject[] = [];
  for (const [id, o] of changed) {
    const old = before.heap.get(id);
    if (old === undefined || told.has(id) || o.shared || o.state === 'freed') continue;
    // An arrow that points somewhere new (an item stored, an attribute set).
    const was = new Map(old.refs);
    const moved = o.refs.find(([label, target]) => was.get(label) !== target);
    if (moved !== undefined) {
      const target = moved[1] === id ? 'itself' : describe(heap.get(moved[1]));
      facts.push(facts.length === 0 && code ? `${code}set ${moved[0]} of ${describe(o)} to ${target}` : `${moved[0]} of ${describe(o)} now refers to ${target}`);
      told.add(moved[1]);
    } else if (o.refs.length < old.refs.length) facts.push(`${describe(o)} holds ${old.refs.length - o.refs.length} fewer reference${old.refs.length - o.refs.length === 1 ? '' : 's'}`);
    if (o.state === 'garbage' && old.state !== 'garbage') unreachable.push(o);
    else if (old.refcount !== o.refcount) facts.push(`the count of ${describe(o)} went from ${old.refcount} to ${o.refcount}${hiddenChange(old, o)}`);
  }
  if (unreachable.length > 0) facts.push(`${describeAll(unreachable)} now unreachable, kept alive only by a reference cycle until the cyclic collector runs`);
  return sentence(facts);
}
