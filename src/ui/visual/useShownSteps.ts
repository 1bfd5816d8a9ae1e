import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TraceStep } from '../../trace/protocol';
import { useAppStore } from '../../store';

/** The shown step, the one before it (what this step changed is measured against it), and how the cursor got here. */
export interface ShownSteps {
  step: TraceStep | null;
  previous: TraceStep | null;
  cursor: number;
  /** True when the cursor moved one step forward in the same run: only then is the change animated. */
  forward: boolean;
}

/** Reads the cursor's step and its predecessor from the store. */
export function useShownSteps(): ShownSteps {
  const { result, cursor, runId } = useAppStore(useShallow((s) => ({ result: s.result, cursor: s.cursor, runId: s.runId })));
  // The cursor of the last committed render (read, not written, while rendering: renders may repeat).
  const last = useRef({ cursor: -1, runId: -1 });
  const forward = last.current.runId === runId && cursor === last.current.cursor + 1;
  useEffect(() => {
    last.current = { cursor, runId };
  }, [cursor, runId]);
  const step = result?.steps.at(cursor) ?? null;
  const previous = cursor > 0 ? (result?.steps.at(cursor - 1) ?? null) : null;
  return { step, previous, cursor, forward };
}
