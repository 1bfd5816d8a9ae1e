/**
 * The stack and the interpreter's roots of each step, read into a recording's copy
 * of the graph (graph-store.ts) for graph-capture.ts: only the frames that ran
 * since the last step are read again, a frame that did not change keeps its state,
 * and the roots are the last step's while none changed. Whatever a frame or the
 * roots held or hold that differs from before is named to the capture, whose
 * count may have changed.
 */
import { frameKey, namespaceOf, slotNames } from '../python/live-image';
import { loadedModules } from '../python/modules/index';
import type { PyObject } from '../python/object';
import { env } from '../python/vm/call';
import type { Frame } from '../python/vm/frame';
import { runtime } from '../python/vm/state';
import { FRAME_REFS, FrameFlag, type GraphStore } from './graph-store';

const NO_OBJECTS: readonly PyObject[] = [];

/** Reads frames and roots into a store; `serialOf` names objects. */
export class StackReader {
  // The last step's stack, outermost first: frame, its state, its node (`depth` of them).
  private readonly frames: Frame[] = [];
  private readonly states: number[] = [];
  private readonly nodes: number[] = [];
  private depth = 0;
  /** Scratch: the frames walked from the top of the stack, innermost first. */
  private readonly walked: Frame[] = [];
  /** The frames that ran since the last step, so may have changed: the innermost then, and its caller too after a return. */
  private ran0: Frame | null = null;
  private ran1: Frame | null = null;
  /** Scratch: a frame's fn, code, own globals, locals, namespace, frame object. */
  private readonly refs: number[] = new Array<number>(FRAME_REFS).fill(-1);

  // What the roots were made from at the last change.
  private modules: ReadonlyMap<string, PyObject> | null = null;
  private moduleCount = 0;
  private literals: readonly PyObject[] = NO_OBJECTS;
  private literalCount = 0;
  private lent: PyObject[] = [];
  private handled: PyObject | null = null;
  private stdout: PyObject | null = null;
  private builtins: PyObject | null = null;
  private roots = -1;

  constructor(
    private readonly store: GraphStore,
    private readonly serialOf: (o: PyObject) => number,
  ) {}

  /**
   * The stack, from its innermost frame `top` down, as a node of the store's tree;
   * `returning` says the step is the innermost frame's return. Only the top of the
   * stack is walked: a call or a return is itself a step, so between two steps the
   * stack loses or gains a frame at most at its top, and below the frames that ran
   * it is as it was (a frame of the last stack found again there anchors the rest).
   */
  stack(top: Frame | null, returning: boolean): number {
    const store = this.store;
    const frames = this.frames;
    const states = this.states;
    const nodes = this.nodes;
    const before = this.depth;
    const walked = this.walked;
    let m = 0;
    let anchor = -1;
    for (let f = top; f !== null; f = f.back) {
      if (m > 0 && f !== this.ran0 && f !== this.ran1) {
        // Where the last stack had it, near its top.
        for (let i = before - 1; i >= 0 && i >= before - 2 - m; i--)
          if (frames[i] === f) {
            anchor = i;
            break;
          }
        if (anchor >= 0) break;
      }
      walked[m++] = f;
    }
    const n = anchor + 1 + m;
    let parent = anchor >= 0 ? nodes[anchor]! : -1;
    let moved = false;
    for (let d = anchor + 1; d < n; d++) {
      const f = walked[n - 1 - d]!;
      const was = d < before ? frames[d]! : null;
      const wasState = d < before ? states[d]! : -1;
      const state = this.read(f, f === was ? wasState : -1, d === n - 1);
      const node: number = !moved && state === wasState && d < before ? nodes[d]! : store.addNode(state, parent);
      moved = d >= before || node !== nodes[d];
      frames[d] = f;
      states[d] = state;
      nodes[d] = node;
      parent = node;
    }
    this.depth = n;
    this.ran0 = top;
    this.ran1 = returning && top !== null ? top.back : null;
    return parent;
  }

