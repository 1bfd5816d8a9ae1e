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
