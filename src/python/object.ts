/**
 * The root of the object model: every Python value is a `PyObject` with a type,
 * a reference count and an address (`id()`), exactly as in CPython.
 *
 * Invariants:
 * - `rc` is the number of strong references CPython would hold: names, stack
 *   slots, container slots, attributes, cells, defaults, code constants, the
 *   class an instance points to. It changes only through `incref`/`decref`
 *   in memory.ts.
 * - `blk` is assigned once by memory.ts when the object is born and handed back
 *   to the allocator when it dies; `id()` returns `addr`, the object's place in
 *   that block (after the pre-header CPython puts in front of it).
 * - A type lists its outgoing references in exactly one place, `traverse`,
 *   which feeds the cyclic collector, `gc.get_referents` and the diagram.
 */

/** Object flags (bit set in `PyObject.flags`). */
export const enum Flag {
  /** Shared singleton (small int, None, bools, interned string...): never freed, count is "shared". */
  Shared = 1,
  /** Followed by the cyclic collector (`gc.is_tracked`). */
  Tracked = 2,
  /** `__del__` already ran (PEP 442: it runs at most once). */
  Finalized = 4,
  /** Memory returned to the allocator; the object must not be used again. */
  Freed = 8,
  /** Allocated through the GC allocator (counts toward generation 0). */
  GcType = 16,
  /** Not a separate object CPython would show (an instance's inline attribute table). */
  Hidden = 32,
  /** Interned string. */
  Interned = 64,
  /** Changed since the recording last looked (memory.ts's change log holds it). */
  Changed = 128,
  /** Its count changed through incref/decref since the recording last looked (memory.ts's count log holds it). */
  Counted = 256,
  /** Noted as changed only in the item range its dirtyLo/dirtyHi say (a list: memory.ts's touchItems). */
  ItemsOnly = 512,
}

/** A visitor over labelled outgoing references; `label` is what the diagram prints on the arrow. */
export type Visit = (child: PyObject, label: string) => void;

/** First block number of the large-object region (see blockAddress). */
export const LARGE_FIRST = 1 << 29;

/**
 * The address `id()` shows for a block number. Objects store block numbers
 * (16-byte units) rather than addresses because addresses do not fit a
 * small integer, and a JS engine would then box every object's address.
 * Regions: arena blocks (obmalloc's pools) from 0, large blocks from
 * LARGE_FIRST, static objects at negative numbers.
 */
export function blockAddress(blk: number): number {
  if (blk < 0) return 0x55d4e0a00000 + (-blk - 1) * 16;
  if (blk >= LARGE_FIRST) return 0x55d4e2a00000 + (blk - LARGE_FIRST) * 16;
  return 0x7f3a8c000000 + blk * 16;
}

/** Every Python object. */
export class PyObject {
  /** The object's class (`type(o)`). */
  type!: PyType;
  /** Strong reference count. */
  rc!: number;
  /** Block number from the allocator (memory.ts); `addr` turns it into the address. */
  blk!: number;
  /** Bit set of `Flag`. */
  flags!: number;
  /**
   * A number an observer of the heap keeps on the object: the trace's capture keeps
   * its serial here while a recording watches (valid only while the capture's
   * `objects[o.mark] === o`; a Map keyed by objects cost a tenth of a traced run).
   */
  mark!: number;
  /** Scratch count used by the collector while it runs. */
  gcRefs!: number;
  /** Bytes the allocator gave this object (fixes its size class). */
  size!: number;
  /** Weak references pointing here (created lazily). */
  weakrefs!: PyObject[] | null;

  /**
   * Writes the header. The types allocated in hot loops (int, float, str,
   * tuple, list, dict, bound method, cell, iterators, instances) call
   * `super()` without a type and write these fields in their own
   * constructor instead, in this order. Why: a JS engine keeps one inline
   * cache per store site, and this constructor is shared by every type, so
   * its stores see dozens of shapes and go megamorphic (measured at about
   * 100 ns per object in V8), while the same stores in a subclass's
   * constructor see one shape and cost almost nothing.
   */
  /**
   * Address as `id()` prints it: the block's start plus the type's pre-header, as in
   * CPython, where a block freed by an instance and taken by a dict holds the two
   * objects 32 and 16 bytes in, so their ids differ. Static objects have no block
   * of their own to share, hence no offset.
   */
  get addr(): number {
    const blk = this.blk;
    return blk < 0 ? blockAddress(blk) : blockAddress(blk) + this.type.preHeader;
  }

  constructor(type?: PyType) {
    if (type === undefined) return;
    this.type = type;
    this.rc = 1;
    this.blk = 0;
    this.flags = 0;
    this.mark = 0;
    this.gcRefs = 0;
    this.size = 0;
    this.weakrefs = null;
  }
}

// The defaults of the two header fields most objects never use, read through the
// prototype: ints, floats and strs are never tracked by the collector, and
// neither they nor tuples, lists, dicts, cells and iterators take weak references
// (CPython refuses them), so their constructors skip these stores. Why: every
// surviving object is copied by V8's young-generation collector, and two fields
// fewer make a program that keeps many numbers or strings about 10% faster.
// A subclass instance that does take a weak reference gets its own field then.
(PyObject.prototype as { gcRefs: number }).gcRefs = 0;
(PyObject.prototype as { weakrefs: PyObject[] | null }).weakrefs = null;

