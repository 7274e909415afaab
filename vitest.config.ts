import { defineConfig } from 'vitest/config';

/**
 * Test kinds, in the order `npm test` runs them (after a clean build):
 * unit (schemas, plugins on Markdown→HTML fixtures, helpers), build (the
 * built `dist/`: fidelity, links, cross-references), browser (Playwright
 * driving Debian's Chromium against `dist/` served on localhost).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/require-dist.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
