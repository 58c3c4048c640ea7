/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig adds Astro's Vite plugins, so tests can render .astro components
// with the Container API (tests/components/).
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/dist and tests/e2e read the built site: they run after the build (npm run test:e2e).
    exclude: ['tests/e2e/**', 'tests/dist/**', 'node_modules/**'],
  },
});
