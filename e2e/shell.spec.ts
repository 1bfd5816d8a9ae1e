import { expect, openApp, SAMPLE_IDS, SAMPLE_RESULT, storeCode, test } from './fixtures';

test.describe('the app shell', () => {
  test('loads with no console error and no request to another host', async ({ page, watch }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('run-status')).toContainText('Finished');
    await page.waitForLoadState('networkidle');
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    // The program ran in a real module worker served from the same folder.
    expect(watch.localRequests.some((url) => /\/memory-lane\/assets\/worker-[\w-]+\.js$/.test(url))).toBe(true);
  });

  test('shows the starter program from the seed article', async ({ page }) => {
    await openApp(page);
    const lines = page.locator('.monaco-editor .view-lines');
    await expect(lines).toContainText('x = 100');
    await expect(lines).toContainText('print(id(x) == id(y))');
    expect(await storeCode(page)).toBe('x = 100\ny = x\nx += 10\nprint(id(x) == id(y))\n');
  });

  test('typing into the editor changes the code in the store, and it survives a reload', async ({ page }) => {
    await openApp(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('a = [1, 2]');
    await expect.poll(() => storeCode(page)).toBe('a = [1, 2]');
    await page.reload();
    await expect(page.locator('.code-editor[data-ready="true"] .view-lines')).toContainText('a = [1, 2]');
    expect(await storeCode(page)).toBe('a = [1, 2]');
  });

  test('has the Frames and Objects regions, the timeline, the explanation and the output', async ({ page }) => {
    await openApp(page);
    const frames = page.getByRole('region', { name: 'Frames' });
    const objects = page.getByRole('region', { name: 'Objects' });
    await expect(frames).toBeVisible();
    await expect(objects).toBeVisible();
    await expect(frames).toContainText('No frames yet');
    await expect(objects).toContainText('No objects yet');
    // The empty-state sketch carries none of the diagram's test hooks.
    await expect(page.locator('svg.diagram.is-ghost')).toBeVisible();
    await expect(page.locator('[data-object-id], [data-frame], [data-var], [data-from]')).toHaveCount(0);
    const timeline = page.getByRole('group', { name: 'Timeline' });
    for (const name of ['First step', 'Step back', 'Step forward', 'Last step']) {
      await expect(timeline.getByRole('button', { name })).toBeVisible();
    }
    await expect(timeline.getByRole('slider', { name: 'Step' })).toBeVisible();
    await expect(page.getByTestId('step-counter')).toHaveText('Step 0 of 0');
    await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled();
    await expect(page.getByTestId('stdout')).toBeVisible();
    await expect(page.getByTestId('stdout')).toHaveText('');
    await expect(page.getByTestId('explanation')).toContainText('Press Run');
    await expect(page.getByRole('separator', { name: 'Resize editor' })).toBeVisible();
  });

  test('Ctrl/Cmd+Enter in the editor runs the program through the worker', async ({ page }) => {
    await openApp(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.getByTestId('run-status')).toContainText('Finished');
    expect(await page.evaluate(() => window.__memoryLane!.store.getState().runId)).toBe(1);
  });

  test('the separator resizes the split from the keyboard', async ({ page }) => {
    await openApp(page);
    const separator = page.getByRole('separator', { name: 'Resize editor' });
    const before = Number(await separator.getAttribute('aria-valuenow'));
    const editorWidth = async () => (await page.locator('#editor-pane').boundingBox())!.width;
    const widthBefore = await editorWidth();
    await separator.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(separator).toHaveAttribute('aria-valuenow', String(before + 4));
    expect(await editorWidth()).toBeGreaterThan(widthBefore);
    await page.keyboard.press('Home');
    await expect(separator).toHaveAttribute('aria-valuenow', '20');

    // Dragging with the pointer moves it too, and the ratio is saved in the store.
    const box = (await separator.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const now = Number(await separator.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThan(35);
    expect(await page.evaluate(() => window.__memoryLane!.store.getState().options.splitRatio)).toBeCloseTo(now / 100, 1);
  });

  test('draws a recorded step with D3 and steps through it', async ({ page, watch }) => {
    await openApp(page);
    await page.evaluate((result) => window.__memoryLane!.store.getState().receiveResult(result), SAMPLE_RESULT);
    await expect(page.getByTestId('step-counter')).toHaveText('Step 1 of 2');
    const diagram = page.locator('svg.diagram');
    await expect(diagram.locator('[data-frame="<module>"]')).toHaveCount(1);
    await expect(diagram.locator(`[data-var="x"][data-target="${SAMPLE_IDS.list}"]`)).toHaveCount(1);
    await expect(diagram.locator(`[data-object-id="${SAMPLE_IDS.list}"]`)).toHaveAttribute('data-refcount', '1');
    await expect(diagram.locator(`[data-object-id="${SAMPLE_IDS.list}"]`)).toHaveAttribute('data-type', 'list');
    await expect(diagram.locator(`path[data-to="${SAMPLE_IDS.int}"]`)).toHaveCount(1);
    // Value text is text: the markup in it shows as characters, no element is made.
    await expect(diagram).toContainText('<b>bold</b>');
    await expect(diagram.locator('b')).toHaveCount(0);
    await expect(page.getByTestId('explanation')).toHaveText(SAMPLE_RESULT.steps[0].explain);

    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByTestId('step-counter')).toHaveText('Step 2 of 2');
    await expect(diagram.locator(`[data-target="${SAMPLE_IDS.list}"]`)).toHaveCount(2);
    await expect(diagram.locator(`[data-object-id="${SAMPLE_IDS.list}"]`)).toHaveAttribute('data-refcount', '2');
    await expect(page.getByTestId('stdout')).toHaveText('done');
    await expect(page.getByRole('button', { name: 'Step forward' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Last step' })).toBeDisabled();

    await page.getByRole('button', { name: 'First step' }).click();
    await expect(page.getByTestId('step-counter')).toHaveText('Step 1 of 2');
    await expect(page.getByTestId('stdout')).toHaveText('');

    await page.getByRole('slider', { name: 'Step' }).fill('1');
    await expect(page.getByTestId('step-counter')).toHaveText('Step 2 of 2');
    expect(watch.errors).toEqual([]);
  });

  test('the theme follows the system and can be fixed to light or dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const systemDark = await background();
    const toggle = page.getByRole('button', { name: /^Theme:/ });
    await expect(toggle).toHaveAccessibleName('Theme: System');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).not.toBe(systemDark);
    await expect(page.locator('.monaco-editor').first()).not.toHaveClass(/vs-dark/);
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe(systemDark);
    await expect(page.locator('.monaco-editor').first()).toHaveClass(/vs-dark/);
    await toggle.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  });
});
