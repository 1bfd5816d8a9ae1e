import { expect, test as base, type Page } from '@playwright/test';
import type { RunResult, TraceStep } from '../src/trace/protocol';

/** What a page did that a test may want to forbid. */
export interface PageWatch {
  /** Console errors, uncaught exceptions, failed requests and HTTP errors. */
  errors: string[];
  /** Requests to any origin other than the local server. */
  foreignRequests: string[];
  /** Every URL requested from the local server. */
  localRequests: string[];
}

/** Playwright's `test` with a `watch` fixture that records errors and requests from the start. */
export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const watch: PageWatch = { errors: [], foreignRequests: [], localRequests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
    const context = page.context();
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      (url.origin === origin ? watch.localRequests : watch.foreignRequests).push(request.url());
    });
    context.on('requestfailed', (request) => watch.errors.push(`failed: ${request.url()}`));
    context.on('response', (response) => {
      if (response.status() >= 400) watch.errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await use(watch);
  },
});

export { expect };

/** Opens the playground and waits until Monaco has rendered the code. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('.code-editor[data-ready="true"] .monaco-editor .view-lines')).toBeVisible();
}

/** Reads a value from the store exposed as `window.__memoryLane.store`. */
export function storeCode(page: Page): Promise<string> {
  return page.evaluate(() => window.__memoryLane!.store.getState().code);
}

function step(partial: Partial<TraceStep> & Pick<TraceStep, 'line' | 'frames' | 'heap' | 'explain'>): TraceStep {
  return {
    event: 'line',
    stdout: '',
    freed: [],
    gc: { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10] },
    ...partial,
  };
}

const LIST_ID = '140245312345600';
const INT_ID = '140245311110016';

/**
 * A hand-made two-step recording (`x = [1]`, then `y = x`), to drive the diagram
 * before the engine exists. Its list's value text holds markup that must stay text.
 */
export const SAMPLE_RESULT: RunResult = {
  stdout: '',
  stderr: '',
  error: null,
  steps: [
    step({
      line: 1,
      explain: 'x = [1] made a new list and bound x to it.',
      frames: [{ name: '<module>', line: 1, locals: { x: LIST_ID } }],
      heap: {
        [LIST_ID]: { type: 'list', value: '[1] <b>bold</b>', refcount: 1, refs: [['[0]', INT_ID]], hidden: [], weak: [], state: 'live', shared: false },
        [INT_ID]: { type: 'int', value: '1', refcount: 2, refs: [], hidden: [], weak: [], state: 'live', shared: true },
      },
    }),
    step({
      line: 2,
      stdout: 'done\n',
      explain: 'y = x bound y to the same list; its count went from 1 to 2.',
      frames: [{ name: '<module>', line: 2, locals: { x: LIST_ID, y: LIST_ID } }],
      heap: {
        [LIST_ID]: { type: 'list', value: '[1] <b>bold</b>', refcount: 2, refs: [['[0]', INT_ID]], hidden: [], weak: [], state: 'live', shared: false },
        [INT_ID]: { type: 'int', value: '1', refcount: 2, refs: [], hidden: [], weak: [], state: 'live', shared: true },
      },
    }),
  ],
};

/** The ids used in SAMPLE_RESULT. */
export const SAMPLE_IDS = { list: LIST_ID, int: INT_ID } as const;

/**
 * Shows the module's return, the last step that still draws its names: "Last step",
 * then "Step back" past the collections the interpreter runs as it exits (one with
 * __main__ still alive when collection is enabled, then the one that frees its globals).
 */
export async function showModuleReturn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Last step' }).click();
  for (let back = 0; back < 4; back++) {
    const event = await page.evaluate(() => {
      const { result, cursor } = window.__memoryLane!.store.getState();
      return result!.steps.at(cursor)!.event;
    });
    if (event !== 'gc') return;
    await page.getByRole('button', { name: 'Step back' }).click();
  }
  throw new Error('no return step within four steps of the end');
}
