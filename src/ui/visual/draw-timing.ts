/**
 * How long the last step took to lay out and draw, for the diagram benchmark
 * (scripts/bench-diagram.mjs reads it through `window.__memoryLane.diagram`).
 * Plain numbers, written after each drawing; nothing reads them in the app.
 */
export const drawTiming = {
  /** Drawings so far. */
  count: 0,
  /** `performance.now()` when the last drawing was in the DOM. */
  drawnAt: 0,
  /** Milliseconds the last layout took (pure computation). */
  layoutMs: 0,
  /** Milliseconds the last D3 drawing took (DOM updates). */
  drawMs: 0,
};
