/**
 * Pagefind alone, on a built site's /search/ page in Chromium: the page
 * loaded (fresh context each run, empty cache) until its script has loaded
 * Pagefind, then, through the page's own Pagefind instances, the time of a
 * search call and of the search plus its first result's data (the fragment
 * the page needs to show it), for the whole index (`/pagefind/`, no filter)
 * and for the quotes-only bundle (`/pagefind/quotes/`, what answers first),
 * with Pagefind's own `timings` (preload: fetching and reading the index
 * chunks; search: scoring in its WebAssembly). The page's own figures
 * (keystroke → first result rendered, bytes) come from bench/lib/search.ts;
 * this separates the index's share from the page's rendering.
 */
import type { Browser } from 'playwright-core';
import { urls } from '../../src/lib/site/urls.ts';

export interface BundleTiming {
  results: number;
  /** Medians, ms: query → search resolved; → first result's data loaded; Pagefind's own split of the search. */
  searchMs: number;
  firstResultMs: number;
  pagefindPreloadMs: number;
  pagefindSearchMs: number;
}

export interface PagefindTiming extends BundleTiming {
  query: string;
  /** The quotes-only bundle (older results have none). */
  quotes?: BundleTiming;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Sample {
  search: number;
  first: number;
  results: number;
  preload: number;
  engine: number;
}

const summary = (samples: Sample[]): BundleTiming => ({
  results: samples[0]!.results,
  searchMs: median(samples.map((t) => t.search)),
  firstResultMs: median(samples.map((t) => t.first)),
  pagefindPreloadMs: median(samples.map((t) => t.preload)),
  pagefindSearchMs: median(samples.map((t) => t.engine)),
});

export async function timePagefind(browser: Browser, base: string, query: string, runs = 3): Promise<PagefindTiming> {
  const all: Sample[] = [];
  const quotes: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [bundle, samples] of [[`${urls.searchIndex()}pagefind.js`, all], [`${urls.quoteIndex()}pagefind.js`, quotes]] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.documentElement.classList.contains('search-ready'));
      // A string, so that no bundler rewrites the page's import().
      const result = (await page.evaluate(`(async (q) => {
        const pf = await import(new URL(${JSON.stringify(bundle)}, location.href).href);
        await pf.init();
        const t0 = performance.now();
        const found = await pf.search(q);
        const t1 = performance.now();
        if (found.results[0]) await found.results[0].data();
        // One entry per instance searched (merged indexes): this one has one.
        const timings = [found.timings].flat()[0] ?? {};
        return { search: t1 - t0, first: performance.now() - t0, results: found.results.length, preload: timings.preload ?? NaN, engine: timings.search ?? NaN };
      })(${JSON.stringify(query)})`)) as Sample;
      samples.push(result);
      await context.close();
    }
  }
  return { query, ...summary(all), quotes: summary(quotes) };
}
