import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { lessonHref, LESSONS, lessonWithCode } from '../../share/lessons';
import { useAppStore } from '../../store';
import { BookIcon } from './BookIcon';
import { CodeText } from './CodeText';

/** A plain left click (not one asking for a new tab or window, which the link serves as it is). */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The header's Lessons button and its popover: each lesson is a real link to its
 * permalink (copyable, opens in a new tab with a modified click) that a plain click opens
 * in place. Arrow keys, Home and End move between the lessons; Escape, a click outside
 * or focus leaving closes it.
 */
export function LessonsMenu() {
  const [open, setOpen] = useState(false);
  const popoverId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const current = useAppStore((s) => s.lesson);
  // Offered only while the editor holds an unedited lesson, so going back loses nothing.
  const canRestore = useAppStore((s) => s.hasSavedDraft && lessonWithCode(s.code) !== undefined);
  const openLesson = useAppStore((s) => s.openLesson);
  const restoreDraft = useAppStore((s) => s.restoreDraft);

  const links = () => Array.from(wrapRef.current?.querySelectorAll<HTMLElement>('.lessons-popover a, .lessons-popover button') ?? []);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    // Focus the open lesson's link, else the first.
    const items = links();
    (items.find((el) => el.getAttribute('aria-current') === 'true') ?? items[0])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    }
    if (!open || event.target === buttonRef.current) return;
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const to: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (!(event.key in to)) return;
    event.preventDefault();
    items[(to[event.key]! + items.length) % items.length]?.focus();
  };

  const choose = (event: MouseEvent, slug: string) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    close(true);
    void openLesson(slug);
  };

  return (
    <div
      className="lessons-menu"
      ref={wrapRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !wrapRef.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-ghost btn-icon-label"
        aria-label="Lessons"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        <BookIcon />
        <span className="lessons-label">Lessons</span>
      </button>
      {open && (
        <div id={popoverId} className="lessons-popover" role="dialog" aria-label="Lessons">
          <p className="lessons-intro">Short programs with notes at their key steps. Opening one keeps your code aside.</p>
          <ol className="lessons-list">
            {LESSONS.map((lesson) => (
              <li key={lesson.slug}>
                <a
                  className="lesson-link"
                  href={lessonHref(lesson.slug)}
                  aria-current={current === lesson.slug ? 'true' : undefined}
                  onClick={(event) => choose(event, lesson.slug)}
                >
                  <span className="lesson-link-title">
                    <CodeText text={lesson.title} />
                  </span>
                  <span className="lesson-link-summary">
                    <CodeText text={lesson.summary} />
                  </span>
                </a>
              </li>
            ))}
          </ol>
          {canRestore && (
            <div className="lessons-foot">
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => {
                  close(true);
                  restoreDraft();
                }}
              >
                Back to your code
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
