import { PLAYBACK_SPEEDS, useActions, usePlaybackView } from '../../store';
import { StepButton } from './StepButtons';

/** The text of a speed choice. */
function speedText(stepsPerSecond: number): string {
  return `${stepsPerSecond} step${stepsPerSecond === 1 ? '' : 's'}/s`;
}

/** The Play / Pause toggle and the speed menu ("Speed", in steps per second). */
export function PlaybackControls() {
  const { playing, speed, canPlay } = usePlaybackView();
  const { togglePlay, setSpeed } = useActions();
  return (
    <div className="timeline-playback">
      <StepButton label={playing ? 'Pause' : 'Play'} icon={playing ? 'pause' : 'play'} onClick={togglePlay} disabled={!canPlay} />
      <select
        className="timeline-speed"
        aria-label="Speed"
        title="Playback speed, in steps per second"
        value={speed}
        onChange={(event) => setSpeed(Number(event.target.value))}
      >
        {PLAYBACK_SPEEDS.map((s) => (
          <option key={s} value={s}>
            {speedText(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
