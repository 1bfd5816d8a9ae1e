import { useActions, useRunControls } from '../../store';
import { Icon } from '../chrome/Icon';
import { runShortcutLabel } from '../chrome/platform';

/** The Run button (also Ctrl/Cmd+Enter) and the Stop button (ends a run at once). */
export function RunControls() {
  const { running } = useRunControls();
  const { run, stop } = useActions();
  return (
    <div className="run-controls">
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => void run()}
        disabled={running}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        title={`Run the program (${runShortcutLabel()})`}
      >
        <Icon name="play" size={14} />
        Run
        <kbd className="kbd hide-narrow" aria-hidden="true">{runShortcutLabel()}</kbd>
      </button>
      <button type="button" className="btn btn-secondary" onClick={stop} disabled={!running} title="Stop the running program">
        <Icon name="stop" size={12} />
        Stop
      </button>
    </div>
  );
}
