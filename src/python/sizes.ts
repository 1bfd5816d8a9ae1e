/**
 * sys.getsizeof as CPython 3.11 answers it on a 64-bit build, and the size of
 * the memory block each object occupies (which fixes the allocator size class
 * the runtime's CPython-like ids are drawn from).
 *
 * How 3.11 counts (Python/sysmodule.c _PySys_GetSizeOf): the type's __sizeof__
 * plus the "pre-header": 16 bytes of GC header for GC types, and 16 more for
 * types whose instances keep their __dict__ pointers before the object (plain
 * user classes). So getsizeof([]) == 56 is 40 bytes of list plus the GC header,
 * and a user instance is 24 + 16 + 16 == 56 whatever its attributes.
 *
 * Every number here was checked against python3.11 (tests/python/sizes.test.ts
 * and the fixtures under tests/python/collections/fixtures).
 */
import type { ListAllocation } from './collections/list-growth';
import { bigIntBitLength } from './num/arith';
import { LIST_BASE_SIZE, listSizeof } from './collections/list-growth';
import { DICT_BASE_SIZE, dictKeysSize, dictSizeof, type DictSizing } from './collections/dict-sizing';

export { listSizeof, dictSizeof };

/** Bytes of PyGC_Head in front of every GC-tracked type's objects (counted by getsizeof). */
export const GC_HEADER_SIZE = 16;
/** Bytes of the managed-dict pre-header (dict and values pointers) of plain user-class instances. */
export const MANAGED_DICT_PREHEADER = 16;
/** obmalloc's alignment: every block is a multiple of 16 bytes. */
export const ALIGNMENT = 16;
/** Requests above this go to the system allocator instead of obmalloc's pools. */
export const SMALL_REQUEST_THRESHOLD = 512;

/** The obmalloc size class (block size) serving a request of `bytes`. */
export function sizeClass(bytes: number): number {
  return (bytes + ALIGNMENT - 1) & ~(ALIGNMENT - 1);
}

/** getsizeof of objects whose size never varies. */
export const FIXED_SIZEOF = {
  None: 16,
  NotImplemented: 16,
  Ellipsis: 16,
  object: 16,
  bool: 28,
  float: 24,
  complex: 32,
  range: 48,
  slice: 56,
  /** def and lambda functions, closures included (the cells are separate objects). */
  function: 152,
  boundMethod: 64,
  /** builtin functions and methods of builtins (len, [].append, math.sqrt), slot wrappers. */
  builtinFunction: 72,
  cell: 40,
  module: 72,
  weakref: 80,
  property: 80,
  staticmethod: 48,
  classmethod: 48,
  super: 56,
  /** An instance of a user class without __slots__, however many attributes it has. */
  instance: 56,
  /** A user class without __slots__: the heap type (920) plus its shared instance keys (768). */
  class: 1688,
  /** A user class with __slots__ (no shared keys). */
  slotsClass: 920,
  listIterator: 48,
  listReverseIterator: 48,
  tupleIterator: 48,
  strIterator: 48,
  rangeIterator: 48,
  reversed: 48,
  dictIterator: 72,
  setIterator: 64,
  dictView: 40,
  enumerate: 72,
  zip: 64,
  map: 48,
  filter: 48,
  emptyTuple: 40,
  emptyList: 56,
  emptyDict: 64,
  emptySet: 216,
} as const;

/** Number of 30-bit digits CPython stores for an int (at least one, even for 0). */
export function intDigits(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 2 ** 30) return 1;
    if (a <= Number.MAX_SAFE_INTEGER) return 2; // 2**53 < 2**60
    v = BigInt(v);
  }
  return Math.max(1, Math.ceil(bigIntBitLength(v) / 30));
}

/** getsizeof(int): 24 + 4 per 30-bit digit of |v|, with one digit for 0 (so 0, 1 and -1 are all 28). */
export function intSizeof(v: number | bigint): number {
  return 24 + 4 * intDigits(v);
}

/** The compact-string layout of a str: bytes per character and whether it is pure ASCII. */
export function strLayout(s: string): { length: number; kind: 1 | 2 | 4; ascii: boolean } {
  let length = 0;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c > max) max = c;
    length++;
  }
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  return { length, kind, ascii: max < 128 };
}

/**
 * getsizeof(str) for an exact str: ASCII 48 + len + 1 (terminator); other
 * Latin-1 72 + len + 1; UCS-2 72 + 2*(len + 1); UCS-4 72 + 4*(len + 1).
 * Known gap: once C code asks for a non-ASCII string's UTF-8 form
 * (PyUnicode_AsUTF8), CPython caches it and adds utf8_len + 1; print(),
 * encode() and attribute names do not, and the playground never does.
 */
export function strSizeof(s: string): number {
  const { length, kind, ascii } = strLayout(s);
  if (ascii) return 48 + length + 1;
  return 72 + kind * (length + 1);
}

/** getsizeof of an instance of a user subclass of str (a non-compact string: 80-byte object + separate data). */
export function strSubclassSizeof(s: string): number {
  const { length, kind } = strLayout(s);
  return 80 + kind * (length + 1) + GC_HEADER_SIZE + MANAGED_DICT_PREHEADER;
}

