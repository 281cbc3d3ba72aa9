import { defineConfig } from 'vitest/config';

/** End-to-end: real Chromium driving the built renderer; one file at a time, generous timeouts. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
