import type { AppState } from '../../store';

/** The one-line status of the last run, in plain words. */
export function statusText(state: Pick<AppState, 'status' | 'result' | 'engineError' | 'stale'>): string {
  const steps = state.result?.steps.length ?? 0;
  const counted = steps === 1 ? '1 step' : `${steps.toLocaleString('en-US')} steps`;
  let text: string;
  switch (state.status) {
    case 'idle':
      return 'Ready';
    case 'running':
      return 'Running…';
    case 'done':
      text = steps === 0 ? 'Finished, no steps recorded' : `Finished · ${counted}`;
      break;
    case 'stopped':
      text = `Stopped after ${counted}`;
      break;
    case 'error': {
      const error = state.result?.error;
      if (error) text = `${error.message}${error.line ? ` (line ${error.line})` : ''}`;
      else text = `Engine error: ${state.engineError ?? 'unknown'}`;
      break;
    }
  }
  return state.stale ? `${text} · code edited since` : text;
}