  /**
   * Frame `f` as a frame state: `last` (its state at the last step, -1 for none)
   * when nothing changed; the innermost frame's line is the step's, so it may differ.
   */
  private read(f: Frame, last: number, innermost: boolean): number {
    const store = this.store;
    const refs = this.refs;
    refs[0] = f.fn === null ? -1 : this.serialOf(f.fn);
    refs[1] = this.serialOf(f.code);
    refs[2] = f.ownsGlobals ? this.serialOf(f.globals) : -1;
    refs[3] = f.locals === null ? -1 : this.serialOf(f.locals);
    const ns = namespaceOf(f);
    refs[4] = ns === null ? -1 : this.serialOf(ns);
    refs[5] = f.frameObj === null ? -1 : this.serialOf(f.frameObj);
    const isModule = f.code.kind === 'module';
    const flags = (f.inlined ? FrameFlag.Inlined : 0) | (isModule ? FrameFlag.Module : 0);
    const lastFrame = last >= 0 ? store.stateFrame.get(last) : -1;
    let frame = lastFrame;
    if (lastFrame < 0 || !this.sameIdentity(lastFrame, flags)) {
      // The same code keeps its name and slot names (no look-up).
      const sameCode = lastFrame >= 0 && store.frameRefs.get(lastFrame * FRAME_REFS + 1) === refs[1];
      const name = sameCode ? store.frameName.get(lastFrame) : store.textId(isModule ? '<module>' : f.code.name);
      const names = sameCode ? store.frameSlotNames.get(lastFrame) : store.slotNamesId(slotNames(f.code));
      frame = store.addFrame(lastFrame >= 0 ? store.frameKey.get(lastFrame) : frameKey(f), name, names, refs, flags);
    }
    const slots = store.stateSlots;
    const from = slots.length;
    const fast = f.fast;
    for (let i = 0, sp = f.sp; i < sp; i++) {
      const o = fast[i];
      slots.push(o == null ? -1 : this.serialOf(o));
    }
    if (frame === lastFrame && (innermost || store.stateLine.get(last) === f.line) && this.sameSlots(last, from)) {
      slots.length = from;
      return last;
    }
    return store.addState(frame, f.line, from);
  }

  private sameIdentity(frame: number, flags: number): boolean {
    const store = this.store;
    if (store.frameFlags.get(frame) !== flags) return false;
    for (let k = 0; k < FRAME_REFS; k++) if (store.frameRefs.get(frame * FRAME_REFS + k) !== this.refs[k]) return false;
    return true;
  }

  /** True when state `s` has the slots written from `from` on. */
  private sameSlots(s: number, from: number): boolean {
    const slots = this.store.stateSlots;
    const n = slots.length - from;
    if (this.store.stateSlotCount.get(s) !== n) return false;
    const at = this.store.stateSlotFrom.get(s);
    const d = slots.data;
    for (let k = 0; k < n; k++) if (d[at + k] !== d[from + k]) return false;
    return true;
  }

  /**
   * The interpreter's references: new roots in the store when any changed (modules
   * are only ever added, and literals only while compiling and dropped all at once).
   */
  readRoots(): void {
    const modules = loadedModules();
    const lent = runtime.lent;
    const literals = runtime.literals;
    const handled = runtime.handled;
    const stdout = runtime.stdoutPending;
    const builtins = env.builtins;
    if (
      this.roots >= 0 &&
      handled === this.handled &&
      stdout === this.stdout &&
      builtins === this.builtins &&
      modules === this.modules &&
      modules.size === this.moduleCount &&
      literals === this.literals &&
      literals.length === this.literalCount &&
      sameObjects(lent, this.lent)
    )
      return;
    const store = this.store;
    this.modules = modules;
    this.moduleCount = modules.size;
    this.literals = literals;
    this.literalCount = literals.length;
    this.lent = lent.slice();
    this.handled = handled;
    this.stdout = stdout;
    this.builtins = builtins;
    const data = store.rootData;
    const modulesFrom = data.length;
    for (const m of modules.values()) data.push(this.serialOf(m));
    const lentFrom = data.length;
    for (const o of lent) data.push(this.serialOf(o));
    const literalsFrom = data.length;
    for (const o of literals) data.push(this.serialOf(o));
    store.addRoots(modulesFrom, lentFrom, literalsFrom, handled === null ? -1 : this.serialOf(handled), stdout === null ? -1 : this.serialOf(stdout), this.serialOf(builtins));
    this.roots = store.rootHandled.length - 1;
  }
}

function sameObjects(a: readonly PyObject[], b: readonly PyObject[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
