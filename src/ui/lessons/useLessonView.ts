import { useMemo } from 'react';
import { findLesson, keyPosition, keyStepsOf, type KeyPosition, type Lesson, type LessonNote } from '../../share/lessons';
import { useAppStore } from '../../store';

/** The open lesson as the page shows it at the cursor. */
export interface LessonView {
  lesson: Lesson;
  /** False until the lesson's own run is recorded (running, or another recording). */
  ready: boolean;
  /** The notes whose step the recording has, in order, with the index of that step. */
  keyed: ReadonlyArray<{ note: LessonNote; step: number }>;
  /** Where the cursor is among those steps. */
  position: KeyPosition;
}

/** The open lesson, its key steps in the recording and the cursor's place among them; null when none is open. */
export function useLessonView(): LessonView | null {
  const slug = useAppStore((s) => s.lesson);
  const result = useAppStore((s) => s.result);
  const ready = useAppStore((s) => s.status === 'done' && !s.stale && s.result !== null);
  const cursor = useAppStore((s) => s.cursor);
  const lesson = slug === null ? undefined : findLesson(slug);
  const keyed = useMemo(() => {
    if (!lesson || !result || !ready) return [];
    const steps = keyStepsOf(lesson.notes, result.steps);
    return lesson.notes.flatMap((note, k) => (steps[k] === null ? [] : [{ note, step: steps[k]! }]));
  }, [lesson, result, ready]);
  const position = useMemo(() => keyPosition(keyed.map((k) => k.step), cursor), [keyed, cursor]);
  if (!lesson) return null;
  return { lesson, ready, keyed, position };
}
