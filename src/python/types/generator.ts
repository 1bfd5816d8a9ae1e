/**
 * generator: a suspended frame. The generator owns its frame (and so the
 * frame's locals stay alive between `next()` calls); the frame is cleared when
 * the generator finishes or is freed.
 */
import { callMethod, nativeIter, nativeNext } from '../abstract';
import { PyThrow, throwError } from '../errors';
import { born, decref, touch, incref } from '../memory';
import { PyObject, type Visit } from '../object';
import { GC_HEADER_SIZE, generatorSizeof } from '../sizes';
import { nativeRepr } from '../ops';
import { Frame } from '../vm/frame';
import { execute, makeRaisable } from '../vm/interpreter';
import { hooks, runtime } from '../vm/state';
import { ctx } from '../context';
import { GeneratorExit, newException, RecursionError, StopIteration, ValueError, TypeError, RuntimeError } from './exception';
import { None } from './none';
import { newStr } from './str';
import { newTuple } from './tuple';
import { defMethod, newBuiltinType } from './type';

/** `generator`. */
export const generatorType = newBuiltinType('generator', undefined, {
  basicSize: 184,
  gcType: true,
  baseType: false,
  slots: {
    traverse(o: PyObject, visit: Visit) {
      const f = (o as PyGenerator).frame;
      if (f === null) return;
      // gen_traverse: the code, then _PyFrame_Traverse: the frame object, the function (which holds the
      // globals: a suspended generator keeps its module's namespace alive), the code, the locals and stack.
      visit(f.code, 'code');
      if (f.frameObj !== null) visit(f.frameObj, 'frame');
      if (f.fn !== null) visit(f.fn, 'function');
      const names = [...f.code.varnames, ...f.code.cellvars, ...f.code.freevars];
      for (let i = 0; i < f.sp; i++) {
        const v = f.fast[i];
        if (v !== null) visit(v, i < names.length ? names[i] : 'stack');
      }
    },
    clear(o: PyObject) {
      const g = o as PyGenerator;
      const f = g.frame;
      g.frame = null;
      if (f !== null && !f.finished) f.clear();
    },
  },
});
// A suspended generator is closed when it dies (its finally blocks run), as CPython's tp_finalize does.
generatorType.finalizable = true;

/** A generator object. */
export class PyGenerator extends PyObject {
  running = false;
  started = false;
  name: string;
  qualname: string;
  constructor(public frame: Frame | null) {
    super(generatorType);
    this.name = frame!.code.name;
    this.qualname = frame!.code.qualname;
  }
}

/** Wraps a prepared frame in a new generator. */
export function newGenerator(f: Frame): PyGenerator {
  // The generator embeds its frame, so its block grows with the code's locals and stack.
  const c = f.code;
  const bytes = generatorSizeof(c.varnames.length + c.cellvars.length + c.freevars.length, c.pyStacksize);
  return born(new PyGenerator(f), bytes - GC_HEADER_SIZE);
}

/**
 * Resumes a generator. Returns {done:false, value} for a yield and {done:true,
 * value} for a return; `value` is a new reference. `sent` is borrowed;
 * `thrown` (owned) is raised at the yield point instead.
 */
export function resume(g: PyGenerator, sent: PyObject, thrown: PyThrow | null = null): { done: boolean; value: PyObject } {
  const f = g.frame;
  if (f === null || f.finished) {
    if (thrown !== null) throw thrown;
    return { done: true, value: (None.rc++, None) };
  }
  if (g.running) throwError(ValueError, 'generator already executing');
  if (!g.started && sent !== None && thrown === null) throwError(TypeError, "can't send non-None value to a just-started generator");
  if (!g.started && thrown !== null) {
    finish(g);
    throw thrown;
  }
  if (g.started && thrown === null) {
    incref(sent);
    f.fast[f.sp++] = sent;
  }
  g.started = true;
  if (runtime.depth >= ctx.recursionLimit) throwError(RecursionError, 'maximum recursion depth exceeded');
  g.running = true;
  f.back = runtime.current;
  runtime.current = f;
  // Running: its frame is on the stack, and its names are that frame's rather than the generator's arrows.
  touch(g);
  runtime.depth++;
  f.depth = runtime.depth;
  const tracer = hooks.tracer;
  let value: PyObject | null = null;
  try {
    if (thrown !== null) f.pendingThrow = thrown;
    // Resumed by send or next, it runs its RESUME; a throw goes straight to its handlers.
    else f.code.warmUp();
    if (tracer !== null) tracer.call(f);
    value = execute(f);
  } catch (e) {
    finish(g);
    if (e instanceof PyThrow && e.type.isSubtype(StopIteration)) {
      const err = newException(RuntimeError, newTuple([newStr('generator raised StopIteration')]));
      err.cause = e.exc; // the reference moves to __cause__
      err.suppressContext = true;
      incref(e.exc);
      err.context = e.exc;
      throw new PyThrow(err);
    }
    throw e;
  } finally {
    if (tracer !== null) tracer.ret(f, value);
    // Suspended again: its frame's names are the generator's arrows from the next step on.
    touch(g);
    g.running = false;
    runtime.depth--;
    runtime.current = f.back;
    f.back = null;
  }
  if (f.yielded) {
    f.yielded = false;
    return { done: false, value };
  }
  finish(g);
  return { done: true, value };
}

