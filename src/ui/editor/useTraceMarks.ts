import { useEffect } from 'react';
import { useStoreApi } from '../../store';
import { bindTraceMarks, nextFrame, type MarkTarget } from './trace-marks';

/**
 * Shows the run's marks in `editor` (null until Monaco has loaded) for as long as the
 * component is mounted; the binding itself listens to the store outside React, and
 * changes reach Monaco before the next paint.
 */
export function useTraceMarks(editor: MarkTarget | null): void {
  const store = useStoreApi();
  useEffect(() => (editor ? bindTraceMarks(store, editor, nextFrame) : undefined), [store, editor]);
}
