import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Puts `code` in the store (the editor follows) and clicks Run. */
async function start(page: Page, code: string): Promise<void> {
  await page.evaluate((c) => window.__memoryLane!.store.getState().setCode(c), code);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

test.describe('hardening: limits end runs the Python way and never freeze the page', () => {
  // Recording a run up to a limit takes seconds on a slow machine; nothing here is a timing test but Stop's.
  test.describe.configure({ timeout: 120_000 });

  test('Stop ends a busy run within 200 ms, every time, and the page stays usable', async ({ page, watch }) => {
    await openApp(page);
    // The printing loop reaches the default million steps in well under a second here: room enough that Stop finds every run busy.
    await page.evaluate(() => window.__memoryLane!.store.getState().setOption('maxSteps', 5_000_000));
    for (const code of ['n = 0\nwhile True:\n    n += 1\n', 'x = []\nwhile True:\n    x.append(len(x))\n    x = x[-3:]\n', 'while True:\n    print("spam " * 20)\n']) {
      await start(page, code);
      await expect(page.getByTestId('run-status')).toContainText('Running');
      await page.waitForTimeout(700);
      // Timed in the page: from the click to the store saying the run is over.
      const elapsed = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const { store } = window.__memoryLane!;
            const stop = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Stop')!;
            const t0 = performance.now();
            const unsubscribe = store.subscribe((s) => {
              if (s.status !== 'running') {
                unsubscribe();
                resolve(performance.now() - t0);
              }
            });
            stop.click();
          }),
      );
      expect(elapsed).toBeLessThan(200);
      await expect(page.getByTestId('run-status')).toContainText('Stopped after');
    }
    await start(page, 'print("after three stops")\n');
    await expect(page.getByTestId('run-status')).toContainText('Finished');
    expect(watch.errors).toEqual([]);
  });

  test('runaway recursion is a RecursionError with its line, and the steps up to it stay browsable', async ({ page }) => {
    await openApp(page);
    await start(page, 'def down(n):\n    return down(n + 1)\n\ndown(0)\n');
    await expect(page.getByTestId('run-status')).toContainText('RecursionError: maximum recursion depth exceeded (line 2)', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('stderr')).toContainText('[Previous line repeated 996 more times]');
    await expect(page.getByTestId('stderr')).toContainText('RecursionError: maximum recursion depth exceeded');
  });

  test('recursion through __repr__ in the worker is a RecursionError with the message of a call, and the page keeps working', async ({ page, watch }) => {
    await openApp(page);
    // Each level runs __repr__ in a new interpreter loop on the worker's JavaScript stack:
    // the engine stops it at 150 nested calls, before that stack runs out, at the same depth each time.
    await start(page, 'n = 0\nclass Node:\n    def __repr__(self):\n        global n\n        n += 1\n        return repr(self)\n\nfor i in range(2):\n    n = 0\n    try:\n        repr(Node())\n    except RecursionError as e:\n        print(n, e)\nrepr(Node())\n');
    await expect(page.getByTestId('run-status')).toContainText('RecursionError: maximum recursion depth exceeded while calling a Python object (line 6)', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('stdout')).toHaveText('149 maximum recursion depth exceeded while calling a Python object\n'.repeat(2));
    await expect(page.getByTestId('stderr')).toContainText('RecursionError: maximum recursion depth exceeded while calling a Python object');
    await start(page, 'print("still here")\n');
    await expect(page.getByTestId('run-status')).toContainText('Finished');
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('stdout')).toContainText('still here');
    expect(watch.errors).toEqual([]);
  });

  test('runaway allocation is a MemoryError, not a crashed tab', async ({ page, watch }) => {
    await openApp(page);
    await start(page, 'big = []\nwhile True:\n    big.append("x" * 100000)\n');
    await expect(page.getByTestId('run-status')).toContainText('MemoryError (line 3)', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('stderr')).toContainText('MemoryError');
    expect(watch.errors).toEqual([]);
  });

  test('runaway output is capped with a notice', async ({ page }) => {
    await openApp(page);
    await start(page, 'for i in range(40):\n    print(str(i) * 50000)\nprint("end")\n');
    await expect(page.getByTestId('run-status')).toContainText('Finished', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('stdout')).toContainText('the rest is not shown. The program kept running.');
    const length = await page.getByTestId('stdout').evaluate((el) => el.textContent!.length);
    expect(length).toBeLessThan(1_001_000);
  });

  test('full or disabled storage does not break the page', async ({ browser }) => {
    for (const mode of ['full', 'disabled'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript((m) => {
        if (m === 'full') {
          Storage.prototype.setItem = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        } else {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }
      }, mode);
      await openApp(page);
      await start(page, 'x = [1, 2]\ny = x\nprint(y is x)\n');
      await expect(page.getByTestId('run-status')).toContainText('Finished');
      await expect(page.locator('svg.diagram [data-var="y"]')).toHaveCount(0);
      await page.evaluate(() => window.__memoryLane!.store.getState().jumpToLine(3));
      await expect(page.locator('svg.diagram [data-var="y"]')).toHaveCount(1);
      expect(errors, mode).toEqual([]);
      await context.close();
    }
  });

  test('the page carries a Content-Security-Policy that allows only its own scripts', async ({ page }) => {
    await openApp(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // An inline script injected at run time is refused by the policy.
    const ran = await page.evaluate(() => {
      (window as unknown as { __injected?: boolean }).__injected = false;
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected;
    });
    expect(ran).toBe(false);
  });
});