function finish(g: PyGenerator): void {
  touch(g);
  const f = g.frame;
  if (f !== null && !f.finished) f.clear();
}

/** Raises StopIteration(value) (consumes value) for a generator that returned something other than None. */
function stopWith(value: PyObject): never {
  if (value === None) {
    decref(value);
    throw new PyThrow(newException(StopIteration, newTuple([])));
  }
  const e = newException(StopIteration, newTuple([value]));
  throw new PyThrow(e);
}

nativeIter.set(generatorType, (o) => {
  incref(o);
  return o;
});
nativeNext.set(generatorType, (o) => {
  const r = resume(o as PyGenerator, None);
  if (r.done) {
    if (r.value !== None) {
      // A return value travels on StopIteration; plain iteration drops it.
      decref(r.value);
      return null;
    }
    decref(r.value);
    return null;
  }
  return r.value;
});

nativeRepr.set(generatorType, (o) => `<generator object ${(o as PyGenerator).qualname} at 0x${o.addr.toString(16)}>`);

defMethod(generatorType, '__next__', (self) => {
  const r = resume(self as PyGenerator, None);
  if (r.done) stopWith(r.value);
  return r.value;
});
defMethod(generatorType, 'send', (self, args) => {
  const r = resume(self as PyGenerator, args[0] ?? None);
  if (r.done) stopWith(r.value);
  return r.value;
});
defMethod(generatorType, 'throw', (self, args) => {
  const exc = makeRaisable(args[0]);
  const r = resume(self as PyGenerator, None, new PyThrow(exc));
  if (r.done) stopWith(r.value);
  return r.value;
});
defMethod(generatorType, 'close', (self) => {
  const g = self as PyGenerator;
  if (g.frame === null || g.frame.finished || !g.started) {
    finish(g);
    incref(None);
    return None;
  }
  try {
    const r = resume(g, None, new PyThrow(newException(GeneratorExit, newTuple([]))));
    decref(r.value);
    if (!r.done) throwError(RuntimeError, 'generator ignored GeneratorExit');
  } catch (e) {
    if (e instanceof PyThrow && (e.type.isSubtype(GeneratorExit) || e.type.isSubtype(StopIteration))) e.drop();
    else throw e;
  }
  incref(None);
  return None;
});

/** `yield from` / send protocol for any iterator: delegates to send() for generators. */
export function sendTo(it: PyObject, v: PyObject): { done: boolean; value: PyObject } {
  if (it instanceof PyGenerator) return resume(it, v);
  const next = nativeNext.get(it.type);
  if (v === None && next !== undefined) {
    const r = next(it);
    if (r === null) return { done: true, value: (None.rc++, None) };
    return { done: false, value: r };
  }
  try {
    const r = v === None ? callMethod(it, '__next__', []) : callMethod(it, 'send', [v]);
    return { done: false, value: r };
  } catch (e) {
    if (e instanceof PyThrow && e.type.isSubtype(StopIteration)) {
      const args = (e.exc.args as unknown as { items: PyObject[] }).items;
      const value = args.length ? args[0] : None;
      incref(value);
      decref(e.exc);
      return { done: true, value };
    }
    throw e;
  }
}
