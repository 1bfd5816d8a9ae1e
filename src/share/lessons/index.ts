/**
 * The lessons gallery: short programs with a few sentences for their key steps.
 * (Stub: the lesson content, its tests and the menu are being written.)
 */

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
}

/** Every lesson, in the order the menu lists them. */
export const LESSONS: readonly Lesson[] = [];

/** The lesson named `slug`, or undefined. */
export function findLesson(slug: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.slug === slug);
}
