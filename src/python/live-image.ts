/**
 * The running engine seen as a heap image (heap-image.ts): the census reads the
 * interpreter's own objects and frames through it, without running any Python
 * code and without copying the heap. Nodes are numbered lazily, live objects
 * first, in a Map of its own: the objects' scratch field `mark` belongs to the
 * trace's capture while a recording watches (graph-capture.ts), and this image is
 * taken while one does (the tests' copy checker compares the two at every step).
 */
import { Flag, PyObject, PyType } from './object';
import type { Frame } from './vm/frame';
import { PyCode } from './types/code';
import { PyDict } from './types/dict';
import { PyFunction } from './types/function';
import { PyGenerator } from './types/generator';
import { PyMethod } from './types/method';
import { PyRange } from './types/range';
import { PySet } from './types/set';
import { PyModule } from './types/module';
import { PyStr } from './types/str';
import { PyInt, PyLong } from './types/int';
import { PyFloat } from './types/float';
import { PyList } from './types/list';
import { PyTuple } from './types/tuple';
import { PyMethodWrapper } from './types/method-wrapper';
import { PyMethodDescr } from './types/type';
import { None } from './types/none';
import { loadedModules } from './modules/index';
import { runtime } from './vm/state';
import { env } from './vm/call';
import { floatRepr } from './text/float-repr';
import { STR_TEXT_LENGTH, strValueText } from './text/str-repr';
import { Hidden, NodeKind, type EntryVisit, type HeapImage, type ImageFrame, type ImageRoots, type NodeEdge } from './heap-image';

/** Entries every class statement adds to the class's namespace: drawn as hidden, not as arrows. */
const CLASS_BOOKKEEPING = new Set(['.__module__', '.__qualname__', '.__doc__', '.__dict__', '.__weakref__']);

/**
 * valueText, but an int's number rather than its text (the text is `String` of it):
 * a recording keeps the number and makes the text only when the step is shown.
 */
export function valueOrNumber(o: PyObject): string | number {
  if (o instanceof PyInt && o.type.name !== 'bool') return o.v;
  return valueText(o);
}

/**
 * A short str's own characters (its value text is strValueText of them), else null:
 * a recording keeps those and makes the repr only when the step is shown.
 */
export function rawStrText(o: PyObject): string | null {
  return o instanceof PyStr && o.v.length <= STR_TEXT_LENGTH ? o.v : null;
}

/** A short value text for the diagram; never runs Python code. */
export function valueText(o: PyObject): string {
  if (o === None) return 'None';
  if (o instanceof PyInt) {
    if (o.type.name === 'bool') return o.v ? 'True' : 'False';
    return String(o.v);
  }
  if (o instanceof PyLong) {
    const s = o.v.toString();
    return s.length > 24 ? s.slice(0, 10) + '…' + s.slice(-10) : s;
  }
  if (o instanceof PyFloat) return floatRepr(o.v);
  if (o instanceof PyStr) return strValueText(o.v);
  if (o instanceof PyList || o instanceof PyTuple) return `len ${o.items.length}`;
  if (o instanceof PyDict) return `len ${o.used}`;
  if (o instanceof PySet) return `len ${o.table.size}`;
  if (o instanceof PyRange) return rangeText(o);
  if (o instanceof PyFunction || o instanceof PyGenerator) return o.qualname;
  if (o instanceof PyMethod && o.func instanceof PyFunction) return o.func.qualname;
  if (o instanceof PyModule) return o.name;
  if (o instanceof PyType) return o.qualname ?? o.name;
  if (o instanceof PyMethodWrapper) return o.descr.name;
  if (o instanceof PyMethodDescr && o.isSlotWrapper) return o.qualname;
  return '';
}

/** A range as its repr shows it (`range(0, 4)`, the step only when it is not 1). */
function rangeText(r: PyRange): string {
  const n = (o: PyObject) => String((o as PyInt | PyLong).v);
  const step = n(r.step);
  return step === '1' ? `range(${n(r.start)}, ${n(r.stop)})` : `range(${n(r.start)}, ${n(r.stop)}, ${step})`;
}

const slotNameLists = new WeakMap<PyCode, string[]>();

/** The name each fast slot of a frame has, for locals and cells (made once per code object). */
export function slotNames(code: PyCode): string[] {
  let names = slotNameLists.get(code);
  if (names === undefined) slotNameLists.set(code, (names = [...code.varnames, ...code.cellvars, ...code.freevars]));
  return names;
}

/** The namespace dict whose entries are a frame's names (a module's globals, a class body's dict), or null. */
export function namespaceOf(f: Frame): PyDict | null {
  return f.locals !== null && (f.locals === f.globals || f.code.kind === 'class') ? f.locals : null;
}

