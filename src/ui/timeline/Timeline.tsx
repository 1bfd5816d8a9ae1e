import type { CSSProperties } from 'react';
import { selectCounterText, useActions, useAppStore, useTimeline } from '../../store';
import { Icon, type IconName } from '../chrome/Icon';

function StepButton({ label, icon, onClick, disabled }: { label: string; icon: IconName; onClick: () => void; disabled: boolean }) {
  return (
    <button type="button" className="btn btn-icon" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <Icon name={icon} size={16} />
    </button>
  );
}

/** The timeline bar: first / back / forward / last, a slider over every step, and "Step S of N". */
export function Timeline() {
  const { cursor, count, atStart, atEnd } = useTimeline();
  const counter = useAppStore(selectCounterText);
  const { setCursor, stepFirst, stepBack, stepForward, stepLast } = useActions();
  const max = Math.max(0, count - 1);
  const progress = max === 0 ? 0 : (cursor / max) * 100;
  return (
    <div className="timeline" role="group" aria-label="Timeline">
      <div className="timeline-buttons">
        <StepButton label="First step" icon="first" onClick={stepFirst} disabled={atStart} />
        <StepButton label="Step back" icon="back" onClick={stepBack} disabled={atStart} />
        <StepButton label="Step forward" icon="forward" onClick={stepForward} disabled={atEnd} />
        <StepButton label="Last step" icon="last" onClick={stepLast} disabled={atEnd} />
      </div>
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
      <output className="step-counter" data-testid="step-counter" aria-live="polite">
        {counter}
      </output>
    </div>
  );
}
