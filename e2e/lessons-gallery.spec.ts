import type { Page } from '@playwright/test';
import { LESSONS, type Lesson, type StepRef } from '../src/share/lessons';
import { CPYTHON_STDOUT } from '../tests/share/lessons/expected';
import { expect, openApp, storeCode, test } from './fixtures';

/** A note's text as the page shows it: `code` spans lose their backticks. */
const shown = (text: string) => text.replace(/`/g, '');

/** The index of the step `ref` names in the page's recording (-1 when none). */
function keyStepInPage(page: Page, ref: StepRef): Promise<number> {
  return page.evaluate(({ line, occurrence = 1, event = 'line' }) => {
    const { result } = window.__memoryLane!.store.getState();
    let left = occurrence;
    for (let i = 0; i < (result?.steps.length ?? 0); i++) {
      const step = result!.steps.at(i)!;
      if (step.line === line && step.event === event && --left === 0) return i;
    }
    return -1;
  }, ref);
}

/** Opens the Lessons menu and picks `lesson` from it; resolves when its run has finished. */
async function openFromMenu(page: Page, lesson: Lesson): Promise<void> {
  await page.getByRole('button', { name: 'Lessons' }).click();
  const link = page.getByRole('dialog', { name: 'Lessons' }).locator(`a[href="#v=1&lesson=${lesson.slug}"]`);
  await expect(link).toContainText(shown(lesson.title));
  await link.click();
  await expect(page.getByRole('dialog', { name: 'Lessons' })).toHaveCount(0);
  await expect(page.getByTestId('run-status')).toContainText('Finished');
}

test.describe('the lessons gallery', () => {
  test.use({ reducedMotion: 'reduce' });

  test('every lesson opens from the menu, runs to its end, and shows each note at its key step beside the explanation', async ({ page, watch }) => {
    test.setTimeout(120_000);
    await openApp(page);
    const panel = page.getByTestId('lesson-panel');
    const note = page.getByTestId('lesson-note');
    const next = page.getByRole('button', { name: 'Next key step' });
    const previous = page.getByRole('button', { name: 'Previous key step' });
    for (const lesson of LESSONS) {
      await openFromMenu(page, lesson);
      const state = await page.evaluate(() => {
        const s = window.__memoryLane!.store.getState();
        return { lesson: s.lesson, code: s.code, status: s.status, error: s.result?.error ?? null, stdout: s.result?.stdout, cursor: s.cursor, url: location.hash };
      });
      expect(state, lesson.slug).toEqual({ lesson: lesson.slug, code: lesson.code, status: 'done', error: null, stdout: CPYTHON_STDOUT[lesson.slug], cursor: 0, url: '' });
      expect(await storeCode(page)).toBe(lesson.code);
      // Step 1 comes before the first key step: the lesson's summary.
      await expect(panel).toContainText(shown(lesson.title));
      await expect(note).toHaveText(`${shown(lesson.summary)} Press Next key step to begin.`);
      await expect(previous).toBeDisabled();
      for (const [k, entry] of lesson.notes.entries()) {
        await next.click();
        const index = await keyStepInPage(page, entry.at);
        expect(index, `${lesson.slug} note ${k + 1}`).toBeGreaterThan(0);
        await expect(page.getByTestId('step-counter')).toHaveText(new RegExp(`^Step ${index + 1} of `));
        await expect(note).toHaveText(shown(entry.text));
        await expect(page.getByTestId('lesson-progress')).toHaveText(`Key step ${k + 1} of ${lesson.notes.length}`);
        // The engine's own explanation of the same step is shown beside the note.
        const explain = await page.evaluate((i) => window.__memoryLane!.store.getState().result!.steps.at(i)!.explain, index);
        await expect(page.getByTestId('explanation')).toHaveText(explain ? shown(explain) : 'Nothing the diagram shows changed at this step.');
      }
      await expect(next).toBeDisabled();
      // Past the last key step its note stays, marked as after it; Previous goes back to it, then to the one before.
      const last = lesson.notes.length;
      const progress = page.getByTestId('lesson-progress');
      await page.getByRole('button', { name: 'Step forward' }).click();
      const cursor = await page.evaluate(() => window.__memoryLane!.store.getState().cursor);
      if (cursor > (await keyStepInPage(page, lesson.notes[last - 1]!.at))) {
        await expect(progress).toHaveText(`After key step ${last} of ${last}`);
        await expect(note).toHaveText(shown(lesson.notes[last - 1]!.text));
        await previous.click();
        await expect(progress).toHaveText(`Key step ${last} of ${last}`);
      }
      await previous.click();
      await expect(progress).toHaveText(`Key step ${last - 1} of ${last}`);
      await expect(note).toHaveText(shown(lesson.notes[last - 2]!.text));
    }
    expect(watch.errors).toEqual([]);
  });

  test('"Back to your code" restores the draft, also after a reload', async ({ page, watch }) => {
    await openApp(page);
    const draft = 'my_draft = [1, 2, 3]\nprint(len(my_draft))\n';
    await page.evaluate((c) => window.__memoryLane!.store.getState().setCode(c), draft);
    const [first, second] = LESSONS;
    await openFromMenu(page, first!);
    await openFromMenu(page, second!);
    expect(await storeCode(page)).toBe(second!.code);
    await page.getByRole('button', { name: 'Back to your code' }).click();
    await expect(page.getByTestId('lesson-panel')).toHaveCount(0);
    expect(await storeCode(page)).toBe(draft);
    await expect(page.locator('.code-editor .view-lines')).toContainText('my_draft = [1, 2, 3]');

    // Kept aside in storage: after a reload with the lesson still in the editor, the menu offers it back.
    await openFromMenu(page, first!);
    await page.reload();
    await expect(page.locator('.code-editor[data-ready="true"] .view-lines')).toBeVisible();
    expect(await storeCode(page)).toBe(first!.code);
    await page.getByRole('button', { name: 'Lessons' }).click();
    await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button', { name: 'Back to your code' }).click();
    expect(await storeCode(page)).toBe(draft);
    await expect(page.getByRole('dialog', { name: 'Lessons' })).toHaveCount(0);
    expect(watch.errors).toEqual([]);
  });

  test('editing the lesson in the editor closes its notes quietly and keeps the edit', async ({ page }) => {
    await openApp(page);
    const lesson = LESSONS.find((l) => l.slug === 'cycles')!;
    await openFromMenu(page, lesson);
    await expect(page.getByTestId('lesson-panel')).toBeVisible();
    await page.locator('.code-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('print("mine")');
    await expect(page.getByTestId('lesson-panel')).toHaveCount(0);
    await expect.poll(() => storeCode(page)).toContain('print("mine")');
    expect(await page.evaluate(() => window.__memoryLane!.store.getState().lesson)).toBeNull();
  });

  test('the menu: real links, keyboard, Escape and a click outside close it', async ({ page }) => {
    await openApp(page);
    const button = page.getByRole('button', { name: 'Lessons' });
    const dialog = page.getByRole('dialog', { name: 'Lessons' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(dialog.getByRole('link')).toHaveCount(LESSONS.length);
    for (const lesson of LESSONS) await expect(dialog.locator(`a[href="#v=1&lesson=${lesson.slug}"]`)).toHaveCount(1);
    // Focus starts on the first lesson; the arrows, Home and End move it.
    const links = dialog.getByRole('link');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(links.last()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    // Enter on the focused button opens it again; a click elsewhere closes it.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.locator('.code-editor .view-lines').click();
    await expect(dialog).toHaveCount(0);
    // Enter on a lesson's link opens the lesson in place.
    await button.click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lesson-panel')).toContainText(shown(LESSONS[1]!.title));
    await expect(page.getByTestId('run-status')).toContainText('Finished');
    await button.click();
    await expect(dialog.locator('a[aria-current="true"]')).toHaveAttribute('href', `#v=1&lesson=${LESSONS[1]!.slug}`);
  });

  test("a lesson's permalink opens it", async ({ page }) => {
    const lesson = LESSONS.find((l) => l.slug === 'weak-references')!;
    await page.goto(`./#v=1&lesson=${lesson.slug}`);
    await expect(page.getByTestId('lesson-panel')).toContainText(shown(lesson.title));
    await expect(page.getByTestId('run-status')).toContainText('Finished');
    expect(await storeCode(page)).toBe(lesson.code);
  });
});