/** A number per frame, the same at every step it runs (frames are reused, but never two at one step). */
const frameKeys = new WeakMap<Frame, number>();
let nextFrameKey = 0;

/** The number of a frame (the same at every step it runs). */
export function frameKey(f: Frame): number {
  let k = frameKeys.get(f);
  if (k === undefined) frameKeys.set(f, (k = nextFrameKey++));
  return k;
}

/** A frame as the census reads it; `ref` numbers each object it holds (-1 for none). */
export function describeFrame(f: Frame, ref: (o: PyObject | null) => number): ImageFrame {
  const slots: number[] = [];
  for (let i = 0; i < f.sp; i++) slots.push(ref(f.fast[i] ?? null));
  const isModule = f.code.kind === 'module';
  return {
    key: frameKey(f),
    name: isModule ? '<module>' : f.code.name,
    line: f.line,
    slotNames: slotNames(f.code),
    slots,
    fn: ref(f.fn),
    code: ref(f.code),
    ownGlobals: f.ownsGlobals ? ref(f.globals) : -1,
    locals: ref(f.locals),
    namespace: ref(namespaceOf(f)),
    frameObject: ref(f.frameObj),
    inlined: f.inlined,
    isModule,
  };
}

/** The engine at this moment, as a heap image. */
export class LiveImage implements HeapImage {
  /** Node number → object. */
  readonly objects: PyObject[] = [];
  readonly liveCount: number;
  readonly frames: ImageFrame[];
  readonly roots: ImageRoots;

  /**
   * @param live every object the recording watches (freed ones are skipped)
   * @param stack the running frames, innermost first
   * @param inFlight the references the event itself holds, with their reasons
   * @param midInstruction the moment falls inside an instruction (an automatic collection)
   */
  constructor(live: Iterable<PyObject>, stack: readonly Frame[], inFlight: ReadonlyArray<readonly [PyObject, string]>, midInstruction: boolean) {
    for (const o of live) if (!(o.flags & Flag.Freed)) this.index(o);
    this.liveCount = this.objects.length;
    this.frames = stack.map((f) => this.frame(f));
    this.roots = {
      modules: [...loadedModules().values()].map((m) => this.index(m)),
      inFlight: inFlight.map(([o, reason]) => [this.index(o), reason] as const),
      lent: runtime.lent.map((o) => this.index(o)),
      literals: runtime.literals.map((o) => this.index(o)),
      handled: runtime.handled === null ? -1 : this.index(runtime.handled),
      stdout: runtime.stdoutPending === null ? -1 : this.index(runtime.stdoutPending),
      builtins: this.index(env.builtins),
      midInstruction,
    };
  }

  get size(): number {
    return this.objects.length;
  }

  /** Object → node number. */
  private readonly numbers = new Map<PyObject, number>();

  /** The number of `o` (numbering it when first met). */
  index(o: PyObject): number {
    let n = this.numbers.get(o);
    if (n === undefined) {
      n = this.objects.length;
      this.objects.push(o);
      this.numbers.set(o, n);
    }
    return n;
  }

  private orNone(o: PyObject | null): number {
    return o === null ? -1 : this.index(o);
  }

  private frame(f: Frame): ImageFrame {
    return describeFrame(f, (o) => this.orNone(o));
  }

  kind(i: number): NodeKind {
    return kindOf(this.objects[i]!);
  }

  type(i: number): string {
    return this.objects[i]!.type.name;
  }

  value(i: number): string {
    return valueText(this.objects[i]!);
  }

  refcount(i: number): number {
    return this.objects[i]!.rc;
  }

  shared(i: number): boolean {
    return (this.objects[i]!.flags & Flag.Shared) !== 0;
  }

  weak(i: number): number[] {
    const w = this.objects[i]!.weakrefs;
    return w === null ? [] : w.map((o) => this.index(o));
  }

  moduleDict(i: number): number {
    return this.index((this.objects[i] as PyModule).dict);
  }

  generatorFrame(i: number): number {
    return generatorFrameOf(this.objects[i] as PyGenerator);
  }

  entries(i: number, byName: boolean, visit: EntryVisit, skipShared = false): void {
    const d = this.objects[i] as PyDict;
    if (!byName) {
      dictEntries(d, (k, v, _name, label) => visit(this.index(k), this.index(v), label));
      return;
    }
    for (let j = 0; j < d.keys.length; j++) {
      const k = d.keys[j];
      if (k === null) continue;
      const v = d.values[j]!;
      if (!skipShared) visit(this.index(k), this.index(v), k instanceof PyStr ? k.v : '');
      else if (!(k.flags & Flag.Shared) || !(v.flags & Flag.Shared))
        visit(k.flags & Flag.Shared ? -1 : this.index(k), v.flags & Flag.Shared ? -1 : this.index(v), k instanceof PyStr ? k.v : '');
    }
  }

