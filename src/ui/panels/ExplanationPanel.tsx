import { useAppStore, useCurrentStep } from '../../store';
import { Icon } from '../chrome/Icon';
import { runShortcutLabel } from '../chrome/platform';

/** What the explanation area says before a step is shown. */
function placeholder(status: string, hasResult: boolean): string {
  if (status === 'running') return 'Recording every step of the program…';
  if (hasResult) return 'This run recorded no steps to explain.';
  return `Press Run (${runShortcutLabel()}) to record the program. Each step is then explained here in plain words: which names were bound, which objects were made, and how their reference counts changed.`;
}

/** The explanation's text with its `code` spans set as code (as text: never parsed as markup). */
function withCode(text: string): React.ReactNode[] {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** The shown step's explanation, in one or two plain sentences. */
export function ExplanationPanel() {
  const step = useCurrentStep();
  const status = useAppStore((s) => s.status);
  const hasResult = useAppStore((s) => s.result !== null);
  return (
    <section className="card side-panel" aria-labelledby="explanation-title">
      <header className="panel-head">
        <Icon name="sparkle" size={15} />
        <h2 id="explanation-title">Explanation</h2>
        {step && <span className="chip">{step.frames.length === 0 ? 'at exit' : `line ${step.line}`}</span>}
      </header>
      <p className={step ? 'explanation' : 'explanation is-empty'} data-testid="explanation" aria-live="polite">
        {step ? (step.explain ? withCode(step.explain) : 'Nothing the diagram shows changed at this step.') : placeholder(status, hasResult)}
      </p>
    </section>
  );
}
