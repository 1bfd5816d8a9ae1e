import { useAppStore } from '../../store';
import { Icon } from '../chrome/Icon';
import { BookIcon } from './BookIcon';
import { CodeText } from './CodeText';
import { useLessonView, type LessonView } from './useLessonView';

/** The chip beside the title: which key step the shown note belongs to. */
function progressText({ ready, keyed, position }: LessonView): string {
  if (!ready) return 'Recording…';
  const of = `of ${keyed.length}`;
  if (position.current < 0) return `Before key step 1 ${of}`;
  return `${position.atKey ? 'Key step' : 'After key step'} ${position.current + 1} ${of}`;
}

/** What the note area says: the note of the key step at or before the cursor, else the lesson's summary. */
function noteText({ lesson, ready, keyed, position }: LessonView): string {
  if (!ready) return 'Recording the lesson’s program…';
  const entry = keyed[position.current];
  return entry ? entry.note.text : `${lesson.summary} Press Next key step to begin.`;
}

/**
 * The open lesson's note for the shown step (or the nearest key step before it), shown
 * above the explanation, with buttons to the previous and next key steps and back to
 * the user's own code. Nothing is rendered when no lesson is open.
 */
export function LessonPanel() {
  const view = useLessonView();
  const hasSavedDraft = useAppStore((s) => s.hasSavedDraft);
  const setCursor = useAppStore((s) => s.setCursor);
  const pause = useAppStore((s) => s.pause);
  const closeLesson = useAppStore((s) => s.closeLesson);
  const restoreDraft = useAppStore((s) => s.restoreDraft);
  if (!view) return null;
  const { previous, next, atKey } = view.position;
  const go = (step: number | null) => {
    if (step === null) return;
    pause();
    setCursor(step);
  };
  return (
    <section className="card lesson-panel" aria-labelledby="lesson-title" data-testid="lesson-panel" data-at-key={atKey}>
      <div className="lesson-head">
        <BookIcon />
        <h2 id="lesson-title" className="lesson-title">
          <span className="visually-hidden">Lesson: </span>
          <CodeText text={view.lesson.title} />
        </h2>
        <div className="lesson-nav">
          <span className="chip lesson-progress" data-testid="lesson-progress">
            {progressText(view)}
          </span>
          <button type="button" className="btn btn-secondary" aria-label="Previous key step" title="Previous key step" disabled={!view.ready || previous === null} onClick={() => go(previous)}>
            <Icon name="back" size={12} />
            Previous
          </button>
          <button type="button" className="btn btn-primary" aria-label="Next key step" title="Next key step" disabled={!view.ready || next === null} onClick={() => go(next)}>
            Next
            <Icon name="forward" size={12} />
          </button>
        </div>
        <button type="button" className="btn btn-icon lesson-close" aria-label="Close the lesson" title="Close the lesson (the code stays)" onClick={closeLesson}>
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
      <div className="lesson-body">
        <p className="lesson-note" data-testid="lesson-note" aria-live="polite">
          <CodeText text={noteText(view)} />
        </p>
        {hasSavedDraft && (
          <button type="button" className="btn btn-ghost lesson-back" onClick={restoreDraft} title="Put your own program back in the editor">
            Back to your code
          </button>
        )}
      </div>
    </section>
  );
}