  edges(i: number, visit: NodeEdge): void {
    objectEdges(this.objects[i]!, (c, label, reason) => visit(this.index(c), label, reason));
  }
}

/** What kind of node an object is for the census. */
export function kindOf(o: PyObject): NodeKind {
  const t = o.type;
  if (t.instanceKind >= 0) return t.instanceKind as NodeKind;
  // A type's own kind depends on the type (native or not): never kept on its metatype.
  if (o instanceof PyType) return o.native ? NodeKind.NativeType : NodeKind.Plain;
  // Every instance of a type is the same kind of JS object: asked once per type.
  return (t.instanceKind = instanceKindOf(o));
}

/** The kind of `o`, not a type, by what it is. */
function instanceKindOf(o: PyObject): NodeKind {
  // A dict subclass's instance is drawn as any instance (its class is an arrow); only a dict can be a namespace.
  if (o instanceof PyDict && o.type.native) return NodeKind.Dict;
  if (o instanceof PyCode) return NodeKind.Code;
  if (o instanceof PyModule) return NodeKind.Module;
  if (o instanceof PyGenerator) return NodeKind.Generator;
  // What objectEdges would find nothing in: a builtin type's object without a traverse slot.
  const t = o.type;
  if (t.native && t.slots.traverse === undefined) return NodeKind.Leaf;
  return NodeKind.Plain;
}

/** A generator's frame key, or -1 when it has none left. */
export function generatorFrameOf(g: PyGenerator): number {
  const f = g.frame;
  return f === null || f.finished ? -1 : frameKey(f);
}

/**
 * A dict's entries in order, each with its key's name (a str key's text, else '')
 * and the value's arrow label as the dict draws it (its traverse gives each key,
 * then its value under the key's label).
 */
export function dictEntries(d: PyDict, visit: (key: PyObject, value: PyObject, name: string, label: string) => void): void {
  let key: PyObject | null = null;
  d.type.slots.traverse?.(d, (c, label) => {
    if (label === 'key') key = c;
    else visit(key!, c, key instanceof PyStr ? key.v : '', label);
  });
}

/** Visits one reference of an object: its target, label, and hidden reason when no arrow shows it. */
export type ObjectEdge = (target: PyObject, label: string, hidden: string | null) => void;

/** A non-dict object's references, in traverse order (a generator's as if suspended), as the census counts them. */
export function objectEdges(o: PyObject, to: ObjectEdge): void {
  if (o instanceof PyCode) {
    for (const k of o.consts) to(k, 'const', Hidden.codeConstant);
    return;
  }
  if (o instanceof PyModule) {
    to(o.dict, '__dict__', Hidden.moduleAttribute);
    return;
  }
  if (o instanceof PyType) {
    if (o.native) return;
    const slots = (o as PyType & { typeSlots?: { traverse?: (o: PyObject, v: (c: PyObject, l: string) => void) => void } }).typeSlots;
    slots?.traverse?.(o, (c, l) => to(c, l, l.startsWith('.') && !CLASS_BOOKKEEPING.has(l) ? null : Hidden.classInternals));
    return;
  }
  if (o instanceof PyGenerator) {
    // A suspended generator owns its frame: the frame's names are the generator's arrows (the census drops them while it runs).
    const f = o.frame;
    if (f === null || f.finished) return;
    const names = slotNames(f.code);
    for (let k = 0; k < f.sp; k++) {
      const v = f.fast[k];
      if (v !== null) to(v, k < names.length ? names[k]! : 'stack', k < names.length ? null : Hidden.valueStack);
    }
    if (f.fn !== null) to(f.fn, 'function', Hidden.runningFrame);
    to(f.code, 'code', Hidden.runningFrame);
    if (f.frameObj !== null) to(f.frameObj, 'frame', Hidden.frameObject);
    return;
  }
  const t = o.type;
  if (o instanceof PyFunction) {
    t.slots.traverse?.(o, (c, l) => to(c, l, l === '__code__' ? Hidden.functionCode : l === '__globals__' ? Hidden.functionGlobals : l === '' ? Hidden.internal : null));
  } else {
    t.slots.traverse?.(o, (c, l) => to(c, l, l === '' ? Hidden.internal : null));
  }
  if (!t.native) to(t, '__class__', Hidden.instanceClass);
}
