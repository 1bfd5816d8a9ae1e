/** Finding a lesson's key steps in a recording. */
import type { StepEvent, StepSource } from '../../trace/protocol';

/**
 * A step named by what happens there, so it survives changes to the engine's step
 * count: the `occurrence`-th step (1-based, 1 by default) whose event is `event`
 * (`line` by default) at `line`. A `line` step is about to run its line (the lines
 * before it have run); a `return` step is a frame ending at that line; a `gc` step is
 * a collection, numbered by the line that was running when it happened.
 */
export interface StepRef {
  line: number;
  occurrence?: number;
  event?: StepEvent;
}

/** Step `i`'s event and line, through the source's fast reads when it has them. */
function eventAt(steps: StepSource, i: number): StepEvent | undefined {
  return steps.eventAt ? steps.eventAt(i) : steps.at(i)?.event;
}

function lineAt(steps: StepSource, i: number): number | undefined {
  return steps.lineAt ? steps.lineAt(i) : steps.at(i)?.line;
}

/** The index of the step `ref` names, or null when the recording has no such step. */
export function findKeyStep(steps: StepSource, ref: StepRef): number | null {
  const event = ref.event ?? 'line';
  let left = ref.occurrence ?? 1;
  for (let i = 0; i < steps.length; i++) {
    if (lineAt(steps, i) === ref.line && eventAt(steps, i) === event && --left === 0) return i;
  }
  return null;
}

/** The index of each note's step (null where the recording has none), in the notes' order. */
export function keyStepsOf(notes: readonly { at: StepRef }[], steps: StepSource): (number | null)[] {
  return notes.map((note) => findKeyStep(steps, note.at));
}

/** Where the cursor is among a lesson's key steps. */
export interface KeyPosition {
  /** The index of the note to show: the key step at or before the cursor (-1 before the first). */
  current: number;
  /** True when the cursor is on that key step itself. */
  atKey: boolean;
  /** The last key step before the cursor, or null. */
  previous: number | null;
  /** The first key step after the cursor, or null. */
  next: number | null;
}

/** The cursor's position among `keySteps` (step indices, ascending). */
export function keyPosition(keySteps: readonly number[], cursor: number): KeyPosition {
  let current = -1;
  for (let k = 0; k < keySteps.length && keySteps[k]! <= cursor; k++) current = k;
  const atKey = current >= 0 && keySteps[current] === cursor;
  const before = atKey ? current - 1 : current;
  return {
    current,
    atKey,
    previous: before >= 0 ? keySteps[before]! : null,
    next: current + 1 < keySteps.length ? keySteps[current + 1]! : null,
  };
}
