import { defineConfig, devices } from '@playwright/test';
import { requireChromium } from './e2e/browser.mjs';
import { SUB_FOLDER } from './e2e/serve.mjs';

/** The port the production build is served on for the browser tests. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

// Playwright's own Chromium if installed, else /usr/bin/chromium; with neither, one
// line says how to get one and the run stops here.
const chromium = requireChromium();

/**
 * Browser tests (e2e/) against the production build, served from a sub-folder
 * (http://127.0.0.1:4173/memory-lane/) to prove the relative base.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/${SUB_FOLDER}/`,
    trace: 'retain-on-failure',
    launchOptions: chromium.launchOptions,
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium.launchOptions },
    },
  ],
  webServer: {
    // E2E_SKIP_BUILD=1 serves the dist/ already built (quicker when iterating on tests).
    command: process.env.E2E_SKIP_BUILD ? 'node e2e/serve.mjs' : 'npm run build && node e2e/serve.mjs',
    url: `http://127.0.0.1:${PORT}/${SUB_FOLDER}/`,
    env: { E2E_PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
