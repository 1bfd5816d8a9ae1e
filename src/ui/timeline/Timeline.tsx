import type { CSSProperties } from 'react';
import { selectCounterText, useActions, useAppStore, useTimeline } from '../../store';
import { PlaybackControls } from './PlaybackControls';
import { StepButtons } from './StepButtons';
import { usePlayback } from './usePlayback';

/** The slider over every step (dragging it keeps the playback going). */
function StepSlider() {
  const { cursor, count } = useTimeline();
  const counter = useAppStore(selectCounterText);
  const { setCursor } = useActions();
  const max = Math.max(0, count - 1);
  const progress = max === 0 ? 0 : (cursor / max) * 100;
  return (
    <input
      type="range"
      className="timeline-slider"
      aria-label="Step"
      aria-valuetext={counter}
      min={0}
      max={max}
      step={1}
      value={cursor}
      disabled={count < 2}
      onChange={(event) => setCursor(Number(event.target.value))}
      style={{ '--progress': `${progress}%` } as CSSProperties}
    />
  );
}

/** "Step S of N" (not announced while playing: a screen reader would be flooded). */
function StepCounter() {
  const counter = useAppStore(selectCounterText);
  const playing = useAppStore((s) => s.playing);
  return (
    <output className="step-counter" data-testid="step-counter" aria-live={playing ? 'off' : 'polite'}>
      {counter}
    </output>
  );
}

/**
 * The timeline bar: first / back / forward / last, Play / Pause and its speed, a slider
 * over every step, and "Step S of N". It also drives the playback's timer.
 */
export function Timeline() {
  usePlayback();
  return (
    <div className="timeline" role="group" aria-label="Timeline">
      <StepButtons />
      <PlaybackControls />
      <StepSlider />
      <StepCounter />
    </div>
  );
}
