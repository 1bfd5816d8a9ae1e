import { useEffect } from 'react';
import { useAppStore, useStoreApi } from '../../store';

/**
 * Drives the playback: while the store says `playing`, calls its `tick` every
 * 1/speed seconds (the store pauses itself on the last step). Mount it once, where
 * the timeline is; the store itself keeps no timer.
 */
export function usePlayback(): void {
  const store = useStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.options.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => store.getState().tick(), 1000 / Math.max(1, speed));
    return () => window.clearInterval(timer);
  }, [store, playing, speed]);
}
