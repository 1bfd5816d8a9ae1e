/**
 * A heap image: the object graph and the stack as the census (heap-census.ts)
 * reads them, with objects as dense numbers. The census runs on an image, never
 * on the engine's objects, so one census serves two sources: the running engine
 * (live-image.ts, read lazily at the moment of a step) and a recording's copy of
 * the graph, replayed to any step.
 *
 * Invariants: the live objects are numbered 0..liveCount-1, in the order they were
 * allocated (the census shows garbage in that order); other objects (shared ones,
 * those made before the recording began) are numbered as the walk meets them, and
 * only their own facts are read, never their references.
 */

/** What kind of object a node is, as far as the census treats kinds apart. */
export const enum NodeKind {
  /** Any object whose references are plain labelled edges. */
  Plain = 0,
  /** A code object: its constants are hidden references, and it is never drawn. */
  Code = 1,
  /** A module: holds its namespace dict. */
  Module = 2,
  /** A builtin type: never drawn, holds nothing the census counts. */
  NativeType = 3,
  /** A dict: its entries become a namespace's names when it is one. */
  Dict = 4,
  /** A generator: its references are its frame's while the frame is suspended. */
  Generator = 5,
  /** An object that holds no references (an int, a float, a str...): the census reads none. */
  Leaf = 6,
}

/** Visits one reference: the target node, its label, and the hidden reason when no arrow shows it. */
export type NodeEdge = (target: number, label: string, hidden: string | null) => void;

/** Visits one entry of a dict node: its key and value, and the text asked for (the key's name, or the value's arrow label). */
export type EntryVisit = (key: number, value: number, text: string) => void;

/** One frame of the running stack. */
export interface ImageFrame {
  /** The same number for the same frame at every step it runs (a suspended generator names its frame by it). */
  key: number;
  name: string;
  line: number;
  /** Names of the frame's named slots (locals, cells, free variables); slots past them are the value stack. */
  slotNames: readonly string[];
  /** The frame's slots up to its stack pointer, -1 where empty. */
  slots: readonly number[];
  fn: number;
  code: number;
  /** The globals a module frame holds itself (-1 for a function frame, which borrows its function's). */
  ownGlobals: number;
  /** The namespace dict of a module or class body frame, -1 for others. */
  locals: number;
  /** The dict whose entries are this frame's names (a module's globals, a class body's dict), or -1. */
  namespace: number;
  frameObject: number;
  /** Run inside its caller's dispatch loop (no builtin code between them). */
  inlined: boolean;
  isModule: boolean;
}

/** References held by the interpreter itself rather than by an object or a frame. */
export interface ImageRoots {
  /** Every module in sys.modules. */
  modules: readonly number[];
  /** References the event itself holds (a return value, an exception being raised), with their reasons. */
  inFlight: ReadonlyArray<readonly [number, string]>;
  /** Callables whose stack slot a constructor call lent to the new instance. */
  lent: readonly number[];
  /** Literals the compiler holds for the program being compiled. */
  literals: readonly number[];
  /** The exception being handled, or -1. */
  handled: number;
  /** sys.stdout's pending writes (a piece, or a list of them), or -1. */
  stdout: number;
  /** The builtins' namespace dict. */
  builtins: number;
  /** True when the step falls inside an instruction (an automatic collection), whose operands the interpreter holds. */
  midInstruction: boolean;
}

/** The graph and stack at one moment, as numbered nodes. */
export interface HeapImage {
  /** Nodes 0..liveCount-1 are the live objects the recording watches. */
  readonly liveCount: number;
  /** Nodes numbered so far (grows while a live node's references are visited: targets get numbers). */
  readonly size: number;
  /** The running frames, innermost first. */
  readonly frames: readonly ImageFrame[];
  readonly roots: ImageRoots;
  kind(i: number): NodeKind;
  /** The type's name. */
  type(i: number): string;
  /** A short text of the value (never runs Python code). */
  value(i: number): string;
  refcount(i: number): number;
  /** A shared singleton: its count is not shown and nobody counts for it. */
  shared(i: number): boolean;
  /** The weak references to the node, as nodes. */
  weak(i: number): readonly number[];
  /** A live non-dict node's references, in traverse order (a generator's as if suspended). */
  edges(i: number, visit: NodeEdge): void;
  /**
   * A dict node's entries, in order; `byName` asks for each key's text (a namespace's
   * keys are strs, its names), else for each value's arrow label as a dict draws it.
   * With `skipShared`, an image may pass -1 for a shared key or value instead of
   * numbering it (a module namespace is mostly interned names and builtins, which
   * count for nobody: numbering them made every census of a module twice as big).
   */
  entries(i: number, byName: boolean, visit: EntryVisit, skipShared?: boolean): void;
  /** A module node's namespace dict. */
  moduleDict(i: number): number;
  /** A generator node's frame key, or -1 when it has none left. */
  generatorFrame(i: number): number;
}
/** Hidden-reference reasons, as the diagram prints them. */
export const Hidden = {
  codeConstant: 'code constant',
  instanceClass: "instance's class",
  functionCode: "function's code",
  functionGlobals: "function's globals",
  moduleAttribute: 'module attribute',
  classInternals: 'class internals',
  valueStack: 'value stack',
  runningFrame: 'running frame',
  frameNamespace: 'frame namespace',
  frameObject: 'frame object',
  moduleRegistry: 'sys.modules',
  parserArena: "compiler's literal",
  handledException: 'exception being handled',
  returnValue: 'return value',
  builtinCode: 'builtin code in progress',
  notDrawn: 'item not drawn',
  raisedException: 'exception being raised',
  stdoutBuffer: 'stdout buffer',
  internal: 'internal',
  other: 'other',
} as const;

