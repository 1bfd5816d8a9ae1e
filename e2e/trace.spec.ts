import { expect, openApp, test } from './fixtures';

/** Puts `code` in the store (the editor follows) and runs it. */
async function runCode(page: import('@playwright/test').Page, code: string): Promise<void> {
  await page.evaluate((c) => window.__memoryLane!.store.getState().setCode(c), code);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByTestId('run-status')).toContainText('Finished');
}

test.describe('a real run, recorded by the engine in the worker', () => {
  test('aliases share one object: two names, one id, count 2', async ({ page, watch }) => {
    await openApp(page);
    await runCode(page, 'a = [1000, 2000]\nb = a\nprint(len(b))\n');
    // The last step is the interpreter's exit (the module's names are gone); the one before is the module returning.
    await page.getByRole('button', { name: 'Last step' }).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    const diagram = page.locator('svg.diagram');
    const a = diagram.locator('[data-var="a"]');
    await expect(a).toHaveCount(1);
    const id = await a.getAttribute('data-target');
    await expect(diagram.locator(`[data-var="b"][data-target="${id}"]`)).toHaveCount(1);
    const list = diagram.locator(`[data-object-id="${id}"]`);
    await expect(list).toHaveAttribute('data-type', 'list');
    await expect(list).toHaveAttribute('data-refcount', '2');
    await expect(page.getByTestId('stdout')).toHaveText('2');
    expect(watch.errors).toEqual([]);
  });

  test('a function frame appears with its locals and is gone after it returns', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'def double(n):\n    result = n * 2\n    return result\nx = double(21)\n');
    const diagram = page.locator('svg.diagram');
    const counter = page.getByTestId('step-counter');
    // Step until the function's frame shows its local `result`.
    for (let i = 0; i < 12 && (await diagram.locator('[data-frame="double"] [data-var="result"], [data-var="result"]').count()) === 0; i++)
      await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(diagram.locator('[data-frame="double"]')).toHaveCount(1);
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(counter).toHaveText(/^Step (\d+) of \1$/);
    await expect(diagram.locator('[data-frame="double"]')).toHaveCount(0);
  });

  test('an infinite loop can be stopped, keeps its steps and leaves the page usable', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => window.__memoryLane!.store.getState().setCode('n = 0\nwhile True:\n    n += 1\n'));
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('run-status')).toContainText('Running');
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByTestId('run-status')).toContainText('Stopped after');
    const count = await page.evaluate(() => window.__memoryLane!.store.getState().result!.steps.length);
    expect(count).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'First step' }).click();
    await expect(page.getByTestId('step-counter')).toHaveText(`Step 1 of ${count}`);
    await runCode(page, 'print("still here")\n');
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('stdout')).toHaveText('still here');
  });
});
