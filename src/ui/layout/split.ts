import { SPLIT_LIMITS } from '../../store/optionsSlice';

/** How far one arrow-key press moves the split (Shift moves five times as far). */
export const SPLIT_KEY_STEP = 0.02;

/** The split ratio for a pointer at `clientX` over a container starting at `left` and `width` wide. */
export function ratioFromPointer(clientX: number, left: number, width: number): number {
  if (width <= 0) return 0.5;
  return (clientX - left) / width;
}

/**
 * The split ratio after a key press on the separator, or null when the key does not
 * move it: ← → (and ↑ ↓) by a step, Shift for a larger step, Home and End to the limits.
 */
export function ratioForKey(key: string, shift: boolean, ratio: number): number | null {
  const step = shift ? SPLIT_KEY_STEP * 5 : SPLIT_KEY_STEP;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return ratio - step;
    case 'ArrowRight':
    case 'ArrowDown':
      return ratio + step;
    case 'Home':
      return SPLIT_LIMITS.min;
    case 'End':
      return SPLIT_LIMITS.max;
    default:
      return null;
  }
}
