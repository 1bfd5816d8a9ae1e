import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Unit tests: everything under tests/ (mirroring src/); the browser tests in e2e/ run with Playwright. */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Vitest leaves one core free by default: on the 2-core CI machine that is one worker for
    // four minutes of CPU-bound tests. Every core takes test files here.
    maxWorkers: availableParallelism(),
  },
});
