/**
 * Per-instruction caches for global and module-level names (CPython 3.11's
 * LOAD_GLOBAL inline cache, in spirit): each name instruction remembers the
 * entry index where it last found its name, and, when the name was missing
 * from the globals, the globals' version then and the entry in builtins.
 *
 * A cached index is only a hint: it is trusted after checking that the entry
 * still holds that exact str key, so an entry that moved or went away falls
 * back to the ordinary look-up. "Missing from the globals" is trusted while
 * the globals' version (unique across dicts, bumped on every insert and
 * delete) is unchanged. Nothing here changes what a program can observe.
 */
import type { PyObject } from '../object';
import type { PyCode } from '../types/code';
import type { PyDict } from '../types/dict';
import type { PyStr } from '../types/str';

/** Slots per name: [entry index in the first dict or MISSING, version of the first dict when missing, entry index in builtins]. */
const WIDTH = 3;
/** The name was not in the first dict at the cached version. */
const MISSING = -2;

/** The cache of a code object (made on first use). */
function cacheOf(code: PyCode): Int32Array {
  let c = code.nameCache;
  if (c === null) {
    c = code.nameCache = new Int32Array(code.names.length * WIDTH).fill(-1);
  }
  return c;
}

/** True when entry `at` of d holds `key` itself (undefined: the name's str is not made yet). */
function isKeyAt(d: PyDict, at: number, key: PyStr | undefined): boolean {
  return key !== undefined && d.keys[at] === key;
}

/**
 * Borrowed value of name `code.names[i]` from `first`, else from `builtins`;
 * null when neither has it.
 */
export function loadCached(code: PyCode, i: number, first: PyDict, builtins: PyDict): PyObject | null {
  const c = cacheOf(code);
  const name = code.names[i];
  const base = i * WIDTH;
  const hint = c[base];
  if (hint >= 0) {
    // The key is usually the very interned str the compiler's name resolves to (STORE_NAME
    // and STORE_GLOBAL insert it), which an identity check confirms without reading text.
    if (isKeyAt(first, hint, code.nameObjs[i]) || first.hasStrAt(hint, name)) return first.values[hint];
  } else if (hint === MISSING && c[base + 1] === first.version) {
    const b = c[base + 2];
    if (b >= 0 && builtins.hasStrAt(b, name)) return builtins.values[b];
  }
  const at = first.indexOfStr(name);
  if (at >= 0) {
    c[base] = at;
    return first.values[at];
  }
  c[base] = MISSING;
  c[base + 1] = first.version;
  const b = builtins.indexOfStr(name);
  c[base + 2] = b;
  return b >= 0 ? builtins.values[b] : null;
}

/**
 * Stores `value` (the caller's reference moves in) under name `code.names[i]`
 * in `d` when the cache knows its entry; returns the old value (owned), or
 * null when the caller must take the ordinary path (d.set).
 */
export function storeCached(code: PyCode, i: number, d: PyDict, value: PyObject): PyObject | null {
  const c = cacheOf(code);
  const hint = c[i * WIDTH];
  if (hint >= 0 && (isKeyAt(d, hint, code.nameObjs[i]) || d.hasStrAt(hint, code.names[i]))) return d.replaceAt(hint, value);
  const at = d.indexOfStr(code.names[i]);
  if (at < 0) return null;
  c[i * WIDTH] = at;
  return d.replaceAt(at, value);
}
