import { defineConfig } from 'vitest/config';

/** Unit tests: everything under tests/ (mirroring src/); the browser tests in e2e/ run with Playwright. */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
});
