import { readFile } from 'node:fs/promises';
import { expect, openApp, showModuleReturn, test } from './fixtures';
import type { Page } from '@playwright/test';

async function runCode(page: Page, code: string): Promise<void> {
  await page.evaluate((c) => window.__memoryLane!.store.getState().setCode(c), code);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByTestId('run-status')).toContainText('Finished');
}

/** The zoom layer's scale, from its transform attribute (1 when untouched). */
function scale(page: Page): Promise<number> {
  return page.locator('.diagram-zoom').evaluate((g) => {
    const m = /scale\(([\d.]+)/.exec(g.getAttribute('transform') ?? '');
    return m ? Number(m[1]) : 1;
  });
}

test.describe('the diagram view', () => {
  test.use({ reducedMotion: 'reduce' });

  test('shrinks a step too big for the panel by itself, down to a readable size', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'rows = [[i, i + 1000] for i in range(12)]\nprint(len(rows))\n');
    expect(await scale(page)).toBe(1);
    await showModuleReturn(page);
    await expect.poll(() => scale(page)).toBeLessThan(1);
    expect(await scale(page)).toBeGreaterThanOrEqual(0.6);
  });

  test('zooms in and out, fits a tall drawing, and goes back to 1:1', async ({ page, watch }) => {
    await openApp(page);
    await runCode(page, 'rows = [[i, i + 1000] for i in range(12)]\nprint(len(rows))\n');
    await showModuleReturn(page);
    await page.getByRole('button', { name: 'Actual size' }).click();
    expect(await scale(page)).toBe(1);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await scale(page)).toBeCloseTo(1.25, 2);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await scale(page)).toBeCloseTo(0.8, 2);
    await page.getByRole('button', { name: 'Fit' }).click();
    // Twelve rows of objects are taller than the panel: fitting shrinks the drawing into it.
    const fitted = await scale(page);
    expect(fitted).toBeLessThan(1);
    const view = await page.getByTestId('diagram-viewport').boundingBox();
    const drawing = await page.locator('svg.diagram').boundingBox();
    expect(drawing!.height).toBeLessThanOrEqual(view!.height + 1);
    await page.getByRole('button', { name: 'Actual size' }).click();
    expect(await scale(page)).toBe(1);
    // The reader's zoom stays from step to step.
    await page.getByRole('button', { name: 'Step back' }).click();
    expect(await scale(page)).toBe(1);
    expect(watch.errors).toEqual([]);
  });

  test('dragging pans the drawing, and the view stays put from step to step', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'a = [1000, 2000]\nb = a\n');
    const view = (await page.getByTestId('diagram-viewport').boundingBox())!;
    await page.mouse.move(view.x + view.width - 40, view.y + view.height - 40);
    await page.mouse.down();
    await page.mouse.move(view.x + view.width - 140, view.y + view.height - 90, { steps: 5 });
    await page.mouse.up();
    const moved = await page.locator('.diagram-zoom').getAttribute('transform');
    expect(moved).toMatch(/translate\(-100,\s*-50\)/);
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await page.locator('.diagram-zoom').getAttribute('transform')).toBe(moved);
  });

  test('folds shared singletons into their slots on request, and unfolds them', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'x = 5\nnums = [1000, 7]\nend = 0\n');
    await showModuleReturn(page);
    const diagram = page.locator('svg.diagram');
    const id = await diagram.locator('[data-var="x"]').getAttribute('data-target');
    await expect(diagram.locator(`[data-object-id="${id}"]`)).toHaveCount(1);
    const fold = page.getByRole('button', { name: 'Fold shared' });
    await fold.click();
    await expect(fold).toHaveAttribute('aria-pressed', 'true');
    // The small int is drawn in the slot, still saying it is one shared object; the big int keeps its box.
    await expect(diagram.locator(`[data-object-id="${id}"]`)).toHaveCount(0);
    await expect(diagram.locator('[data-var="x"] .folded-value')).toHaveText('5');
    await expect(diagram.locator('[data-var="x"] title')).toContainText('shared');
    await expect(diagram.locator('[data-type="int"]')).toHaveCount(1);
    await fold.click();
    await expect(diagram.locator(`[data-object-id="${id}"]`)).toHaveCount(1);
  });

  test('exports the shown step as a standalone SVG and as a PNG', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'x = [1000]\ny = x\n');
    await showModuleReturn(page);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /SVG/ }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/^memory-lane-step-\d+\.svg$/);
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('data-type="list"');
    expect(svg).toContain('data-var="y"');
    // Styles are written in, so the file looks the same outside the page.
    expect(svg).toMatch(/style="[^"]*fill:/);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PNG/ }).click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = await readFile((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(2000);
  });
});
