import { useActions, useTimeline } from '../../store';
import { Icon, type IconName } from '../chrome/Icon';

/** An icon button whose accessible name is `label`. */
export function StepButton({ label, icon, onClick, disabled }: { label: string; icon: IconName; onClick: () => void; disabled: boolean }) {
  return (
    <button type="button" className="btn btn-icon" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <Icon name={icon} size={16} />
    </button>
  );
}

/** First step, Step back, Step forward and Last step (each pauses the playback). */
export function StepButtons() {
  const { atStart, atEnd } = useTimeline();
  const { stepFirst, stepBack, stepForward, stepLast } = useActions();
  return (
    <div className="timeline-buttons">
      <StepButton label="First step" icon="first" onClick={stepFirst} disabled={atStart} />
      <StepButton label="Step back" icon="back" onClick={stepBack} disabled={atStart} />
      <StepButton label="Step forward" icon="forward" onClick={stepForward} disabled={atEnd} />
      <StepButton label="Last step" icon="last" onClick={stepLast} disabled={atEnd} />
    </div>
  );
}
