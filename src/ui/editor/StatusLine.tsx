import { useAppStore } from '../../store';
import { statusText } from './status';

/** The editor's footer: what the last run did, and the language. */
export function StatusLine() {
  const text = useAppStore(statusText);
  const status = useAppStore((s) => s.status);
  return (
    <div className="status-line">
      <span className="status" role="status" data-status={status} data-testid="run-status">
        <span className="status-dot" aria-hidden="true" />
        {text}
      </span>
      <span className="status-meta">Python 3.11 subset</span>
    </div>
  );
}
