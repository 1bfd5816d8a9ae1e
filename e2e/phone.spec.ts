import { expect, openApp, storeCode, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test.describe('on a phone (390×844)', () => {
  test('loads cleanly, stacks the panes and keeps every region', async ({ page, watch }) => {
    await openApp(page);
    await page.waitForLoadState('networkidle');
    for (const name of ['Frames', 'Objects']) await expect(page.getByRole('region', { name })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Timeline' })).toBeAttached();
    await expect(page.getByTestId('step-counter')).toHaveText('Step 0 of 0');
    await expect(page.getByTestId('stdout')).toBeAttached();
    await expect(page.getByTestId('explanation')).toBeAttached();
    await expect(page.getByRole('button', { name: 'Run' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();

    // Stacked: the diagram is below the editor, and nothing is wider than the screen.
    const editor = (await page.locator('#editor-pane').boundingBox())!;
    const diagram = (await page.getByRole('region', { name: 'Frames' }).boundingBox())!;
    expect(diagram.y).toBeGreaterThanOrEqual(editor.y + editor.height);
    expect(editor.width).toBeLessThanOrEqual(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('separator', { name: 'Resize editor' })).toBeHidden();

    await page.getByRole('group', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Step forward' })).toBeVisible();
    await expect(page.getByTestId('stdout')).toBeVisible();
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('typing into the editor changes the code in the store', async ({ page }) => {
    await openApp(page);
    await page.locator('.monaco-editor .view-lines').tap();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('n = 1');
    await expect.poll(() => storeCode(page)).toBe('n = 1');
  });
});
