import { defineConfig } from 'vitest/config';

// End-to-end: Playwright drives Debian's Chromium against the browser door (a child process
// serving the built renderer). Files run one at a time: two cores, one browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
