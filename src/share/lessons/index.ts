/**
 * The lessons gallery: short programs with a few sentences for their key steps. Each
 * note names its step (`at`) and the facts it states about that step (`facts`); the
 * unit tests check every fact against the engine's recording, so a note cannot drift
 * from what the diagram shows.
 */
import type { NoteFacts } from './facts';
import { MORE_LESSONS } from './more';
import { SEED_LESSONS } from './seed';
import type { StepRef } from './steps';

export type { NoteFacts } from './facts';
export { checkFacts, resolvePath } from './facts';
export type { KeyPosition, StepRef } from './steps';
export { findKeyStep, keyPosition, keyStepsOf } from './steps';

/** What a lesson says at one of its key steps. */
export interface LessonNote {
  /** The step the note is about. */
  at: StepRef;
  /** A few plain sentences (text only; `code` in backticks is shown as code). */
  text: string;
  /** What the note claims about its step, checked by the unit tests. */
  facts: NoteFacts;
}

/** One lesson: a program and what to say at its key steps. */
export interface Lesson {
  /** A stable, URL-safe name (`aliases`, `refcount`...): permalinks use it as `lesson=SLUG`. */
  slug: string;
  /** The title shown in the Lessons menu. */
  title: string;
  /** One sentence saying what the lesson shows. */
  summary: string;
  /** The program. */
  code: string;
  /** The text `input()` reads (none of the lessons reads any; empty when absent). */
  stdin?: string;
  /** The notes, in the order of their steps (2 to 5). */
  notes: readonly LessonNote[];
}

/** Every lesson, in the order the menu lists them. */
export const LESSONS: readonly Lesson[] = [...SEED_LESSONS, ...MORE_LESSONS];

/** The lesson named `slug`, or undefined. */
export function findLesson(slug: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.slug === slug);
}

/** The lesson whose program is exactly `code`, or undefined (an edited lesson is no longer one). */
export function lessonWithCode(code: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.code === code);
}

/** The permalink of a lesson (relative: a hash on the current page). */
export function lessonHref(slug: string): string {
  return `#v=1&lesson=${encodeURIComponent(slug)}`;
}
