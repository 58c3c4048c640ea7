import { defineConfig } from 'vitest/config';

/**
 * Browser tests over the built site (run `npx astro build` first). One file
 * at a time: each file starts its own static server and Chromium, and the
 * machines have two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
