import type { TraceStep } from '../../trace/protocol';

/**
 * The faint sketch drawn before any trace exists: two names in a frame, both pointing
 * at one int object. Only an illustration of how to read the diagram (its id and count
 * are hidden), drawn by the same layout and D3 code as real steps.
 */
export const GHOST_STEP: TraceStep = {
  event: 'line',
  line: 1,
  stdout: '',
  frames: [{ name: '<module>', line: 1, locals: { x: '1', y: '1' } }],
  heap: {
    '1': { type: 'int', value: '100', refcount: 0, refs: [], hidden: [], weak: [], state: 'live', shared: false },
  },
  freed: [],
  gc: { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10] },
  explain: '',
};
