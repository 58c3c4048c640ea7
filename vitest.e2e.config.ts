import { defineConfig } from 'vitest/config';

/**
 * Tests over the built site (run `npx astro build` first): tests/dist read
 * dist/ (data files, structured data, feeds, sitemap), tests/e2e drive a
 * browser. One file at a time: each browser test file starts its own static
 * server and Chromium, and the machines have two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
