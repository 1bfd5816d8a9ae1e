// Which Chromium the browser tests and the screenshot script use (shared by
// playwright.config.ts and scripts/screenshot.mjs).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for the system Chromium: root needs --no-sandbox; the rest keep it quiet and offline. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** The one line printed when no browser can be found. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: run `npx playwright install chromium` or `apt-get install chromium`';

/**
 * Playwright's own Chromium when it is installed, else /usr/bin/chromium with the
 * flags above, else null.
 * @returns {{ name: string, launchOptions: import('@playwright/test').LaunchOptions } | null}
 */
export function chooseChromium() {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return { name: `Playwright Chromium (${bundled})`, launchOptions: {} };
  if (existsSync(SYSTEM_CHROMIUM)) {
    return {
      name: `system Chromium (${SYSTEM_CHROMIUM})`,
      launchOptions: { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_CHROMIUM_ARGS },
    };
  }
  return null;
}

/** Like chooseChromium, but prints the one-line message and exits when there is none. */
export function requireChromium() {
  const choice = chooseChromium();
  if (!choice) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
  return choice;
}
