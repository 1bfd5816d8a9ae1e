/**
 * sys.stdout's pending writes (Modules/_io/textio.c, stdout not a terminal, so
 * buffered): what TextIOWrapper.write keeps until it hands 8 KB to the buffer.
 *
 * Each piece print() writes (an argument's str, a separator, the end) is kept as an
 * object: an ASCII str itself (one more reference to it: after `print(s)`,
 * sys.getrefcount(s) is one higher until the next flush), anything else encoded to a
 * new bytes object. The first piece since a flush is kept alone; the second makes a
 * list of both (PyList_New(2): the list free list, a 2-slot item buffer); later ones
 * are appended (list_resize's growth). Before a piece that would pass 8192 bytes, and
 * once they reach it, the pending pieces are flushed: a bytes object of them all is
 * made, the list (or piece) let go of, its items last to first, then that bytes
 * object freed once the buffer copied it. The program's end flushes too, before an
 * uncaught exception is printed and before the interpreter shuts down (flush_io), as
 * does print(..., flush=True), sys.stdout.flush() and input().
 *
 * Invariants: runtime.stdoutPending is null, one piece, or a list of two or more,
 * holding a reference to each; `pendingBytes` is their encoded length, under 8192.
 */
import { decref, heap, incref } from './memory';
import type { PyObject } from './object';
import { BYTES_HEADER, PyBytes, utf8Bytes } from './types/bytes';
import { listAppend } from './types/list-ops';
import { newList, PyList } from './types/list';
import type { PyStr } from './types/str';
import { isAsciiText } from './types/str-util';
import { runtime } from './vm/state';

/** TextIOWrapper's chunk_size. */
const CHUNK_SIZE = 8192;

/** The encoded length of what runtime.stdoutPending holds. */
let pendingBytes = 0;

/** The run whose pending writes these are (a new run starts with none). */
let owner: unknown = null;

/** The pending writes of the run going on (forgetting another run's). */
function current(): PyObject | null {
  if (owner !== heap) {
    owner = heap;
    runtime.stdoutPending = null;
    pendingBytes = 0;
  }
  return runtime.stdoutPending;
}

/**
 * TextIOWrapper.write(text) on sys.stdout, for its memory: `text` is borrowed (the
 * caller still owns its reference). The text itself goes to the run's output apart.
 */
export function stdoutWrite(text: PyStr): void {
  const pending = current();
  let b: PyObject;
  let length: number;
  if (isAsciiText(text.v) && text.v.length <= CHUNK_SIZE) {
    b = incref(text);
    length = text.v.length;
  } else {
    const bytes = utf8Bytes(text.v);
    b = bytes;
    length = bytes.data.length;
  }
  if (pending !== null && pendingBytes + length > CHUNK_SIZE) {
    flushStdout();
    runtime.stdoutPending = b;
  } else if (pending === null) {
    pendingBytes = 0;
    runtime.stdoutPending = b;
  } else if (!(pending instanceof PyList)) {
    runtime.stdoutPending = newList([pending, b]);
  } else {
    listAppend(pending, b);
    decref(b);
  }
  pendingBytes += length;
  if (pendingBytes >= CHUNK_SIZE) flushStdout();
}

/**
 * _textiowrapper_writeflush: the pending pieces become one bytes object (a lone
 * bytes piece is that object), the pieces are let go of, and the bytes object is
 * freed once the buffer has copied it.
 */
export function flushStdout(): void {
  const pending = current();
  if (pending === null) return;
  const joined = pending instanceof PyBytes ? -1 : heap.allocAddr(BYTES_HEADER + pendingBytes);
  const size = BYTES_HEADER + pendingBytes;
  runtime.stdoutPending = null;
  pendingBytes = 0;
  decref(pending);
  if (joined >= 0) heap.freeAddr(joined, size);
}
