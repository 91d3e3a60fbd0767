import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in a real Chromium. One file at a time, since each launches a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    // Every failure names the browser and version it ran in.
    setupFiles: ['tests/e2e/harness/name-failures.ts'],
  },
});
