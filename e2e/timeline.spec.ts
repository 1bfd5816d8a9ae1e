import { expect, openApp, test } from './fixtures';
import type { Page } from '@playwright/test';

async function runCode(page: Page, code: string): Promise<number> {
  await page.evaluate((c) => window.__memoryLane!.store.getState().setCode(c), code);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('run-status')).not.toContainText('Running');
  return page.evaluate(() => window.__memoryLane!.store.getState().result!.steps.length);
}

/** The index of the first step about to run `line`. */
function firstAt(page: Page, line: number): Promise<number> {
  return page.evaluate((n) => {
    const { result } = window.__memoryLane!.store.getState();
    for (let i = 0; i < result!.steps.length; i++) if (result!.steps.at(i)!.event === 'line' && result!.steps.at(i)!.line === n) return i;
    return -1;
  }, line);
}

const cursor = (page: Page) => page.evaluate(() => window.__memoryLane!.store.getState().cursor);

test.describe('the timeline, the editor marks and the collector panel', () => {
  test.use({ reducedMotion: 'reduce' });

  test('← → Home End step through the run, Space plays and pauses', async ({ page, watch }) => {
    await openApp(page);
    const count = await runCode(page, 'total = 0\nfor i in range(30):\n    total += i\nprint(total)\n');
    const counter = page.getByTestId('step-counter');
    await page.locator('.visual-panel .column-head h2').first().click();
    await page.keyboard.press('End');
    await expect(counter).toHaveText(`Step ${count} of ${count}`);
    await page.keyboard.press('ArrowLeft');
    await expect(counter).toHaveText(`Step ${count - 1} of ${count}`);
    await page.keyboard.press('Home');
    await expect(counter).toHaveText(`Step 1 of ${count}`);
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`Step 2 of ${count}`);
    await page.getByLabel('Speed').selectOption('30');
    await page.locator('.visual-panel .column-head h2').first().click();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(() => cursor(page)).toBeGreaterThan(4);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await cursor(page);
    await page.waitForTimeout(300);
    expect(await cursor(page)).toBe(paused);
    // Playing to the end stops there.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(counter).toHaveText(`Step ${count} of ${count}`, { timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    expect(watch.errors).toEqual([]);
  });

  test('arrow keys typed in the editor stay in the editor', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'a = 1\nb = 2\nc = 3\n');
    const before = await cursor(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    expect(await cursor(page)).toBe(before);
  });

  test('a selected object jumps to where it was created and where it is freed', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'a = 1\nnums = [1000, 2000]\nb = 2\ndel nums\nc = 3\n');
    await page.evaluate((i) => window.__memoryLane!.store.getState().setCursor(i), await firstAt(page, 4));
    const id = await page.locator('svg.diagram [data-var="nums"]').getAttribute('data-target');
    await page.locator(`svg.diagram [data-object-id="${id}"]`).click();
    const bar = page.getByTestId('selection-bar');
    await expect(bar).toContainText('list');
    await bar.getByRole('button', { name: /creation/ }).click();
    expect(await cursor(page)).toBe(await firstAt(page, 3));
    await bar.getByRole('button', { name: /free/ }).click();
    expect(await cursor(page)).toBe(await firstAt(page, 5));
    await expect(page.locator(`svg.diagram [data-object-id="${id}"]`)).toHaveAttribute('data-state', 'freed');
  });

  test('the editor marks the line about to run, and a click on a line number jumps to its next run', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'n = 0\nfor i in range(3):\n    n += i\nprint(n)\n');
    await page.evaluate((i) => window.__memoryLane!.store.getState().setCursor(i), await firstAt(page, 2));
    await expect(page.locator('.monaco-editor .ml-line-next')).toHaveCount(1);
    await expect(page.locator('.monaco-editor .ml-glyph-next')).toHaveCount(1);
    // Line 3's number in the gutter.
    await page.locator('.monaco-editor .line-numbers', { hasText: /^3$/ }).click();
    const at = await cursor(page);
    expect(await page.evaluate((i) => window.__memoryLane!.store.getState().result!.steps.at(i)!.line, at)).toBe(3);
    await page.locator('.monaco-editor .line-numbers', { hasText: /^3$/ }).click();
    const next = await cursor(page);
    expect(next).toBeGreaterThan(at);
    expect(await page.evaluate((i) => window.__memoryLane!.store.getState().result!.steps.at(i)!.line, next)).toBe(3);
  });

  test('an error shows as a marker on its line', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'x = 1\ny = x / 0\n');
    const squiggle = page.locator('.monaco-editor .squiggly-error');
    await expect(squiggle).toHaveCount(1);
    // On line 2: level with the second line number.
    const mark = (await squiggle.boundingBox())!;
    const line2 = (await page.locator('.monaco-editor .line-numbers', { hasText: /^2$/ }).boundingBox())!;
    expect(Math.abs(mark.y + mark.height / 2 - (line2.y + line2.height / 2))).toBeLessThan(line2.height / 2);
  });

  test("a traceback reads as CPython prints it: carets under the failing expression, lined up; so is the editor's squiggle", async ({ page }) => {
    await openApp(page);
    // A line longer than the output panel is wide: wrapped, the carets would fall under the wrong characters.
    const long = 'total_of_all_the_values = first_value_in_the_list / zero_value_here';
    let steps = await runCode(page, `first_value_in_the_list = 1\nzero_value_here = 0\n${long}\n`);
    // The output is shown as it stands at the cursor: at the end, with the traceback.
    await page.evaluate((i) => window.__memoryLane!.store.getState().setCursor(i), steps - 1);
    const stderr = page.getByTestId('stderr');
    await expect(stderr).toContainText('ZeroDivisionError: division by zero');
    const carets = ' '.repeat(30) + '~'.repeat(24) + '^' + '~'.repeat(16);
    expect(await stderr.textContent()).toContain(`    ${long}\n${carets}\n`);
    // The ^ stands under the / it points at.
    const [slash, caret, rows] = await stderr.evaluate((pre, long) => {
      const node = pre.firstChild!;
      const text = node.textContent!;
      const x = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      // (And the line is one row: the panel scrolls sideways rather than wrap it.)
      const whole = document.createRange();
      whole.setStart(node, text.indexOf(long));
      whole.setEnd(node, text.indexOf(long) + long.length);
      const rows = new Set([...whole.getClientRects()].map((r) => Math.round(r.top))).size;
      return [x(text.indexOf(long) + long.indexOf('/')), x(text.indexOf('^')), rows];
    }, long);
    expect(rows).toBe(1);
    expect(Math.abs(slash.left - caret.left)).toBeLessThan(1);
    expect(caret.top).toBeGreaterThan(slash.top);

    // The squiggle covers `x / 0`, not the whole line.
    steps = await runCode(page, 'x = 1\ny = x / 0\n');
    const squiggle = (await page.locator('.monaco-editor .squiggly-error').boundingBox())!;
    const line = page.locator('.monaco-editor .view-line', { hasText: 'y = x / 0' });
    const start = (await line.boundingBox())!.x;
    const right = Math.max(...(await line.locator('span > span').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().right))));
    const charWidth = (right - start) / 'y = x / 0'.length;
    expect(Math.abs(squiggle.x - (start + 4 * charWidth))).toBeLessThan(charWidth / 2);
    expect(Math.abs(squiggle.width - 5 * charWidth)).toBeLessThan(charWidth);
  });

  test("the compiler's SyntaxWarning shows in the output and as a warning squiggle", async ({ page }) => {
    await openApp(page);
    const steps = await runCode(page, 'x = 1000\nprint(x is 1000)\n');
    await page.evaluate((i) => window.__memoryLane!.store.getState().setCursor(i), steps - 1);
    await expect(page.getByTestId('stderr')).toContainText('SyntaxWarning: "is" with a literal. Did you mean "=="?');
    await expect(page.locator('.monaco-editor .squiggly-warning')).toHaveCount(1);
    await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
  });

  test('the collector panel shows counts and thresholds, and marks a collection step', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'import gc\na = []\na.append(a)\ndel a\nfound = gc.collect()\nprint(found)\n');
    const panel = page.getByTestId('gc-panel');
    await expect(panel).toContainText('700');
    const gcStep = await page.evaluate(() => {
      const { result } = window.__memoryLane!.store.getState();
      for (let i = 0; i < result!.steps.length; i++) if (result!.steps.at(i)!.event === 'gc') return i;
      return -1;
    });
    expect(gcStep).toBeGreaterThan(0);
    await page.evaluate((i) => window.__memoryLane!.store.getState().setCursor(i), gcStep);
    await expect(panel).toHaveAttribute('data-collecting', 'true');
    await expect(panel).toContainText('collection');
  });
});