/** Result of a rich comparison or binary slot that declines to handle its operands. */
export const NotImplementedMarker: unique symbol = Symbol('NotImplemented');

/** Native implementation slots of a type (CPython's tp_* fields). All returned objects are new references. */
export interface TypeSlots {
  /** Outgoing strong references, labelled; the one list refcounts, gc and the diagram share. */
  traverse?(o: PyObject, visit: Visit): void;
  /** Drops every outgoing reference, in CPython's dealloc order. */
  clear?(o: PyObject): void;
  /** Short value text for the diagram. */
  describe?(o: PyObject): string;
}

/** Attribute map of a type, a module or an instance: name → strong reference. */
export type AttrMap = Map<string, PyObject>;

/**
 * A Python class object. Builtin types and user classes share this shape;
 * `native` marks the builtin ones, whose methods are native functions.
 */
export class PyType extends PyObject {
  name: string;
  /** Qualified name for repr (`<class '__main__.Node'>`). */
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** Class attributes in definition order. */
  dict: AttrMap = new Map();
  slots: TypeSlots;
  native: boolean;
  /** Basic instance size in bytes (sys.getsizeof before variable parts). */
  basicSize: number;
  /** CPython's free list for exact instances of this type (free-lists.ts's FreeList; 0 for none, never inherited). */
  freeList = 0;
  /** Instances are allocated through the GC allocator. */
  gcType: boolean;
  /**
   * Bytes of an instance's block in front of the object itself (_PyType_PreHeaderSize):
   * PyGC_Head (16) for GC types, plus the managed-dict pointers (16) for the user
   * classes that keep their __dict__ there. `id()` points past them.
   */
  preHeader: number;
  /**
   * Instances may need finalizing when they die (a class that may define `__del__`, a
   * generator to close), so the allocator asks the interpreter only about these.
   */
  finalizable: boolean;
  /** Incremented whenever this class or a base changes, to invalidate method caches. */
  version = 0;
  /**
   * Instances may hold attributes of their own (user classes, functions, exceptions):
   * only then can an instance attribute hide a method. Inherited from the bases.
   */
  instanceAttrs: boolean;
  /** vm/call.ts constructFromStack's answer for this class (its plain `__init__`, or null), valid while `ctorVersion` is `version`. */
  ctorInit: PyObject | null = null;
  ctorVersion = -1;
  /** Cache of MRO look-ups by name (undefined = not cached; null = absent). */
  lookupCache: Map<string, PyObject | null> = new Map();
  /** True when instances may be subclassed from Python code. */
  baseType = true;
  /** Native `__next__` of a builtin iterator type (tp_iternext; abstract.ts's nativeNext), on the type so a loop step reads a field. */
  iterNext: ((it: PyObject) => PyObject | null) | null = null;
  /** Qualified name of a class statement's class (heap types), when it differs from `name`. */
  qualname?: string = undefined;
  /** References a heap type holds to itself (its __mro__, and the __dict__/__weakref__ descriptors it adds; vm/classes.ts). */
  selfRefs = 0;
  /** A heap type's best base (tp_base), held strongly, or null for object/builtin bases. */
  bestBase: PyType | null = null;
  /** Slots of a heap type (vm/classes.ts). */
  typeSlots?: object = undefined;
  /** Attribute names in first-set order, shared by a class's instances (types/instance.ts). */
  sharedKeys?: string[] = undefined;
  /**
   * The census's node kind of this type's instances (live-image.ts kindOf), once asked;
   * -1 before, and for a metatype, whose instances' kind depends on each (native or not).
   * A recording asks at every row it writes: a chain of instanceof tests each time was a
   * good part of a step.
   */
  instanceKind = -1;
  /**
   * The text number of this type's name in the trace recording last asked (graph-capture.ts),
   * and that recording's store: a recording asks at every row it writes, and a look-up
   * by the name's text each time was a few percent of a recorded step.
   */
  nameText = -1;
  nameTextStore: object | null = null;

  constructor(
    metatype: PyType | null,
    name: string,
    bases: PyType[],
    opts: { module?: string; native?: boolean; basicSize?: number; gcType?: boolean; slots?: TypeSlots } = {},
  ) {
    super(metatype as PyType);
    this.name = name;
    this.module = opts.module ?? 'builtins';
    this.bases = bases;
    this.native = opts.native ?? true;
    this.basicSize = opts.basicSize ?? 16;
    this.gcType = opts.gcType ?? false;
    this.preHeader = this.gcType ? 16 : 0;
    this.finalizable = !this.native;
    this.instanceAttrs = !this.native || bases.some((b) => b.instanceAttrs);
    this.slots = opts.slots ?? {};
  }

  /** Look a name up along the MRO (no descriptors applied); borrowed reference or null. */
  lookup(name: string): PyObject | null {
    const cached = this.lookupCache.get(name);
    if (cached !== undefined) return cached;
    let found: PyObject | null = null;
    for (const t of this.mro) {
      const v = t.dict.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.lookupCache.set(name, found);
    return found;
  }

  /** True when `this` is `other` or derives from it. */
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Forget cached look-ups here and in every subclass (called when a class attribute changes). */
  invalidate(): void {
    this.version++;
    this.lookupCache.clear();
    for (const sub of this.subclasses) sub.invalidate();
  }

  /** Direct subclasses (weakly meaningful: only for cache invalidation). */
  subclasses: PyType[] = [];
}
