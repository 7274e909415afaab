import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test kinds, in the order `npm test` runs them (after a clean build):
 * unit (schemas, plugins on Markdown→HTML fixtures, helpers), build (the
 * built `dist/`: fidelity, links, cross-references), browser (Playwright
 * driving Debian's Chromium against `dist/` served on localhost), gates
 * (quality gates over every page of `dist/`: accessibility, HTML validity,
 * links, privacy, CSP, determinism, byte budgets; each also run on the
 * deliberately broken site in tests/fixtures/broken-site/ to prove it fails),
 * corpus (a 20-article generated corpus built on its own and read: home,
 * analysts across articles, /timeline/, search filters), engines (the
 * reading-critical checks in Chromium, Firefox and WebKit).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      // The command-line tests spawn Node (1–2 s each on a quiet machine, past 5 s on a loaded one).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/build/corpus.test.ts'],
          globalSetup: ['tests/support/require-dist.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // A 20-article generated corpus, built once into a temporary folder (not dist/), then read.
        test: {
          name: 'corpus',
          include: ['tests/build/corpus.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
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
      {
        test: {
          name: 'gates',
          include: ['tests/gates/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // After the other projects, not beside them: one more full build (determinism) and
          // Chromium on every page would slow the browser tests into their timeouts.
          sequence: { groupOrder: 1 },
        },
      },
      {
        // The reading-critical checks in Chromium, Firefox and WebKit, one file per engine
        // (tests/support/engines/), after the gates: more browsers beside them would crowd 2 cores.
        // The engines run side by side: most of their time is waiting (launches, loads, scrolling).
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 3,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
