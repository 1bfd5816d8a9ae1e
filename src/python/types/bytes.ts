/**
 * The bytes objects the engine makes for itself, never for a program (the subset has
 * no bytes literals): the UTF-8 encoding of a non-ASCII piece of text that sys.stdout
 * keeps among its pending writes (stdout-pending.ts), as TextIOWrapper.write keeps the
 * `bytes` its encoder returned. Only gc.get_referents of that pending list shows one.
 *
 * Invariants: immutable; holds no references (not GC-tracked); its size is CPython's,
 * PyBytesObject's 33 bytes (the trailing NUL included) plus one per byte.
 */
import { born } from '../memory';
import { PyObject } from '../object';
import { nativeRepr } from '../ops';
import { newBuiltinType } from './type';

/** PyBytesObject's size without its bytes (header, hash, the trailing NUL). */
export const BYTES_HEADER = 33;

/** `bytes`, only as the engine makes it. */
export const bytesType = newBuiltinType('bytes', undefined, { basicSize: BYTES_HEADER, baseType: false });

/** A bytes object. */
export class PyBytes extends PyObject {
  constructor(readonly data: Uint8Array) {
    super(bytesType);
  }
}

/** A new bytes object holding the UTF-8 encoding of `text`. */
export function utf8Bytes(text: string): PyBytes {
  const data = new TextEncoder().encode(text);
  return born(new PyBytes(data), BYTES_HEADER + data.length);
}

/** repr(b): b'...' with \t \n \r \\ \' and \xhh escapes, as bytes_repr writes it (single quotes: no ' in it, or a " too). */
export function bytesRepr(b: PyBytes): string {
  const d = b.data;
  const quote = d.includes(0x27) && !d.includes(0x22) ? '"' : "'";
  let s = 'b' + quote;
  for (const c of d) {
    if (c === 0x27 && quote === "'") s += "\\'";
    else if (c === 0x5c) s += '\\\\';
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + c.toString(16).padStart(2, '0');
    else s += String.fromCharCode(c);
  }
  return s + quote;
}

nativeRepr.set(bytesType, (o) => bytesRepr(o as PyBytes));