/** getsizeof(tuple) of n items: 24-byte header + 8 per item + GC header (() is 40). */
export function tupleSizeof(n: number): number {
  return 40 + 8 * n;
}

/** getsizeof(bytes) of n bytes (33 + n: the 32-byte header holds a cached hash and a NUL). */
export function bytesSizeof(n: number): number {
  return 33 + n;
}

/** getsizeof(set or frozenset): 216 with the inline 8-slot table, plus 16 bytes per slot of a separate table. */
export function setSizeof(t: { isSmall: boolean; mask: number }): number {
  return FIXED_SIZEOF.emptySet + (t.isSmall ? 0 : (t.mask + 1) * 16);
}

/**
 * getsizeof(generator): the generator embeds its frame, whose size is
 * co_nlocalsplus + co_stacksize pointers (locals, cells, free vars, value stack);
 * e.g. `def g(): yield 1` (0 locals, stack 1) is 176, `(x for x in y)` (2, 2) is 200.
 */
export function generatorSizeof(nlocalsplus: number, stacksize: number): number {
  return 168 + 8 * (nlocalsplus + stacksize);
}

/**
 * getsizeof of an instance of a user class with __slots__: 16-byte object
 * header + 8 per slot + GC header, plus 8 when '__weakref__' is a slot and the
 * 16-byte managed-dict pre-header when '__dict__' is.
 */
export function slotsInstanceSizeof(nslots: number, opts: { weakref?: boolean; dict?: boolean } = {}): number {
  return 32 + 8 * nslots + (opts.weakref ? 8 : 0) + (opts.dict ? MANAGED_DICT_PREHEADER : 0);
}

/** getsizeof of builtin exception instances whose struct has extra fields; all others are 88. */
export const EXCEPTION_SIZEOF: Readonly<Record<string, number>> = {
  AttributeError: 104,
  NameError: 96,
  UnboundLocalError: 96,
  StopIteration: 96,
  SystemExit: 96,
  ImportError: 112,
  ModuleNotFoundError: 112,
  SyntaxError: 152,
  IndentationError: 152,
  TabError: 152,
  OSError: 128,
  EnvironmentError: 128,
  IOError: 128,
  BlockingIOError: 128,
  BrokenPipeError: 128,
  ChildProcessError: 128,
  ConnectionError: 128,
  ConnectionAbortedError: 128,
  ConnectionRefusedError: 128,
  ConnectionResetError: 128,
  FileExistsError: 128,
  FileNotFoundError: 128,
  InterruptedError: 128,
  IsADirectoryError: 128,
  NotADirectoryError: 128,
  PermissionError: 128,
  ProcessLookupError: 128,
  TimeoutError: 128,
  UnicodeDecodeError: 128,
  UnicodeEncodeError: 128,
  UnicodeTranslateError: 128,
};

/**
 * getsizeof of an exception whose nearest builtin class is `builtinName`; a
 * user subclass adds 8 bytes (a __weakref__ slot; exceptions already have a __dict__).
 */
export function exceptionSizeof(builtinName: string, userSubclass = false): number {
  return (EXCEPTION_SIZEOF[builtinName] ?? 88) + (userSubclass ? 8 : 0);
}

/**
 * Bytes a user subclass adds to getsizeof of its builtin base's instances
 * (GC header, managed-dict pre-header and/or __weakref__ slot, depending on what
 * the base already had). str is not listed: see strSubclassSizeof.
 */
export const BUILTIN_SUBCLASS_EXTRA: Readonly<Record<string, number>> = {
  object: 40,
  list: 24,
  dict: 24,
  set: 16,
  frozenset: 16,
  int: 16,
  float: 40,
  tuple: 8,
  BaseException: 8,
};

/**
 * Bytes of the object's own block, as CPython allocates it (GC header and
 * pre-header included). Where getsizeof also counts a separately allocated
 * buffer (a list's items, a dict's keys table, a set's large table, a class's
 * shared keys), the block is smaller than getsizeof; everywhere else the two
 * are equal, so `sizeClass(getsizeof)` is the size class.
 */
export const OBJECT_BLOCK_SIZE = {
  list: LIST_BASE_SIZE,
  dict: DICT_BASE_SIZE,
  set: FIXED_SIZEOF.emptySet,
  frozenset: FIXED_SIZEOF.emptySet,
  class: FIXED_SIZEOF.slotsClass,
} as const;

/** Bytes of a list's separate items array (0 when none is allocated). */
export function listItemsBlockSize(a: ListAllocation): number {
  return 8 * a.allocated;
}

/** Bytes of a dict's separate keys table (0 on the shared empty keys). */
export function dictKeysBlockSize(s: DictSizing): number {
  return s.log2Size === 0 ? 0 : dictKeysSize(s.log2Size, s.unicode);
}

/** Bytes of a set's separate table (0 while it uses the inline small table). */
export function setTableBlockSize(t: { isSmall: boolean; mask: number }): number {
  return t.isSmall ? 0 : (t.mask + 1) * 16;
}
