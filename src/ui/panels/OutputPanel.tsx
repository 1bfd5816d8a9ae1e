import { selectStdout, useAppStore } from '../../store';
import { Icon } from '../chrome/Icon';

/** The program's output up to the shown step, then its traceback or the engine's error at the end. */
export function OutputPanel() {
  const stdout = useAppStore(selectStdout);
  const problem = useAppStore((s) => {
    const count = s.result?.steps.length ?? 0;
    const atEnd = count === 0 || s.cursor >= count - 1;
    if (!atEnd) return '';
    if (s.engineError) return `Engine error: ${s.engineError}`;
    return s.result?.stderr || s.result?.error?.message || '';
  });
  return (
    <section className="card side-panel" aria-labelledby="output-title">
      <header className="panel-head">
        <Icon name="terminal" size={15} />
        <h2 id="output-title">Output</h2>
      </header>
      <div className="output-scroll">
        <pre className="stdout" data-testid="stdout" data-placeholder="Nothing printed yet.">
          {stdout}
        </pre>
        {problem && (
          <pre className="stderr" data-testid="stderr">
            {problem}
          </pre>
        )}
      </div>
    </section>
  );
}
