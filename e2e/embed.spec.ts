/**
 * The embed view (embed.html): the program read-only with its current line, the diagram
 * at the linked step with its timeline, "Open in Memory Lane", no Monaco, no storage,
 * and a page that works inside an iframe of another origin.
 */
import { parseLink } from '../src/share/link';
import { expect, test } from './fixtures';
import { finishedSteps, forbidDialogs, injectedElements, linkTo, showLine } from './links';

const CODE = 'items = [1, 2]\nalias = items\nclass Box:\n    pass\nb = Box()\nb.items = alias\nalias.append(3)\nprint(b.items)\n';

/** The index of the first `line` step at `line`, read from the embed's store. */
function stepLineAt(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    const s = window.__memoryLane!.store.getState();
    return s.result!.steps.at(s.cursor)!.line;
  });
}

test.describe('the embed view', () => {
  test.use({ reducedMotion: 'reduce' });

  test('shows the code, the diagram at the linked step and steps with its timeline, without Monaco', async ({ page, watch }) => {
    await page.goto(`embed.html${linkTo(CODE, { step: 5 })}`);
    const count = await finishedSteps(page);
    await expect(page.getByTestId('step-counter')).toHaveText(`Step 5 of ${count}`);
    await expect(page.locator('svg.diagram [data-object-id]').first()).toBeVisible();
    await expect(page.locator('svg.diagram [data-var="items"]')).toHaveCount(1);
    // The code, read-only, with line numbers and the line about to run marked.
    const view = page.getByTestId('code-view');
    await expect(view).toHaveText(/^1items = \[1, 2\]/);
    await expect(page.locator('.code-line')).toHaveCount(8);
    let line = await stepLineAt(page);
    await expect(view.locator('[data-mark="next"], [data-mark="both"]')).toHaveAttribute('data-line', String(line));
    await expect(page.getByTestId('explanation')).not.toBeEmpty();
    await expect(page.locator('.monaco-editor')).toHaveCount(0);

    // The timeline steps, and the marked line follows.
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByTestId('step-counter')).toHaveText(`Step 6 of ${count}`);
    line = await stepLineAt(page);
    await expect(view.locator('[data-mark="next"], [data-mark="both"]')).toHaveAttribute('data-line', String(line));
    const printing = await showLine(page, 8);
    await expect(page.getByTestId('step-counter')).toHaveText(`Step ${printing} of ${count}`);
    await expect(page.locator('svg.diagram [data-var="alias"]')).toHaveCount(1);
    await expect(view.locator('[data-mark="next"], [data-mark="both"]')).toHaveAttribute('data-line', '8');
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('stdout')).toHaveText('[1, 2, 3]\n');

    // The engine ran in its worker; no Monaco was requested, nothing left this server.
    await page.waitForLoadState('networkidle');
    expect(watch.localRequests.some((url) => /\/assets\/worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(watch.localRequests.filter((url) => /monaco|editor\.worker|codicon/i.test(url))).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
    // A viewer keeps nothing in the browser.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // The same policy as the playground.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
  });

  test('"Open in Memory Lane" opens the same code at the shown step in a new tab', async ({ page, context }) => {
    await page.goto(`embed.html${linkTo(CODE, { step: 3, fold: true })}`);
    const count = await finishedSteps(page);
    const open = page.getByRole('link', { name: /Open in Memory Lane/ });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', /noopener/);
    const href = (await open.getAttribute('href'))!;
    expect(href).toMatch(/^index\.html#v=1&step=3&fold=1&/);
    expect(parseLink(href.slice(href.indexOf('#')))).toMatchObject({ kind: 'ok', link: { kind: 'code', code: CODE, step: 3, fold: true } });
    // It follows the step shown.
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(open).toHaveAttribute('href', /#v=1&step=4&/);
    const [app] = await Promise.all([context.waitForEvent('page'), open.click()]);
    // A whole new page (Monaco and the engine's worker) loads in the new tab: it gets longer than a step does.
    await expect(app.locator('.code-editor[data-ready="true"] .view-lines')).toContainText('alias.append(3)', { timeout: 30_000 });
    await expect(app.getByTestId('step-counter')).toHaveText(`Step 4 of ${count}`);
    expect(new URL(app.url()).pathname).toBe('/memory-lane/index.html');
  });

  test('works inside an iframe on a page of another origin', async ({ page, context, baseURL, watch }) => {
    const src = new URL(`embed.html${linkTo(CODE, { step: 4 })}`, baseURL).href;
    // The host page comes from http://localhost:PORT, another origin than http://127.0.0.1:PORT.
    // (Chromium blocks a page it counts as public, like a routed http://other.test/, from
    // framing a loopback address unless Local Network Access is granted, which it then
    // grants only to loopback origins.)
    const host = new URL('/course/aliases.html', baseURL);
    host.hostname = 'localhost';
    await context.grantPermissions(['local-network-access']);
    await page.route(host.href, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>A course page</title><h1>Aliases</h1><iframe src="${src.replace(/&/g, '&amp;')}" title="Memory Lane" width="800" height="500" loading="lazy" style="border:0"></iframe>`,
      }),
    );
    await page.goto(host.href);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('step-counter')).toHaveText(/^Step 4 of \d+$/);
    await expect(frame.locator('svg.diagram [data-object-id]').first()).toBeVisible();
    await expect(frame.locator('svg.diagram [data-var="items"]')).toHaveCount(1);
    await frame.getByRole('button', { name: 'Step forward' }).click();
    await expect(frame.getByTestId('step-counter')).toHaveText(/^Step 5 of \d+$/);
    // Really another origin: the frame cannot read its host.
    const embedded = page.frames().find((f) => f.url().startsWith(new URL(baseURL!).origin))!;
    expect(new URL(embedded.url()).origin).not.toBe(new URL(page.url()).origin);
    expect(await embedded.evaluate(() => {
      try {
        return window.parent.document.title;
      } catch (error) {
        return (error as Error).name;
      }
    })).toBe('SecurityError');
    // The host page was not touched: its title and content are its own.
    await expect(page).toHaveTitle('A course page');
    expect(await page.evaluate(() => document.body.children.length)).toBe(2);
    expect(watch.errors).toEqual([]);
  });

  test('works when the browser refuses storage to the frame', async ({ page, watch }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(`embed.html${linkTo(CODE, { step: 4 })}`);
    await expect(page.getByTestId('step-counter')).toHaveText(/^Step 4 of \d+$/);
    await expect(page.locator('svg.diagram [data-object-id]').first()).toBeVisible();
    expect(watch.errors).toEqual([]);
  });

  test('shows markup from the link as text and runs nothing', async ({ page, watch }) => {
    const dialogs: string[] = [];
    forbidDialogs(page, dialogs);
    const code = 'x = "<img src=x onerror=alert(1)>"\nprint("<script>alert(2)</script>")\n';
    await page.goto(`embed.html${linkTo(code, { step: 99 })}`);
    await expect(page.getByTestId('stdout')).toHaveText('<script>alert(2)</script>\n');
    await expect(page.getByTestId('code-view')).toContainText('x = "<img src=x onerror=alert(1)>"');
    await showLine(page, 2);
    await expect(page.locator('svg.diagram')).toContainText('<img src=x onerror=alert(1)>');
    expect(await injectedElements(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('a broken link or none at all says so, in a working page', async ({ page, watch }) => {
    await page.goto(`embed.html${linkTo(CODE, { step: 2 }).slice(0, -8)}`);
    await expect(page.getByTestId('link-notice')).toContainText('This link is incomplete');
    await expect(page.getByTestId('link-notice')).toContainText('Open Memory Lane to write or paste a program.');
    await page.goto('about:blank');
    await page.goto('embed.html');
    await expect(page.getByText('Its address carries no program')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Memory Lane' })).toHaveAttribute('href', 'index.html');
    expect(watch.errors).toEqual([]);
  });

  for (const size of [
    { width: 800, height: 500 },
    { width: 400, height: 600 },
  ]) {
    test(`fits a ${size.width}×${size.height} frame: code, diagram, timeline and explanation in view, nothing overflows`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`embed.html${linkTo(CODE, { step: 6 })}`);
      await finishedSteps(page);
      for (const target of [
        page.getByTestId('code-view'),
        page.locator('svg.diagram-viewport'),
        page.getByRole('group', { name: 'Timeline' }),
        page.getByTestId('explanation'),
        page.getByRole('link', { name: /Open in Memory Lane/ }),
      ]) {
        const box = (await target.boundingBox())!;
        expect(box.height).toBeGreaterThan(20);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height + 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width + 0.5);
        // Not covered nor clipped: what is drawn at its middle is part of it.
        const shown = await target.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(r.height / 2, 12));
          return hit !== null && (el.contains(hit) || hit.contains(el));
        });
        expect(shown, await target.evaluate((el) => el.outerHTML.slice(0, 60))).toBe(true);
      }
      expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([size.width, size.height]);
      // The diagram gets most of the room.
      const diagram = (await page.locator('svg.diagram-viewport').boundingBox())!;
      expect(diagram.height).toBeGreaterThan(size.height * 0.3);
    });
  }
});
