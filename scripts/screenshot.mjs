// Takes the README's screenshots of the production build (run `npm run screenshot`,
// which builds first), the seed's lessons (docs/lesson-*.png, each at the step that makes its point), with the starter program run and shown after `x += 10`: docs/screenshot.png (desktop, 1280×800), docs/screenshot-phone.png
// (390×844) and docs/screenshot-dark.png (desktop, dark theme).
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { requireChromium } from '../e2e/browser.mjs';
import { serveStatic, stageSite, SUB_FOLDER } from '../e2e/serve.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const docs = (name) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));

const SHOTS = [
  { file: 'screenshot.png', viewport: { width: 1280, height: 800 }, scale: 1, colorScheme: 'light' },
  { file: 'screenshot-phone.png', viewport: { width: 390, height: 844 }, scale: 2, colorScheme: 'light', mobile: true },
  { file: 'screenshot-dark.png', viewport: { width: 1280, height: 800 }, scale: 1, colorScheme: 'dark' },
];

// The seed article's lessons, each shown at the step that makes its point (the first step with that event and line).
const LESSONS = [
  { file: 'lesson-aliases.png', code: 'x = 5\ny = x\nprint(id(x) == id(y))\n', event: 'line', line: 3 },
  { file: 'lesson-rebinding.png', code: 'x = 100\ny = x\nx += 10\nprint(x, y)\n', event: 'line', line: 4 },
  { file: 'lesson-function-frame.png', code: 'def make_list(n):\n    items = list(range(n))\n    return items\n\nnums = make_list(3)\nprint(nums)\n', event: 'return', line: 3 },
  { file: 'lesson-del-frees.png', code: 'class Tracked:\n    def __del__(self):\n        print("freed")\n\nt = Tracked()\ndel t\nprint("after del")\n', event: 'line', line: 7 },
  { file: 'lesson-cycle-garbage.png', code: 'import gc\n\nclass Node:\n    pass\n\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\nfound = gc.collect()\nprint(found)\n', event: 'line', line: 11 },
  { file: 'lesson-collected.png', code: 'import gc\n\nclass Node:\n    pass\n\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\nfound = gc.collect()\nprint(found)\n', event: 'gc', line: 0 },
];

const server = await serveStatic(stageSite(dist), 0);
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const url = `http://127.0.0.1:${port}/${SUB_FOLDER}/`;
const browser = await chromium.launch(requireChromium().launchOptions);
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.scale,
      colorScheme: shot.colorScheme,
      isMobile: shot.mobile ?? false,
      hasTouch: shot.mobile ?? false,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.code-editor[data-ready="true"] .view-lines').waitFor();
    // Run the starter program and show the step after `x += 10` (the line-4 event): x moved, y kept the old int.
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByTestId('run-status').filter({ hasText: 'Finished' }).waitFor();
    await page.evaluate(() => {
      const { result, setCursor } = window.__memoryLane.store.getState();
      for (let i = 0; i < result.steps.length; i++) {
        const step = result.steps.at(i);
        if (step.event === 'line' && step.line === 4) return setCursor(i);
      }
    });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: docs(shot.file) });
    console.log(`wrote docs/${shot.file}`);
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.code-editor[data-ready="true"] .view-lines').waitFor();
  for (const lesson of LESSONS) {
    await page.evaluate((c) => window.__memoryLane.store.getState().setCode(c), lesson.code);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'Finished' }).waitFor();
    const found = await page.evaluate(({ event, line }) => {
      const { result, setCursor } = window.__memoryLane.store.getState();
      for (let i = 0; i < result.steps.length; i++) {
        const step = result.steps.at(i);
        if (step.event === event && (event === 'gc' || step.line === line)) return setCursor(i), true;
      }
      return false;
    }, lesson);
    if (!found) throw new Error(`${lesson.file}: no ${lesson.event} step at line ${lesson.line}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: docs(lesson.file) });
    console.log(`wrote docs/${lesson.file}`);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
