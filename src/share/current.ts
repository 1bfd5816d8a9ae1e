/** The permalink of what the playground shows now. */
import type { AppState } from '../store';
import { encodeLink, LINK_LIMITS, type CodeLink } from './link';

/** The part of the state a permalink holds. */
export type LinkSource = Pick<AppState, 'code' | 'stdin' | 'cursor' | 'result' | 'stale' | 'status' | 'options'>;

/** Picks a permalink's part of the state (use it with `useShallow`). */
export const selectLinkSource = (s: AppState): LinkSource => ({
  code: s.code,
  stdin: s.stdin,
  cursor: s.cursor,
  result: s.result,
  stale: s.stale,
  status: s.status,
  options: s.options,
});

/**
 * The link to the shown program: its code and stdin, the shown step (only when a finished
 * run of this very code is shown) and the fold option.
 */
export function linkOfState(state: LinkSource): CodeLink {
  const steps = state.result?.steps.length ?? 0;
  const stepShown = steps > 0 && !state.stale && state.status !== 'running';
  return {
    kind: 'code',
    code: state.code,
    stdin: state.stdin,
    step: stepShown ? state.cursor + 1 : null,
    fold: state.options.foldSingletons,
  };
}

/** The fragment of the shown program's link, or null when it is too large to share as a link. */
export function fragmentOfState(state: LinkSource): string | null {
  if (state.code.length > LINK_LIMITS.code || state.stdin.length > LINK_LIMITS.stdin) return null;
  const fragment = encodeLink(linkOfState(state));
  return fragment.length > LINK_LIMITS.fragment ? null : fragment;
}
