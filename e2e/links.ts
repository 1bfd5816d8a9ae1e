/** Helpers for the permalink and embed browser tests. */
import type { Page } from '@playwright/test';
import { encodeLink, type CodeLink } from '../src/share/link';
import { expect } from './fixtures';

/** The fragment (with `#`) of a link to `code`. */
export function linkTo(code: string, options: Partial<Omit<CodeLink, 'kind' | 'code'>> = {}): string {
  return `#${encodeLink({ kind: 'code', code, stdin: '', step: null, fold: null, ...options })}`;
}

/** The number of recorded steps, once a run has finished (read from the counter "Step S of N"). */
export async function finishedSteps(page: Page): Promise<number> {
  const counter = page.getByTestId('step-counter');
  await expect(counter).toHaveText(/^Step [1-9]\d* of [1-9]\d*$/);
  return Number((await counter.textContent())!.match(/of (\d+)/)![1]);
}

/** Fails the test on any dialog (alert, confirm, prompt): a script from a link must never run. */
export function forbidDialogs(page: Page, opened: string[]): void {
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

/** What a document holds that an injection would have added: elements with handlers, <img src=x>, inline scripts. */
export function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
    }
    for (const img of document.querySelectorAll('img')) found.push(`img ${img.getAttribute('src')}`);
    for (const script of document.querySelectorAll('script')) {
      if (!script.src || /alert/.test(script.textContent ?? '')) found.push(`script ${script.outerHTML.slice(0, 80)}`);
    }
    for (const tag of document.querySelectorAll('b, iframe, object, embed')) found.push(tag.tagName);
    return found;
  });
}

/** Shows the first step about to run `line` (through the store the page exposes); returns its 1-based number. */
export async function showLine(page: Page, line: number): Promise<number> {
  const index = await page.evaluate((n) => {
    const { result, setCursor } = window.__memoryLane!.store.getState();
    for (let i = 0; i < result!.steps.length; i++) {
      const step = result!.steps.at(i)!;
      if (step.event === 'line' && step.line === n) {
        setCursor(i);
        return i;
      }
    }
    return -1;
  }, line);
  expect(index, `a step at line ${line}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}
