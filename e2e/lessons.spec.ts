import { expect, openApp, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Puts `code` in the store (the editor follows) and runs it to the end. */
async function runCode(page: Page, code: string): Promise<number> {
  await page.evaluate((c) => window.__memoryLane!.store.getState().setCode(c), code);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByTestId('run-status')).toContainText('Finished');
  return page.evaluate(() => window.__memoryLane!.store.getState().result!.steps.length);
}

/** Moves the cursor to the first step about to run `line` (the lines before it have run). */
async function showLine(page: Page, line: number): Promise<void> {
  const index = await page.evaluate((n) => {
    const { result } = window.__memoryLane!.store.getState();
    for (let i = 0; i < result!.steps.length; i++) {
      const step = result!.steps.at(i)!;
      if (step.event === 'line' && step.line === n) return i;
    }
    return -1;
  }, line);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.evaluate((i) => window.__memoryLane!.store.getState().setCursor(i), index);
}

test.describe("the seed article's lessons, on screen", () => {
  test.use({ reducedMotion: 'reduce' });

  test('x = 5; y = x: one object, two arrows, the same id', async ({ page, watch }) => {
    await openApp(page);
    await runCode(page, 'x = 5\ny = x\nprint(id(x) == id(y))\n');
    await showLine(page, 3);
    const diagram = page.locator('svg.diagram');
    const id = await diagram.locator('[data-var="x"]').getAttribute('data-target');
    expect(id).toMatch(/^\d+$/);
    await expect(diagram.locator(`[data-var="y"][data-target="${id}"]`)).toHaveCount(1);
    await expect(diagram.locator(`[data-object-id="${id}"]`)).toHaveCount(1);
    await expect(diagram.locator(`[data-object-id="${id}"]`)).toHaveAttribute('data-type', 'int');
    await expect(diagram.locator(`path[data-to="${id}"]`)).toHaveCount(2);
    expect(watch.errors).toEqual([]);
  });

  test('x = 100; y = x; x += 10: x moves to a new object, y keeps the old one', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'x = 100\ny = x\nx += 10\nprint(x, y)\n');
    const diagram = page.locator('svg.diagram');
    await showLine(page, 3);
    const old = await diagram.locator('[data-var="x"]').getAttribute('data-target');
    await expect(diagram.locator(`[data-var="y"][data-target="${old}"]`)).toHaveCount(1);
    await showLine(page, 4);
    const moved = await diagram.locator('[data-var="x"]').getAttribute('data-target');
    expect(moved).not.toBe(old);
    await expect(diagram.locator(`[data-object-id="${moved}"]`)).toHaveAttribute('data-type', 'int');
    await expect(diagram.locator(`[data-var="y"][data-target="${old}"]`)).toHaveCount(1);
    await expect(diagram.locator(`[data-object-id="${old}"]`)).toHaveCount(1);
    await expect(page.getByTestId('explanation')).toContainText('x += 10');
  });

  test('stepping back restores every earlier picture exactly', async ({ page }) => {
    await openApp(page);
    const code = 'def pair(a):\n    b = [a, a]\n    return b\nnums = [1000, 2000]\nalias = nums\np = pair(nums)\ndel alias\nnums.append(p)\n';
    const count = await runCode(page, code);
    const diagram = page.locator('svg.diagram');
    const forward: string[] = [];
    // A new run opens at its first step.
    for (let i = 0; i < count; i++) {
      await expect(page.getByTestId('step-counter')).toHaveText(`Step ${i + 1} of ${count}`);
      forward.push(await diagram.evaluate((svg) => svg.outerHTML));
      if (i < count - 1) await page.getByRole('button', { name: 'Step forward' }).click();
    }
    for (let i = count - 1; i >= 0; i--) {
      await expect(page.getByTestId('step-counter')).toHaveText(`Step ${i + 1} of ${count}`);
      expect(await diagram.evaluate((svg) => svg.outerHTML), `step ${i + 1}`).toBe(forward[i]);
      if (i > 0) await page.getByRole('button', { name: 'Step back' }).click();
    }
  });
});
