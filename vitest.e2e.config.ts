import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: Debian chromium (playwright-core) against the real web host and core.
 * `npm run test:e2e` builds first (electron-vite build → out/renderer), then runs this.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
