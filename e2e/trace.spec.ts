import { expect, openApp, showModuleReturn, test } from './fixtures';

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
    // The last steps are the interpreter's exit (the module's names are gone); before them, the module returns.
    await showModuleReturn(page);
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

test.describe('the memory lessons, as the engine records them', () => {
  test('a cycle survives del as garbage until gc.collect() frees it', async ({ page }) => {
    await openApp(page);
    await runCode(
      page,
      'import gc\nclass Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\nfound = gc.collect()\nprint(found)\n',
    );
    const diagram = page.locator('svg.diagram');
    const steps = await page.evaluate(() => {
      const s = window.__memoryLane!.store.getState().result!.steps;
      return Array.from({ length: s.length }, (_, i) => ({ event: s.at(i)!.event, line: s.at(i)!.line }));
    });
    // After `del a, b` (the line event of line 9): two Node objects, alive but unreachable.
    await page.evaluate((i) => window.__memoryLane!.store.getState().setCursor(i), steps.findIndex((s) => s.event === 'line' && s.line === 9));
    await expect(diagram.locator('[data-type="Node"][data-state="garbage"]')).toHaveCount(2);
    await expect(diagram.locator('[data-var="a"]')).toHaveCount(0);
    // The collection is a step of its own: the cycle is drawn freed there, and gone after it.
    const gcStep = steps.findIndex((s) => s.event === 'gc');
    await page.evaluate((i) => window.__memoryLane!.store.getState().setCursor(i), gcStep);
    await expect(diagram.locator('[data-type="Node"][data-state="freed"]')).toHaveCount(2);
    await expect(diagram.locator('[data-type="Node"]:not([data-state="freed"])')).toHaveCount(0);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(diagram.locator('[data-type="Node"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('stdout')).toHaveText('2'); // CPython 3.11 prints 2: the two instances (their attributes live inline, not in dicts)
  });

  test('del of the last name frees the object and runs __del__ at that moment', async ({ page }) => {
    await openApp(page);
    await runCode(page, 'class Res:\n    def __del__(self):\n        print("freed")\nr = Res()\nprint("before")\ndel r\nprint("after")\n');
    const result = await page.evaluate(() => {
      const s = window.__memoryLane!.store.getState().result!.steps;
      return Array.from({ length: s.length }, (_, i) => ({ line: s.at(i)!.line, stdout: s.at(i)!.stdout, types: Object.values(s.at(i)!.heap).map((o) => `${o.type}:${o.state}`) }));
    });
    const atDel = result.findIndex((s) => s.line === 6);
    expect(result[atDel].types).toContain('Res:live');
    expect(result[atDel].stdout).toBe('before\n');
    const after = result.findIndex((s) => s.line === 7);
    expect(result[after].types).toContain('Res:freed'); // drawn going away at the step it died
    expect(result[after].stdout).toBe('before\nfreed\n');
    expect(result[after + 1].types.some((t) => t.startsWith('Res'))).toBe(false);
  });
});
