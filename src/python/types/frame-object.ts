/**
 * Frame objects and traceback objects: how an exception keeps the frames it
 * passed through, and their locals, alive (CPython's PyFrameObject and
 * PyTracebackObject).
 *
 * A running frame (vm/frame.ts) gets a frame object the first time an
 * exception passes through it. When the frame ends while something else
 * still holds that object (a traceback), the frame's locals, stack, code,
 * function and namespaces move into the object (CPython's take_ownership),
 * and are released only when the object dies; otherwise the object just goes.
 *
 * Invariants: a frame object's `slots` hold strong references only after it
 * took ownership (`owned`); a traceback holds its frame object and its next
 * traceback strongly.
 */
import { born, decref, incref, xdecref } from '../memory';
import { PyObject, type Visit } from '../object';
import { nativeRepr } from '../ops';
import type { PyCode } from './code';
import { newInt } from './int';
import { None } from './none';
import { defGetter, newBuiltinType, objectType } from './type';

/** `frame`: the heap side of a frame (see the file comment). */
export class PyFrameObject extends PyObject {
  /** The frame's locals, cells and stack, once it owns them. */
  slots: (PyObject | null)[] = [];
  /** Code, function, globals and local namespace, once it owns them (strong). */
  refs: (PyObject | null)[] = [];
  /** True once the frame ended and its contents moved here. */
  owned = false;
  /** The frame's line when it ended (or when last seen running). */
  line: number;
  constructor(
    /** The code the frame ran (borrowed until owned; for names and repr). */
    public code: PyCode,
    line: number,
  ) {
    super(frameType);
    this.line = line;
  }
}

/** `traceback`: one frame an exception passed through, innermost last along tb_next. */
export class PyTraceback extends PyObject {
  constructor(
    public frame: PyFrameObject,
    public next: PyTraceback | null,
    public lineno: number,
  ) {
    super(tracebackType);
  }
}

function traverseFrame(o: PyObject, visit: Visit): void {
  const f = o as PyFrameObject;
  if (!f.owned) return;
  const names = [...f.code.varnames, ...f.code.cellvars, ...f.code.freevars];
  for (let i = 0; i < f.slots.length; i++) {
    const v = f.slots[i];
    if (v !== null) visit(v, i < names.length ? names[i] : 'stack');
  }
  for (const r of f.refs) if (r !== null) visit(r, '');
}

/**
 * frame_dealloc of a frame object that owns its frame: the function first (for a module
 * frame, the globals its temporary function held go with it), then the local namespace,
 * then the locals and stack in order; the code last.
 */
function clearFrame(o: PyObject): void {
  const f = o as PyFrameObject;
  const slots = f.slots;
  const [locals, fn, code, globals] = f.refs;
  f.slots = [];
  f.refs = [];
  xdecref(fn ?? null);
  xdecref(globals ?? null);
  xdecref(locals ?? null);
  for (const v of slots) xdecref(v);
  xdecref(code ?? null);
}

export const frameType = newBuiltinType('frame', objectType, {
  basicSize: 72,
  gcType: true,
  baseType: false,
  slots: { traverse: traverseFrame, clear: clearFrame },
});

export const tracebackType = newBuiltinType('traceback', objectType, {
  basicSize: 40,
  gcType: true,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const tb = o as PyTraceback;
      if (tb.next !== null) visit(tb.next, 'tb_next');
      visit(tb.frame, 'tb_frame');
    },
    clear(o: PyObject) {
      const tb = o as PyTraceback;
      const next = tb.next;
      tb.next = null;
      xdecref(next);
      decref(tb.frame);
    },
  },
});

/** A new frame object for a running frame's code (owned by the caller). */
export function newFrameObject(code: PyCode, line: number): PyFrameObject {
  return born(new PyFrameObject(code, line));
}

/** PyTraceBack_Here: a traceback entry in front of `next`; takes over both references. */
export function newTraceback(frame: PyFrameObject, next: PyTraceback | null, lineno: number): PyTraceback {
  return born(new PyTraceback(frame, next, lineno));
}

// ---------------------------------------------------------------- attributes

defGetter(tracebackType, 'tb_frame', (o) => incref((o as PyTraceback).frame));
defGetter(tracebackType, 'tb_next', (o) => incref((o as PyTraceback).next ?? None));
defGetter(tracebackType, 'tb_lineno', (o) => newInt((o as PyTraceback).lineno));
defGetter(frameType, 'f_lineno', (o) => newInt((o as PyFrameObject).line));
defGetter(frameType, 'f_code', (o) => incref((o as PyFrameObject).code));
nativeRepr.set(frameType, (o) => {
  const f = o as PyFrameObject;
  return `<frame at 0x${f.addr.toString(16)}, file '${f.code.filename}', line ${f.line}, code ${f.code.name}>`;
});
nativeRepr.set(tracebackType, (o) => `<traceback object at 0x${o.addr.toString(16)}>`);
