import { defineConfig } from 'vitest/config';

/**
 * Real-client tier (`npm run test:system`): LibreOffice opens our .docx files and poppler reads our PDFs.
 * Needs libreoffice-writer-nogui, poppler-utils and a Times-metric font (fonts-liberation2 or fonts-croscore);
 * the global setup fails the run, naming the package, when one is missing. One file at a time: each soffice run is
 * heavy (~4 s) and the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/system/**/*.test.ts'],
    globalSetup: ['tests/system/global-setup.ts'],
    // Read by the tier's files (inject('systemTier')): under plain `npm test` they stand aside instead of failing.
    provide: { systemTier: true },
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
