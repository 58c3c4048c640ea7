/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { ISOLATED_TEST_FILES } from './tests/helpers/isolated-files.ts';

// tests/dist and tests/e2e read the built site: they run after the build (npm run test:e2e).
const BUILT_SITE = ['tests/e2e/**', 'tests/dist/**', 'node_modules/**'];

// getViteConfig adds Astro's Vite plugins, so tests can render .astro components
// with the Container API (tests/components/).
export default getViteConfig({
  test: {
    // Most files share their workers' loaded modules (no fresh module graph per file): on two
    // cores this takes most of the suite's import time away. Files that replace a module run
    // isolated (tests/helpers/isolated-files.ts; docs/decisions.md, "Unit tests in shared workers").
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: [...BUILT_SITE, ...ISOLATED_TEST_FILES],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: [...ISOLATED_TEST_FILES] } },
    ],
    // Coverage slows some tests up to threefold, and the machines are small and shared.
    testTimeout: 15_000,
    coverage: {
      provider: 'v8',
      reportsDirectory: 'coverage',
      reporter: ['text-summary', 'json-summary'],
      include: ['src/**', 'scripts/**'],
      // What only a build or a command line reaches (tests/dist and tests/e2e cover it), and styles.
      exclude: [
        '**/*.astro',
        '**/*.css',
        'src/pages/**',
        'src/routes/**',
        'src/site-data/**',
        'src/loaders/**',
        'src/integrations/**',
        'src/content.config.ts',
        'scripts/*.ts',
      ],
      // About three points under the coverage measured when set (lines 83.8, statements 83.1,
      // functions 85.6, branches 78.5): a real drop fails, noise does not.
      thresholds: { lines: 80, statements: 80, functions: 82, branches: 75 },
    },
  },
});
